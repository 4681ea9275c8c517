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
import java.time.Duration;
import java.time.Instant;
import java.util.List;
import java.util.UUID;
import org.clientela.account.CustomerDirectory;
import org.clientela.it.support.incontainer.AsAdmin;
import org.clientela.it.support.incontainer.AsCustomer;
import org.clientela.it.support.incontainer.AsSupportAgent;
import org.clientela.platform.Actor;
import org.clientela.platform.Channel;
import org.clientela.platform.Customer;
import org.clientela.platform.Language;
import org.clientela.platform.SignInIdentity;
import org.jboss.arquillian.junit5.ArquillianExtension;
import org.junit.jupiter.api.AfterEach;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.extension.ExtendWith;

/**
 * The ladder driven by real rows: orders and accepted answers written into their tables, then an
 * interaction recorded, and the stage with its history checked after each step.
 */
@ExtendWith(ArquillianExtension.class)
class LifecycleStagesIT {

    @Inject
    LifecycleStages stages;

    @Inject
    InteractionRecorder recorder;

    @Inject
    CrmSettings settings;

    @Inject
    CustomerDirectory directory;

    @Inject
    AsAdmin asAdmin;

    @Inject
    AsSupportAgent asSupportAgent;

    @Inject
    AsCustomer asCustomer;

    @PersistenceContext
    EntityManager em;

    @Resource
    UserTransaction tx;

    @AfterEach
    void defaultThresholds() throws Exception {
        asAdmin.call(() -> {
            settings.update(StageThresholds.DEFAULTS, Actor.SYSTEM);
            return null;
        });
    }

    @Test
    void everyRungInTurn() throws Exception {
        Customer olena = customer();
        Customer asker = customer();
        Instant now = Instant.now();
        assertEquals(LifecycleStage.PROSPECT, stageOf(olena));

        step(() -> CrmFixtures.order(em, olena, now.minus(Duration.ofDays(300)), "DELIVERED"), olena);
        assertEquals(LifecycleStage.FIRST_TIME_BUYER, stageOf(olena));

        step(() -> CrmFixtures.order(em, olena, now.minus(Duration.ofDays(200)), "DELIVERED"), olena);
        assertEquals(LifecycleStage.REPEAT_BUYER, stageOf(olena));

        step(() -> CrmFixtures.order(em, olena, now.minus(Duration.ofDays(30)), "CANCELLED"), olena);
        assertEquals(LifecycleStage.REPEAT_BUYER, stageOf(olena), "a cancelled order never counts");

        step(
                () -> {
                    CrmFixtures.order(em, olena, now.minus(Duration.ofDays(25)), "RETURNED");
                    CrmFixtures.order(em, olena, now.minus(Duration.ofDays(24)), "RETURNED");
                },
                olena);
        assertEquals(LifecycleStage.REPEAT_BUYER, stageOf(olena), "nor does a returned one");

        step(
                () -> {
                    CrmFixtures.order(em, olena, now.minus(Duration.ofDays(20)), "PAID");
                    CrmFixtures.order(em, olena, now.minus(Duration.ofDays(10)), "PLACED");
                },
                olena);
        assertEquals(LifecycleStage.CLIENT, stageOf(olena));

        step(() -> CrmFixtures.acceptedAnswer(em, asker, olena, now.minus(Duration.ofDays(5))), olena);
        assertEquals(LifecycleStage.SUPPORTER, stageOf(olena));

        step(
                () -> {
                    for (int i = 0; i < 4; i++) {
                        CrmFixtures.acceptedAnswer(em, asker, olena, now.minus(Duration.ofDays(4 - i)));
                    }
                },
                olena);
        assertEquals(LifecycleStage.ADVOCATE, stageOf(olena));

        List<StageChange> history = asSupportAgent.call(() -> stages.history(olena.getId()));
        assertEquals(5, history.size());
        assertEquals(LifecycleStage.ADVOCATE, history.get(0).getToStage());
        assertEquals(LifecycleStage.SUPPORTER, history.get(0).getFromStage());
        assertEquals(LifecycleStage.PROSPECT, history.get(4).getFromStage());
        assertEquals(LifecycleStage.FIRST_TIME_BUYER, history.get(4).getToStage());
        assertEquals(
                5L,
                em.createQuery(
                                "select count(i) from Interaction i where i.customer.id = ?1 and i.type = ?2",
                                Long.class)
                        .setParameter(1, olena.getId())
                        .setParameter(2, InteractionType.STAGE_CHANGED)
                        .getSingleResult());
    }

