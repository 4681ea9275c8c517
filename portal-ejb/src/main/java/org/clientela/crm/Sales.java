package org.clientela.crm;

/**
 * Which orders the CRM's figures count as sales — spend, revenue, purchases for the stages: neither
 * cancelled nor returned, since the money of both went back (or never came).
 */
final class Sales {

    private Sales() {}

    /** The SQL condition that the order whose status is in {@code statusColumn} is a sale. */
    static String counted(String statusColumn) {
        return statusColumn + " not in ('CANCELLED', 'RETURNED')";
    }
}
