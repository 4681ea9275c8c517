/**
 * The community's pages: questions and answers, asking, the knowledge base, a customer's cases,
 * writing a review and the reviews on the product page; for staff the support queue, cases and
 * review moderation; and the plain form that reports a post ({@code ReportServlet}).
 */
package org.clientela.community;
