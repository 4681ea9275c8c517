package org.clientela.crm;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertThrows;
import static org.junit.jupiter.api.Assertions.assertTrue;

import jakarta.annotation.Resource;
import jakarta.ejb.EJBAccessException;
import jakarta.inject.Inject;
import jakarta.persistence.EntityManager;
import jakarta.persistence.PersistenceContext;
import jakarta.transaction.UserTransaction;
import java.math.BigDecimal;
import java.time.temporal.ChronoUnit;
import java.util.HashMap;
import java.util.HashSet;
import java.util.Map;
import java.util.Set;
import java.util.TreeSet;
import java.util.stream.Collectors;
import org.clientela.account.CustomerDirectory;
import org.clientela.it.support.incontainer.AsCustomer;
import org.clientela.it.support.incontainer.AsSalesManager;
import org.clientela.it.support.incontainer.AsSupportAgent;
import org.clientela.platform.Customer;
import org.jboss.arquillian.junit5.ArquillianExtension;
import org.junit.jupiter.api.BeforeEach;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.extension.ExtendWith;

/**
 * Segment queries inside the server, on its database: each criterion alone and combined selects
 * exactly the expected customers of a small data set set up by SQL (other tests' customers are
 * in the database too: the assertions look at this test's customers, and the count always equals
 * the members listed), spend bounds are inclusive, and only sales managers and admins save.
 */
@ExtendWith(ArquillianExtension.class)
class SegmentsIT {

    @Inject
    Segments segments;

    @Inject
    SegmentMembership membership;

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

    CrmFixture data;
    String laptops;
    String computers;
    String deals;
    Map<String, Long> ids;

    /**
     * Anna (en, prospect, subscribed to deals, active 2 days ago); Boris (bg, repeat buyer, 100
     * spent on a laptop + a cancelled 50, active 40 days ago); Chrystia (uk, client, 500 spent,
     * active yesterday); Dmitri (ru, lapsed, asked about laptops); Emma (en, client, only a
     * cancelled laptop order and an ended subscription).
     */
    @BeforeEach
    void customers() throws Exception {
        data = new CrmFixture(em, tx, directory);
        computers = "seg-computers-" + data.key;
        laptops = "seg-laptops-" + data.key;
        deals = "seg-deals-" + data.key;
        long computersId = data.catalogCategory(computers, null);
        long laptopsId = data.catalogCategory(laptops, computersId);
        String sku = "SEG-" + data.key.toUpperCase();
        data.product(sku, laptopsId);
        long dealsId = data.newsCategory(deals);

        Customer anna = data.customer("anna", "en", null);
        Customer boris = data.customer("boris", "bg", "REPEAT_BUYER");
        Customer chrystia = data.customer("chrystia", "uk", "CLIENT");
        Customer dmitri = data.customer("dmitri", "ru", "LAPSED");
        Customer emma = data.customer("emma", "en", "CLIENT");
        data.subscription(anna, dealsId, "ACTIVE");
        data.subscription(emma, dealsId, "ENDED");
        data.order(boris, "DELIVERED", "100.00", sku, CrmFixture.ago(50, ChronoUnit.DAYS));
        data.order(boris, "CANCELLED", "50.00", null, CrmFixture.ago(50, ChronoUnit.DAYS));
        data.order(chrystia, "PAID", "250.00", null, CrmFixture.ago(3, ChronoUnit.DAYS));
        data.order(chrystia, "DELIVERED", "250.00", null, CrmFixture.ago(3, ChronoUnit.DAYS));
        data.order(emma, "CANCELLED", "99.99", sku, CrmFixture.ago(3, ChronoUnit.DAYS));
        data.question(dmitri, laptops, CrmFixture.ago(10, ChronoUnit.DAYS), false, false);
        data.interaction(anna, CrmFixture.ago(2, ChronoUnit.DAYS));
        data.interaction(boris, CrmFixture.ago(40, ChronoUnit.DAYS));
        data.interaction(chrystia, CrmFixture.ago(1, ChronoUnit.DAYS));
        ids = Map.of(
                "anna", anna.getId(),
                "boris", boris.getId(),
                "chrystia", chrystia.getId(),
                "dmitri", dmitri.getId(),
                "emma", emma.getId());
    }

