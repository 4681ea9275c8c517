/**
 * The analysis for an Elasticsearch or OpenSearch cluster, the same as the Lucene backend's from
 * components every cluster has: {@code persistence.xml} names this package's {@code Analysis}
 * when {@code clientela.search.backend} is {@code elasticsearch}.
 */
package org.clientela.store.search.elasticsearch;
