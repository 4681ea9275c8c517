package org.clientela.store;

/**
 * Fired by an ERP call that wrote at least {@link CatalogIndexCompaction#IMPORT_SIZE} products;
 * observed after its commit.
 */
public record CatalogImported(int products) {}
