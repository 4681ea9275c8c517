/**
 * Customer accounts. A {@link org.clientela.platform.Customer} is the portal's record of a person
 * whose identity Keycloak owns; the Keycloak subject id links the two, never the email address,
 * which the person may change. {@link org.clientela.account.CustomerDirectory} creates the record
 * at the first sign-in.
 *
 * <p>{@link org.clientela.account.AccountAccess} is the one authorization gate: every service that
 * works on an account asks it, with the actor taken from the signed-in principal, and it refuses an
 * actor who is not the caller the server authenticated. The customer services declare the customer
 * role besides. The services:
 * {@link org.clientela.account.ProfileService} (details and marketing consents with their history),
 * {@link org.clientela.account.AddressBook}, {@link org.clientela.account.AccessGrants} (invitations,
 * rights, companies as accounts whose members hold grants with a role), {@link
 * org.clientela.account.CustomerDataExport} and {@link org.clientela.account.AccountClosure} ("my
 * data" and closing the account, each capability contributing a {@link
 * org.clientela.platform.PersonalData}), {@link org.clientela.account.CustomerSearch} and {@link
 * org.clientela.account.CustomerAdministration} for staff, and {@link
 * org.clientela.account.KeycloakAccounts} for what the portal asks of Keycloak's admin API.
 */
package org.clientela.account;
