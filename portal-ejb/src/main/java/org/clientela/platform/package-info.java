/**
 * What every capability stands on. Identity: the {@link org.clientela.platform.Customer}, the
 * portal's record of a person whose sign-in Keycloak owns ({@link
 * org.clientela.platform.SignInIdentity}), the {@link org.clientela.platform.Actor} who did
 * something and the {@link org.clientela.platform.Channel} it came through, the realm's {@link
 * org.clientela.platform.Roles}, the {@link org.clientela.platform.AccessDeniedException} of a
 * refusal, and the {@link org.clientela.platform.PersonalData} each capability contributes to a
 * customer's export. Besides: the supported {@link org.clientela.platform.Language}s and {@link
 * org.clientela.platform.Money} formats, the database schema, which {@link
 * org.clientela.platform.DatabaseMigrations} brings up to date with Flyway at start-up (never
 * Hibernate's schema generation), the settings taken from the environment ({@link
 * org.clientela.platform.PortalSettings}), and the {@link org.clientela.platform.TokenSigner} for
 * links that act without a login. It depends on no capability.
 */
package org.clientela.platform;
