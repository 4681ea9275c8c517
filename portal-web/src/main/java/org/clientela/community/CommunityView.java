package org.clientela.community;

import jakarta.enterprise.context.RequestScoped;
import jakarta.inject.Inject;
import jakarta.inject.Named;
import java.util.List;
import org.clientela.platform.Language;
import org.clientela.platform.UiLanguage;

/** /community: the newest questions, in the reader's language unless they ask for all. */
@Named
@RequestScoped
public class CommunityView {

    @Inject
    private Questions questions;

    @Inject
    private UiLanguage ui;

    private String lang;
    private String tag;
    private boolean unanswered;
    private List<Question> list;

    public List<Question> getQuestions() {
        if (list == null) {
            list = questions.recent(language(), tag, unanswered, Questions.LIST_LIMIT);
        }
        return list;
    }

    /** "all" shows every language; nothing chosen means the reader's. */
    private Language language() {
        if ("all".equals(lang)) {
            return null;
        }
        return Language.fromTag(lang).orElse(ui.getLanguage());
    }

    public String getSelectedLanguage() {
        Language language = language();
        return language == null ? "all" : language.tag();
    }

    public String getLang() {
        return lang;
    }

    public void setLang(String lang) {
        this.lang = lang;
    }

    public String getTag() {
        return tag;
    }

    public void setTag(String tag) {
        this.tag = tag;
    }

    public boolean isUnanswered() {
        return unanswered;
    }

    public void setUnanswered(boolean unanswered) {
        this.unanswered = unanswered;
    }
}
