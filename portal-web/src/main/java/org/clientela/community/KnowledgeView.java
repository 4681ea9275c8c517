package org.clientela.community;

import jakarta.enterprise.context.RequestScoped;
import jakarta.inject.Inject;
import jakarta.inject.Named;
import org.clientela.community.KnowledgeBase.Hits;
import org.clientela.platform.Language;
import org.clientela.platform.UiLanguage;

/** /community/kb?q=&lang=&page=: the knowledge base, searched in one language. */
@Named
@RequestScoped
public class KnowledgeView {

    @Inject
    private KnowledgeBase knowledge;

    @Inject
    private UiLanguage ui;

    private String q;
    private String lang;
    private int page;
    private Hits hits;

    public Hits getHits() {
        if (hits == null) {
            hits = knowledge.search(getLanguage(), q, page);
        }
        return hits;
    }

    public Language getLanguage() {
        return Language.fromTag(lang).orElse(ui.getLanguage());
    }

    public boolean isMore() {
        return (long) (page + 1) * KnowledgeBase.PAGE < getHits().total();
    }

    public String getQ() {
        return q;
    }

    public void setQ(String q) {
        this.q = q;
    }

    public String getLang() {
        return lang;
    }

    public void setLang(String lang) {
        this.lang = lang;
    }

    public int getPage() {
        return page;
    }

    public void setPage(int page) {
        this.page = Math.max(0, page);
    }
}
