/**
 * What every capability stands on: the supported {@link org.clientela.platform.Language}s and
 * {@link org.clientela.platform.Money} formats, the database schema, which {@link
 * org.clientela.platform.DatabaseMigrations} brings up to date with Flyway at start-up (never
 * Hibernate's schema generation), the settings taken from the environment ({@link
 * org.clientela.platform.PortalSettings}), and the {@link org.clientela.platform.TokenSigner} for
 * links that act without a login.
 */
package org.clientela.platform;
