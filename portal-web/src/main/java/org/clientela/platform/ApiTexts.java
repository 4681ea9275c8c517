package org.clientela.platform;

import jakarta.servlet.http.HttpServletRequest;
import jakarta.ws.rs.core.Response;
import java.util.Collections;
import java.util.Locale;
import java.util.Optional;
import java.util.ResourceBundle;

/**
 * The API's texts in the caller's language: the first language of {@code Accept-Language} the
 * portal speaks, else the language the portal chose for this browser (its cookie), else English.
 * An app says what it wants in the header; the portal's own scripts get the page's language.
 */
public final class ApiTexts {

    private static final String BUNDLE = "org.clientela.web.messages";

    private final Locale locale;
    private final ResourceBundle bundle;

    private ApiTexts(Language language) {
        this.locale = language.locale();
        this.bundle = ResourceBundle.getBundle(BUNDLE, locale);
    }

    public static ApiTexts of(HttpServletRequest request) {
        return new ApiTexts(language(request));
    }

    public static Language language(HttpServletRequest request) {
        if (request.getHeader("Accept-Language") != null) {
            Optional<Language> asked = Collections.list(request.getLocales()).stream()
                    .flatMap(locale -> Language.fromTag(locale.toLanguageTag()).stream())
                    .findFirst();
            if (asked.isPresent()) {
                return asked.get();
            }
        }
        return UiLanguage.of(request);
    }

    public Locale locale() {
        return locale;
    }

    public String get(String key, Object... args) {
        // the pages' formats: plural rules, each pattern parsed once
        return Texts.format(bundle.getString(key), locale, args);
    }

    public Optional<String> find(String key) {
        return bundle.containsKey(key) ? Optional.of(bundle.getString(key)) : Optional.empty();
    }

    /** The status's phrase in the caller's language, e.g. "Не е намерено" for 404. */
    public String status(int status) {
        return find("api.http." + status).orElseGet(() -> {
            Response.Status known = Response.Status.fromStatusCode(status);
            return known == null ? Integer.toString(status) : known.getReasonPhrase();
        });
    }
}
