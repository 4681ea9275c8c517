package org.clientela.community;

import jakarta.enterprise.context.RequestScoped;
import jakarta.inject.Inject;
import jakarta.inject.Named;
import java.io.IOException;
import org.clientela.platform.CurrentUser;
import org.clientela.platform.Texts;
import org.omnifaces.util.Faces;

/**
 * /community/question?id=: the thread as anyone reads it. The forms on the page belong to
 * {@link QuestionActions}, which only signed-in people get, so a visitor's view stays stateless.
 */
@Named
@RequestScoped
public class QuestionPage {

    @Inject
    private Questions questions;

    @Inject
    private CurrentUser currentUser;

    private Long id;
    private Question question;

    public void load() throws IOException {
        if (getQuestion() == null) {
            Faces.responseSendError(404, "no such question");
        }
    }

    public Question getQuestion() {
        if (question == null) {
            Long wanted = id;
            if (wanted == null) {
                try {
                    wanted = Long.valueOf(Faces.getRequestParameter("id"));
                } catch (NumberFormatException e) {
                    return null;
                }
            }
            question = questions.question(wanted).orElse(null);
        }
        return question;
    }

    public boolean isAsker() {
        return currentUser.isSignedIn()
                && getQuestion().getAuthor().getSubject().equals(currentUser.subject());
    }

    public boolean isSupport() {
        return currentUser.isSupportStaff();
    }

    /** Who may answer: customers and support staff. */
    public boolean isMayAnswer() {
        return currentUser.isCustomer() || isSupport();
    }

    public boolean mayAccept(Answer answer) {
        return !answer.isAccepted() && (isAsker() || isSupport());
    }

    public boolean mayVote(Answer answer) {
        return currentUser.isCustomer() && !answer.isBy(currentUser.subject());
    }

    /** What became of a report sent from this page (the report servlet comes back with it). */
    public String getReportMessage() {
        String outcome = Faces.getRequestParameter("report");
        return outcome != null && ProductReviewsView.OUTCOMES.contains(outcome)
                ? Texts.get(CommunityMessages.reportKey(outcome))
                : null;
    }

    public boolean isReportSent() {
        return "sent".equals(Faces.getRequestParameter("report"));
    }

    public Long getId() {
        return id;
    }

    public void setId(Long id) {
        this.id = id;
    }
}
