package org.clientela.store.search.elasticsearch;

import static org.clientela.store.search.ProductFields.analyzer;

import org.clientela.platform.Language;
import org.clientela.store.search.AnalysisResources;
import org.clientela.store.search.ProductFields;
import org.hibernate.search.backend.elasticsearch.analysis.ElasticsearchAnalysisConfigurationContext;
import org.hibernate.search.backend.elasticsearch.analysis.ElasticsearchAnalysisConfigurer;

/**
 * The same analyzers as the Lucene backend's, built from the components every Elasticsearch and
 * OpenSearch has (no plugins), with the same stop words and foldings sent inline. Not run against
 * a cluster in the build: a change here is checked when the index is created there.
 */
public class Analysis implements ElasticsearchAnalysisConfigurer {

    @Override
    public void configure(ElasticsearchAnalysisConfigurationContext context) {
        context.tokenFilter("clientela_en_possessive").type("stemmer").param("language", "possessive_english");
        context.tokenFilter("clientela_en_stop").type("stop").param("stopwords", "_english_");
        context.tokenFilter("clientela_en_stem").type("stemmer").param("language", "porter");
        context.analyzer(analyzer(Language.EN))
                .custom()
                .tokenizer("standard")
                .tokenFilters(
                        "clientela_en_possessive",
                        "lowercase",
                        "clientela_en_stop",
                        "clientela_en_stem",
                        "asciifolding");

        stopWords(context, Language.BG);
        context.tokenFilter("clientela_bg_stem").type("stemmer").param("language", "bulgarian");
        context.analyzer(analyzer(Language.BG))
                .custom()
                .tokenizer("standard")
                .tokenFilters("lowercase", "clientela_bg_stop", "clientela_bg_stem", "asciifolding");

        folding(context, Language.RU);
        stopWords(context, Language.RU);
        context.tokenFilter("clientela_ru_stem").type("stemmer").param("language", "light_russian");
        context.analyzer(analyzer(Language.RU))
                .custom()
                .tokenizer("standard")
                .charFilters("clientela_ru_fold")
                .tokenFilters("lowercase", "clientela_ru_stop", "clientela_ru_stem", "asciifolding");

        folding(context, Language.UK);
        stopWords(context, Language.UK);
        context.analyzer(analyzer(Language.UK))
                .custom()
                .tokenizer("standard")
                .charFilters("clientela_uk_fold")
                .tokenFilters("lowercase", "clientela_uk_stop", "asciifolding");

        context.normalizer(ProductFields.SORT_NORMALIZER).custom().tokenFilters("lowercase", "asciifolding");
    }

    private static void stopWords(ElasticsearchAnalysisConfigurationContext context, Language language) {
        context.tokenFilter("clientela_" + language.tag() + "_stop")
                .type("stop")
                .param(
                        "stopwords",
                        AnalysisResources.lines(AnalysisResources.stopWords(language))
                                .toArray(String[]::new));
    }

    /** Lucene's {@code "from" => "to"} rules as Elasticsearch writes them, {@code from => to}. */
    private static void folding(ElasticsearchAnalysisConfigurationContext context, Language language) {
        context.charFilter("clientela_" + language.tag() + "_fold")
                .type("mapping")
                .param(
                        "mappings",
                        AnalysisResources.lines(AnalysisResources.folding(language)).stream()
                                .map(rule -> rule.replace("\"", ""))
                                .toArray(String[]::new));
    }
}
