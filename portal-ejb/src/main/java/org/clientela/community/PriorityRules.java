package org.clientela.community;

import java.math.BigDecimal;
import java.util.ArrayList;
import java.util.List;
import java.util.Set;
import org.clientela.crm.LifecycleStage;

/**
 * The priority a new request starts with, from what is known about it. Written once here so
 * that every rule has its own test; staff may change the result afterwards.
 *
 * <ol>
 *   <li>a start by category: payment, delivery and product defects normal, the rest low;
 *   <li>an order over {@code highOrderValue}: at least high;
 *   <li>another request by the customer within the last 30 days: at least high;
 *   <li>a customer in one of the {@code raisedStages} (e.g. advocate): one level up.
 * </ol>
 */
public final class PriorityRules {

    /** Why a request got its priority; staff see the names. */
    public enum Rule {
        CATEGORY,
        HIGH_VALUE_ORDER,
        REPEAT_REQUEST,
        VALUED_CUSTOMER
    }

    /** What the rules look at. {@code orderTotal} is null without an order. */
    public record Facts(
            RequestCategory category, BigDecimal orderTotal, boolean repeatWithin30Days, LifecycleStage stage) {}

    public record Settings(BigDecimal highOrderValue, Set<LifecycleStage> raisedStages) {}

    public record Decision(CasePriority priority, List<Rule> rules) {}

    private PriorityRules() {}

    public static Decision decide(Facts facts, Settings settings) {
        List<Rule> rules = new ArrayList<>();
        CasePriority priority = switch (facts.category()) {
            case PAYMENT, DELIVERY, PRODUCT_DEFECT -> CasePriority.NORMAL;
            case ACCOUNT, OTHER -> CasePriority.LOW;
        };
        rules.add(Rule.CATEGORY);
        if (facts.orderTotal() != null && facts.orderTotal().compareTo(settings.highOrderValue()) > 0) {
            priority = atLeast(priority, CasePriority.HIGH);
            rules.add(Rule.HIGH_VALUE_ORDER);
        }
        if (facts.repeatWithin30Days()) {
            priority = atLeast(priority, CasePriority.HIGH);
            rules.add(Rule.REPEAT_REQUEST);
        }
        if (facts.stage() != null && settings.raisedStages().contains(facts.stage())) {
            priority = raised(priority);
            rules.add(Rule.VALUED_CUSTOMER);
        }
        return new Decision(priority, List.copyOf(rules));
    }

    /** The more urgent of the two (the enum lists the most urgent first). */
    static CasePriority atLeast(CasePriority priority, CasePriority floor) {
        return priority.ordinal() <= floor.ordinal() ? priority : floor;
    }

    static CasePriority raised(CasePriority priority) {
        return priority == CasePriority.URGENT ? priority : CasePriority.values()[priority.ordinal() - 1];
    }
}
