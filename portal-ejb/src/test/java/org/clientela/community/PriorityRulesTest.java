package org.clientela.community;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertTrue;

import java.math.BigDecimal;
import java.util.Set;
import org.clientela.community.PriorityRules.Decision;
import org.clientela.community.PriorityRules.Facts;
import org.clientela.community.PriorityRules.Rule;
import org.clientela.community.PriorityRules.Settings;
import org.clientela.crm.LifecycleStage;
import org.junit.jupiter.api.Test;

/** One test per priority rule, and how they combine. */
class PriorityRulesTest {

    private static final Settings SETTINGS = new Settings(new BigDecimal("500"), Set.of(LifecycleStage.ADVOCATE));

    private static Decision decide(RequestCategory category, String orderTotal, boolean repeat, LifecycleStage stage) {
        return PriorityRules.decide(
                new Facts(category, orderTotal == null ? null : new BigDecimal(orderTotal), repeat, stage), SETTINGS);
    }

    @Test
    void theCategoryGivesTheStart() {
        assertEquals(
                CasePriority.LOW,
                decide(RequestCategory.OTHER, null, false, null).priority());
        assertEquals(
                CasePriority.LOW,
                decide(RequestCategory.ACCOUNT, null, false, null).priority());
        assertEquals(
                CasePriority.NORMAL,
                decide(RequestCategory.DELIVERY, null, false, null).priority());
        assertEquals(
                CasePriority.NORMAL,
                decide(RequestCategory.PRODUCT_DEFECT, null, false, null).priority());
    }

    @Test
    void paymentProblemsAreAtLeastNormal() {
        for (LifecycleStage stage : LifecycleStage.values()) {
            CasePriority priority =
                    decide(RequestCategory.PAYMENT, null, false, stage).priority();
            assertTrue(priority.ordinal() <= CasePriority.NORMAL.ordinal(), stage + " gave " + priority);
        }
    }

    @Test
    void anOrderOverTheValueMakesItHigh() {
        Decision over = decide(RequestCategory.OTHER, "500.01", false, null);
        assertEquals(CasePriority.HIGH, over.priority());
        assertTrue(over.rules().contains(Rule.HIGH_VALUE_ORDER));
        assertEquals(
                CasePriority.NORMAL,
                decide(RequestCategory.DELIVERY, "500.00", false, null).priority(),
                "at the value itself, nothing changes");
    }

    @Test
    void aRepeatRequestWithin30DaysIsAtLeastHigh() {
        Decision repeat = decide(RequestCategory.ACCOUNT, null, true, null);
        assertEquals(CasePriority.HIGH, repeat.priority());
        assertEquals(java.util.List.of(Rule.CATEGORY, Rule.REPEAT_REQUEST), repeat.rules());
    }

    @Test
    void aCustomerInARaisedStageGoesOneLevelUp() {
        assertEquals(
                CasePriority.NORMAL,
                decide(RequestCategory.OTHER, null, false, LifecycleStage.ADVOCATE)
                        .priority());
        assertEquals(
                CasePriority.LOW,
                decide(RequestCategory.OTHER, null, false, LifecycleStage.CLIENT)
                        .priority(),
                "a stage not configured raises nothing");
        assertEquals(
                CasePriority.URGENT,
                decide(RequestCategory.DELIVERY, "900", false, LifecycleStage.ADVOCATE)
                        .priority(),
                "high and raised: urgent");
        assertEquals(CasePriority.URGENT, PriorityRules.raised(CasePriority.URGENT), "nothing above urgent");
    }
}
