package org.clientela.news;

import java.io.Writer;
import java.time.Instant;
import java.time.ZoneOffset;
import java.time.format.DateTimeFormatter;
import java.util.List;
import javax.xml.stream.XMLOutputFactory;
import javax.xml.stream.XMLStreamException;
import javax.xml.stream.XMLStreamWriter;
import org.clientela.platform.Language;

/**
 * Writes an Atom 1.0 feed (RFC 4287): the feed's id, title, updated, self link and author, and per
 * entry its id, title, updated, published, link, summary, author and categories. Ids are tag URIs
 * built from the article id, so they stay when a title or slug changes.
 */
final class AtomFeed {

    static final String NS = "http://www.w3.org/2005/Atom";
    private static final DateTimeFormatter RFC3339 = DateTimeFormatter.ISO_OFFSET_DATE_TIME.withZone(ZoneOffset.UTC);

    private AtomFeed() {}

    static void write(
            Writer out,
            String baseUrl,
            String selfPath,
            String alternatePath,
            String title,
            Language language,
            List<PublishedArticle> articles)
            throws XMLStreamException {
        XMLStreamWriter xml = XMLOutputFactory.newFactory().createXMLStreamWriter(out);
        xml.writeStartDocument("UTF-8", "1.0");
        xml.writeStartElement("feed");
        xml.writeDefaultNamespace(NS);
        xml.writeAttribute("xml", "http://www.w3.org/XML/1998/namespace", "lang", language.tag());
        element(xml, "id", baseUrl + selfPath);
        element(xml, "title", title);
        Instant updated = articles.stream()
                .map(PublishedArticle::updatedAt)
                .max(Instant::compareTo)
                .orElse(Instant.EPOCH);
        element(xml, "updated", RFC3339.format(updated));
        link(xml, "self", "application/atom+xml", baseUrl + selfPath);
        link(xml, "alternate", "text/html", baseUrl + alternatePath);
        xml.writeStartElement("author");
        element(xml, "name", "Clientela");
        xml.writeEndElement();
        for (PublishedArticle article : articles) {
            xml.writeStartElement("entry");
            element(xml, "id", "tag:clientela.news,2026:article-" + article.articleId() + "-" + language.tag());
            element(xml, "title", article.title());
            element(xml, "updated", RFC3339.format(article.updatedAt()));
            element(xml, "published", RFC3339.format(article.publishedAt()));
            link(xml, "alternate", "text/html", baseUrl + article.path());
            if (article.summary() != null) {
                element(xml, "summary", article.summary());
            }
            xml.writeStartElement("content");
            xml.writeAttribute("type", "html");
            xml.writeCharacters(article.body());
            xml.writeEndElement();
            xml.writeStartElement("author");
            element(xml, "name", article.authorName());
            xml.writeEndElement();
            for (PublishedArticle.CategoryLink category : article.categories()) {
                xml.writeEmptyElement("category");
                xml.writeAttribute("term", category.slug());
                xml.writeAttribute("label", category.name());
            }
            xml.writeEndElement();
        }
        xml.writeEndElement();
        xml.writeEndDocument();
        xml.flush();
    }

    private static void element(XMLStreamWriter xml, String name, String text) throws XMLStreamException {
        xml.writeStartElement(name);
        xml.writeCharacters(text == null ? "" : text);
        xml.writeEndElement();
    }

    private static void link(XMLStreamWriter xml, String rel, String type, String href) throws XMLStreamException {
        xml.writeEmptyElement("link");
        xml.writeAttribute("rel", rel);
        xml.writeAttribute("type", type);
        xml.writeAttribute("href", href);
    }
}
