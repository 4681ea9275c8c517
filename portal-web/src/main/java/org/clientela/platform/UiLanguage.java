package org.clientela.platform;

import jakarta.enterprise.context.RequestScoped;
import jakarta.inject.Inject;
import jakarta.inject.Named;
import jakarta.servlet.http.Cookie;
import jakarta.servlet.http.HttpServletRequest;
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

    @Inject
    private HttpServletRequest request;

    private Language language;

    public Language getLanguage() {
        if (language == null) {
            language = chosen(request).or(() -> preferredByBrowser(request)).orElse(Language.EN);
        }
        return language;
    }

    public Locale getLocale() {
        return getLanguage().locale();
    }

    public String getTag() {
        return getLanguage().tag();
    }

    public List<Language> getAvailable() {
        return List.of(Language.values());
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
