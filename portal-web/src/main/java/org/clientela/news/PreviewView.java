package org.clientela.news;

import jakarta.enterprise.context.RequestScoped;
import jakarta.inject.Inject;
import jakarta.inject.Named;

/** /staff/news-preview?id=…: a translation exactly as its public page will show it. */
@Named
@RequestScoped
public class PreviewView {

    @Inject
    private NewsDesk desk;

    private Long id;
    private PublishedArticle article;

    public void load() {
        article = desk.preview(id);
    }

    public PublishedArticle getArticle() {
        return article;
    }

    public Long getId() {
        return id;
    }

    public void setId(Long id) {
        this.id = id;
    }
}
