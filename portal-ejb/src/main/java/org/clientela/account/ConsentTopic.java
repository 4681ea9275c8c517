package org.clientela.account;

/** What a customer may agree to be contacted about; each consent is given or withdrawn on its own. */
public enum ConsentTopic {
    /** Offers and promotions by email. */
    EMAIL_OFFERS,
    /** Offers and reminders by text message to the phone on file. */
    SMS_OFFERS,
    /** Offers chosen from the customer's orders and interests. */
    PERSONALISED_OFFERS
}
