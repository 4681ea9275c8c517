/**
 * News: categories, articles translated per language, the publishing workflow, and (later)
 * subscriptions and digests.
 */
package org.clientela.news;
