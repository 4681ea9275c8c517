/**
 * The community: questions and answers between customers and staff, the support cases staff
 * open from questions, the knowledge base of accepted answers, and product reviews. Everything
 * a customer posts is recorded on their CRM timeline in the transaction that saves it.
 */
package org.clientela.community;
