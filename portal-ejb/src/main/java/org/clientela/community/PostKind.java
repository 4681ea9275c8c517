package org.clientela.community;

/** What kinds of post readers write: reports and posting limits work on all three. */
public enum PostKind {
    QUESTION("question"),
    ANSWER("answer"),
    REVIEW("review");

    private final String table;

    PostKind(String table) {
        this.table = table;
    }

    /** The table the posts of this kind live in; each has {@code id}, {@code author_id} and {@code created_at}. */
    String table() {
        return table;
    }

    /** How the CRM names a post of this kind, e.g. {@code review:42}. */
    public String reference(long id) {
        return table + ":" + id;
    }
}
