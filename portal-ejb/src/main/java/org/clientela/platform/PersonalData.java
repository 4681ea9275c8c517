package org.clientela.platform;

import jakarta.json.JsonValue;

/**
 * One capability's part of "Download my data". Each capability that holds data about a customer
 * provides one (a CDI bean), so the export grows with the portal instead of being kept by hand.
 */
public interface PersonalData {

    /** The section's name in the export, e.g. "addresses". */
    String section();

    /** Everything this capability holds about the customer. */
    JsonValue export(long customerId);

    /**
     * Erases what names the customer, when they close their account; runs in the closing
     * transaction. What must stay for accounting stays, without the person's details.
     */
    void erase(long customerId);
}
