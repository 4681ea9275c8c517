package org.clientela.platform;

import java.util.List;

/**
 * The realm roles of Keycloak's {@code clientela} realm, the one place that spells them. Java
 * annotations take only constant elements, so {@code @RolesAllowed} lists these names (e.g. {@code
 * {Roles.SALES_MANAGER, Roles.ADMIN}}); code that asks at run time uses the named groups. {@code
 * web.xml} mirrors them for the pages, and {@code RolesTest} holds both to the realm.
 */
public final class Roles {

    /** Everyone who registered: the realm's default role. */
    public static final String CUSTOMER = "customer";

    public static final String CONTENT_MANAGER = "content-manager";
    public static final String SUPPORT_AGENT = "support-agent";
    public static final String SALES_MANAGER = "sales-manager";

    /** Includes the three staff roles in the realm, and is named wherever they are. */
    public static final String ADMIN = "admin";

    /** The ERP's service account. */
    public static final String INTEGRATION = "integration";

    /** Anyone who works in the back office. */
    public static final List<String> STAFF = List.of(CONTENT_MANAGER, SUPPORT_AGENT, SALES_MANAGER, ADMIN);

    /** Who answers the community and works support cases. */
    public static final List<String> SUPPORT = List.of(SUPPORT_AGENT, ADMIN);

    /** Who looks after customers: their records, stages and tasks. */
    public static final List<String> CUSTOMER_CARE = List.of(SUPPORT_AGENT, SALES_MANAGER, ADMIN);

    /** Who works with segments, dashboards and the order back office. */
    public static final List<String> SALES = List.of(SALES_MANAGER, ADMIN);

    /** Who writes news and moderates reviews. */
    public static final List<String> CONTENT = List.of(CONTENT_MANAGER, ADMIN);

    private Roles() {}
}
