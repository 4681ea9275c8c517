package org.clientela.platform;

import com.ibm.icu.text.MessageFormat;
import jakarta.faces.context.FacesContext;
import java.util.Locale;
import java.util.Map;
import java.util.ResourceBundle;
import java.util.concurrent.ConcurrentHashMap;

/**
 * UI texts for messages that Java code adds, from the same bundle the pages use ({@code msg}).
 * Patterns are ICU message formats, so a count chooses its words by the language's plural rules
 * ({@code {0,plural,one{# answer} other{# answers}}}, with few and many for Ukrainian and Russian).
 */
public final class Texts {

    static final String BUNDLE = "org.clientela.web.messages";

    /** The bundles' patterns with arguments, parsed once per language (a few hundred). */
    private static final Map<FormatKey, MessageFormat> FORMATS = new ConcurrentHashMap<>();

    private Texts() {}

    public static String get(String key, Object... args) {
        FacesContext context = FacesContext.getCurrentInstance();
        String pattern =
                context.getApplication().getResourceBundle(context, "msg").getString(key);
        return format(pattern, context.getViewRoot().getLocale(), args);
    }

    /** A text in another language than the page's, e.g. the one a person has just chosen. */
    public static String in(Language language, String key, Object... args) {
        return format(ResourceBundle.getBundle(BUNDLE, language.locale()).getString(key), language.locale(), args);
    }

    static String format(String pattern, Locale locale, Object... args) {
        if (args.length == 0) {
            return pattern;
        }
        // parsing a pattern costs more than formatting with it
        MessageFormat format = FORMATS.computeIfAbsent(
                new FormatKey(pattern, locale), key -> new MessageFormat(key.pattern(), key.locale()));
        synchronized (format) { // a MessageFormat is not safe for threads at once
            return format.format(args);
        }
    }

    private record FormatKey(String pattern, Locale locale) {}
}
