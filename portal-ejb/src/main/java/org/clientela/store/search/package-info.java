/**
 * How products are indexed for the catalog search (Hibernate Search): the field names, the
 * bridges for per-language texts and category paths, and the analysis per backend ({@code
 * lucene} or {@code elasticsearch}, chosen in persistence.xml). Nothing here is part of a
 * service's API: the store's services return records.
 */
package org.clientela.store.search;
