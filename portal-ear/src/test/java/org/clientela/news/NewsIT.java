package org.clientela.news;

import static org.assertj.core.api.Assertions.assertThat;
import static org.openqa.selenium.support.ui.ExpectedConditions.presenceOfElementLocated;

import java.io.ByteArrayInputStream;
import java.net.URI;
import java.net.http.HttpClient;
import java.net.http.HttpRequest;
import java.net.http.HttpResponse;
import java.util.UUID;
import javax.xml.parsers.DocumentBuilderFactory;
import org.clientela.it.browser.Browser;
import org.clientela.it.browser.PortalBrowserTest;
import org.clientela.it.support.TestEnvironment;
import org.jboss.arquillian.container.test.api.RunAsClient;
import org.junit.jupiter.api.Test;
import org.openqa.selenium.By;
import org.w3c.dom.Document;
import org.w3c.dom.Element;

/**
 * A content manager writes an article in two languages and publishes both; readers find it in
 * their language, with a link to the other, and in the Atom feed. Addresses that lead nowhere are
 * 404, and a customer on the desk gets 403.
 */
@RunAsClient
class NewsIT extends PortalBrowserTest {

    @Test
    void anArticleWrittenInTwoLanguagesIsPublishedAndReadInEach() throws Exception {
        String key = UUID.randomUUID().toString().substring(0, 6);
        String category = "Gadgets " + key;
        try (Browser editor = Browser.open()) {
            editor.signInAs("editor", "/staff/news-categories");
            // a category without a name in any language is refused with a message, not an error page
            editor.type("newCategory:slug", "gadgets-" + key);
            editor.find("[id='newCategory:create']").click();
            editor.await(presenceOfElementLocated(By.cssSelector(".ui-messages-error")));
            assertThat(editor.pageText()).contains("Please give the category a name in at least one language.");
            editor.type("newCategory:slug", "gadgets-" + key);
            editor.type("newCategory:name_en", category);
            editor.type("newCategory:name_bg", "Джаджи " + key);
            editor.find("[id='newCategory:create']").click();
            editor.await(presenceOfElementLocated(By.cssSelector(".ui-messages-info")));

            editor.go(TestEnvironment.PORTAL + "/staff/news");
            editor.find("#new-article").click();
            editor.await(presenceOfElementLocated(By.id("article:saveArticle")));
            editor.find(By.xpath("//label[normalize-space()='" + category + "']"))
                    .click();
            editor.find("[id='article:saveArticle']").click();
            editor.await(presenceOfElementLocated(By.id("tr_en:title")));

            write(editor, "en", "Pocket projector " + key, "It fits in a pocket.");
            write(editor, "bg", "Джобен проектор " + key, "Побира се в джоба.");
            for (String language : new String[] {"en", "bg"}) {
                step(editor, language, "IN_REVIEW");
                step(editor, language, "PUBLISHED");
            }
            assertThat(editor.text("[id='tr_bg']")).contains("Published");
            // each publication opened a sending run, listed on the desk
            editor.go(TestEnvironment.PORTAL + "/staff/news");
            editor.await(presenceOfElementLocated(By.id("sending:runs")));
            assertThat(editor.text("[id='sending:runs']")).contains("article:");
        }

        try (Browser reader = Browser.open()) {
            reader.go(TestEnvironment.PORTAL + "/news?lang=bg&category=gadgets-" + key);
            reader.await(presenceOfElementLocated(By.cssSelector(".news-title")));
            assertThat(reader.text(".news-title")).isEqualTo("Джобен проектор " + key);
            reader.find(".news-title").click();
            reader.await(presenceOfElementLocated(By.id("article-body")));
            assertThat(reader.url()).contains("/news/bg/");
            assertThat(reader.text("#article-body")).contains("Побира се в джоба.");
            assertThat(reader.text("#article-categories")).contains("Джаджи " + key);
            reader.find("#other-languages a[lang='en']").click();
            reader.await(presenceOfElementLocated(By.id("article-body")));
            assertThat(reader.text("#page-title")).isEqualTo("Pocket projector " + key);

            reader.go(TestEnvironment.PORTAL + "/news/xx/whatever");
            assertThat(reader.text("#page-title")).isEqualTo("Page not found");
            reader.go(TestEnvironment.PORTAL + "/news/bg/no-such-article-" + key);
            assertThat(reader.text("#page-title")).isEqualTo("Page not found");

            reader.signInAs("customer");
            reader.go(TestEnvironment.PORTAL + "/staff/news");
            assertThat(reader.text("#page-title")).isEqualTo("Access denied");
        }

        Document feed = feed("/news/feed/bg/gadgets-" + key + ".atom");
        Element root = feed.getDocumentElement();
        assertThat(root.getLocalName()).isEqualTo("feed");
        assertThat(root.getNamespaceURI()).isEqualTo("http://www.w3.org/2005/Atom");
        for (String required : new String[] {"id", "title", "updated", "link", "author"}) {
            assertThat(root.getElementsByTagNameNS(root.getNamespaceURI(), required)
                            .getLength())
                    .as(required)
                    .isPositive();
        }
        assertThat(root.getElementsByTagNameNS(root.getNamespaceURI(), "entry").getLength())
                .isEqualTo(1);
        Element entry = (Element)
                root.getElementsByTagNameNS(root.getNamespaceURI(), "entry").item(0);
        assertThat(entry.getElementsByTagNameNS(root.getNamespaceURI(), "title")
                        .item(0)
                        .getTextContent())
                .isEqualTo("Джобен проектор " + key);
        assertThat(entry.getElementsByTagNameNS(root.getNamespaceURI(), "id")
                        .item(0)
                        .getTextContent())
                .startsWith("tag:");
    }

    static void write(Browser editor, String language, String title, String text) {
        String form = "tr_" + language;
        editor.type(form + ":title", title);
        editor.find("[id='" + form + ":body'] .ql-editor").sendKeys(text);
        editor.find("[id='" + form + ":save']").click();
        editor.await(presenceOfElementLocated(By.cssSelector(".ui-messages-info")));
    }

    static void step(Browser editor, String language, String step) {
        editor.find("[id='tr_" + language + "'] .step-" + step).click();
        editor.await(presenceOfElementLocated(By.cssSelector(".ui-messages-info")));
    }

    private static Document feed(String path) throws Exception {
        HttpResponse<byte[]> response = HttpClient.newHttpClient()
                .send(
                        HttpRequest.newBuilder(URI.create(TestEnvironment.PORTAL + path))
                                .build(),
                        HttpResponse.BodyHandlers.ofByteArray());
        assertThat(response.statusCode()).isEqualTo(200);
        assertThat(response.headers().firstValue("Content-Type").orElse("")).startsWith("application/atom+xml");
        DocumentBuilderFactory factory = DocumentBuilderFactory.newInstance();
        factory.setNamespaceAware(true);
        return factory.newDocumentBuilder().parse(new ByteArrayInputStream(response.body()));
    }
}
