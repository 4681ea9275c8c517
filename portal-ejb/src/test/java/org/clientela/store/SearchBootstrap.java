package org.clientela.store;

import static org.assertj.core.api.Assertions.assertThat;

import java.io.InputStream;
import java.util.HashMap;
import java.util.LinkedHashMap;
import java.util.Map;
import javax.xml.parsers.DocumentBuilderFactory;
import org.hibernate.SessionFactory;
import org.hibernate.cfg.Configuration;
import org.hibernate.type.descriptor.WrapperOptions;
import org.hibernate.type.descriptor.java.JavaType;
import org.hibernate.type.format.FormatMapper;
import org.w3c.dom.Element;
import org.w3c.dom.NodeList;

/**
 * Hibernate ORM and Search for unit tests, outside the server: the catalog's entities on an H2
 * database, with the search properties of the real persistence.xml, their ${...} expressions
 * resolved as WildFly resolves them.
 */
final class SearchBootstrap {

    private SearchBootstrap() {}

    /**
     * @param system what the server's system properties would say to persistence.xml's expressions
     * @param more further settings, over those of persistence.xml
     */
    static SessionFactory sessionFactory(String url, Map<String, String> system, Map<String, String> more)
            throws Exception {
        Configuration configuration = new Configuration()
                .addAnnotatedClass(CatalogCategory.class)
                .addAnnotatedClass(Product.class)
                .setProperty("hibernate.connection.url", url)
                .setProperty("hibernate.connection.username", "sa")
                .setProperty("hibernate.connection.password", "");
        // the Jakarta EE API jar has JSON-B without an implementation; these entities hold no JSON
        configuration.getProperties().put("hibernate.type.json_format_mapper", new NoJson());
        searchProperties(system).forEach(configuration::setProperty);
        more.forEach(configuration::setProperty);
        return configuration.buildSessionFactory();
    }

    /** The hibernate.search.* properties of persistence.xml, resolved. */
    static Map<String, String> searchProperties(Map<String, String> system) throws Exception {
        Map<String, String> server = new HashMap<>(system);
        // every WildFly has it; nothing here writes there when a test names its own index directory
        server.putIfAbsent("jboss.server.data.dir", System.getProperty("java.io.tmpdir"));
        Map<String, String> properties = new LinkedHashMap<>();
        try (InputStream in = SearchBootstrap.class.getResourceAsStream("/META-INF/persistence.xml")) {
            NodeList nodes = DocumentBuilderFactory.newInstance()
                    .newDocumentBuilder()
                    .parse(in)
                    .getElementsByTagName("property");
            for (int i = 0; i < nodes.getLength(); i++) {
                Element property = (Element) nodes.item(i);
                if (property.getAttribute("name").startsWith("hibernate.search.")) {
                    properties.put(property.getAttribute("name"), resolve(property.getAttribute("value"), server));
                }
            }
        }
        return properties;
    }

    /** Resolves {@code ${name}} and {@code ${name:default}}, defaults nested, read only when needed. */
    static String resolve(String value, Map<String, String> system) {
        StringBuilder out = new StringBuilder();
        int i = 0;
        while (i < value.length()) {
            int open = value.indexOf("${", i);
            if (open < 0) {
                out.append(value, i, value.length());
                break;
            }
            out.append(value, i, open);
            int depth = 0;
            int colon = -1;
            int close = open + 2;
            for (; close < value.length(); close++) {
                char c = value.charAt(close);
                if (c == '{') {
                    depth++;
                } else if (c == '}' && depth-- == 0) {
                    break;
                } else if (c == ':' && depth == 0 && colon < 0) {
                    colon = close;
                }
            }
            String name = value.substring(open + 2, colon < 0 ? close : colon);
            String found = system.get(name);
            if (found == null) {
                assertThat(colon).as("a value or a default for " + name).isPositive();
                found = resolve(value.substring(colon + 1, close), system);
            }
            out.append(found);
            i = close + 1;
        }
        return out.toString();
    }

    private static final class NoJson implements FormatMapper {

        @Override
        public <T> T fromString(CharSequence text, JavaType<T> type, WrapperOptions options) {
            throw new UnsupportedOperationException();
        }

        @Override
        public <T> String toString(T value, JavaType<T> type, WrapperOptions options) {
            throw new UnsupportedOperationException();
        }
    }
}
