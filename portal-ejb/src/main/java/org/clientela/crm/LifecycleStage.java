package org.clientela.crm;

/** The rungs of the relationship ladder, lowest first; {@link #LAPSED} stands apart. */
public enum LifecycleStage {
    PROSPECT,
    FIRST_TIME_BUYER,
    REPEAT_BUYER,
    CLIENT,
    SUPPORTER,
    ADVOCATE,
    LAPSED
}
