package org.clientela.community;

import jakarta.faces.view.ViewScoped;
import jakarta.inject.Inject;
import jakarta.inject.Named;
import java.io.IOException;
import java.io.Serializable;
import java.util.List;
import org.clientela.account.SignedInCustomer;
import org.clientela.platform.CurrentUser;
import org.clientela.platform.Texts;
import org.omnifaces.util.Faces;
import org.omnifaces.util.Messages;

/**
 * /account/cases (the list) and /account/case?id= (one case): the customer's support cases,
 * always their own (a case speaks for its author, so acting for another account shows none).
 */
@Named
@ViewScoped
public class MyCasesView implements Serializable {

    private static final long serialVersionUID = 1L;

    @Inject
    private SupportCases cases;

    @Inject
    private Questions questions;

    @Inject
    private CurrentUser currentUser;

    @Inject
    private SignedInCustomer signedIn;

    private Long id;
    private String text;
    private transient SupportCase supportCase;
    private transient List<SupportCase> list;
    private transient List<Question> asked;

    public List<SupportCase> getCases() {
        if (list == null) {
            list = cases.mine(currentUser.actor(), signedIn.requireId());
        }
        return list;
    }

    public List<Question> getQuestions() {
        if (asked == null) {
            asked = questions.askedBy(currentUser.actor(), signedIn.requireId());
        }
        return asked;
    }

    /** Unknown is 404; somebody else's case is refused by the service (403). */
    public void load() throws IOException {
        if (id == null || getSupportCase() == null) {
            Faces.responseSendError(404, "no such case");
        }
    }

    public SupportCase getSupportCase() {
        if (supportCase == null && id != null) {
            try {
                supportCase = cases.mine(currentUser.actor(), signedIn.requireId(), id);
            } catch (CommunityRefusal refusal) {
                return null;
            }
        }
        return supportCase;
    }

    public void reply() throws IOException {
        try {
            cases.reply(currentUser.actor(), signedIn.requireId(), id, text);
            Messages.addFlashGlobalInfo(Texts.get("case.replied"));
            Faces.redirect("/account/case?id=" + id);
        } catch (CommunityRefusal refusal) {
            Messages.addError("case-form:text", CommunityTexts.refusal(refusal));
        }
    }

    public void reopen() throws IOException {
        try {
            cases.reopen(currentUser.actor(), signedIn.requireId(), id, text);
            Messages.addFlashGlobalInfo(Texts.get("case.reopened"));
            Faces.redirect("/account/case?id=" + id);
        } catch (CommunityRefusal refusal) {
            Messages.addError("case-form:text", CommunityTexts.refusal(refusal));
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
}
