package org.clientela.store;

import java.util.List;

/**
 * What a bulk upsert did: counts when it was applied, or, when any item was refused, every
 * item's errors and nothing applied.
 */
public record SyncReport(int created, int updated, int unchanged, List<ItemError> errors) {

    /** One refused field of one item; {@code index} counts from 0 in the call's list, -1 for the call. */
    public record ItemError(int index, String sku, String field, String message) {}

    static SyncReport refused(List<ItemError> errors) {
        return new SyncReport(0, 0, 0, List.copyOf(errors));
    }

    public boolean applied() {
        return errors.isEmpty();
    }
}
