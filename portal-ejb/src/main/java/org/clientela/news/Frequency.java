package org.clientela.news;

/** How often a subscriber hears from us. */
public enum Frequency {
    /** A mail per article, when it is published. */
    IMMEDIATE,
    /** One mail a day with everything new. */
    DAILY,
    /** One mail a week with everything new. */
    WEEKLY
}
