/**
 * News pages: the public listing, article pages and Atom feeds ({@code NewsPathServlet}), news
 * subscriptions (a customer's own, anyone's by email with double opt-in, and the pages and the
 * one-click POST behind the links in mails), and the content managers' desk: articles,
 * translations, categories and previews.
 */
package org.clientela.news;
