package org.clientela.platform;

import java.math.BigDecimal;
import java.text.NumberFormat;
import java.util.Currency;
import java.util.Locale;
import java.util.Map;
import java.util.concurrent.ConcurrentHashMap;

/** Amounts as a reader of a language writes them: "€120.00" in English, "120,00 €" in Bulgarian. */
public final class Money {

    /** Made once per language and currency (a lookup of locale data), copied for each use: not thread-safe. */
    private static final Map<String, NumberFormat> FORMATS = new ConcurrentHashMap<>();

    private Money() {}

    public static String format(BigDecimal amount, String currencyCode, Locale locale) {
        if (amount == null) {
            return "";
        }
        NumberFormat prototype = FORMATS.computeIfAbsent(locale.toLanguageTag() + " " + currencyCode, key -> {
            // a locale without a country knows no currency of its own: the amount's is set explicitly
            NumberFormat format = NumberFormat.getCurrencyInstance(locale);
            format.setCurrency(Currency.getInstance(currencyCode));
            return format;
        });
        return ((NumberFormat) prototype.clone()).format(amount);
    }
}
