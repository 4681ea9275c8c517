package org.clientela.store.search;

import java.io.BufferedReader;
import java.io.IOException;
import java.io.InputStream;
import java.io.InputStreamReader;
import java.io.UncheckedIOException;
import java.nio.charset.StandardCharsets;
import java.util.List;
import org.clientela.platform.Language;

/**
 * The word lists and character foldings both backends analyse with, kept once as resources:
 * Lucene reads them by path, Elasticsearch gets their lines inline (a cluster knows none of our
 * files).
 */
public final class AnalysisResources {

    private static final String DIR = "org/clientela/store/search/";

    private AnalysisResources() {}

    /** One word a line; lines starting with # are comments. */
    public static String stopWords(Language language) {
        return DIR + "stopwords_" + language.tag() + ".txt";
    }

    /** Lucene's mapping format, {@code "from" => "to"}, one rule a line. */
    public static String folding(Language language) {
        return DIR + "fold_" + language.tag() + ".txt";
    }

    /** The file's lines that are neither blank nor comments. */
    public static List<String> lines(String path) {
        InputStream in = AnalysisResources.class.getClassLoader().getResourceAsStream(path);
        if (in == null) {
            throw new IllegalStateException("no analysis resource " + path);
        }
        try (BufferedReader reader = new BufferedReader(new InputStreamReader(in, StandardCharsets.UTF_8))) {
            return reader.lines()
                    .map(String::strip)
                    .filter(line -> !line.isEmpty() && !line.startsWith("#"))
                    .toList();
        } catch (IOException e) {
            throw new UncheckedIOException(e);
        }
    }
}
