package org.clientela.community;

import org.commonmark.parser.Parser;
import org.commonmark.renderer.html.HtmlRenderer;
import org.jsoup.Jsoup;
import org.jsoup.nodes.Document;
import org.jsoup.safety.Safelist;

/**
 * Posts are Markdown. Raw HTML in a post is escaped, so {@code <script>} shows as text, and the
 * rendered HTML passes an allow-list as well: a renderer bug must not become a script on a page.
 */
public final class Markdown {

    private static final Parser PARSER = Parser.builder().build();
    private static final HtmlRenderer RENDERER =
            HtmlRenderer.builder().escapeHtml(true).sanitizeUrls(true).build();
    private static final Safelist POST = Safelist.basic()
            .addTags("h1", "h2", "h3", "h4", "pre")
            .addEnforcedAttribute("a", "rel", "nofollow noopener");

    private Markdown() {}

    public static String toHtml(String markdown) {
        if (markdown == null || markdown.isBlank()) {
            return "";
        }
        String html = RENDERER.render(PARSER.parse(markdown));
        return Jsoup.clean(html, "", POST, new Document.OutputSettings().prettyPrint(false));
    }

    /** The words of a post without its markup, for summaries and the search index. */
    public static String toText(String markdown) {
        return markdown == null ? "" : Jsoup.parse(toHtml(markdown)).text();
    }
}
