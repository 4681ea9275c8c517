package org.clientela.community;

import jakarta.faces.view.ViewScoped;
import jakarta.inject.Inject;
import jakarta.inject.Named;
import java.io.IOException;
import java.io.Serializable;
import java.util.List;
import java.util.function.Supplier;
import java.util.regex.Matcher;
import java.util.regex.Pattern;
import org.clientela.crm.StaffDirectory;
import org.clientela.crm.StaffMember;
import org.clientela.platform.CurrentUser;
import org.clientela.platform.Texts;
import org.clientela.store.CustomerOrder;
import org.omnifaces.util.Faces;
import org.omnifaces.util.Messages;

/**
 * /staff/case?id=: a case or private request with its thread, notes (internal ones marked) and
 * files; support staff assign it, answer (mailed to the customer), note internally, change the
 * priority, merge a duplicate, link knowledge, close it or make it public. Each form posts one
 * step.
 */
@Named
@ViewScoped
public class StaffCaseView implements Serializable {

    private static final long serialVersionUID = 1L;

    /** A case number (CS-00042), an address with {@code id=42}, or just 42. */
    private static final Pattern NUMBER = Pattern.compile("(?:id=|CS-0*)?(\\d{1,18})\\s*$", Pattern.CASE_INSENSITIVE);

    @Inject
    private ServiceRequests requests;

    @Inject
    private CurrentUser currentUser;

    @Inject
    private StaffDirectory staff;

    private Long id;
    private CasePriority priority;
    private String assignee;
    private String answer;
    private String note;
    private String mergeInto;
    private String article;
    private transient SupportCase supportCase;
    private transient List<CaseAttachment.Info> files;
    private transient List<StaffMember> colleagues;

    public void load() throws IOException {
        if (getSupportCase() == null) {
            Faces.responseSendError(404, "no such case");
            return;
        }
        priority = supportCase.getPriority();
        assignee = supportCase.getAssigneeSubject(); // the menu shows who has the case now
    }

    public void assignToMe() throws IOException {
        step(
                () -> requests.assign(
                        currentUser.actor(), id, currentUser.actor().subject()),
                "request.assigned",
                "assign-form:assignee");
    }

    public void assign() throws IOException {
        step(() -> requests.assign(currentUser.actor(), id, assignee), "request.assigned", "assign-form:assignee");
    }

    public void sendAnswer() throws IOException {
        step(() -> requests.answer(currentUser.actor(), id, answer), "request.answered", "answer-form:answer");
    }

    public void addNote() throws IOException {
        step(() -> requests.noteInternally(currentUser.actor(), id, note), "request.noted", "note-form:note");
    }

    public void changePriority() throws IOException {
        step(() -> requests.prioritise(currentUser.actor(), id, priority), "case.saved", "priority-form:priority");
    }

    public void merge() throws IOException {
        Long target = number(mergeInto);
        if (target == null) {
            Messages.addError("merge-form:merge-into", Texts.get("request.numberWanted"));
            return;
        }
        step(() -> requests.merge(currentUser.actor(), id, target), "request.merged", "merge-form:merge-into");
    }

    public void linkArticle() throws IOException {
        Long question = number(article);
        if (question == null) {
            Messages.addError("article-form:article", Texts.get("request.numberWanted"));
            return;
        }
        step(() -> requests.linkArticle(currentUser.actor(), id, question), "request.linked", "article-form:article");
    }

    public void close() throws IOException {
        step(() -> requests.close(currentUser.actor(), id), "request.closed", null);
    }

    public void publish() throws IOException {
        step(() -> requests.publishForCustomer(currentUser.actor(), id), "request.published", null);
    }

    private void step(Supplier<?> work, String done, String field) throws IOException {
        try {
            work.get();
            Messages.addFlashGlobalInfo(Texts.get(done));
            Faces.redirect("/staff/case?id=" + id);
        } catch (CommunityRefusal refusal) {
            if (field == null) {
                Messages.addGlobalError(CommunityTexts.refusal(refusal));
            } else {
                Messages.addError(field, CommunityTexts.refusal(refusal));
            }
        }
    }

    static Long number(String text) {
        if (text == null) {
            return null;
        }
        Matcher matcher = NUMBER.matcher(text.strip());
        if (!matcher.find()) {
            return null;
        }
        try {
            return Long.parseLong(matcher.group(1));
        } catch (NumberFormatException e) {
            return null;
        }
    }

    public String getOrderNumber() {
        SupportCase c = getSupportCase();
        return c == null || c.getOrderId() == null ? null : CustomerOrder.numberOf(c.getOrderId());
    }

    public boolean isSupport() {
        return currentUser.isSupportStaff();
    }

    public SupportCase getSupportCase() {
        if (supportCase == null && id != null) {
            try {
                supportCase = requests.staffView(id);
            } catch (CommunityRefusal refusal) {
                return null;
            }
        }
        return supportCase;
    }

    public List<CaseAttachment.Info> getFiles() {
        if (files == null && getSupportCase() != null) {
            files = requests.attachments(id);
        }
        return files;
    }

    /** The same colleagues a task can be given to: whom the back office has seen. */
    public List<StaffMember> getColleagues() {
        if (colleagues == null) {
            colleagues = isSupport() ? staff.colleagues() : List.of();
        }
        return colleagues;
    }

    public CasePriority[] getPriorities() {
        return CasePriority.values();
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

    public String getAssignee() {
        return assignee;
    }

    public void setAssignee(String assignee) {
        this.assignee = assignee;
    }

    public String getAnswer() {
        return answer;
    }

    public void setAnswer(String answer) {
        this.answer = answer;
    }

    public String getNote() {
        return note;
    }

    public void setNote(String note) {
        this.note = note;
    }

    public String getMergeInto() {
        return mergeInto;
    }

    public void setMergeInto(String mergeInto) {
        this.mergeInto = mergeInto;
    }

    public String getArticle() {
        return article;
    }

    public void setArticle(String article) {
        this.article = article;
    }
}
