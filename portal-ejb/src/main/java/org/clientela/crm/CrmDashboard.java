package org.clientela.crm;

import jakarta.annotation.security.RolesAllowed;
import jakarta.ejb.Stateless;
import jakarta.persistence.EntityManager;
import jakarta.persistence.PersistenceContext;
import jakarta.persistence.Query;
import java.io.Serializable;
import java.math.BigDecimal;
import java.math.RoundingMode;
import java.time.DayOfWeek;
import java.time.Instant;
import java.time.LocalDate;
import java.time.OffsetDateTime;
import java.time.YearMonth;
import java.time.ZoneOffset;
import java.time.temporal.IsoFields;
import java.time.temporal.TemporalAdjusters;
import java.util.ArrayList;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import org.clientela.platform.Language;
import org.clientela.platform.Roles;

/**
 * The figures of the CRM dashboard, each one SQL aggregate computed in the database. Periods
 * (ISO weeks, months) are in UTC; their bounds are bind parameters and the buckets are
 * conditional sums, so the same SQL runs on H2 and PostgreSQL without date functions.
 */
@Stateless
@RolesAllowed({Roles.SALES_MANAGER, Roles.ADMIN})
public class CrmDashboard {

    public static final int WEEKS = 12;
    public static final int MONTHS = 6;
    public static final int TOP_PRODUCTS = 5;
    public static final int TOP_CUSTOMERS = 20;

    public record StageCount(String stage, long customers) implements Serializable {}

    public record StageMove(String from, String to, long customers) implements Serializable {}

    /** Orders placed in an ISO week (not cancelled) and what they came to. */
    public record WeekFigures(String week, LocalDate monday, long orders, BigDecimal revenue) implements Serializable {}

    /** Questions without an answer (not hidden), and those of them older than the SLA. */
    public record QuestionBacklog(long unanswered, long breaches, long slaHours) implements Serializable {}

    public record CategoryRating(String slug, String name, BigDecimal average, long reviews) implements Serializable {}

    /** Average rating per month (null: no review that month), oldest month first. */
    public record ProductSatisfaction(String sku, String name, long reviews, List<BigDecimal> monthly)
            implements Serializable {}

    public record CustomerSatisfaction(
            long customerId,
            String name,
            String email,
            BigDecimal averageRating,
            long reviews,
            long casesSolved,
            long casesReopened)
            implements Serializable {}

    @PersistenceContext
    private EntityManager em;

    static final String STAGE_COUNTS_SQL = "select coalesce(st.stage, 'PROSPECT') as stage, count(*)"
            + " from customer c left join customer_stage st on st.customer_id = c.id"
            + " where " + SegmentQuery.OPEN_PERSONS
            + " group by coalesce(st.stage, 'PROSPECT')";

    static final String STAGE_MOVES_SQL = "select coalesce(from_stage, 'PROSPECT'), to_stage, count(*)"
            + " from stage_change where changed_at >= :start"
            + " group by coalesce(from_stage, 'PROSPECT'), to_stage"
            + " order by count(*) desc, 1, 2";

    static final String BACKLOG_SQL = "select count(*),"
            + " sum(case when q.created_at < :cut then 1 else 0 end)"
            + " from question q where q.answered_at is null and q.hidden_at is null";

    static final String RATING_SQL = "select cc.slug, n.name, avg(cast(r.rating as decimal(7,4))), count(*)"
            + " from review r join product p on p.id = r.product_id"
            + " join catalog_category cc on cc.id = p.category_id"
            + " left join catalog_category_name n on n.category_id = cc.id and n.language = :language"
            + " where r.hidden_at is null group by cc.slug, n.name order by cc.slug";

    /** Customers per lifecycle stage; a customer without a stage row is a prospect. */
    @SuppressWarnings("unchecked")
    public List<StageCount> customersPerStage() {
        List<Object[]> rows = em.createNativeQuery(STAGE_COUNTS_SQL).getResultList();
        Map<String, Long> counts = new LinkedHashMap<>();
        SegmentCriteria.STAGES.forEach(stage -> counts.put(stage, 0L));
        rows.forEach(row -> counts.put((String) row[0], SqlValues.count(row[1])));
        return counts.entrySet().stream()
                .map(e -> new StageCount(e.getKey(), e.getValue()))
                .toList();
    }

    /** Stage changes since the first of this month (UTC), by from and to stage. */
    @SuppressWarnings("unchecked")
    public List<StageMove> stageMovesThisMonth() {
        OffsetDateTime start =
                YearMonth.now(ZoneOffset.UTC).atDay(1).atStartOfDay().atOffset(ZoneOffset.UTC);
        List<Object[]> rows = em.createNativeQuery(STAGE_MOVES_SQL)
                .setParameter("start", start)
                .getResultList();
        return rows.stream()
                .map(row -> new StageMove((String) row[0], (String) row[1], SqlValues.count(row[2])))
                .toList();
    }

