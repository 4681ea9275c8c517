package org.clientela.community;

import static org.assertj.core.api.Assertions.assertThat;
import static org.openqa.selenium.support.ui.ExpectedConditions.presenceOfElementLocated;
import static org.openqa.selenium.support.ui.ExpectedConditions.textToBePresentInElementLocated;
import static org.openqa.selenium.support.ui.ExpectedConditions.urlContains;

import java.io.RandomAccessFile;
import java.nio.file.Files;
import java.nio.file.Path;
import java.time.Duration;
import java.util.ArrayList;
import java.util.List;
import java.util.UUID;
import java.util.regex.Matcher;
import java.util.regex.Pattern;
import org.clientela.it.browser.Browser;
import org.clientela.it.browser.PortalBrowserTest;
import org.clientela.it.browser.SessionClient;
import org.clientela.it.support.ErpApi;
import org.clientela.it.support.SentMail;
import org.clientela.it.support.TestEnvironment;
import org.clientela.it.support.Tokens;
import org.clientela.it.support.incontainer.Eventually;
import org.jboss.arquillian.container.test.api.RunAsClient;
import org.junit.jupiter.api.Test;
import org.openqa.selenium.By;
import org.openqa.selenium.WebElement;
import org.openqa.selenium.support.ui.Select;

/**
 * A customer opens a private request from an order page, a file that is no image is refused with
 * a message, one too large is stopped in the browser with a message, a photo is kept; the agent finds it in the queue (urgent requests first), raises it,
 * notes internally and answers; the customer sees the answer (and not the note) on the page, gets
 * it by mail, and rates it. Another customer finds no such request, nor the staff page.
 */
@RunAsClient
class ServiceRequestBrowserIT extends PortalBrowserTest {

    private static final String CUSTOMER_MAIL = "customer@clientela.test";
    private static final byte[] PNG = {(byte) 0x89, 'P', 'N', 'G', 0x0D, 0x0A, 0x1A, 0x0A, 0, 0, 0, 0x0D};

