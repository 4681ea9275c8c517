package org.clientela.crm;

/** Which open tasks /staff/tasks lists. */
public enum TaskFilter {
    ALL,
    /** Assigned to me. */
    MINE,
    /** Assigned to anyone on my team (staff of my role), me included. */
    TEAM,
    /** Past their due date, whoever has them. */
    OVERDUE
}