    /** The last {@value #WEEKS} ISO weeks, this one last: orders placed and revenue, cancelled ones left out. */
    public List<WeekFigures> ordersPerWeek() {
        LocalDate thisMonday = LocalDate.now(ZoneOffset.UTC).with(TemporalAdjusters.previousOrSame(DayOfWeek.MONDAY));
        List<LocalDate> mondays = new ArrayList<>();
        for (int i = WEEKS - 1; i >= 0; i--) {
            mondays.add(thisMonday.minusWeeks(i));
        }
        Query query = em.createNativeQuery(ordersPerWeekSql());
        for (int i = 0; i <= WEEKS; i++) {
            LocalDate day = i < WEEKS ? mondays.get(i) : thisMonday.plusWeeks(1);
            query.setParameter("w" + i, day.atStartOfDay().atOffset(ZoneOffset.UTC));
        }
        Object[] row = (Object[]) query.getSingleResult();
        List<WeekFigures> weeks = new ArrayList<>();
        for (int i = 0; i < WEEKS; i++) {
            LocalDate monday = mondays.get(i);
            String label = String.format(
                    "%d-W%02d", monday.get(IsoFields.WEEK_BASED_YEAR), monday.get(IsoFields.WEEK_OF_WEEK_BASED_YEAR));
            weeks.add(new WeekFigures(
                    label,
                    monday,
                    SqlValues.count(row[2 * i]),
                    SqlValues.decimal(row[2 * i + 1]).setScale(2, RoundingMode.HALF_UP)));
        }
        return weeks;
    }

    /** Orders and revenue per week: conditional sums over the bounds {@code :w0} to {@code :w12}. */
    static String ordersPerWeekSql() {
        StringBuilder sql = new StringBuilder("select ");
        for (int i = 0; i < WEEKS; i++) {
            String inWeek = "o.placed_at >= :w" + i + " and o.placed_at < :w" + (i + 1);
            sql.append(i == 0 ? "" : ", ")
                    .append("sum(case when ")
                    .append(inWeek)
                    .append(" then 1 else 0 end), ")
                    .append("sum(case when ")
                    .append(inWeek)
                    .append(" then o.total else 0 end)");
        }
        sql.append(" from customer_order o where " + Sales.counted("o.status")
                        + " and o.placed_at >= :w0 and o.placed_at < :w")
                .append(WEEKS);
        return sql.toString();
    }

    /** Unanswered questions and SLA breaches ({@code clientela.community.sla-hours}, default 24). */
    public QuestionBacklog questionBacklog() {
        long slaHours = ServiceLevel.questionSla().toHours();
        Object[] row = (Object[]) em.createNativeQuery(BACKLOG_SQL)
                .setParameter(
                        "cut",
                        OffsetDateTime.ofInstant(Instant.now().minus(ServiceLevel.questionSla()), ZoneOffset.UTC))
                .getSingleResult();
        return new QuestionBacklog(SqlValues.count(row[0]), SqlValues.count(row[1]), slaHours);
    }

    /** The average of visible reviews per catalog category, named in {@code language} (slug when unnamed). */
    @SuppressWarnings("unchecked")
    public List<CategoryRating> ratingPerCategory(Language language) {
        List<Object[]> rows = em.createNativeQuery(RATING_SQL)
                .setParameter("language", language.name())
                .getResultList();
        return rows.stream()
                .map(row -> new CategoryRating(
                        (String) row[0],
                        row[1] == null ? (String) row[0] : (String) row[1],
                        average(row[2]),
                        SqlValues.count(row[3])))
                .toList();
    }

    /** The months of {@link #productSatisfaction}, oldest first, this month last. */
    public List<YearMonth> satisfactionMonths() {
        YearMonth now = YearMonth.now(ZoneOffset.UTC);
        List<YearMonth> months = new ArrayList<>();
        for (int i = MONTHS - 1; i >= 0; i--) {
            months.add(now.minusMonths(i));
        }
        return months;
    }

    /**
     * The products reviewed most over the last {@value #MONTHS} months (visible reviews, up to
     * {@value #TOP_PRODUCTS}), with their average rating per month.
     */
    @SuppressWarnings("unchecked")
    public List<ProductSatisfaction> productSatisfaction(Language language) {
        List<YearMonth> months = satisfactionMonths();
        Query query = em.createNativeQuery(productSatisfactionSql()).setParameter("language", language.name());
        for (int i = 0; i <= MONTHS; i++) {
            YearMonth month =
                    i < MONTHS ? months.get(i) : months.get(MONTHS - 1).plusMonths(1);
            query.setParameter("m" + i, month.atDay(1).atStartOfDay().atOffset(ZoneOffset.UTC));
        }
        query.setMaxResults(TOP_PRODUCTS);
        return ((List<Object[]>) query.getResultList())
                .stream()
                        .map(row -> {
                            List<BigDecimal> monthly = new ArrayList<>();
                            for (int i = 0; i < MONTHS; i++) {
                                monthly.add(row[3 + i] == null ? null : average(row[3 + i]));
                            }
                            return new ProductSatisfaction(
                                    (String) row[0],
                                    row[1] == null ? (String) row[0] : (String) row[1],
                                    SqlValues.count(row[2]),
                                    monthly);
                        })
                        .toList();
    }

