package org.clientela.store;

/** Fired by an ERP call that wrote many products at once; observed after its commit. */
public record CatalogImported(int products) {}
