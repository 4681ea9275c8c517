package org.clientela.account;

import java.util.EnumSet;
import java.util.Set;

/**
 * A member's role in a company account. Roles are named bundles of the same access rights a person
 * grants on their own account; owners and admins also manage the members.
 */
public enum CompanyRole {
    OWNER(EnumSet.allOf(AccessRight.class)),
    ADMIN(EnumSet.allOf(AccessRight.class)),
    BUYER(EnumSet.of(AccessRight.VIEW_PROFILE, AccessRight.VIEW_ORDERS, AccessRight.PLACE_ORDERS)),
    VIEWER(EnumSet.of(AccessRight.VIEW_PROFILE, AccessRight.VIEW_ORDERS));

    private final Set<AccessRight> rights;

    CompanyRole(Set<AccessRight> rights) {
        this.rights = rights;
    }

    public Set<AccessRight> rights() {
        return EnumSet.copyOf(rights);
    }

    public boolean managesMembers() {
        return this == OWNER || this == ADMIN;
    }
}