    @Test
    void aCustomerOpensARequestFromAnOrderAndGetsTheAnswerOnThePageAndByMail() throws Exception {
        String key = UUID.randomUUID().toString().substring(0, 6);
        String sku = "SRQ-" + key.toUpperCase();
        ErpApi.categoryWithProduct(Tokens.erpConnector(), "requests-" + key, sku, "10.00", 50, "Kettle " + key);
        String subject = "Parcel never arrived " + key;
        String answer = "The courier lost it; a new parcel leaves today " + key;
        String internal = "Courier complaint filed " + key;
        Path text = Files.createTempFile("notes-", ".png");
        Path photo = Files.createTempFile("photo-", ".png");
        Files.writeString(text, "just text, named like an image");
        Files.write(photo, PNG);
        Path huge = Files.createTempFile("scan-", ".pdf");
        try (RandomAccessFile file = new RandomAccessFile(huge.toFile(), "rw")) {
            file.setLength(11L * 1024 * 1024); // sparse: nothing is written
        }

        String caseId;
        String number;
        try (Browser customer = Browser.open()) {
            customer.signInAs("customer");
            SessionClient.Answer placed = new SessionClient(customer)
                    .postJson(
                            "/api/account/orders",
                            """
                            {"lines": [{"sku": "%s", "quantity": 1}], "expectedTotal": 16.90,
                             "delivery": "STANDARD", "payment": "INVOICE",
                             "shipping": {"recipient": "Olena Kovalenko", "street": "bul. Vitosha 1",
                                          "postalCode": "1000", "city": "Sofia", "country": "BG"}}""".formatted(sku),
                            "Idempotency-Key",
                            UUID.randomUUID().toString());
            assertThat(placed.status()).as(placed.body()).isEqualTo(201);
            Matcher id = Pattern.compile("\"id\"\\s*:\\s*(\\d+)").matcher(placed.body());
            assertThat(id.find()).as(placed.body()).isTrue();

            customer.go(TestEnvironment.PORTAL + "/account/order?id=" + id.group(1));
            customer.find("#order-problem").click();
            customer.await(presenceOfElementLocated(By.id("request")));
            assertThat(customer.text("#request-order")).startsWith("CL-");
            assertThat(new Select(customer.find("[id='request:category']"))
                            .getFirstSelectedOption()
                            .getText())
                    .as("an order's problem is most often its delivery")
                    .isEqualTo("Delivery");

            // a file that is no image is refused beside the files, and nothing is opened
            customer.type("request:subject", subject);
            customer.type("request:description", "Ordered a week ago, tracking shows nothing.");
            customer.find("[id='request:file1']").sendKeys(text.toString());
            customer.find("[id='request:send-request']").click();
            customer.await(textToBePresentInElementLocated(
                    By.id("request:file1-message"), "Only PNG or JPEG images and PDF files can be attached."));

            // one over the server's size limit never leaves the browser, where it is told why
            customer.find("[id='request:file1']").sendKeys(huge.toString());
            customer.find("[id='request:send-request']").click();
            customer.await(
                    textToBePresentInElementLocated(By.id("files-too-large"), "A file is too large (at most 5 MB)."));
            assertThat(customer.url()).contains("/account/request-new");

            customer.find("[id='request:file1']").sendKeys(photo.toString());
            assertThat(customer.find("#files-too-large").isDisplayed())
                    .as("another choice takes the message away")
                    .isFalse();
            customer.find("[id='request:send-request']").click();
            customer.await(urlContains("/account/case?id="));
            caseId = customer.url().replaceAll(".*[?&]id=(\\d+).*", "$1");
            number = customer.text("#page-title").replaceAll(" · .*", "");
            assertThat(customer.text("#messages")).contains("Your request " + number + " is sent.");
            assertThat(customer.text("#case-status")).isEqualTo("Open");
            assertThat(customer.text("#case-category")).isEqualTo("Delivery");
            assertThat(customer.text("#case-order")).startsWith("CL-");
            assertThat(customer.text("#case-files"))
                    .contains(photo.getFileName().toString());
        }

        try (Browser agent = Browser.open()) {
            agent.signInAs("agent", "/staff/case?id=" + caseId);
            assertThat(agent.text("#case-category")).isEqualTo("Delivery");
            assertThat(agent.text("#case-description")).contains("tracking shows nothing");
            assertThat(new Select(agent.find("[id='assign-form:assignee']"))
                            .getOptions().stream().map(WebElement::getText).toList())
                    .as("the colleagues of the staff directory, who signed in to the back office")
                    .contains("Taras Shevchuk");
            new Select(agent.find("[id='priority-form:priority']")).selectByVisibleText("Urgent");
            agent.find("[id='priority-form:change-priority']").click();
            agent.await(textToBePresentInElementLocated(By.id("case-priority"), "Urgent"));
            agent.find("[id='assign-form:assign-me']").click();
            agent.await(textToBePresentInElementLocated(By.id("case-assignee"), "Taras Shevchuk"));
            assertThat(new Select(agent.find("[id='assign-form:assignee']"))
                            .getFirstSelectedOption()
                            .getText())
                    .as("the menu shows who has the case")
                    .isEqualTo("Taras Shevchuk");

            // the queue: urgent first, ours among them
            agent.go(TestEnvironment.PORTAL + "/staff/community");
            List<String> priorities = new ArrayList<>();
            for (WebElement row : agent.driver().findElements(By.cssSelector("#cases tr.case-row"))) {
                priorities.add(row.findElement(By.cssSelector(".case-priority")).getText());
            }
            assertThat(priorities).isNotEmpty();
            int lastUrgent = priorities.lastIndexOf("Urgent");
            assertThat(priorities.subList(0, lastUrgent + 1))
                    .as("urgent requests come first")
                    .containsOnly("Urgent");
            String row = "#cases tr.case-row[data-id='" + caseId + "']";
            assertThat(agent.text(row + " .case-priority")).isEqualTo("Urgent");
            assertThat(agent.text(row + " .case-due")).startsWith("in ");
            // a page past the queue's end says so and leads back
            agent.go(TestEnvironment.PORTAL + "/staff/community?page=500");
            assertThat(agent.text("#cases-empty")).isEqualTo("No case is open or waits for the customer here.");
            assertThat(agent.text("#cases-page")).isEqualTo("Page 500");
            agent.find("#cases-previous").click();
            agent.await(textToBePresentInElementLocated(By.id("cases-page"), "Page 499"));
            agent.go(TestEnvironment.PORTAL + "/staff/community");

            agent.find(row + " a.case-link").click();
            agent.await(presenceOfElementLocated(By.id("note-form")));
            agent.type("note-form:note", internal);
            agent.find("[id='note-form:add-note']").click();
            agent.await(textToBePresentInElementLocated(By.id("messages"), "The note is added."));
            agent.type("answer-form:answer", answer);
            agent.find("[id='answer-form:send-answer']").click();
            agent.await(textToBePresentInElementLocated(By.id("messages"), "The answer is sent."));
            assertThat(agent.text("#case-notes")).contains(internal, answer, "Internal");
            assertThat(agent.text("#case-status")).isEqualTo("Waiting for you");
        }

        try (Browser customer = Browser.open()) {
            customer.signInAs("customer", "/account/cases");
            String row = "#my-cases tr.case-row[data-id='" + caseId + "']";
            assertThat(customer.text(row + " .case-status")).isEqualTo("Waiting for you");
            customer.find(row + " a.case-link").click();
            customer.await(presenceOfElementLocated(By.id("case-notes")));
            assertThat(customer.text("#case-notes")).contains(answer);
            assertThat(customer.pageText()).as("internal notes stay internal").doesNotContain(internal);

            customer.find("#stars-5").click();
            customer.find("[id='rating:rate']").click();
            customer.await(textToBePresentInElementLocated(By.id("messages"), "Thank you for your rating."));
            assertThat(customer.text("#case-rating")).isEqualTo("You rated 5 stars.");
        }

        try (Browser stranger = Browser.open()) {
            stranger.signInAs("customer2");
            stranger.go(TestEnvironment.PORTAL + "/account/case?id=" + caseId);
            assertThat(stranger.text("#page-title"))
                    .as("another customer's request is not found")
                    .isEqualTo("Page not found");
            stranger.go(TestEnvironment.PORTAL + "/staff/case?id=" + caseId);
            assertThat(stranger.text("#page-title")).isEqualTo("Access denied");
        }

        String mailed = Eventually.await(
                "the answer's mail",
                Duration.ofSeconds(30),
                () -> SentMail.newestLink(CUSTOMER_MAIL, Pattern.compile("(" + Pattern.quote(answer) + ")")));
        assertThat(mailed).isEqualTo(answer);
        assertThat(SentMail.subjects(CUSTOMER_MAIL)).anyMatch(s -> s.contains(number) && s.contains(subject));
    }
}
