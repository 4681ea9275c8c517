package org.clientela.crm;

/** An interaction that may move its customer on the ladder was recorded. */
public record InteractionRecorded(long customerId) {}
