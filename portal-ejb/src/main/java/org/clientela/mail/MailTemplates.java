package org.clientela.mail;

import com.ibm.icu.text.MessageFormat;
import java.util.Locale;
import java.util.Map;
import java.util.ResourceBundle;
import java.util.concurrent.ConcurrentHashMap;
import java.util.regex.Pattern;
import org.clientela.platform.Language;

/**
 * Renders templates from the resource bundles, in the recipient's language, as plain text and as
 * an HTML alternative. Rendering happens when the mail is queued, so the row holds exactly what
 * is sent, whatever the templates become later.
 */
public final class MailTemplates {

    static final String BUNDLE = "org.clientela.mail.templates";

    private MailTemplates() {}

    public static RenderedMail render(MailTemplate template, Language language, Object... args) {
        ResourceBundle bundle = bundle(language);
        Locale locale = language.locale();
        String subject = format(bundle.getString(template.key() + ".subject"), locale, args);
        String body = format(bundle.getString(template.key() + ".text"), locale, args);
        String footer = bundle.getString("footer.text");
        String text = body + "\n\n-- \n" + footer + "\n";
        return new RenderedMail(subject, text, html(language, subject, body, footer));
    }

    /** A phrase of the templates bundle (e.g. the name of an access right) to build arguments with. */
    public static String phrase(Language language, String key) {
        return bundle(language).getString(key);
    }

    static ResourceBundle bundle(Language language) {
        return ResourceBundle.getBundle(
                BUNDLE,
                language.locale(),
                MailTemplates.class.getClassLoader(),
                ResourceBundle.Control.getNoFallbackControl(ResourceBundle.Control.FORMAT_PROPERTIES));
    }

    /**
     * Parsed patterns, one per text and locale: a news run formats the same few patterns for every
     * subscriber. Each use formats with a clone, as a MessageFormat is not thread-safe. ICU's
     * MessageFormat, so that a count takes its language's plural forms (one, few, many, other).
     */
    private static final Map<String, MessageFormat> PARSED = new ConcurrentHashMap<>();

    private static final Pattern LINK = Pattern.compile("(https?://[^\\s<\"]+)");

    private static String format(String pattern, Locale locale, Object... args) {
        MessageFormat parsed = PARSED.computeIfAbsent(
                locale.toLanguageTag() + '\u0000' + pattern, key -> new MessageFormat(pattern, locale));
        return ((MessageFormat) parsed.clone()).format(args);
    }

    private static String html(Language language, String subject, String body, String footer) {
        StringBuilder paragraphs = new StringBuilder();
        for (String paragraph : body.split("\\n\\s*\\n")) {
            paragraphs
                    .append("<p>")
                    .append(linked(escape(paragraph)).replace("\n", "<br>"))
                    .append("</p>\n");
        }
        return "<!DOCTYPE html>\n<html lang=\"" + language.tag() + "\"><head><meta charset=\"UTF-8\">"
                + "<title>" + escape(subject) + "</title></head>\n"
                + "<body style=\"font-family:sans-serif;color:#222\">\n"
                + paragraphs
                + "<hr><p style=\"color:#777;font-size:small\">" + escape(footer) + "</p>\n"
                + "</body></html>\n";
    }

    /** Makes the links of an escaped text clickable; the escaping already made them safe in an attribute. */
    static String linked(String escaped) {
        return LINK.matcher(escaped).replaceAll("<a href=\"$1\">$1</a>");
    }

    static String escape(String text) {
        StringBuilder out = new StringBuilder(text.length() + 16);
        for (char c : text.toCharArray()) {
            switch (c) {
                case '<' -> out.append("&lt;");
                case '>' -> out.append("&gt;");
                case '&' -> out.append("&amp;");
                case '"' -> out.append("&quot;");
                case '\'' -> out.append("&#39;");
                default -> out.append(c);
            }
        }
        return out.toString();
    }
}