    /** Average rating per product and month over the bounds {@code :m0} to {@code :m6}, named in {@code :language}. */
    static String productSatisfactionSql() {
        StringBuilder sql = new StringBuilder("select p.sku, t.name, count(*)");
        for (int i = 0; i < MONTHS; i++) {
            sql.append(", avg(case when r.created_at >= :m")
                    .append(i)
                    .append(" and r.created_at < :m")
                    .append(i + 1)
                    .append(" then cast(r.rating as decimal(7,4)) end)");
        }
        sql.append(" from review r join product p on p.id = r.product_id"
                        + " left join product_text t on t.product_id = p.id and t.language = :language"
                        + " where r.hidden_at is null and r.created_at >= :m0 and r.created_at < :m")
                .append(MONTHS)
                .append(" group by p.sku, t.name order by count(*) desc, p.sku");
        return sql.toString();
    }

    /**
     * Satisfaction per customer: the average rating they gave (visible reviews) and how their
     * cases ended (solved now; reopened at least once). The customers with the most reviews and
     * cases come first, up to {@value #TOP_CUSTOMERS}.
     */
    @SuppressWarnings("unchecked")
    public List<CustomerSatisfaction> customerSatisfaction() {
        List<Object[]> rows = em.createNativeQuery(
                        CUSTOMER_SATISFACTION + " order by coalesce(rv.reviews, 0) + coalesce(cs.cases, 0) desc, c.id")
                .setMaxResults(TOP_CUSTOMERS)
                .getResultList();
        return rows.stream().map(CrmDashboard::customerSatisfaction).toList();
    }

    /** One customer's satisfaction figures (for their 360), zeros when they reviewed nothing and had no case. */
    @RolesAllowed({Roles.SALES_MANAGER, Roles.ADMIN, Roles.SUPPORT_AGENT})
    @SuppressWarnings("unchecked")
    public CustomerSatisfaction customerSatisfaction(long customerId) {
        List<Object[]> rows = em.createNativeQuery(CUSTOMER_SATISFACTION.replace(WHERE_ANY, " where c.id = :id"))
                .setParameter("id", customerId)
                .getResultList();
        return rows.isEmpty()
                ? new CustomerSatisfaction(customerId, "", "", null, 0, 0, 0)
                : customerSatisfaction(rows.get(0));
    }

    static final String WHERE_ANY = " where rv.reviews is not null or cs.cases is not null";

    static final String CUSTOMER_SATISFACTION = "select c.id, c.first_name, c.last_name, c.email,"
            + " rv.average, coalesce(rv.reviews, 0), coalesce(cs.solved, 0), coalesce(cs.reopened, 0)"
            + " from customer c"
            // the stars a customer gives count alike, on a review or on staff's answer to a request
            + " left join (select x.author_id as author_id, avg(cast(x.rating as decimal(7,4))) as average,"
            + " sum(x.review) as reviews from (select r.author_id as author_id, r.rating as rating, 1 as review"
            + " from review r where r.hidden_at is null union all select k.customer_id, k.rating, 0"
            + " from support_case k where k.rating is not null) x group by x.author_id) rv"
            + " on rv.author_id = c.id"
            + " left join (select k.customer_id as customer_id, count(*) as cases,"
            + " sum(case when k.status = 'SOLVED' then 1 else 0 end) as solved,"
            + " sum(case when k.reopen_count > 0 then 1 else 0 end) as reopened"
            + " from support_case k group by k.customer_id) cs on cs.customer_id = c.id"
            + WHERE_ANY;

    private static CustomerSatisfaction customerSatisfaction(Object[] row) {
        String first = SqlValues.text(row[1]);
        String last = SqlValues.text(row[2]);
        return new CustomerSatisfaction(
                ((Number) row[0]).longValue(),
                ((first == null ? "" : first) + " " + (last == null ? "" : last)).strip(),
                SqlValues.text(row[3]),
                row[4] == null ? null : average(row[4]),
                SqlValues.count(row[5]),
                SqlValues.count(row[6]),
                SqlValues.count(row[7]));
    }

    private static BigDecimal average(Object value) {
        return SqlValues.decimal(value).setScale(2, RoundingMode.HALF_UP);
    }
}
