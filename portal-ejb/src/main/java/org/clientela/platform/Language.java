package org.clientela.platform;

import java.util.Arrays;
import java.util.Locale;
import java.util.Optional;

/** The languages Clientela speaks: UI, mails and news. English is the fallback. */
public enum Language {
    EN("en"),
    BG("bg"),
    UK("uk"),
    RU("ru");

    private final String tag;

    Language(String tag) {
        this.tag = tag;
    }

    public String tag() {
        return tag;
    }

    public Locale locale() {
        return Locale.forLanguageTag(tag);
    }

    /** Matches "bg", "bg-BG" or "BG"; empty for anything Clientela does not speak. */
    public static Optional<Language> fromTag(String tag) {
        if (tag == null || tag.isBlank()) {
            return Optional.empty();
        }
        String primary = Locale.forLanguageTag(tag.trim().replace('_', '-')).getLanguage();
        return Arrays.stream(values()).filter(l -> l.tag.equals(primary)).findFirst();
    }

    public static Language fromTagOrDefault(String tag) {
        return fromTag(tag).orElse(EN);
    }
}
