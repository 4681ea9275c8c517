package org.clientela.crm;

/**
 * The numbers of the stage rules that admins may change; see {@link StageRules} for what each one
 * decides. A combination that would make the ladder meaningless is refused with a
 * {@link CrmRefusal}.
 *
 * @param clientOrdersPer12Months orders within twelve months that make a regular client (at least 2)
 * @param supporterContributions positive reviews plus accepted answers that make a supporter
 * @param advocateContributions of those, within the advocate window, that make an advocate (at
 *     least {@code supporterContributions})
 * @param advocateWindowMonths how far back "sustained" looks, in months (1 to 36)
 * @param lapseAfterDays days without activity after which a customer has lapsed (at least 7)
 */
public record StageThresholds(
        int clientOrdersPer12Months,
        int supporterContributions,
        int advocateContributions,
        int advocateWindowMonths,
        int lapseAfterDays) {

    public static final StageThresholds DEFAULTS = new StageThresholds(4, 1, 5, 6, 180);

    public StageThresholds {
        if (clientOrdersPer12Months < 2) {
            throw new CrmRefusal(CrmRefusal.Reason.CLIENT_ORDERS_TOO_LOW);
        }
        if (supporterContributions < 1) {
            throw new CrmRefusal(CrmRefusal.Reason.SUPPORTER_CONTRIBUTIONS_TOO_LOW);
        }
        if (advocateContributions < supporterContributions) {
            throw new CrmRefusal(CrmRefusal.Reason.ADVOCATE_BELOW_SUPPORTER);
        }
        if (advocateWindowMonths < 1 || advocateWindowMonths > 36) {
            throw new CrmRefusal(CrmRefusal.Reason.ADVOCATE_WINDOW_OUT_OF_RANGE);
        }
        if (lapseAfterDays < 7) {
            throw new CrmRefusal(CrmRefusal.Reason.LAPSE_TOO_SHORT);
        }
    }
}
