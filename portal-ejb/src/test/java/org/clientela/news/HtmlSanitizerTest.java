package org.clientela.news;

import static org.assertj.core.api.Assertions.assertThat;

import org.junit.jupiter.api.Test;

/** What an article body keeps and loses on save. */
class HtmlSanitizerTest {

    @Test
    void scriptsEventHandlersAndJavascriptLinksGo() {
        String dirty = "<p onclick=\"steal()\">Hello <b>world</b></p>"
                + "<script>alert(1)</script>"
                + "<a href=\"javascript:alert(2)\">click</a>"
                + "<a href=\"JaVaScRiPt:alert(3)\">again</a>"
                + "<img src=\"x\" onerror=\"alert(4)\">"
                + "<iframe src=\"https://evil.example\"></iframe>"
                + "<style>body{display:none}</style>";
        String clean = HtmlSanitizer.sanitise(dirty);
        assertThat(clean)
                .contains("<p>Hello <b>world</b></p>")
                .doesNotContainIgnoringCase("script")
                .doesNotContain("onclick")
                .doesNotContain("onerror")
                .doesNotContain("iframe")
                .doesNotContain("<style");
    }

    @Test
    void structureLinksAndImagesStay() {
        String html = "<h2>Title</h2><ul><li>one</li></ul><blockquote>quote</blockquote>"
                + "<a href=\"https://clientela.test/catalog\">catalog</a>"
                + "<img src=\"https://clientela.test/laptop.png\" alt=\"Laptop\">";
        String clean = HtmlSanitizer.sanitise(html);
        assertThat(clean)
                .contains("<h2>Title</h2>")
                .contains("<li>one</li>")
                .contains("<blockquote>quote</blockquote>")
                .contains("href=\"https://clientela.test/catalog\"")
                .contains("rel=\"nofollow noopener\"")
                .contains("src=\"https://clientela.test/laptop.png\"");
    }

    @Test
    void aBodyOfOnlyDangerousMarkupHasNoText() {
        assertThat(HtmlSanitizer.text(HtmlSanitizer.sanitise("<script>alert(1)</script>")))
                .isEmpty();
        assertThat(HtmlSanitizer.sanitise(null)).isEmpty();
    }
}
