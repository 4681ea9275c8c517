package org.clientela.platform;

/** Where an interaction came from. */
public enum Channel {
    /** The customer (or someone acting for them) in the portal's pages. */
    WEB,
    /** A call to the portal's REST API. */
    API,
    /** A mail sent to, or received from, the customer. */
    MAIL,
    /** Staff acting in the back office. */
    STAFF,
    /** The portal itself: timers, background jobs, integrations. */
    SYSTEM
}
