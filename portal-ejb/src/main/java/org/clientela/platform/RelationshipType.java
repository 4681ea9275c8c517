package org.clientela.platform;

/** What a company account is to us; staff keep it on the company's record. */
public enum RelationshipType {
    CUSTOMER,
    PROSPECT,
    PARTNER,
    SUPPLIER
}
