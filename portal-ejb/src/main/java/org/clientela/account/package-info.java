/**
 * Customer accounts. A {@link org.clientela.account.Customer} is the portal's record of a person
 * whose identity Keycloak owns; the Keycloak subject id links the two, never the email address,
 * which the person may change.
 */
package org.clientela.account;
