package org.clientela.news;

import jakarta.persistence.Column;
import jakarta.persistence.Entity;
import jakarta.persistence.EnumType;
import jakarta.persistence.Enumerated;
import jakarta.persistence.GeneratedValue;
import jakarta.persistence.GenerationType;
import jakarta.persistence.Id;
import jakarta.persistence.SequenceGenerator;
import jakarta.persistence.Table;
import jakarta.persistence.Version;
import java.time.Instant;

/**
 * One sending of news: what is sent (an article's translation, or a daily or weekly digest period), how far
 * the walk through the subscribers has come (the last subscription id done), how many mails were
 * queued. The cursor moves in the same transaction as the mails it queued, so a run resumed after
 * a crash goes on where the last commit left it.
 */
@Entity
@Table(name = "news_run")
public class NewsRun {

    public enum Kind {
        ARTICLE,
        DAILY,
        WEEKLY
    }

    public enum Status {
        RUNNING,
        DONE
    }

    @Id
    @GeneratedValue(strategy = GenerationType.SEQUENCE, generator = "news_run_seq")
    @SequenceGenerator(name = "news_run_seq", sequenceName = "news_run_seq", allocationSize = 50)
    private Long id;

    @Enumerated(EnumType.STRING)
    @Column(name = "kind", nullable = false, updatable = false, length = 10)
    private Kind kind;

    /** What the run sends, e.g. "article:42": a second run of the same is refused by the database. */
    @Column(name = "run_key", nullable = false, unique = true, updatable = false, length = 60)
    private String runKey;

    @Column(name = "translation_id", updatable = false)
    private Long translationId;

    @Enumerated(EnumType.STRING)
    @Column(name = "status", nullable = false, length = 10)
    private Status status = Status.RUNNING;

    @Column(name = "cursor_id", nullable = false)
    private long cursorId;

    @Column(name = "queued", nullable = false)
    private int queued;

    @Column(name = "started_at", nullable = false, updatable = false)
    private Instant startedAt;

    @Column(name = "finished_at")
    private Instant finishedAt;

    @Version
    @Column(name = "version", nullable = false)
    private long version;

    protected NewsRun() {}

    static NewsRun ofArticle(long translationId, Instant now) {
        NewsRun run = new NewsRun();
        run.kind = Kind.ARTICLE;
        run.runKey = key(translationId);
        run.translationId = translationId;
        run.startedAt = now;
        return run;
    }

    static String key(long translationId) {
        return "article:" + translationId;
    }

    /** The digest of a period, e.g. "digest:DAILY:2026-11-23" or "digest:WEEKLY:2026-W48". */
    static NewsRun ofDigest(Frequency frequency, String period, Instant now) {
        if (frequency == Frequency.IMMEDIATE) {
            throw new IllegalArgumentException("immediate subscribers get no digest");
        }
        NewsRun run = new NewsRun();
        run.kind = Kind.valueOf(frequency.name());
        run.runKey = digestKey(frequency, period);
        run.startedAt = now;
        return run;
    }

    static String digestKey(Frequency frequency, String period) {
        return "digest:" + frequency + ":" + period;
    }

    public Kind getKind() {
        return kind;
    }

    void advance(long lastSubscriptionId, int mails) {
        this.cursorId = lastSubscriptionId;
        this.queued += mails;
    }

    void finish(Instant now) {
        this.status = Status.DONE;
        this.finishedAt = now;
    }

    public Long getId() {
        return id;
    }

    public String getRunKey() {
        return runKey;
    }

    public Long getTranslationId() {
        return translationId;
    }

    public Status getStatus() {
        return status;
    }

    public long getCursorId() {
        return cursorId;
    }

    public int getQueued() {
        return queued;
    }

    public Instant getStartedAt() {
        return startedAt;
    }

    public Instant getFinishedAt() {
        return finishedAt;
    }
}
