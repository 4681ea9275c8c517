/**
 * The analysis of the embedded Lucene backend, the default: {@code persistence.xml} names this
 * package's {@code Analysis} when {@code clientela.search.backend} is {@code lucene}.
 */
package org.clientela.store.search.lucene;
