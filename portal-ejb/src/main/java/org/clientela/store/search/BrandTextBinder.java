package org.clientela.store.search;

import java.util.EnumMap;
import java.util.Map;
import org.clientela.platform.Language;
import org.hibernate.search.engine.backend.document.DocumentElement;
import org.hibernate.search.engine.backend.document.IndexFieldReference;
import org.hibernate.search.mapper.pojo.bridge.PropertyBridge;
import org.hibernate.search.mapper.pojo.bridge.binding.PropertyBindingContext;
import org.hibernate.search.mapper.pojo.bridge.mapping.programmatic.PropertyBinder;
import org.hibernate.search.mapper.pojo.bridge.runtime.PropertyBridgeWriteContext;

/**
 * The brand as words, once per language and analysed like that language's texts, so that a
 * search requires every word in a name, a description or the brand with the same stop words
 * left out everywhere ("laptop for school" does not look for "for" in the brand).
 */
public class BrandTextBinder implements PropertyBinder {

    @Override
    public void bind(PropertyBindingContext context) {
        context.dependencies().useRootOnly();
        Map<Language, IndexFieldReference<String>> fields = new EnumMap<>(Language.class);
        for (Language language : Language.values()) {
            fields.put(
                    language,
                    context.indexSchemaElement()
                            .field(
                                    ProductFields.brand(language),
                                    f -> f.asString().analyzer(ProductFields.analyzer(language)))
                            .toReference());
        }
        context.bridge(String.class, new Bridge(fields));
    }

    private record Bridge(Map<Language, IndexFieldReference<String>> fields) implements PropertyBridge<String> {

        @Override
        public void write(DocumentElement target, String brand, PropertyBridgeWriteContext context) {
            if (brand != null) {
                fields.values().forEach(field -> target.addValue(field, brand));
            }
        }
    }
}
