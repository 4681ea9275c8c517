package org.clientela.platform;

import jakarta.enterprise.context.RequestScoped;
import jakarta.inject.Inject;
import jakarta.inject.Named;
import jakarta.servlet.http.Cookie;
import jakarta.servlet.http.HttpServletRequest;
import java.math.BigDecimal;
import java.time.Instant;
import java.time.LocalDate;
import java.time.ZoneId;
import java.time.format.DateTimeFormatter;
import java.time.format.FormatStyle;
import java.util.Arrays;
import java.util.Collections;
import java.util.List;
import java.util.Locale;
import java.util.Optional;

/**
 * The language the UI speaks in this request: the visitor's choice (a cookie, so it outlives the
 * session and needs no account), else the browser's preference, else English.
 */
@Named
@RequestScoped
public class UiLanguage {

    public static final String COOKIE = "clientela_lang";

    /** Times are shown in the portal's time zone (the server's, unless clientela.time-zone says otherwise). */
    public static final ZoneId ZONE = ZoneId.of(
            System.getProperty("clientela.time-zone", ZoneId.systemDefault().getId()));

    @Inject
    private HttpServletRequest request;

    private Language language;

    public Language getLanguage() {
        if (language == null) {
            language = of(request);
        }
        return language;
    }

    /** The language a request is answered in, decided as for the page. */
    public static Language of(HttpServletRequest request) {
        return chosen(request).or(() -> preferredByBrowser(request)).orElse(Language.EN);
    }

    /** From now on in this request, e.g. once the signed-in person's own language is known. */
    public void use(Language language) {
        this.language = language;
    }

    public Locale getLocale() {
        return getLanguage().locale();
    }

    public String getTag() {
        return getLanguage().tag();
    }

    /** A date in the reader's language, e.g. "23 ноември 2026 г.". */
    public String date(Instant instant) {
        return instant == null
                ? ""
                : DateTimeFormatter.ofLocalizedDate(FormatStyle.LONG)
                        .withLocale(getLocale())
                        .withZone(ZONE)
                        .format(instant);
    }

    /** An amount of money in the reader's language, e.g. "€120.00" or "120,00 €". */
    public String money(BigDecimal amount, String currencyCode) {
        return Money.format(amount, currencyCode, getLocale());
    }

    /** A calendar day in the reader's language. */
    public String day(LocalDate day) {
        return day == null
                ? ""
                : DateTimeFormatter.ofLocalizedDate(FormatStyle.LONG)
                        .withLocale(getLocale())
                        .format(day);
    }

    /** A moment in the reader's language, date and time of day. */
    public String dateTime(Instant instant) {
        return instant == null
                ? ""
                : DateTimeFormatter.ofLocalizedDateTime(FormatStyle.MEDIUM, FormatStyle.SHORT)
                        .withLocale(getLocale())
                        .withZone(ZONE)
                        .format(instant);
    }

    public List<Language> getAvailable() {
        return List.of(Language.values());
    }

    /** Whether the visitor chose a language in this browser (the header's switch, a saved profile). */
    public static boolean chosenHere(HttpServletRequest request) {
        return chosen(request).isPresent();
    }

    static Optional<Language> chosen(HttpServletRequest request) {
        Cookie[] cookies = request.getCookies();
        if (cookies == null) {
            return Optional.empty();
        }
        return Arrays.stream(cookies)
                .filter(c -> COOKIE.equals(c.getName()))
                .findFirst()
                .flatMap(c -> Language.fromTag(c.getValue()));
    }

    static Optional<Language> preferredByBrowser(HttpServletRequest request) {
        if (request.getHeader("Accept-Language") == null) {
            return Optional.empty();
        }
        return Collections.list(request.getLocales()).stream()
                .map(l -> Language.fromTag(l.toLanguageTag()))
                .flatMap(Optional::stream)
                .findFirst();
    }
}
