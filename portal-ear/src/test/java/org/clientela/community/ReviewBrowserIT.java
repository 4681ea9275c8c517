package org.clientela.community;

import static org.assertj.core.api.Assertions.assertThat;
import static org.openqa.selenium.support.ui.ExpectedConditions.presenceOfElementLocated;
import static org.openqa.selenium.support.ui.ExpectedConditions.textToBePresentInElementLocated;

import java.time.Duration;
import java.util.UUID;
import java.util.regex.Pattern;
import org.clientela.it.browser.Browser;
import org.clientela.it.browser.KeycloakPage;
import org.clientela.it.browser.PortalBrowserTest;
import org.clientela.it.support.ErpApi;
import org.clientela.it.support.SentMail;
import org.clientela.it.support.TestEnvironment;
import org.clientela.it.support.Tokens;
import org.clientela.it.support.incontainer.Eventually;
import org.jboss.arquillian.container.test.api.RunAsClient;
import org.junit.jupiter.api.Test;
import org.openqa.selenium.By;
import org.openqa.selenium.NoAlertPresentException;
import org.openqa.selenium.WebElement;

/**
 * A review in the browser: a submit without stars is told and keeps the text; a one-star review
 * with a script tag shows the tag as text (no alert) with the average; the content manager hides
 * it with a reason, it leaves the product page and the author's mail arrives. A customer meets
 * 403 on the moderators' page.
 */
@RunAsClient
class ReviewBrowserIT extends PortalBrowserTest {

    private static final String AUTHOR_MAIL = "customer@clientela.test";

    @Test
    void aScriptInAReviewIsShownAsTextAndTheModeratorHidesIt() throws Exception {
        String key = UUID.randomUUID().toString().substring(0, 6);
        String sku = "RVW-" + key.toUpperCase();
        String name = "Noisy kettle " + key;
        ErpApi.categoryWithProduct(Tokens.erpConnector(), "review-kettles-" + key, sku, "20.00", 5, name);
        String body = "<script>alert(1)</script> Whistles all night " + key;
        String reason = "Script in the text " + key;

        long reviewId;
        try (Browser author = Browser.open()) {
            author.go(TestEnvironment.PORTAL + "/product/" + sku);
            assertThat(author.text("#no-reviews")).contains("No reviews yet");
            author.find("#write-review").click();
            new KeycloakPage(author).signInAs("customer", DEMO_PASSWORD);
            author.await(presenceOfElementLocated(By.cssSelector("[id='review:body']")));
            assertThat(author.text("#page-title")).isEqualTo("Write a review");

            // no stars chosen: told next to the stars, and the text stays
            author.type("review:title", "Loud");
            author.type("review:body", body);
            author.find("[id='review:save']").click();
            author.await(
                    textToBePresentInElementLocated(By.id("review:ratingMessage"), "Please choose one to five stars."));
            assertThat(author.find("[id='review:body']").getAttribute("value")).isEqualTo(body);
            assertThat(author.find("[id='review:title']").getAttribute("value")).isEqualTo("Loud");

            author.find("#rating-1").click();
            author.find("[id='review:save']").click();
            author.await(presenceOfElementLocated(By.cssSelector("article.review")));
            assertNoAlert(author);
            assertThat(author.text("#review-messages")).contains("Your review is published.");
            WebElement review = author.find("article.review");
            reviewId = Long.parseLong(review.getAttribute("data-review"));
            assertThat(review.findElement(By.cssSelector(".review-body")).getText())
                    .as("the script is text")
                    .isEqualTo(body);
            assertThat(author.has("article.review .review-body script")).isFalse();
            assertThat(author.text("#rating-average")).isEqualTo("1.00");
            assertThat(author.text("#rating-count")).isEqualTo("1 review");
            assertThat(author.text("#rating-distribution tr[data-stars='1'] .rating-stars-count"))
                    .isEqualTo("1");
            assertThat(author.text("#write-review")).isEqualTo("Edit your review");

            // a customer does not moderate
            author.go(TestEnvironment.PORTAL + "/staff/reviews");
            assertThat(author.text("#page-title")).isEqualTo("Access denied");
        }

        try (Browser editor = Browser.open()) {
            editor.signInAs("editor", "/staff/");
            editor.find("#staff-reviews").click();
            editor.await(presenceOfElementLocated(By.id("tab-latest")));
            editor.find("#tab-latest").click();
            String article = "#moderated-" + reviewId;
            editor.await(presenceOfElementLocated(By.cssSelector(article)));
            assertThat(editor.text(article + " .review-body")).isEqualTo(body);
            assertNoAlert(editor);
            editor.find(article + " input.hide-reason").sendKeys(reason);
            editor.find(article + " .hide-review").click();
            editor.await(textToBePresentInElementLocated(By.id("moderation:messages"), "The review is hidden"));
            assertThat(editor.text(article + " .hidden-note")).contains(reason);
        }

        try (Browser visitor = Browser.open()) {
            visitor.go(TestEnvironment.PORTAL + "/product/" + sku);
            assertThat(visitor.has("#review-" + reviewId))
                    .as("hidden from the product page")
                    .isFalse();
            assertThat(visitor.text("#no-reviews")).contains("No reviews yet");
        }

        String told = Eventually.await(
                "the mail to the author",
                Duration.ofSeconds(30),
                () -> SentMail.newestLink(AUTHOR_MAIL, Pattern.compile("(Reason: " + Pattern.quote(reason) + ")")));
        assertThat(told).contains(reason);
        assertThat(SentMail.subjects(AUTHOR_MAIL)).contains("Your review of " + name + " is no longer shown");
    }

    private static void assertNoAlert(Browser browser) {
        try {
            browser.driver().switchTo().alert();
            throw new AssertionError("a script in a review ran");
        } catch (NoAlertPresentException expected) {
            // the text stayed text
        }
    }
}
