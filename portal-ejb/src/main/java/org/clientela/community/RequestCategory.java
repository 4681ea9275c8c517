package org.clientela.community;

/** What a private service request is about; the priority rules and the staff queue read it. */
public enum RequestCategory {
    DELIVERY,
    PAYMENT,
    PRODUCT_DEFECT,
    ACCOUNT,
    OTHER
}
