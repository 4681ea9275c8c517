package org.clientela.store.search.lucene;

import static org.clientela.store.search.ProductFields.analyzer;

import org.clientela.platform.Language;
import org.clientela.store.search.AnalysisResources;
import org.clientela.store.search.ProductFields;
import org.hibernate.search.backend.lucene.analysis.LuceneAnalysisConfigurationContext;
import org.hibernate.search.backend.lucene.analysis.LuceneAnalysisConfigurer;

/**
 * The analyzers of the embedded Lucene backend, named by Lucene's factory names so that the
 * deployment needs no access to Lucene's classes. English, Bulgarian and Russian are stemmed
 * (a search for "лаптопи" finds "лаптоп"); Lucene has no Ukrainian stemmer outside its
 * morfologik module, which WildFly does not ship, so Ukrainian is folded and stop-worded only.
 */
public class Analysis implements LuceneAnalysisConfigurer {

    @Override
    public void configure(LuceneAnalysisConfigurationContext context) {
        context.analyzer(analyzer(Language.EN))
                .custom()
                .tokenizer("standard")
                .tokenFilter("englishPossessive")
                .tokenFilter("lowercase")
                .tokenFilter("stop") // without words: Lucene's English set
                .tokenFilter("porterStem")
                .tokenFilter("asciiFolding");
        context.analyzer(analyzer(Language.BG))
                .custom()
                .tokenizer("standard")
                .tokenFilter("lowercase")
                .tokenFilter("stop")
                .param("words", AnalysisResources.stopWords(Language.BG))
                .tokenFilter("bulgarianStem")
                .tokenFilter("asciiFolding");
        context.analyzer(analyzer(Language.RU))
                .custom()
                .tokenizer("standard")
                .charFilter("mapping") // applied before the tokenizer, whatever the order here
                .param("mapping", AnalysisResources.folding(Language.RU))
                .tokenFilter("lowercase")
                .tokenFilter("stop")
                .param("words", AnalysisResources.stopWords(Language.RU))
                // not Snowball: its stemmers are loaded by name, from a module the deployment does not see
                .tokenFilter("russianLightStem")
                .tokenFilter("asciiFolding");
        context.analyzer(analyzer(Language.UK))
                .custom()
                .tokenizer("standard")
                .charFilter("mapping") // applied before the tokenizer, whatever the order here
                .param("mapping", AnalysisResources.folding(Language.UK))
                .tokenFilter("lowercase")
                .tokenFilter("stop")
                .param("words", AnalysisResources.stopWords(Language.UK))
                .tokenFilter("asciiFolding");
        context.normalizer(ProductFields.SORT_NORMALIZER)
                .custom()
                .tokenFilter("lowercase")
                .tokenFilter("asciiFolding");
    }
}