    @Test
    void eachCriterionAlone() throws Exception {
        assertEquals(Set.of("anna", "emma"), ours(criteria(Set.of("en"), Set.of(), Set.of(), null, null, null)));
        assertEquals(Set.of("anna"), ours(criteria(Set.of(), Set.of(), Set.of("PROSPECT"), null, null, null)));
        assertEquals(
                Set.of("chrystia", "emma"), ours(criteria(Set.of(), Set.of(), Set.of("CLIENT"), null, null, null)));
        assertEquals(Set.of("boris", "dmitri"), ours(criteria(Set.of(), Set.of(laptops), Set.of(), null, null, null)));
        assertEquals(Set.of("boris"), ours(criteria(Set.of(), Set.of(computers), Set.of(), null, null, null)));
        assertEquals(Set.of("anna"), ours(criteria(Set.of(), Set.of(deals), Set.of(), null, null, null)));
        assertEquals(Set.of("anna", "chrystia"), ours(criteria(Set.of(), Set.of(), Set.of(), null, null, 7)));
        assertEquals(Set.of("anna", "boris", "chrystia"), ours(criteria(Set.of(), Set.of(), Set.of(), null, null, 60)));
    }

    @Test
    void spendBoundsAreInclusiveAndCancelledOrdersDoNotCount() throws Exception {
        assertEquals(Set.of("boris", "chrystia"), ours(criteria(Set.of(), Set.of(), Set.of(), "100", "500", null)));
        assertEquals(Set.of("chrystia"), ours(criteria(Set.of(), Set.of(), Set.of(), "100.01", null, null)));
        assertEquals(Set.of("boris"), ours(criteria(Set.of(), Set.of(), Set.of(), "100", "499.99", null)));
        assertEquals(Set.of("anna", "dmitri", "emma"), ours(criteria(Set.of(), Set.of(), Set.of(), null, "0", null)));
    }

    @Test
    void closedAndCompanyAccountsAreNoMembersAndAReturnedOrderIsNoSpend() throws Exception {
        Customer frank = data.customer("frank", "en", "CLIENT");
        Customer firm = data.customer("firm", "en", "CLIENT");
        data.sql(
                "update customer set closed_at = :at where id = :id",
                "at",
                CrmFixture.ago(1, ChronoUnit.DAYS),
                "id",
                frank.getId());
        data.sql("update customer set kind = 'COMPANY' where id = :id", "id", firm.getId());
        data.order(
                em.find(Customer.class, ids.get("chrystia")),
                "RETURNED",
                "400.00",
                null,
                CrmFixture.ago(2, ChronoUnit.DAYS));
        ids = new HashMap<>(ids);
        ids.put("frank", frank.getId());
        ids.put("firm", firm.getId());

        assertEquals(Set.of("anna", "boris", "chrystia", "dmitri", "emma"), ours(SegmentCriteria.everyone()));
        assertEquals(Set.of("anna", "emma"), ours(criteria(Set.of("en"), Set.of(), Set.of(), null, null, null)));
        assertEquals(Set.of("boris", "chrystia"), ours(criteria(Set.of(), Set.of(), Set.of(), "100", "500", null)));
    }

    @Test
    void criteriaCombine() throws Exception {
        assertEquals(Set.of("anna"), ours(criteria(Set.of("en"), Set.of(deals), Set.of(), null, null, null)));
        assertEquals(Set.of("chrystia"), ours(criteria(Set.of(), Set.of(), Set.of("CLIENT"), "1", null, null)));
        assertEquals(
                Set.of("dmitri"),
                ours(criteria(Set.of("bg", "ru"), Set.of(laptops), Set.of("LAPSED"), null, null, null)));
        // the categories of this test alone: the whole segment is ours, the count included
        SegmentPreview preview = asSales.call(
                () -> segments.preview(criteria(Set.of(), Set.of(laptops, deals), Set.of(), null, null, null)));
        assertEquals(3, preview.count());
        assertEquals(
                Set.of(ids.get("anna"), ids.get("boris"), ids.get("dmitri")),
                preview.first().stream().map(SegmentMember::id).collect(Collectors.toSet()));
        SegmentMember boris = preview.first().stream()
                .filter(m -> m.id() == ids.get("boris"))
                .findFirst()
                .orElseThrow();
        assertEquals(0, new BigDecimal("100.00").compareTo(boris.spend()));
        assertEquals("REPEAT_BUYER", boris.stage());
        assertEquals("bg", boris.language());
        assertTrue(boris.lastActivity() != null);
    }

