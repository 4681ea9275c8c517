package org.clientela.community;

import jakarta.annotation.PostConstruct;
import jakarta.faces.view.ViewScoped;
import jakarta.inject.Inject;
import jakarta.inject.Named;
import java.io.IOException;
import java.io.Serializable;
import java.util.List;
import org.clientela.account.SignedInCustomer;
import org.clientela.platform.CurrentUser;
import org.clientela.platform.Language;
import org.clientela.platform.Texts;
import org.clientela.platform.UiLanguage;
import org.clientela.store.CatalogReader;
import org.clientela.store.CategoryChoice;
import org.omnifaces.util.Faces;
import org.omnifaces.util.Messages;

/** /community/ask: a customer asks, optionally about a product (?sku=) or a category. */
@Named
@ViewScoped
public class AskView implements Serializable {

    private static final long serialVersionUID = 1L;

    @Inject
    private Questions questions;

    @Inject
    private CurrentUser currentUser;

    @Inject
    private SignedInCustomer signedIn;

    @Inject
    private UiLanguage ui;

    @Inject
    private CatalogReader catalog;

    private String title;
    private String body;
    private String language;
    private String sku;
    private String category;
    private String tags;

    @PostConstruct
    void init() {
        language = ui.getLanguage().tag();
        sku = Faces.getRequestParameter("sku");
    }

    public void ask() throws IOException {
        try {
            Question question = questions.ask(
                    currentUser.actor(),
                    signedIn.requireId(),
                    new QuestionForm(title, body, Language.fromTagOrDefault(language), sku, category, tags));
            Messages.addFlashGlobalInfo(Texts.get("community.asked"));
            Faces.redirect("/community/question?id=" + question.getId());
        } catch (CommunityRefusal refusal) {
            Messages.addError(fieldOf(refusal.getReason()), CommunityTexts.refusal(refusal));
        } catch (PostingLimitExceeded limit) {
            Messages.addGlobalError(Texts.get(CommunityMessages.limitKey(limit.getKind()), limit.getLimit()));
        }
    }

    /** The message goes next to the field it is about; what was typed stays. */
    private static String fieldOf(CommunityRefusal.Reason reason) {
        return switch (reason) {
            case TITLE_REQUIRED, TITLE_TOO_LONG -> "ask-form:title";
            case BODY_REQUIRED, BODY_TOO_LONG -> "ask-form:body";
            case TOO_MANY_TAGS, TAG_INVALID -> "ask-form:tags";
            case UNKNOWN_PRODUCT -> "ask-form:sku";
            case UNKNOWN_CATEGORY -> "ask-form:category";
            default -> null;
        };
    }

    private transient List<CategoryChoice> categories;

    public List<CategoryChoice> getCategories() {
        if (categories == null) {
            categories = CategoryChoice.of(catalog.activeCategories(), ui.getLanguage());
        }
        return categories;
    }

    public List<Language> getLanguages() {
        return List.of(Language.values());
    }

    public String getTitle() {
        return title;
    }

    public void setTitle(String title) {
        this.title = title;
    }

    public String getBody() {
        return body;
    }

    public void setBody(String body) {
        this.body = body;
    }

    public String getLanguage() {
        return language;
    }

    public void setLanguage(String language) {
        this.language = language;
    }

    public String getSku() {
        return sku;
    }

    public void setSku(String sku) {
        this.sku = sku;
    }

    public String getCategory() {
        return category;
    }

    public void setCategory(String category) {
        this.category = category;
    }

    public String getTags() {
        return tags;
    }

    public void setTags(String tags) {
        this.tags = tags;
    }
}
