package org.clientela.community;

import jakarta.annotation.PostConstruct;
import jakarta.faces.view.ViewScoped;
import jakarta.inject.Inject;
import jakarta.inject.Named;
import java.io.IOException;
import java.io.Serializable;
import org.clientela.account.SignedInCustomer;
import org.clientela.platform.CurrentUser;
import org.clientela.platform.Texts;
import org.omnifaces.util.Faces;
import org.omnifaces.util.Messages;

/** The forms of a question page: answer, vote, accept, mark as knowledge, escalate to a case. */
@Named
@ViewScoped
public class QuestionActions implements Serializable {

    private static final long serialVersionUID = 1L;

    @Inject
    private Questions questions;

    @Inject
    private SupportCases cases;

    @Inject
    private CurrentUser currentUser;

    @Inject
    private SignedInCustomer signedIn;

    private Long questionId;
    private String body;
    private CasePriority priority = CasePriority.NORMAL;

    /** Created while the page first renders its forms, with the id in the address. */
    @PostConstruct
    void init() {
        try {
            questionId = Long.valueOf(Faces.getRequestParameter("id"));
        } catch (NumberFormatException e) {
            questionId = null;
        }
    }

    public void answer() throws IOException {
        try {
            Answer answer = questions.answer(currentUser.actor(), customerId(), questionId, body);
            Messages.addFlashGlobalInfo(Texts.get("community.answered"));
            Faces.redirect("/community/question?id=" + questionId + "#answer-" + answer.getId());
        } catch (CommunityRefusal refusal) {
            // the text stays in the form to be corrected
            Messages.addError("answer-form:answer-body", CommunityTexts.refusal(refusal));
        } catch (PostingLimitExceeded limit) {
            Messages.addError(
                    "answer-form:answer-body",
                    Texts.get(CommunityMessages.limitKey(limit.getKind()), limit.getLimit()));
        }
    }

    public void accept(long answerId) throws IOException {
        act(() -> questions.accept(currentUser.actor(), answerId), "community.accepted");
    }

    public void vote(long answerId, int direction) throws IOException {
        act(() -> questions.vote(currentUser.actor(), answerId, direction), "community.voted");
    }

    public void knowledge(long answerId, boolean knowledge) throws IOException {
        act(
                () -> questions.markKnowledge(answerId, knowledge),
                knowledge ? "community.knowledgeMarked" : "community.knowledgeUnmarked");
    }

    public void escalate() throws IOException {
        try {
            SupportCase supportCase = cases.escalate(currentUser.actor(), questionId, priority);
            Messages.addFlashGlobalInfo(Texts.get("case.opened", supportCase.getNumber()));
            Faces.redirect("/staff/case?id=" + supportCase.getId());
        } catch (CommunityRefusal refusal) {
            Messages.addFlashGlobalError(CommunityTexts.refusal(refusal));
            Faces.redirect("/community/question?id=" + questionId);
        }
    }

    private void act(Runnable action, String doneKey) throws IOException {
        try {
            action.run();
            Messages.addFlashGlobalInfo(Texts.get(doneKey));
        } catch (CommunityRefusal refusal) {
            Messages.addFlashGlobalError(CommunityTexts.refusal(refusal));
        }
        Faces.redirect("/community/question?id=" + questionId);
    }

    private Long customerId() {
        return signedIn.id().isPresent() ? signedIn.id().getAsLong() : null;
    }

    public CasePriority[] getPriorities() {
        return CasePriority.values();
    }

    public String getBody() {
        return body;
    }

    public void setBody(String body) {
        this.body = body;
    }

    public CasePriority getPriority() {
        return priority;
    }

    public void setPriority(CasePriority priority) {
        this.priority = priority;
    }
}
