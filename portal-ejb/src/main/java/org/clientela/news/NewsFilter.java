package org.clientela.news;

import org.clientela.platform.Language;

/** The desk's list filters; null means any. */
public record NewsFilter(
        Language language, TranslationStatus status, Long categoryId, String authorSubject, String titleContains) {

    public static NewsFilter everything() {
        return new NewsFilter(null, null, null, null, null);
    }
}