    @Test
    void quietCustomersLapseAndComeBackWhenTheyAct() throws Exception {
        Customer ivan = customer();
        Instant now = Instant.now();
        tx.begin();
        em.createNativeQuery("update customer set registered_at = ?1 where id = ?2")
                .setParameter(1, now.minus(Duration.ofDays(400)))
                .setParameter(2, ivan.getId())
                .executeUpdate();
        em.createNativeQuery("delete from interaction where customer_id = ?1")
                .setParameter(1, ivan.getId())
                .executeUpdate();
        CrmFixtures.order(em, ivan, now.minus(Duration.ofDays(390)), "DELIVERED");
        CrmFixtures.order(em, ivan, now.minus(Duration.ofDays(380)), "DELIVERED");
        CrmFixtures.interaction(em, ivan, InteractionType.ORDER_PLACED, Channel.WEB, now.minus(Duration.ofDays(380)));
        tx.commit();

        assertTrue(stages.lapseInactive(now) >= 1);
        assertEquals(LifecycleStage.LAPSED, stageOf(ivan));

        tx.begin();
        recorder.record(
                em.find(Customer.class, ivan.getId()),
                InteractionType.PROFILE_UPDATED,
                Channel.WEB,
                Actor.of(ivan),
                null,
                "came back");
        tx.commit();
        assertEquals(LifecycleStage.REPEAT_BUYER, stageOf(ivan));
    }

    @Test
    void thresholdsChangedByAnAdminAreUsedAndOthersAreRefused() throws Exception {
        asAdmin.call(() -> {
            settings.update(new StageThresholds(2, 1, 5, 6, 180), Actor.SYSTEM);
            return null;
        });
        assertEquals(2, settings.thresholds().clientOrdersPer12Months());
        Customer petar = customer();
        Instant now = Instant.now();
        step(
                () -> {
                    CrmFixtures.order(em, petar, now.minus(Duration.ofDays(3)), "PAID");
                    CrmFixtures.order(em, petar, now.minus(Duration.ofDays(2)), "PAID");
                },
                petar);
        assertEquals(LifecycleStage.CLIENT, stageOf(petar));

        assertThrows(
                EJBAccessException.class,
                () -> asSupportAgent.call(() -> {
                    settings.update(StageThresholds.DEFAULTS, Actor.SYSTEM);
                    return null;
                }));
        assertThrows(
                EJBAccessException.class,
                () -> asCustomer.call(() -> {
                    settings.update(StageThresholds.DEFAULTS, Actor.SYSTEM);
                    return null;
                }));
    }

    /** Writes the rows, then records an interaction: the recorder recomputes the stage. */
    private void step(Runnable rows, Customer customer) throws Exception {
        tx.begin();
        rows.run();
        recorder.record(
                em.find(Customer.class, customer.getId()),
                InteractionType.PROFILE_UPDATED,
                Channel.WEB,
                Actor.of(customer),
                null,
                "step");
        tx.commit();
    }

    private LifecycleStage stageOf(Customer customer) throws Exception {
        return asSupportAgent.call(() -> stages.current(customer.getId()));
    }

    private Customer customer() throws Exception {
        String subject = UUID.randomUUID().toString();
        tx.begin();
        Customer customer = directory.recogniseSignIn(
                new SignInIdentity(subject, subject + "@clientela.test", "Olena", "K", Language.EN, true));
        tx.commit();
        return customer;
    }
}
