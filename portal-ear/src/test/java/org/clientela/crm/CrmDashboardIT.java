package org.clientela.crm;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertNull;
import static org.junit.jupiter.api.Assertions.assertThrows;
import static org.junit.jupiter.api.Assertions.assertTrue;

import jakarta.annotation.Resource;
import jakarta.ejb.EJBAccessException;
import jakarta.inject.Inject;
import jakarta.persistence.EntityManager;
import jakarta.persistence.PersistenceContext;
import jakarta.transaction.UserTransaction;
import java.math.BigDecimal;
import java.time.OffsetDateTime;
import java.time.ZoneOffset;
import java.time.temporal.ChronoUnit;
import java.util.List;
import java.util.Map;
import java.util.stream.Collectors;
import org.clientela.account.CustomerDirectory;
import org.clientela.it.support.incontainer.AsCustomer;
import org.clientela.it.support.incontainer.AsSalesManager;
import org.clientela.it.support.incontainer.AsSupportAgent;
import org.clientela.platform.Customer;
import org.clientela.platform.Language;
import org.jboss.arquillian.junit5.ArquillianExtension;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.extension.ExtendWith;

/**
 * The dashboard's figures for a small known data set. Figures over the whole database are
 * compared before and after the data is added (other tests add theirs, but not inside one
 * test's few statements); figures per category, product or customer use this test's own.
 */
@ExtendWith(ArquillianExtension.class)
class CrmDashboardIT {

    @Inject
    CrmDashboard dashboard;

    @Inject
    CustomerDirectory directory;

    @Inject
    AsSalesManager asSales;

    @Inject
    AsSupportAgent asSupport;

    @Inject
    AsCustomer asCustomer;

    @PersistenceContext
    EntityManager em;

    @Resource
    UserTransaction tx;

    @Test
    void customersPerStageAndThisMonthsMoves() throws Exception {
        CrmFixture data = new CrmFixture(em, tx, directory);
        Map<String, Long> before = stages();
        Map<String, Long> movesBefore = moves();

        Customer prospect = data.customer("p", "en", null);
        Customer client = data.customer("c", "en", "CLIENT");
        data.customer("a", "bg", "ADVOCATE");
        data.stageChange(
                client,
                null,
                "FIRST_TIME_BUYER",
                OffsetDateTime.now(ZoneOffset.UTC).minusMinutes(2));
        data.stageChange(
                client,
                "FIRST_TIME_BUYER",
                "CLIENT",
                OffsetDateTime.now(ZoneOffset.UTC).minusMinutes(1));
        // last month's change does not count
        data.stageChange(
                prospect,
                "CLIENT",
                "LAPSED",
                OffsetDateTime.now(ZoneOffset.UTC).minusMonths(1).withDayOfMonth(1));

        Map<String, Long> after = stages();
        assertEquals(before.get("PROSPECT") + 1, after.get("PROSPECT"));
        assertEquals(before.get("CLIENT") + 1, after.get("CLIENT"));
        assertEquals(before.get("ADVOCATE") + 1, after.get("ADVOCATE"));
        assertEquals(before.get("LAPSED"), after.get("LAPSED"));
        assertEquals(7, after.size(), "every stage is listed, even with nobody");

        Map<String, Long> movesAfter = moves();
        assertEquals(
                movesBefore.getOrDefault("PROSPECT>FIRST_TIME_BUYER", 0L) + 1,
                movesAfter.get("PROSPECT>FIRST_TIME_BUYER"));
        assertEquals(
                movesBefore.getOrDefault("FIRST_TIME_BUYER>CLIENT", 0L) + 1, movesAfter.get("FIRST_TIME_BUYER>CLIENT"));
        assertEquals(movesBefore.getOrDefault("CLIENT>LAPSED", 0L), movesAfter.getOrDefault("CLIENT>LAPSED", 0L));
    }

    @Test
    void ordersAndRevenuePerIsoWeek() throws Exception {
        CrmFixture data = new CrmFixture(em, tx, directory);
        List<CrmDashboard.WeekFigures> before = asSales.call(() -> dashboard.ordersPerWeek());
        assertEquals(CrmDashboard.WEEKS, before.size());

        Customer buyer = data.customer("buyer", "en", null);
        OffsetDateTime now = OffsetDateTime.now(ZoneOffset.UTC).minusSeconds(5);
        data.order(buyer, "PAID", "10.50", null, now);
        data.order(buyer, "DELIVERED", "20.00", null, now);
        data.order(buyer, "CANCELLED", "99.00", null, now);
        data.order(buyer, "RETURNED", "55.00", null, now); // the money went back: no sale
        data.order(buyer, "DELIVERED", "7.25", null, now.minusWeeks(1));
        data.order(buyer, "DELIVERED", "1000.00", null, now.minusWeeks(20));

        List<CrmDashboard.WeekFigures> after = asSales.call(() -> dashboard.ordersPerWeek());
        CrmDashboard.WeekFigures thisWeek = after.get(CrmDashboard.WEEKS - 1);
        CrmDashboard.WeekFigures lastWeek = after.get(CrmDashboard.WEEKS - 2);
        assertEquals(before.get(CrmDashboard.WEEKS - 1).orders() + 2, thisWeek.orders());
        assertEquals(
                0,
                before.get(CrmDashboard.WEEKS - 1)
                        .revenue()
                        .add(new BigDecimal("30.50"))
                        .compareTo(thisWeek.revenue()));
        assertEquals(before.get(CrmDashboard.WEEKS - 2).orders() + 1, lastWeek.orders());
        assertTrue(thisWeek.monday().isAfter(lastWeek.monday()));
        assertTrue(thisWeek.week().matches("\\d{4}-W\\d{2}"), thisWeek.week());
    }