    @Test
    void aSavedSegmentTellsWhoOfSomeCustomersItHolds() throws Exception {
        Segment saved = asSales.call(() -> segments.save(
                null, "Laptops " + data.key, criteria(Set.of(), Set.of(laptops), Set.of(), null, null, null)));
        assertEquals(Set.of(ids.get("boris"), ids.get("dmitri")), membership.membersAmong(saved.getId(), ids.values()));

        SegmentRefusal taken = assertThrows(
                SegmentRefusal.class,
                () -> asSales.call(() -> segments.save(null, "laptops " + data.key, SegmentCriteria.everyone())));
        assertEquals(SegmentRefusal.Reason.NAME_TAKEN, taken.getReason());

        asSales.call(() -> segments.rename(saved.getId(), "Laptop buyers " + data.key));
        assertEquals(
                "Laptop buyers " + data.key,
                asSales.call(() -> segments.find(saved.getId())).getName());
        asSales.call(() -> {
            segments.delete(saved.getId());
            return null;
        });
        assertEquals(Set.of(), membership.membersAmong(saved.getId(), ids.values()));
    }

    @Test
    void invalidCriteriaAreRefusedWithAReason() {
        SegmentRefusal inverted = assertThrows(
                SegmentRefusal.class,
                () -> asSales.call(() -> segments.preview(criteria(Set.of(), Set.of(), Set.of(), "10", "5", null))));
        assertEquals(SegmentRefusal.Reason.SPEND_RANGE_INVERTED, inverted.getReason());
        SegmentRefusal stage = assertThrows(
                SegmentRefusal.class,
                () -> asSales.call(() -> segments.save(
                        null, "Bad " + data.key, criteria(Set.of(), Set.of(), Set.of("VIP"), null, null, null))));
        assertEquals(SegmentRefusal.Reason.UNKNOWN_STAGE, stage.getReason());
    }

    @Test
    void aSupportAgentPreviewsButCannotSaveAndACustomerIsRefused() throws Exception {
        SegmentCriteria english = criteria(Set.of("en"), Set.of(deals), Set.of(), null, null, null);
        assertEquals(1, asSupport.call(() -> segments.preview(english)).count());
        assertThrows(
                EJBAccessException.class, () -> asSupport.call(() -> segments.save(null, "No " + data.key, english)));
        assertThrows(EJBAccessException.class, () -> asSupport.call(() -> segments.members(english, m -> {})));
        assertThrows(EJBAccessException.class, () -> asCustomer.call(() -> segments.preview(english)));
        assertThrows(EJBAccessException.class, () -> asCustomer.call(() -> segments.list()));
        assertThrows(EJBAccessException.class, () -> segments.preview(english));
    }

    /** Which of this test's customers the criteria select, checking that the count equals the members. */
    private Set<String> ours(SegmentCriteria criteria) throws Exception {
        Set<Long> members = new HashSet<>();
        long streamed = asSales.call(() -> segments.members(criteria, m -> members.add(m.id())));
        long counted = asSales.call(() -> segments.preview(criteria)).count();
        assertEquals(counted, streamed, "count equals members");
        assertEquals(streamed, members.size());
        Set<String> names = new TreeSet<>();
        ids.forEach((name, id) -> {
            if (members.contains(id)) {
                names.add(name);
            }
        });
        return names;
    }

    private static SegmentCriteria criteria(
            Set<String> languages, Set<String> categories, Set<String> stages, String min, String max, Integer days) {
        return new SegmentCriteria(
                languages,
                categories,
                stages,
                min == null ? null : new BigDecimal(min),
                max == null ? null : new BigDecimal(max),
                days);
    }
}
