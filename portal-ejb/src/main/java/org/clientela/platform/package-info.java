/**
 * What every capability stands on: the supported languages and the database schema, which
 * versioned migrations own (never Hibernate's schema generation).
 */
package org.clientela.platform;
