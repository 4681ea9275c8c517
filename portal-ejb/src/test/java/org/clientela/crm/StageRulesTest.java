package org.clientela.crm;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;

import java.time.Duration;
import java.time.Instant;
import org.junit.jupiter.api.Test;

/** Every rung of the ladder, the lapse, and thresholds changed by an admin. */
class StageRulesTest {

    private static final Instant NOW = Instant.parse("2026-11-23T10:00:00Z");
    private static final Instant YESTERDAY = NOW.minus(Duration.ofDays(1));
    private static final StageRules DEFAULT = new StageRules(StageThresholds.DEFAULTS);

    private static CustomerActivity activity(long orders, long recentOrders, long reviews, long answers, long recent) {
        return new CustomerActivity(orders, recentOrders, reviews, answers, recent, YESTERDAY);
    }

    private static LifecycleStage stage(StageRules rules, CustomerActivity activity) {
        return rules.decide(activity, NOW).stage();
    }

    @Test
    void registeredWithoutOrderIsAProspect() {
        assertThat(stage(DEFAULT, activity(0, 0, 0, 0, 0))).isEqualTo(LifecycleStage.PROSPECT);
    }

    @Test
    void oneOrderMakesAFirstTimeBuyer() {
        assertThat(stage(DEFAULT, activity(1, 1, 0, 0, 0))).isEqualTo(LifecycleStage.FIRST_TIME_BUYER);
    }

    @Test
    void twoOrdersMakeARepeatBuyerEvenLongAgo() {
        assertThat(stage(DEFAULT, activity(2, 0, 0, 0, 0))).isEqualTo(LifecycleStage.REPEAT_BUYER);
        assertThat(stage(DEFAULT, activity(9, 3, 0, 0, 0))).isEqualTo(LifecycleStage.REPEAT_BUYER);
    }

    @Test
    void fourOrdersWithinTwelveMonthsMakeAClient() {
        assertThat(stage(DEFAULT, activity(4, 4, 0, 0, 0))).isEqualTo(LifecycleStage.CLIENT);
    }

    @Test
    void aPositiveReviewOrAnAcceptedAnswerMakesASupporter() {
        assertThat(stage(DEFAULT, activity(0, 0, 1, 0, 1))).isEqualTo(LifecycleStage.SUPPORTER);
        assertThat(stage(DEFAULT, activity(4, 4, 0, 1, 1))).isEqualTo(LifecycleStage.SUPPORTER);
    }

    @Test
    void sustainedHelpAndRepeatBuyingMakeAnAdvocate() {
        assertThat(stage(DEFAULT, activity(2, 0, 3, 2, 5))).isEqualTo(LifecycleStage.ADVOCATE);
    }

    @Test
    void helpWithoutRepeatBuyingStaysSupporter() {
        assertThat(stage(DEFAULT, activity(1, 1, 3, 3, 6))).isEqualTo(LifecycleStage.SUPPORTER);
    }

    @Test
    void oldHelpIsNotSustained() {
        assertThat(stage(DEFAULT, activity(3, 0, 4, 4, 1))).isEqualTo(LifecycleStage.SUPPORTER);
    }

    @Test
    void noActivityForTheLapsePeriodLapsesWhateverTheRecord() {
        CustomerActivity idle = new CustomerActivity(10, 0, 8, 8, 0, NOW.minus(Duration.ofDays(181)));
        StageDecision decision = DEFAULT.decide(idle, NOW);
        assertThat(decision.stage()).isEqualTo(LifecycleStage.LAPSED);
        assertThat(decision.reason().key()).isEqualTo("crm.reason.LAPSED");
        assertThat(decision.reason().args()).endsWith("180");
    }

    @Test
    void activityJustInsideThePeriodKeepsTheRung() {
        CustomerActivity recent = new CustomerActivity(2, 0, 0, 0, 0, NOW.minus(Duration.ofDays(179)));
        assertThat(stage(DEFAULT, recent)).isEqualTo(LifecycleStage.REPEAT_BUYER);
    }

    @Test
    void changedThresholdsMoveTheRungs() {
        StageRules strict = new StageRules(new StageThresholds(6, 3, 8, 3, 30));
        assertThat(stage(strict, activity(5, 5, 0, 0, 0))).isEqualTo(LifecycleStage.REPEAT_BUYER);
        assertThat(stage(strict, activity(6, 6, 0, 0, 0))).isEqualTo(LifecycleStage.CLIENT);
        assertThat(stage(strict, activity(2, 0, 2, 0, 2))).isEqualTo(LifecycleStage.REPEAT_BUYER);
        assertThat(stage(strict, activity(2, 0, 2, 1, 3))).isEqualTo(LifecycleStage.SUPPORTER);
        assertThat(stage(strict, activity(2, 0, 5, 3, 8))).isEqualTo(LifecycleStage.ADVOCATE);
        CustomerActivity monthOld = new CustomerActivity(2, 0, 0, 0, 0, NOW.minus(Duration.ofDays(31)));
        assertThat(stage(strict, monthOld)).isEqualTo(LifecycleStage.LAPSED);
        assertThat(stage(DEFAULT, monthOld)).isEqualTo(LifecycleStage.REPEAT_BUYER);
    }

    @Test
    void meaninglessThresholdsAreRefused() {
        assertThatThrownBy(() -> new StageThresholds(1, 1, 5, 6, 180))
                .isInstanceOfSatisfying(
                        CrmRefusal.class,
                        r -> assertThat(r.getReason()).isEqualTo(CrmRefusal.Reason.CLIENT_ORDERS_TOO_LOW));
        assertThatThrownBy(() -> new StageThresholds(4, 0, 5, 6, 180))
                .isInstanceOfSatisfying(
                        CrmRefusal.class,
                        r -> assertThat(r.getReason()).isEqualTo(CrmRefusal.Reason.SUPPORTER_CONTRIBUTIONS_TOO_LOW));
        assertThatThrownBy(() -> new StageThresholds(4, 3, 2, 6, 180))
                .isInstanceOfSatisfying(
                        CrmRefusal.class,
                        r -> assertThat(r.getReason()).isEqualTo(CrmRefusal.Reason.ADVOCATE_BELOW_SUPPORTER));
        assertThatThrownBy(() -> new StageThresholds(4, 1, 5, 0, 180))
                .isInstanceOfSatisfying(
                        CrmRefusal.class,
                        r -> assertThat(r.getReason()).isEqualTo(CrmRefusal.Reason.ADVOCATE_WINDOW_OUT_OF_RANGE));
        assertThatThrownBy(() -> new StageThresholds(4, 1, 5, 6, 3))
                .isInstanceOfSatisfying(
                        CrmRefusal.class, r -> assertThat(r.getReason()).isEqualTo(CrmRefusal.Reason.LAPSE_TOO_SHORT));
    }
}
