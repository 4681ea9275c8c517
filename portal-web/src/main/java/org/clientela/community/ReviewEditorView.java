package org.clientela.community;

import jakarta.annotation.PostConstruct;
import jakarta.faces.context.FacesContext;
import jakarta.faces.view.ViewScoped;
import jakarta.inject.Inject;
import jakarta.inject.Named;
import java.io.IOException;
import java.io.Serializable;
import java.util.List;
import java.util.Optional;
import org.clientela.platform.CurrentUser;
import org.clientela.platform.Texts;
import org.clientela.platform.UiLanguage;
import org.clientela.store.CatalogReader;
import org.clientela.store.Product;
import org.omnifaces.util.Faces;
import org.omnifaces.util.Messages;

/**
 * /account/review?sku=: writing one's review of a product, or changing it. Holds the SKU and what
 * was typed, never entities; a refusal is shown next to its field and the text stays.
 */
@Named
@ViewScoped
public class ReviewEditorView implements Serializable {

    private static final long serialVersionUID = 1L;

    @Inject
    private ProductReviews reviews;

    @Inject
    private CatalogReader catalog;

    @Inject
    private CurrentUser currentUser;

    @Inject
    private UiLanguage uiLanguage;

    private String sku;
    private String productName;
    private boolean existing;
    private Integer rating;
    private String title;
    private String body;

    @PostConstruct
    void init() {
        sku = Faces.getRequestParameter("sku");
    }

    /** On the first request: the product (404 if unknown) and the review written before, if any. */
    public void load() throws IOException {
        if (FacesContext.getCurrentInstance().isPostback()) {
            return;
        }
        Optional<Product> product = sku == null ? Optional.empty() : catalog.product(sku);
        if (product.isEmpty()) {
            Faces.responseSendError(404, "no product " + sku);
            return;
        }
        productName = product.get().textIn(uiLanguage.getLanguage()).getName();
        reviews.mine(currentUser.actor(), sku).ifPresent(review -> {
            existing = true;
            rating = review.getRating();
            title = review.getTitle();
            body = review.getBody();
        });
    }

    public void save() throws IOException {
        rating = parseRating(Faces.getRequestParameter("rating"));
        try {
            reviews.write(currentUser.actor(), sku, new ReviewForm(rating, title, body, uiLanguage.getLanguage()));
        } catch (ReviewRefusal refusal) {
            String field = refusal.getReason().field();
            String text = Texts.get(CommunityMessages.key(refusal.getReason()));
            if (field == null) {
                Messages.addGlobalError(text);
            } else {
                Messages.addError("review:" + field, text);
            }
            FacesContext.getCurrentInstance().validationFailed();
            return;
        } catch (PostingLimitExceeded limit) {
            Messages.addGlobalError(Texts.get(CommunityMessages.limitKey(limit.getKind()), limit.getLimit()));
            FacesContext.getCurrentInstance().validationFailed();
            return;
        }
        // the product page keeps no state: it shows the outcome from the address
        Faces.redirect("/product/" + sku + "?review=" + (existing ? "changed" : "posted") + "#reviews");
    }

    /**
     * The chosen stars as posted: none for nothing chosen; anything but a small number becomes 0,
     * which the service refuses as out of range.
     */
    static Integer parseRating(String posted) {
        if (posted == null || posted.isBlank()) {
            return null;
        }
        String value = posted.strip();
        return value.matches("-?\\d{1,9}") ? Integer.valueOf(value) : 0;
    }

    /** One to five, for the radios. */
    public List<Integer> getChoices() {
        return List.of(1, 2, 3, 4, 5);
    }

    public String stars(int n) {
        return "★".repeat(n) + "☆".repeat(Review.MAX_RATING - n);
    }

    public String getSku() {
        return sku;
    }

    public void setSku(String sku) {
        this.sku = sku;
    }

    public String getProductName() {
        return productName;
    }

    public boolean isExisting() {
        return existing;
    }

    public Integer getRating() {
        return rating;
    }

    public void setRating(Integer rating) {
        this.rating = rating;
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
}
