package org.clientela.community;

import java.time.Instant;
import java.util.EnumMap;
import java.util.Map;
import java.util.stream.Collectors;
import org.clientela.platform.Language;
import org.clientela.store.search.ProductFields;
import org.hibernate.search.engine.backend.document.DocumentElement;
import org.hibernate.search.engine.backend.document.IndexFieldReference;
import org.hibernate.search.engine.backend.document.model.dsl.IndexSchemaElement;
import org.hibernate.search.engine.backend.types.Sortable;
import org.hibernate.search.mapper.pojo.bridge.TypeBridge;
import org.hibernate.search.mapper.pojo.bridge.binding.TypeBindingContext;
import org.hibernate.search.mapper.pojo.bridge.mapping.programmatic.TypeBinder;
import org.hibernate.search.mapper.pojo.bridge.runtime.TypeBridgeWriteContext;

/**
 * A question as the knowledge base finds it: its title, text and the answers that count as
 * knowledge, in one field of its own language analysed for that language (the catalog's
 * analyzers), so a Russian reader's words match Russian posts by their stems.
 */
public class KnowledgeBinder implements TypeBinder {

    static final String LANGUAGE = "language";
    static final String KNOWLEDGE = "knowledge";
    static final String CREATED = "created";

    static String text(Language language) {
        return "text_" + language.tag();
    }

    @Override
    public void bind(TypeBindingContext context) {
        context.dependencies()
                .use("title")
                .use("body")
                .use("language")
                .use("hiddenAt")
                .use("answers.body")
                .use("answers.accepted")
                .use("answers.knowledge")
                .use("answers.hiddenAt");
        IndexSchemaElement schema = context.indexSchemaElement();
        Map<Language, IndexFieldReference<String>> texts = new EnumMap<>(Language.class);
        for (Language language : Language.values()) {
            texts.put(
                    language,
                    schema.field(text(language), f -> f.asString().analyzer(ProductFields.analyzer(language)))
                            .toReference());
        }
        context.bridge(
                Question.class,
                new Bridge(
                        schema.field(LANGUAGE, f -> f.asString()).toReference(),
                        schema.field(KNOWLEDGE, f -> f.asBoolean()).toReference(),
                        schema.field(CREATED, f -> f.asInstant().sortable(Sortable.YES))
                                .toReference(),
                        texts));
    }

    private record Bridge(
            IndexFieldReference<String> language,
            IndexFieldReference<Boolean> knowledge,
            IndexFieldReference<Instant> created,
            Map<Language, IndexFieldReference<String>> texts)
            implements TypeBridge<Question> {

        @Override
        public void write(DocumentElement target, Question question, TypeBridgeWriteContext context) {
            target.addValue(language, question.getLanguage().tag());
            target.addValue(knowledge, question.isKnowledge());
            target.addValue(created, question.getCreatedAt());
            String answers = question.visibleAnswers().stream()
                    .filter(Answer::isKnowledgeWorthy)
                    .map(answer -> Markdown.toText(answer.getBody()))
                    .collect(Collectors.joining("\n"));
            target.addValue(
                    texts.get(question.getLanguage()),
                    question.getTitle() + "\n" + Markdown.toText(question.getBody()) + "\n" + answers);
        }
    }
}
