package org.clientela.news;

import jakarta.inject.Inject;
import jakarta.servlet.ServletException;
import jakarta.servlet.annotation.WebServlet;
import jakarta.servlet.http.HttpServlet;
import jakarta.servlet.http.HttpServletRequest;
import jakarta.servlet.http.HttpServletResponse;
import java.io.IOException;
import java.net.URLEncoder;
import java.nio.charset.StandardCharsets;
import java.util.List;
import java.util.Optional;
import java.util.ResourceBundle;
import java.util.regex.Matcher;
import java.util.regex.Pattern;
import javax.xml.stream.XMLStreamException;
import org.clientela.platform.Language;
import org.clientela.platform.PortalSettings;

/**
 * The shareable news addresses: {@code /news/{lang}/{slug}} (the article page), and the Atom feeds
 * {@code /news/feed/{lang}.atom} and {@code /news/feed/{lang}/{category}.atom}. An unknown language
 * or article is a 404, like any address that leads nowhere.
 */
@WebServlet("/news/*")
public class NewsPathServlet extends HttpServlet {

    static final int FEED_ENTRIES = 20;
    private static final Pattern FEED = Pattern.compile("/feed/([a-z]{2})(?:/([a-z0-9-]+))?\\.atom");
    private static final Pattern ARTICLE = Pattern.compile("/([a-z]{2})/([^/]+)");

    @Inject
    private NewsReader reader;

    @Override
    protected void doGet(HttpServletRequest request, HttpServletResponse response)
            throws IOException, ServletException {
        String path = request.getPathInfo();
        if (path == null || "/".equals(path)) {
            request.getRequestDispatcher("/news.xhtml").forward(request, response);
            return;
        }
        Matcher feed = FEED.matcher(path);
        if (feed.matches()) {
            feed(Language.fromTag(feed.group(1)), feed.group(2), response);
            return;
        }
        Matcher article = ARTICLE.matcher(path);
        if (article.matches() && Language.fromTag(article.group(1)).isPresent()) {
            request.getRequestDispatcher("/news-article.xhtml?lang=" + article.group(1) + "&slug="
                            + URLEncoder.encode(article.group(2), StandardCharsets.UTF_8))
                    .forward(request, response);
            return;
        }
        response.sendError(HttpServletResponse.SC_NOT_FOUND);
    }

    private void feed(Optional<Language> language, String categorySlug, HttpServletResponse response)
            throws IOException {
        Optional<NewsCategory> category = categorySlug == null ? Optional.empty() : reader.category(categorySlug);
        if (language.isEmpty() || (categorySlug != null && category.isEmpty())) {
            response.sendError(HttpServletResponse.SC_NOT_FOUND);
            return;
        }
        Language lang = language.get();
        List<PublishedArticle> articles = reader.latest(lang, categorySlug, FEED_ENTRIES);
        String self = "/news/feed/" + lang.tag() + (categorySlug == null ? "" : "/" + categorySlug) + ".atom";
        String alternate = "/news?lang=" + lang.tag() + (categorySlug == null ? "" : "&category=" + categorySlug);
        String title = ResourceBundle.getBundle("org.clientela.web.messages", lang.locale())
                        .getString("news.feed.title")
                + category.map(c -> " · " + c.name(lang)).orElse("");
        response.setContentType("application/atom+xml;charset=UTF-8");
        try {
            AtomFeed.write(response.getWriter(), PortalSettings.portalUrl(), self, alternate, title, lang, articles);
        } catch (XMLStreamException e) {
            throw new IOException("Cannot write the feed " + self, e);
        }
    }
}
