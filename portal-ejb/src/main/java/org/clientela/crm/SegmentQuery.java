package org.clientela.crm;

import java.time.Instant;
import java.time.OffsetDateTime;
import java.time.ZoneOffset;
import java.time.temporal.ChronoUnit;
import java.util.LinkedHashMap;
import java.util.Map;

/**
 * The one SQL statement that finds a segment's customers, built from the criteria: only the
 * shape depends on them, every value is a bind parameter. It works in the database over any
 * number of customers: spend is summed once per customer in a grouped subquery joined by id,
 * the other parts are EXISTS subqueries that the planner runs as semi-joins on indexed columns.
 * Portable SQL: H2 and PostgreSQL run it alike.
 */
final class SegmentQuery {

    /** The columns of a member, in this order. */
    private static final String MEMBER_COLUMNS = "c.id, c.first_name, c.last_name, c.email, c.preferred_language,"
            + " coalesce(st.stage, 'PROSPECT') as stage, coalesce(sp.spend, 0) as spend,"
            + " (select max(i.occurred_at) from interaction i where i.customer_id = c.id"
            + " and i.channel in ('WEB', 'API')) as last_activity";

    /**
     * The customers the CRM's groupings are about: people with an open account. Companies are
     * reached through their people, and closed accounts are kept only for accounting.
     */
    static final String OPEN_PERSONS = "c.kind = 'PERSON' and c.closed_at is null";

    final String from;
    final Map<String, Object> parameters = new LinkedHashMap<>();

    SegmentQuery(SegmentCriteria criteria, Instant now) {
        StringBuilder sql = new StringBuilder(" from customer c"
                + " left join customer_stage st on st.customer_id = c.id"
                + " left join (select o.customer_id as customer_id, sum(o.total) as spend from customer_order o"
                + " where " + Sales.counted("o.status") + " group by o.customer_id) sp on sp.customer_id = c.id"
                + " where " + OPEN_PERSONS);
        if (!criteria.languages().isEmpty()) {
            sql.append(" and c.preferred_language in (:languages)");
            // the column holds the enum's name (EN), criteria the tag (en)
            parameters.put(
                    "languages",
                    criteria.languages().stream()
                            .map(tag -> tag.toUpperCase(java.util.Locale.ROOT))
                            .collect(java.util.stream.Collectors.toCollection(java.util.TreeSet::new)));
        }
        if (!criteria.stages().isEmpty()) {
            // no row is a prospect
            sql.append(
                    criteria.stages().contains("PROSPECT")
                            ? " and (st.stage is null or st.stage in (:stages))"
                            : " and st.stage in (:stages)");
            parameters.put("stages", criteria.stages());
        }
        if (criteria.minSpend() != null) {
            sql.append(" and coalesce(sp.spend, 0) >= :minSpend");
            parameters.put("minSpend", criteria.minSpend());
        }
        if (criteria.maxSpend() != null) {
            sql.append(" and coalesce(sp.spend, 0) <= :maxSpend");
            parameters.put("maxSpend", criteria.maxSpend());
        }
        if (criteria.activeWithinDays() != null) {
            // the customer's own doing, in the pages or the API: mails we sent them and staff's
            // and the system's steps are not activity of theirs
            sql.append(" and exists (select 1 from interaction ia where ia.customer_id = c.id"
                    + " and ia.channel in ('WEB', 'API') and ia.occurred_at >= :activeSince)");
            parameters.put(
                    "activeSince",
                    OffsetDateTime.ofInstant(now.minus(criteria.activeWithinDays(), ChronoUnit.DAYS), ZoneOffset.UTC));
        }
        if (!criteria.categories().isEmpty()) {
            // a news subscription to the category, an order from it or from a subcategory, a question in it
            sql.append(" and (exists (select 1 from news_subscription ns"
                    + " join news_subscription_category nsc on nsc.subscription_id = ns.id"
                    + " join news_category nc on nc.id = nsc.category_id"
                    + " where ns.customer_id = c.id and ns.status = 'ACTIVE' and nc.slug in (:categories))"
                    + " or exists (select 1 from customer_order oo"
                    + " join order_line ol on ol.order_id = oo.id"
                    + " join product p on p.sku = ol.sku"
                    + " join catalog_category cc on cc.id = p.category_id"
                    + " left join catalog_category pc on pc.id = cc.parent_id"
                    + " where oo.customer_id = c.id and " + Sales.counted("oo.status")
                    + " and (cc.slug in (:categories) or pc.slug in (:categories)))"
                    + " or exists (select 1 from question q where q.author_id = c.id"
                    + " and q.category_slug in (:categories)))");
            parameters.put("categories", criteria.categories());
        }
        this.from = sql.toString();
    }

    /** The number of members. */
    String count() {
        return "select count(*)" + from;
    }

    /** The members in id order. */
    String members() {
        return "select " + MEMBER_COLUMNS + from + " order by c.id";
    }

    /** The members among the given customers ({@code :ids}), only their ids. */
    String membersAmong() {
        return "select c.id" + from + " and c.id in (:ids)";
    }
}
