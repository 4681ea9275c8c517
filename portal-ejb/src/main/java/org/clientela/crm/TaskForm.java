package org.clientela.crm;

import java.io.Serializable;
import java.time.Instant;

/**
 * A task staff plan themselves: what, by when, optionally about which customer or company, for
 * whom (nobody yet, or a colleague) and when to remind them. The service checks it.
 */
public class TaskForm implements Serializable {

    private static final long serialVersionUID = 1L;

    private String title;
    private Instant dueAt;
    private Instant remindAt;
    private Long customerId;
    private String assigneeSubject;

    public String getTitle() {
        return title;
    }

    public void setTitle(String title) {
        this.title = title == null ? null : title.strip();
    }

    public TaskForm title(String title) {
        setTitle(title);
        return this;
    }

    public Instant getDueAt() {
        return dueAt;
    }

    public void setDueAt(Instant dueAt) {
        this.dueAt = dueAt;
    }

    public TaskForm dueAt(Instant dueAt) {
        this.dueAt = dueAt;
        return this;
    }

    public Instant getRemindAt() {
        return remindAt;
    }

    public void setRemindAt(Instant remindAt) {
        this.remindAt = remindAt;
    }

    public TaskForm remindAt(Instant remindAt) {
        this.remindAt = remindAt;
        return this;
    }

    public Long getCustomerId() {
        return customerId;
    }

    public void setCustomerId(Long customerId) {
        this.customerId = customerId;
    }

    public TaskForm customerId(Long customerId) {
        this.customerId = customerId;
        return this;
    }

    public String getAssigneeSubject() {
        return assigneeSubject;
    }

    public void setAssigneeSubject(String assigneeSubject) {
        this.assigneeSubject = assigneeSubject == null || assigneeSubject.isBlank() ? null : assigneeSubject;
    }

    public TaskForm assigneeSubject(String assigneeSubject) {
        setAssigneeSubject(assigneeSubject);
        return this;
    }
}
