package org.clientela.community;

import jakarta.faces.view.ViewScoped;
import jakarta.inject.Inject;
import jakarta.inject.Named;
import java.io.IOException;
import java.io.Serializable;
import java.util.List;
import org.clientela.platform.CurrentUser;
import org.clientela.platform.Language;
import org.clientela.platform.Texts;
import org.omnifaces.util.Faces;
import org.omnifaces.util.Messages;

/**
 * /staff/community: unanswered questions oldest first with their age against the SLA, filtered
 * by language and category, answered inline; and the open cases.
 */
@Named
@ViewScoped
public class SupportQueueView implements Serializable {

    private static final long serialVersionUID = 1L;

    @Inject
    private Questions questions;

    @Inject
    private SupportCases cases;

    @Inject
    private CurrentUser currentUser;

    private String lang;
    private String category;
    /** Each row's form posts only its own text area, so one field serves every row. */
    private String draft;

    /** The page of open cases, from 1 as in the address; anything else is the first. */
    private String page;

    private transient List<Question> queue;
    private transient CaseQueuePage casePage;

    public List<Question> getQueue() {
        if (queue == null) {
            queue = questions.queue(Language.fromTag(lang).orElse(null), category, Questions.LIST_LIMIT);
        }
        return queue;
    }

    public CaseQueuePage getCasePage() {
        if (casePage == null) {
            casePage = cases.queue(pageNumber() - 1);
        }
        return casePage;
    }

    private int pageNumber() {
        try {
            return page == null ? 1 : Math.max(1, Integer.parseInt(page.strip()));
        } catch (NumberFormatException notANumber) {
            return 1;
        }
    }

    /** This address with the open cases' page {@code number} (from 1), the filters kept. */
    public String casePageLink(int number) {
        return Faces.getRequestURI() + query() + "page=" + number + "#cases";
    }

    public void answer(long questionId) throws IOException {
        try {
            questions.answer(currentUser.actor(), null, questionId, draft);
            Messages.addFlashGlobalInfo(Texts.get("community.answered"));
            Faces.redirect(Faces.getRequestURI() + query() + (page == null ? "" : "page=" + pageNumber()));
        } catch (CommunityRefusal refusal) {
            Messages.addGlobalError(CommunityTexts.refusal(refusal));
        }
    }

    private String query() {
        StringBuilder query = new StringBuilder("?");
        if (lang != null && !lang.isBlank()) {
            query.append("lang=").append(lang).append('&');
        }
        if (category != null && !category.isBlank()) {
            query.append("category=")
                    .append(java.net.URLEncoder.encode(category, java.nio.charset.StandardCharsets.UTF_8))
                    .append('&');
        }
        return query.toString();
    }

    public List<Language> getLanguages() {
        return List.of(Language.values());
    }

    public String getLang() {
        return lang;
    }

    public void setLang(String lang) {
        this.lang = lang;
    }

    public String getPage() {
        return page;
    }

    public void setPage(String page) {
        this.page = page;
    }

    public String getCategory() {
        return category;
    }

    public void setCategory(String category) {
        this.category = category;
    }

    public String getDraft() {
        return draft;
    }

    public void setDraft(String draft) {
        this.draft = draft;
    }
}
