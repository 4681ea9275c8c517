package org.clientela.account;

import java.util.EnumSet;
import java.util.Set;

/** What an owner may let another person do with their account. */
public enum AccessRight {
    VIEW_PROFILE,
    EDIT_PROFILE,
    VIEW_ORDERS,
    PLACE_ORDERS,
    MANAGE_SUBSCRIPTIONS;

    /**
     * The rights with those they cannot work without: editing a profile means seeing it, placing
     * orders means seeing them.
     */
    public static Set<AccessRight> withImplied(Set<AccessRight> rights) {
        Set<AccessRight> all = rights.isEmpty() ? EnumSet.noneOf(AccessRight.class) : EnumSet.copyOf(rights);
        if (all.contains(EDIT_PROFILE)) {
            all.add(VIEW_PROFILE);
        }
        if (all.contains(PLACE_ORDERS)) {
            all.add(VIEW_ORDERS);
        }
        return all;
    }
}
