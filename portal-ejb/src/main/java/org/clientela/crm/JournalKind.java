package org.clientela.crm;

/** What staff log in the work journal, each its own type on the timeline. */
public enum JournalKind {
    CALL(InteractionType.CALL_LOGGED, true),
    MEETING(InteractionType.MEETING_LOGGED, true),
    EMAIL(InteractionType.EMAIL_LOGGED, true),
    NOTE(InteractionType.NOTE_LOGGED, false);

    private final InteractionType interaction;
    private final boolean directed;

    JournalKind(InteractionType interaction, boolean directed) {
        this.interaction = interaction;
        this.directed = directed;
    }

    public InteractionType interaction() {
        return interaction;
    }

    /** Whether it goes one way or the other (who called whom); a note does not. */
    public boolean directed() {
        return directed;
    }
}
