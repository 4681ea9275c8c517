/**
 * News: hierarchical categories, articles with one translation per language, and the publishing
 * workflow of each translation (draft, in review, scheduled, published, archived), run by {@link
 * org.clientela.news.NewsDesk} and read by {@link org.clientela.news.NewsReader}; {@link
 * org.clientela.news.ScheduledPublisher} publishes what comes due.
 *
 * <p>Subscriptions by languages and categories with a frequency ({@link
 * org.clientela.news.NewsSubscriptions}, double opt-in for anonymous addresses, signed unsubscribe
 * links), and their delivery: {@link org.clientela.news.NewsDispatcher} opens a {@link
 * org.clientela.news.NewsRun} per published translation and per digest period, and {@link
 * org.clientela.news.NewsRuns} walks the matching subscribers in batches, queuing mails in the
 * outbox with a unique {@link org.clientela.news.NewsDelivery} each. {@link
 * org.clientela.news.NewsAudience} narrows a targeted campaign to a CRM segment.
 */
package org.clientela.news;
