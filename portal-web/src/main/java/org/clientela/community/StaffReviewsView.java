package org.clientela.community;

import jakarta.faces.context.FacesContext;
import jakarta.faces.view.ViewScoped;
import jakarta.inject.Inject;
import jakarta.inject.Named;
import java.io.Serializable;
import java.util.HashMap;
import java.util.List;
import java.util.Map;
import org.clientela.platform.CurrentUser;
import org.clientela.platform.Texts;
import org.clientela.platform.UiLanguage;
import org.omnifaces.util.Messages;

/**
 * /staff/reviews: content managers and admins go through the reported reviews and the latest
 * ones, hide one with a reason (the author gets a mail), show it again, and resolve reports.
 * Holds ids and typed reasons only; the lists are read again for every render.
 */
@Named
@ViewScoped
public class StaffReviewsView implements Serializable {

    private static final long serialVersionUID = 1L;

    /** The most reviews a tab lists. */
    public static final int LIMIT = 100;

    @Inject
    private ReviewModeration moderation;

    @Inject
    private ContentReports reports;

    @Inject
    private CurrentUser currentUser;

    @Inject
    private UiLanguage uiLanguage;

    /** "reported" (the default) or "latest". */
    private String tab = "reported";

    /** The hiding reason typed for each review, by id. */
    private final Map<Long, String> reasons = new HashMap<>();

    private transient List<ModeratedReview> shown;

    public List<ModeratedReview> getReviews() {
        if (shown == null) {
            shown = isLatest()
                    ? moderation.latest(uiLanguage.getLanguage(), LIMIT)
                    : moderation.reported(uiLanguage.getLanguage(), LIMIT);
        }
        return shown;
    }

    public void hide(long reviewId) {
        try {
            moderation.hide(currentUser.actor(), reviewId, reasons.get(reviewId));
        } catch (ReviewRefusal refusal) {
            Messages.addGlobalError(Texts.get(CommunityMessages.key(refusal.getReason())));
            FacesContext.getCurrentInstance().validationFailed();
            return;
        }
        reasons.remove(reviewId);
        done("moderation.hidden");
    }

    public void show(long reviewId) {
        moderation.show(currentUser.actor(), reviewId);
        done("moderation.shown");
    }

    public void resolve(long reportId) {
        reports.resolve(currentUser.actor(), reportId);
        done("moderation.resolved");
    }

    private void done(String key) {
        shown = null;
        Messages.addGlobalInfo(Texts.get(key));
    }

    public boolean isLatest() {
        return "latest".equals(tab);
    }

    public String getTab() {
        return tab;
    }

    public void setTab(String tab) {
        this.tab = "latest".equals(tab) ? "latest" : "reported";
        shown = null;
    }

    public Map<Long, String> getReasons() {
        return reasons;
    }
}
