/** The community's pages: questions and answers, the knowledge base, cases, the support queue. */
package org.clientela.community;
