package org.clientela.news;

import org.jsoup.Jsoup;
import org.jsoup.nodes.Document;
import org.jsoup.safety.Safelist;

/**
 * Keeps of an article body only what an article needs: text structure, lists, quotes, tables,
 * images and links over http(s) or mailto. Scripts, styles, event handlers, frames and
 * {@code javascript:} links go, whatever way they were written.
 */
public final class HtmlSanitizer {

    private static final Safelist ARTICLE = Safelist.relaxed()
            .removeTags("colgroup", "col")
            .addProtocols("a", "href", "http", "https", "mailto")
            .addProtocols("img", "src", "http", "https")
            .addEnforcedAttribute("a", "rel", "nofollow noopener");

    private HtmlSanitizer() {}

    public static String sanitise(String html) {
        if (html == null || html.isBlank()) {
            return "";
        }
        Document.OutputSettings output = new Document.OutputSettings().prettyPrint(false);
        return Jsoup.clean(html, "", ARTICLE, output).trim();
    }

    /** The text of the HTML alone, e.g. to tell an empty body from one with words. */
    public static String text(String html) {
        return html == null ? "" : Jsoup.parse(html).text().trim();
    }
}
