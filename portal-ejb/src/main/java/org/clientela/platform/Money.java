package org.clientela.platform;

import java.math.BigDecimal;
import java.text.NumberFormat;
import java.util.Currency;
import java.util.Locale;

/** Amounts as a reader of a language writes them: "€120.00" in English, "120,00 €" in Bulgarian. */
public final class Money {

    private Money() {}

    public static String format(BigDecimal amount, String currencyCode, Locale locale) {
        if (amount == null) {
            return "";
        }
        // a locale without a country knows no currency of its own: the amount's is set explicitly
        NumberFormat format = NumberFormat.getCurrencyInstance(locale);
        format.setCurrency(Currency.getInstance(currencyCode));
        return format.format(amount);
    }
}
