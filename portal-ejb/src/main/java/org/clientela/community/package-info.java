/**
 * The community: questions and answers between customers and staff ({@link
 * org.clientela.community.Questions}), the support cases staff open from questions ({@link
 * org.clientela.community.SupportCases}), the searchable knowledge base of accepted answers
 * ({@link org.clientela.community.KnowledgeBase}), and product reviews with their ratings ({@link
 * org.clientela.community.ProductReviews}, {@link org.clientela.community.ProductRatings}).
 * Moderation: {@link org.clientela.community.ReviewModeration} hides and shows reviews, {@link
 * org.clientela.community.ContentReports} takes readers' reports, {@link
 * org.clientela.community.PostingLimits} caps posts per customer and hour, and {@link
 * org.clientela.community.QuestionSla} opens a follow-up task for a question left unanswered.
 * Everything a customer posts is recorded on their CRM timeline in the transaction that saves it.
 */
package org.clientela.community;
