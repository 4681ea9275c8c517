package org.clientela.news;

import jakarta.enterprise.context.RequestScoped;
import jakarta.inject.Inject;
import jakarta.inject.Named;
import java.io.IOException;
import java.util.List;
import org.clientela.platform.Language;
import org.omnifaces.util.Faces;

/** /news/{lang}/{slug}: one published article, its categories and its other languages. */
@Named
@RequestScoped
public class ArticleView {

    @Inject
    private NewsReader reader;

    private String lang;
    private String slug;
    private PublishedArticle article;
    private List<PublishedArticle> otherLanguages;

    public void load() throws IOException {
        article = Language.fromTag(lang)
                .flatMap(language -> reader.article(language, slug))
                .orElse(null);
        if (article == null) {
            Faces.responseSendError(404, "no article " + lang + "/" + slug);
            return;
        }
        otherLanguages = reader.otherLanguages(article.articleId(), article.language());
    }

    public PublishedArticle getArticle() {
        return article;
    }

    public List<PublishedArticle> getOtherLanguages() {
        return otherLanguages;
    }

    public String getLang() {
        return lang;
    }

    public void setLang(String lang) {
        this.lang = lang;
    }

    public String getSlug() {
        return slug;
    }

    public void setSlug(String slug) {
        this.slug = slug;
    }
}
