package org.clientela.community;

import jakarta.faces.view.ViewScoped;
import jakarta.inject.Inject;
import jakarta.inject.Named;
import java.io.IOException;
import java.io.Serializable;
import java.time.Instant;
import java.util.List;
import org.clientela.account.AccountContext;
import org.clientela.account.SignedInCustomer;
import org.clientela.platform.AccessDeniedException;
import org.clientela.platform.CurrentUser;
import org.clientela.platform.Texts;
import org.clientela.store.CustomerOrder;
import org.omnifaces.util.Faces;
import org.omnifaces.util.Messages;

/**
 * /account/cases (the list) and /account/case?id= (one case or request): the account's support
 * cases and private requests, also for a grantee with the right to see the account's orders.
 * Another account's case is a 404, like one that does not exist; the customer replies, reopens
 * within the window, rates staff's answer and may make a private request public.
 */
@Named
@ViewScoped
public class MyCasesView implements Serializable {

    private static final long serialVersionUID = 1L;

    @Inject
    private ServiceRequests requests;

    @Inject
    private Questions questions;

    @Inject
    private CurrentUser currentUser;

    @Inject
    private SignedInCustomer signedIn;

    @Inject
    private AccountContext account;

    private Long id;
    private String text;
    private Integer stars;
    private transient SupportCase supportCase;
    private transient List<SupportCase> list;
    private transient List<Question> asked;
    private transient List<CaseAttachment.Info> files;

    public List<SupportCase> getCases() {
        if (list == null) {
            list = requests.mine(account.actor(), account.id());
        }
        return list;
    }

    /** The person's own questions (a question speaks for its author, not for an account). */
    public List<Question> getQuestions() {
        if (asked == null) {
            asked = account.isSelf() ? questions.askedBy(currentUser.actor(), signedIn.requireId()) : List.of();
        }
        return asked;
    }

    /** Unknown, or another account's: 404. */
    public void load() throws IOException {
        if (id == null || getSupportCase() == null) {
            Faces.responseSendError(404, "no such case");
        }
    }

    public SupportCase getSupportCase() {
        if (supportCase == null && id != null) {
            try {
                supportCase = requests.mine(account.actor(), account.id(), id);
            } catch (CommunityRefusal refusal) {
                return null;
            }
        }
        return supportCase;
    }

    public List<CaseAttachment.Info> getFiles() {
        if (files == null && getSupportCase() != null) {
            files = requests.attachments(account.actor(), account.id(), id);
        }
        return files;
    }

    /** A solved case may be reopened until the window closes. */
    public boolean isReopenable() {
        SupportCase c = getSupportCase();
        return c != null
                && c.getStatus() == CaseStatus.SOLVED
                && c.getMergedInto() == null
                && (c.getSolvedAt() == null
                        || Instant.now().isBefore(c.getSolvedAt().plus(RequestSettings.reopenWindow())));
    }

    public boolean isRateable() {
        SupportCase c = getSupportCase();
        return c != null && c.getFirstAnsweredAt() != null && c.getMergedInto() == null;
    }

    public boolean isPublishable() {
        SupportCase c = getSupportCase();
        return c != null && c.isRequest() && c.isPrivate() && c.getMergedInto() == null && account.isManager();
    }

    public long getReopenDays() {
        return RequestSettings.reopenWindow().toDays();
    }

    public void reply() throws IOException {
        act(() -> requests.reply(account.actor(), account.id(), id, text), "case.replied");
    }

    public void reopen() throws IOException {
        act(() -> requests.reopen(account.actor(), account.id(), id, text), "case.reopened");
    }

    public List<Integer> getChoices() {
        return List.of(1, 2, 3, 4, 5);
    }

    /** The order's number as the customer knows it. */
    public String getOrderNumber() {
        SupportCase c = getSupportCase();
        return c == null || c.getOrderId() == null ? null : CustomerOrder.numberOf(c.getOrderId());
    }

    public void rate() throws IOException {
        stars = parseStars(Faces.getRequestParameter("stars"));
        if (stars == null) {
            Messages.addError("rating:stars", Texts.get("request.rating.choose"));
            return;
        }
        act(() -> requests.rate(account.actor(), account.id(), id, stars), "request.rated");
    }

    public void publish() throws IOException {
        act(() -> requests.publish(account.actor(), account.id(), id), "request.published");
    }

    private static Integer parseStars(String value) {
        try {
            return value == null ? null : Integer.valueOf(value.strip());
        } catch (NumberFormatException e) {
            return null;
        }
    }

    private void act(Runnable step, String done) throws IOException {
        try {
            step.run();
            Messages.addFlashGlobalInfo(Texts.get(done));
            Faces.redirect("/account/case?id=" + id);
        } catch (CommunityRefusal refusal) {
            Messages.addError("case-form:text", CommunityTexts.refusal(refusal));
        } catch (AccessDeniedException denied) {
            Messages.addGlobalError(Texts.get("request.notAllowed"));
        }
    }

    public Long getId() {
        return id;
    }

    public void setId(Long id) {
        this.id = id;
    }

    public String getText() {
        return text;
    }

    public void setText(String text) {
        this.text = text;
    }

    public Integer getStars() {
        return stars;
    }

    public void setStars(Integer stars) {
        this.stars = stars;
    }
}
