/**
 * The frame every page and API call shares: the UI language, the REST application, caching rules
 * for private pages.
 */
package org.clientela.platform;
