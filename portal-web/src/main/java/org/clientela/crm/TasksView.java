package org.clientela.crm;

import jakarta.enterprise.context.RequestScoped;
import jakarta.inject.Inject;
import jakarta.inject.Named;
import java.io.IOException;
import java.time.Instant;
import java.time.LocalDateTime;
import java.util.List;
import java.util.Locale;
import org.clientela.platform.CurrentUser;
import org.clientela.platform.Customer;
import org.clientela.platform.Texts;
import org.clientela.platform.UiLanguage;
import org.omnifaces.util.Faces;
import org.omnifaces.util.Messages;

/**
 * /staff/tasks?filter=MINE|TEAM|OVERDUE: open follow-up tasks, overdue first, and a form for a
 * new one ({@code customer=…} names the customer or company it is about, as the 360 links it).
 * Each row posts its own plain form with the task id, so nothing depends on what the list looked
 * like when it was rendered.
 */
@Named
@RequestScoped
public class TasksView {

    @Inject
    private FollowUpTasks tasks;

    @Inject
    private StaffDirectory staff;

    @Inject
    private CurrentUser currentUser;

    private TaskFilter filter = TaskFilter.ALL;
    private Long customer;
    private List<FollowUpTask> open;
    private List<StaffMember> colleagues;
    private final Instant now = Instant.now();

    private String title;
    private LocalDateTime due;
    private LocalDateTime remindAt;
    private String assignee;

    public List<FollowUpTask> getTasks() {
        if (open == null) {
            open = tasks.openTasks(filter, currentUser.actor());
        }
        return open;
    }

    public List<StaffMember> getColleagues() {
        if (colleagues == null) {
            colleagues = staff.colleagues();
        }
        return colleagues;
    }

    /** The customer or company a new task will be about, for the form to say so; null if none. */
    public String getAbout() {
        return customer == null
                ? null
                : tasks.customer(customer).map(Customer::displayName).orElse(null);
    }

    public TaskFilter[] getFilters() {
        return TaskFilter.values();
    }

    public boolean overdue(FollowUpTask task) {
        return task.isOverdue(now);
    }

    public void create() throws IOException {
        try {
            TaskForm form = new TaskForm()
                    .title(title)
                    .dueAt(instant(due))
                    .remindAt(instant(remindAt))
                    .customerId(customer)
                    .assigneeSubject(assignee);
            tasks.create(form, currentUser.actor());
            Messages.addFlashGlobalInfo(Texts.get("crm.tasks.created"));
        } catch (CrmRefusal e) {
            Messages.addGlobalError(Texts.get(refusalKey(e)));
            return;
        }
        back();
    }

    public void assignToMe() throws IOException {
        try {
            tasks.assignToMe(postedTask(), currentUser.actor());
            Messages.addFlashGlobalInfo(Texts.get("crm.tasks.assigned"));
        } catch (CrmRefusal e) {
            Messages.addFlashGlobalError(Texts.get(refusalKey(e)));
        }
        back();
    }

    /** Gives the posted task to the colleague chosen in its row. */
    public void assign() throws IOException {
        try {
            tasks.assign(postedTask(), Faces.getRequestParameter("assignee"), currentUser.actor());
            Messages.addFlashGlobalInfo(Texts.get("crm.tasks.given"));
        } catch (CrmRefusal e) {
            Messages.addFlashGlobalError(Texts.get(refusalKey(e)));
        }
        back();
    }

    /** An empty or overlong outcome comes back as a message; the task stays open. */
    public void complete() throws IOException {
        try {
            tasks.complete(postedTask(), Faces.getRequestParameter("outcome"), currentUser.actor());
            Messages.addFlashGlobalInfo(Texts.get("crm.tasks.completed"));
        } catch (CrmRefusal e) {
            Messages.addFlashGlobalError(Texts.get(refusalKey(e)));
        }
        back();
    }

    static String refusalKey(CrmRefusal e) {
        return "crm.refusal." + e.getReason().name();
    }

    private static Instant instant(LocalDateTime local) {
        return local == null ? null : local.atZone(UiLanguage.ZONE).toInstant();
    }

    private long postedTask() {
        try {
            return Long.parseLong(Faces.getRequestParameter("task"));
        } catch (NumberFormatException e) {
            throw new CrmRefusal(CrmRefusal.Reason.TASK_NOT_FOUND);
        }
    }

    private void back() throws IOException {
        String posted = Faces.getRequestParameter("filter");
        TaskFilter back = TaskFilter.ALL;
        try {
            back = posted == null ? filter : TaskFilter.valueOf(posted.toUpperCase(Locale.ROOT));
        } catch (IllegalArgumentException e) {
            // a filter edited by hand: back to all
        }
        Faces.redirect("/staff/tasks" + (back == TaskFilter.ALL ? "" : "?filter=" + back));
    }

    public String getFilter() {
        return filter.name();
    }

    /** An unknown filter shows all tasks. */
    public void setFilter(String filter) {
        try {
            this.filter = filter == null || filter.isBlank()
                    ? TaskFilter.ALL
                    : TaskFilter.valueOf(filter.toUpperCase(Locale.ROOT));
        } catch (IllegalArgumentException e) {
            this.filter = TaskFilter.ALL;
        }
    }

    /** The old address of one's own tasks, {@code ?mine=true}, still works. */
    public boolean isMine() {
        return filter == TaskFilter.MINE;
    }

    public void setMine(boolean mine) {
        if (mine) {
            this.filter = TaskFilter.MINE;
        }
    }

    public Long getCustomer() {
        return customer;
    }

    public void setCustomer(Long customer) {
        this.customer = customer;
    }

    public String getTitle() {
        return title;
    }

    public void setTitle(String title) {
        this.title = title;
    }

    public LocalDateTime getDue() {
        return due;
    }

    public void setDue(LocalDateTime due) {
        this.due = due;
    }

    public LocalDateTime getRemindAt() {
        return remindAt;
    }

    public void setRemindAt(LocalDateTime remindAt) {
        this.remindAt = remindAt;
    }

    public String getAssignee() {
        return assignee;
    }

    public void setAssignee(String assignee) {
        this.assignee = assignee;
    }
}
