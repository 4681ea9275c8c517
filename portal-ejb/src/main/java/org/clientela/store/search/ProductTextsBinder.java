package org.clientela.store.search;

import java.util.EnumMap;
import java.util.Map;
import org.clientela.platform.Language;
import org.clientela.store.ProductText;
import org.hibernate.search.engine.backend.document.DocumentElement;
import org.hibernate.search.engine.backend.document.IndexFieldReference;
import org.hibernate.search.engine.backend.document.model.dsl.IndexSchemaElement;
import org.hibernate.search.engine.backend.types.Projectable;
import org.hibernate.search.engine.backend.types.Sortable;
import org.hibernate.search.mapper.pojo.bridge.PropertyBridge;
import org.hibernate.search.mapper.pojo.bridge.binding.PropertyBindingContext;
import org.hibernate.search.mapper.pojo.bridge.mapping.programmatic.PropertyBinder;
import org.hibernate.search.mapper.pojo.bridge.runtime.PropertyBridgeWriteContext;

/**
 * A product's texts as fields per language, each analysed for its language: name, description
 * and a sortable name. Indexing the map as an embedded object would lose the language, so every
 * language would share one field and one analyzer. A language the product has no text in gets
 * the English text (else the first there is), as the product page shows it, so that a visitor
 * finds and sorts every product whatever their language. The name is kept in the index too: a
 * listing shows it from there, without loading the products.
 */
public class ProductTextsBinder implements PropertyBinder {

    @Override
    public void bind(PropertyBindingContext context) {
        // paths relative to the map's values: a changed name or description reindexes the product
        context.dependencies().use("name").use("description");
        IndexSchemaElement schema = context.indexSchemaElement();
        Map<Language, Fields> fields = new EnumMap<>(Language.class);
        for (Language language : Language.values()) {
            String analyzer = ProductFields.analyzer(language);
            fields.put(
                    language,
                    new Fields(
                            schema.field(
                                            ProductFields.name(language),
                                            f -> f.asString().analyzer(analyzer).projectable(Projectable.YES))
                                    .toReference(),
                            schema.field(
                                            ProductFields.description(language),
                                            f -> f.asString().analyzer(analyzer))
                                    .toReference(),
                            schema.field(
                                            ProductFields.nameSort(language),
                                            f -> f.asString()
                                                    .normalizer(ProductFields.SORT_NORMALIZER)
                                                    .sortable(Sortable.YES))
                                    .toReference()));
        }
        context.bridge(Map.class, new Bridge(fields));
    }

    private record Fields(
            IndexFieldReference<String> name,
            IndexFieldReference<String> description,
            IndexFieldReference<String> nameSort) {}

    @SuppressWarnings("rawtypes") // the property is a Map<Language, ProductText>; bridges bind raw types
    private record Bridge(Map<Language, Fields> fields) implements PropertyBridge<Map> {

        @Override
        public void write(DocumentElement target, Map bridged, PropertyBridgeWriteContext context) {
            @SuppressWarnings("unchecked")
            Map<Language, ProductText> texts = (Map<Language, ProductText>) bridged;
            ProductText fallback = fallback(texts);
            if (fallback == null) {
                return;
            }
            fields.forEach((language, field) -> {
                ProductText text = texts.getOrDefault(language, fallback);
                target.addValue(field.name(), text.getName());
                target.addValue(field.nameSort(), text.getName());
                if (text.getDescription() != null) {
                    target.addValue(field.description(), text.getDescription());
                }
            });
        }

        /** English, else the first language in the portal's order (the persistent map has none of its own). */
        private static ProductText fallback(Map<Language, ProductText> texts) {
            if (texts == null) {
                return null;
            }
            for (Language language : Language.values()) {
                if (texts.get(language) != null) {
                    return texts.get(language);
                }
            }
            return null;
        }
    }
}