    @Test
    void unansweredQuestionsAndSlaBreaches() throws Exception {
        CrmFixture data = new CrmFixture(em, tx, directory);
        CrmDashboard.QuestionBacklog before = asSales.call(() -> dashboard.questionBacklog());
        Customer asker = data.customer("asker", "en", null);
        data.question(asker, null, CrmFixture.ago(2, ChronoUnit.DAYS), false, false); // past a 24 h SLA
        data.question(asker, null, CrmFixture.ago(1, ChronoUnit.HOURS), false, false);
        data.question(asker, null, CrmFixture.ago(3, ChronoUnit.DAYS), true, false); // answered
        data.question(asker, null, CrmFixture.ago(3, ChronoUnit.DAYS), false, true); // hidden

        CrmDashboard.QuestionBacklog after = asSales.call(() -> dashboard.questionBacklog());
        assertEquals(before.unanswered() + 2, after.unanswered());
        assertEquals(before.breaches() + 1, after.breaches());
        assertEquals(24, after.slaHours());
    }

    @Test
    void ratingsPerCategoryPerProductOverMonthsAndPerCustomer() throws Exception {
        CrmFixture data = new CrmFixture(em, tx, directory);
        String slug = "dash-" + data.key;
        long category = data.catalogCategory(slug, null);
        String sku = "DASH-" + data.key.toUpperCase();
        long product = data.product(sku, category);
        Customer critic = data.customer("critic", "en", null);
        // eight reviewers this month put this product among the most reviewed of the test database
        data.review(product, critic, 5, CrmFixture.ago(1, ChronoUnit.HOURS), false);
        for (int i = 0; i < 7; i++) {
            Customer reviewer = data.customer("reviewer" + i, "en", null);
            data.review(product, reviewer, i < 4 ? 4 : 2, CrmFixture.ago(1, ChronoUnit.HOURS), false);
        }
        Customer hidden = data.customer("hidden", "en", null);
        data.review(product, hidden, 1, CrmFixture.ago(1, ChronoUnit.HOURS), true);
        data.supportCase(critic, "SOLVED", 0);
        data.supportCase(critic, "SOLVED", 1);
        data.supportCase(critic, "OPEN", 2);

        CrmDashboard.CategoryRating rating = asSales.call(() -> dashboard.ratingPerCategory(Language.EN)).stream()
                .filter(r -> r.slug().equals(slug))
                .findFirst()
                .orElseThrow();
        // 5 + 4·4 + 3·2 = 27 over 8, the hidden 1 left out
        assertEquals(8, rating.reviews());
        assertEquals(
                0,
                new BigDecimal("3.38").compareTo(rating.average()),
                rating.average().toString());

        CrmDashboard.ProductSatisfaction satisfaction =
                asSales.call(() -> dashboard.productSatisfaction(Language.EN)).stream()
                        .filter(p -> p.sku().equals(sku))
                        .findFirst()
                        .orElseThrow();
        assertEquals("Product " + sku, satisfaction.name());
        assertEquals(8, satisfaction.reviews());
        assertEquals(CrmDashboard.MONTHS, satisfaction.monthly().size());
        assertEquals(0, new BigDecimal("3.38").compareTo(satisfaction.monthly().get(CrmDashboard.MONTHS - 1)));
        assertNull(satisfaction.monthly().get(0), "no review that month");

        CrmDashboard.CustomerSatisfaction mine = asSales.call(() -> dashboard.customerSatisfaction(critic.getId()));
        assertEquals(0, new BigDecimal("5.00").compareTo(mine.averageRating()));
        assertEquals(1, mine.reviews());
        assertEquals(2, mine.casesSolved());
        assertEquals(2, mine.casesReopened());
        assertEquals(mine, asSupport.call(() -> dashboard.customerSatisfaction(critic.getId())));
        assertTrue(asSales.call(() -> dashboard.customerSatisfaction()).size() <= CrmDashboard.TOP_CUSTOMERS);
    }

    @Test
    void onlySalesManagersAndAdminsSeeTheDashboard() {
        assertThrows(EJBAccessException.class, () -> asSupport.call(() -> dashboard.customersPerStage()));
        assertThrows(EJBAccessException.class, () -> asCustomer.call(() -> dashboard.ordersPerWeek()));
        assertThrows(EJBAccessException.class, () -> dashboard.questionBacklog());
    }

    private Map<String, Long> stages() throws Exception {
        return asSales.call(() -> dashboard.customersPerStage()).stream()
                .collect(Collectors.toMap(CrmDashboard.StageCount::stage, CrmDashboard.StageCount::customers));
    }

    private Map<String, Long> moves() throws Exception {
        return asSales.call(() -> dashboard.stageMovesThisMonth()).stream()
                .collect(Collectors.toMap(m -> m.from() + ">" + m.to(), CrmDashboard.StageMove::customers));
    }
}
