package org.clientela.crm;

import java.time.Duration;
import java.time.Instant;
import java.time.LocalDate;
import java.time.ZoneOffset;
import java.util.Objects;
import org.clientela.platform.Wording;

/**
 * The lifecycle stage rules, all of them, in one place. Pure: the same activity, thresholds and
 * moment always give the same stage.
 *
 * <p>Checked from the top, the first rule that holds wins:
 *
 * <ol>
 *   <li><b>Lapsed</b>: the customer did nothing for {@code lapseAfterDays} (default 180 days).
 *       Whatever they do next lifts them back to the rung their record earns.
 *   <li><b>Advocate</b>: at least {@code advocateContributions} (default 5) positive reviews or
 *       accepted answers within the last {@code advocateWindowMonths} (default 6) months, and at
 *       least two orders: sustained help and repeat buying together.
 *   <li><b>Supporter</b>: at least {@code supporterContributions} (default 1) visible reviews of
 *       four or five stars or accepted answers, at any time.
 *   <li><b>Client</b>: at least {@code clientOrdersPer12Months} (default 4) orders within the last
 *       twelve months: a regular buyer.
 *   <li><b>Repeat buyer</b>: two or more orders.
 *   <li><b>First-time buyer</b>: one order.
 *   <li><b>Prospect</b>: registered, no order.
 * </ol>
 *
 * Cancelled orders and hidden posts never count.
 */
public final class StageRules {

    private final StageThresholds thresholds;

    public StageRules(StageThresholds thresholds) {
        this.thresholds = Objects.requireNonNull(thresholds, "thresholds");
    }

    public StageDecision decide(CustomerActivity activity, Instant now) {
        Instant lapseLine = now.minus(Duration.ofDays(thresholds.lapseAfterDays()));
        if (activity.lastActivity().isBefore(lapseLine)) {
            return decision(
                    LifecycleStage.LAPSED,
                    LocalDate.ofInstant(activity.lastActivity(), ZoneOffset.UTC),
                    thresholds.lapseAfterDays());
        }
        if (activity.recentContributions() >= thresholds.advocateContributions() && activity.ordersEver() >= 2) {
            return decision(
                    LifecycleStage.ADVOCATE,
                    activity.recentContributions(),
                    thresholds.advocateWindowMonths(),
                    activity.ordersEver());
        }
        if (activity.helpfulContributions() >= thresholds.supporterContributions()) {
            return decision(LifecycleStage.SUPPORTER, activity.positiveReviews(), activity.acceptedAnswers());
        }
        if (activity.ordersLast12Months() >= thresholds.clientOrdersPer12Months()) {
            return decision(LifecycleStage.CLIENT, activity.ordersLast12Months());
        }
        if (activity.ordersEver() >= 2) {
            return decision(LifecycleStage.REPEAT_BUYER, activity.ordersEver());
        }
        if (activity.ordersEver() == 1) {
            return decision(LifecycleStage.FIRST_TIME_BUYER);
        }
        return decision(LifecycleStage.PROSPECT);
    }

    /** The reason's words are the stage's ({@code crm.reason.CLIENT}: "3 orders in the last 12 months"). */
    private static StageDecision decision(LifecycleStage stage, Object... figures) {
        return new StageDecision(stage, Wording.of("crm.reason." + stage.name(), figures));
    }
}
