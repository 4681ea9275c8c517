package org.clientela.community;

import jakarta.faces.view.ViewScoped;
import jakarta.inject.Inject;
import jakarta.inject.Named;
import java.io.IOException;
import java.io.Serializable;
import org.clientela.platform.CurrentUser;
import org.clientela.platform.Texts;
import org.omnifaces.util.Faces;
import org.omnifaces.util.Messages;

/** /staff/case?id=: a case with its question's thread and notes; staff move it along. */
@Named
@ViewScoped
public class StaffCaseView implements Serializable {

    private static final long serialVersionUID = 1L;

    @Inject
    private SupportCases cases;

    @Inject
    private CurrentUser currentUser;

    private Long id;
    private CasePriority priority;
    private CaseStatus status;
    private boolean takeOver;
    private String note;
    private transient SupportCase supportCase;

    public void load() throws IOException {
        if (getSupportCase() == null) {
            Faces.responseSendError(404, "no such case");
            return;
        }
        priority = supportCase.getPriority();
        status = supportCase.getStatus();
    }

    public void save() throws IOException {
        try {
            cases.update(currentUser.actor(), id, priority, status, takeOver, note);
            Messages.addFlashGlobalInfo(Texts.get("case.saved"));
            Faces.redirect("/staff/case?id=" + id);
        } catch (CommunityRefusal refusal) {
            Messages.addError("case-form:note", CommunityTexts.refusal(refusal));
        }
    }

    public boolean isSupport() {
        return currentUser.isSupportStaff();
    }

    public SupportCase getSupportCase() {
        if (supportCase == null && id != null) {
            try {
                supportCase = cases.staffView(id);
            } catch (CommunityRefusal refusal) {
                return null;
            }
        }
        return supportCase;
    }

    public CasePriority[] getPriorities() {
        return CasePriority.values();
    }

    public CaseStatus[] getStatuses() {
        return CaseStatus.values();
    }

    public Long getId() {
        return id;
    }

    public void setId(Long id) {
        this.id = id;
    }

    public CasePriority getPriority() {
        return priority;
    }

    public void setPriority(CasePriority priority) {
        this.priority = priority;
    }

    public CaseStatus getStatus() {
        return status;
    }

    public void setStatus(CaseStatus status) {
        this.status = status;
    }

    public boolean isTakeOver() {
        return takeOver;
    }

    public void setTakeOver(boolean takeOver) {
        this.takeOver = takeOver;
    }

    public String getNote() {
        return note;
    }

    public void setNote(String note) {
        this.note = note;
    }
}
