package org.clientela.crm;

import jakarta.enterprise.context.RequestScoped;
import jakarta.inject.Inject;
import jakarta.inject.Named;
import java.io.IOException;
import java.time.Instant;
import java.util.List;
import org.clientela.platform.CurrentUser;
import org.clientela.platform.Texts;
import org.omnifaces.util.Faces;
import org.omnifaces.util.Messages;

/**
 * /staff/tasks?mine=true: open follow-up tasks, overdue first. Each row posts its own plain form
 * with the task id, so nothing depends on what the list looked like when it was rendered.
 */
@Named
@RequestScoped
public class TasksView {

    @Inject
    private FollowUpTasks tasks;

    @Inject
    private CurrentUser currentUser;

    private boolean mine;
    private List<FollowUpTask> open;
    private final Instant now = Instant.now();

    public List<FollowUpTask> getTasks() {
        if (open == null) {
            open = tasks.openTasks(mine, currentUser.actor());
        }
        return open;
    }

    public boolean overdue(FollowUpTask task) {
        return task.isOverdue(now);
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

    private long postedTask() {
        try {
            return Long.parseLong(Faces.getRequestParameter("task"));
        } catch (NumberFormatException e) {
            throw new CrmRefusal(CrmRefusal.Reason.TASK_NOT_FOUND);
        }
    }

    private void back() throws IOException {
        Faces.redirect("/staff/tasks" + ("true".equals(Faces.getRequestParameter("mine")) ? "?mine=true" : ""));
    }

    public boolean isMine() {
        return mine;
    }

    public void setMine(boolean mine) {
        this.mine = mine;
    }
}
