/** News pages: the public listing, article pages and feeds, and the content managers' desk. */
package org.clientela.news;
