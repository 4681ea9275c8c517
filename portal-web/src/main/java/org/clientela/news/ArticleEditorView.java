package org.clientela.news;

import jakarta.faces.context.FacesContext;
import jakarta.faces.view.ViewScoped;
import jakarta.inject.Inject;
import jakarta.inject.Named;
import java.io.IOException;
import java.io.Serializable;
import java.time.Instant;
import java.time.LocalDateTime;
import java.util.EnumMap;
import java.util.List;
import java.util.Map;
import org.clientela.crm.Segment;
import org.clientela.crm.SegmentRefusal;
import org.clientela.crm.Segments;
import org.clientela.platform.CurrentUser;
import org.clientela.platform.Language;
import org.clientela.platform.Texts;
import org.clientela.platform.UiLanguage;
import org.omnifaces.util.Faces;
import org.omnifaces.util.Messages;

/**
 * /staff/news-article?id=…: an article's shared details, and per language its translation and
 * workflow steps. Without an id, the first save creates the article.
 */
@Named
@ViewScoped
public class ArticleEditorView implements Serializable {

    private static final long serialVersionUID = 1L;

    @Inject
    private NewsDesk desk;

    @Inject
    private CurrentUser currentUser;

    @Inject
    private NewsRuns runs;

    @Inject
    private UiLanguage uiLanguage;

    @Inject
    private NewsAudience audience;

    @Inject
    private Segments segments;

    /** The segment the article is meant for; null: every matching subscriber. */
    private Long audienceSegmentId;

    private transient List<Segment> segmentChoices;

    private Long id;
    private ArticleForm articleForm = new ArticleForm();
    private final EnumMap<Language, TranslationForm> translations = new EnumMap<>(Language.class);
    private final EnumMap<Language, Long> translationIds = new EnumMap<>(Language.class);
    private final EnumMap<Language, TranslationStatus> statuses = new EnumMap<>(Language.class);
    private final EnumMap<Language, LocalDateTime> publishAt = new EnumMap<>(Language.class);
    private transient EnumMap<Language, List<TranslationStep>> histories;

    public void load() {
        for (Language language : Language.values()) {
            translations.put(language, new TranslationForm());
        }
        if (id == null) {
            return;
        }
        Article article = desk.articleWithTranslations(id);
        articleForm = ArticleForm.of(article);
        audienceSegmentId = article.getAudienceSegmentId();
        for (ArticleTranslation translation : article.getTranslations()) {
            translations.put(translation.getLanguage(), TranslationForm.of(translation));
            translationIds.put(translation.getLanguage(), translation.getId());
            statuses.put(translation.getLanguage(), translation.getStatus());
        }
    }

    public void saveArticle() throws IOException {
        if (id == null) {
            Article article = desk.createArticle(articleForm, currentUser.actor());
            done("news.articleSaved", article.getId());
        } else {
            desk.describeArticle(id, articleForm);
            done("news.articleSaved", id);
        }
    }

    public void saveTranslation(Language language) throws IOException {
        try {
            desk.write(id, language, translations.get(language), currentUser.actor());
            done("news.translationSaved", id);
        } catch (NewsException e) {
            refuse("news.reason." + e.getReason());
        } catch (WorkflowException e) {
            refuse("news.notEditable");
        }
    }

    public void move(Language language, String target) throws IOException {
        TranslationStatus to = TranslationStatus.valueOf(target);
        Instant when = null;
        if (to == TranslationStatus.SCHEDULED) {
            LocalDateTime chosen = publishAt.get(language);
            when = chosen == null ? null : chosen.atZone(UiLanguage.ZONE).toInstant();
        }
        try {
            desk.move(translationIds.get(language), to, when, currentUser.actor());
            done("news.moved." + to, id);
        } catch (SelfReviewException e) {
            refuse("news.reviewBySomeoneElse");
        } catch (WorkflowException e) {
            refuse(to == TranslationStatus.SCHEDULED ? "news.scheduleInFuture" : "news.stepNotAllowed");
        }
    }

    /** Targets the article at the chosen segment, or at every subscriber when none is chosen. */
    public void saveAudience() throws IOException {
        try {
            audience.target(id, audienceSegmentId);
            done("news.audienceSaved", id);
        } catch (SegmentRefusal e) {
            refuse("crm.segments.refusal." + e.getReason());
        }
    }

    public List<Segment> getSegments() {
        if (segmentChoices == null) {
            segmentChoices = segments.list();
        }
        return segmentChoices;
    }

    public Long getAudienceSegmentId() {
        return audienceSegmentId;
    }

    public void setAudienceSegmentId(Long audienceSegmentId) {
        this.audienceSegmentId = audienceSegmentId;
    }

    private void done(String messageKey, long articleId) throws IOException {
        Messages.addFlashGlobalInfo(Texts.get(messageKey));
        Faces.redirect("/staff/news-article?id=" + articleId);
    }

    private void refuse(String messageKey) {
        Messages.addGlobalError(Texts.get(messageKey));
        FacesContext.getCurrentInstance().validationFailed();
    }

    /** The table asks for its rows more than once per request: read once per view. */
    public List<TranslationStep> history(Language language) {
        Long translationId = translationIds.get(language);
        if (translationId == null) {
            return List.of();
        }
        if (histories == null) {
            histories = new EnumMap<>(Language.class);
        }
        return histories.computeIfAbsent(language, l -> desk.history(translationId));
    }

    /** How the translation's mails to subscribers stand: "PENDING 3, SENT 120". */
    public String mailCounts(Language language) {
        Long translationId = translationIds.get(language);
        if (translationId == null) {
            return "";
        }
        StringBuilder counts = new StringBuilder();
        for (Object[] row : runs.mailCounts(translationId)) {
            counts.append(counts.isEmpty() ? "" : " · ")
                    .append(Texts.get("news.mails." + row[0]))
                    .append(": ")
                    .append(row[1]);
        }
        return counts.toString();
    }

    public List<TranslationStatus> nextSteps(Language language) {
        TranslationStatus status = statuses.get(language);
        return status == null ? List.of() : List.copyOf(status.next());
    }

    public List<Language> getLanguages() {
        return List.of(Language.values());
    }

    public List<NewsCategory> getCategories() {
        return desk.categories();
    }

    public String categoryName(NewsCategory category) {
        return category.path(uiLanguage.getLanguage());
    }

    public Long getId() {
        return id;
    }

    public void setId(Long id) {
        this.id = id;
    }

    public ArticleForm getArticleForm() {
        return articleForm;
    }

    public Map<Language, TranslationForm> getTranslations() {
        return translations;
    }

    public Map<Language, Long> getTranslationIds() {
        return translationIds;
    }

    public Map<Language, TranslationStatus> getStatuses() {
        return statuses;
    }

    public Map<Language, LocalDateTime> getPublishAt() {
        return publishAt;
    }
}
