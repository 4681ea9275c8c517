package org.clientela.news;

import java.util.EnumSet;
import java.util.Set;

/**
 * The publishing workflow of one translation: draft → in review → scheduled → published →
 * archived. Review can send a translation back to draft; a scheduled or published one can be
 * withdrawn to draft; an archived one can be taken up again as a draft.
 */
public enum TranslationStatus {
    DRAFT,
    IN_REVIEW,
    SCHEDULED,
    PUBLISHED,
    ARCHIVED;

    public Set<TranslationStatus> next() {
        return switch (this) {
            case DRAFT -> EnumSet.of(IN_REVIEW);
            case IN_REVIEW -> EnumSet.of(DRAFT, SCHEDULED, PUBLISHED);
            case SCHEDULED -> EnumSet.of(DRAFT, PUBLISHED);
            case PUBLISHED -> EnumSet.of(DRAFT, ARCHIVED);
            case ARCHIVED -> EnumSet.of(DRAFT);
        };
    }

    /** Whether the words may still change: only before a translation goes out. */
    public boolean isEditable() {
        return this == DRAFT || this == IN_REVIEW;
    }
}
