/**
 * The frame every page and API call shares: the person behind the request ({@code CurrentUser}),
 * one address per page ({@code ExtensionlessPages}), the UI language and texts, the REST
 * application with its shared JSON-B and its error answers, the 403 page for a service's refusal,
 * caching rules for private pages, the {@code /ping} health check, and two Faces helpers that keep
 * lookups Faces would repeat on every request ({@code CachedMethodELResolver}, {@code
 * KeptResourceHandler}).
 */
package org.clientela.platform;
