package org.clientela.store.search;

import org.clientela.store.CatalogCategory;
import org.hibernate.search.engine.backend.document.DocumentElement;
import org.hibernate.search.engine.backend.document.IndexFieldReference;
import org.hibernate.search.engine.backend.types.Aggregable;
import org.hibernate.search.mapper.pojo.bridge.PropertyBridge;
import org.hibernate.search.mapper.pojo.bridge.binding.PropertyBindingContext;
import org.hibernate.search.mapper.pojo.bridge.mapping.programmatic.PropertyBinder;
import org.hibernate.search.mapper.pojo.bridge.runtime.PropertyBridgeWriteContext;

/**
 * A product's category as the slugs of the category and all its ancestors ({@value
 * ProductFields#CATEGORY_PATH}, multi-valued), so that filtering or counting "computers"
 * includes "laptops". Only the product's own association is tracked: when a category moves to
 * another parent, {@code CatalogSync} reindexes the products below it.
 */
public class CategoryPathBinder implements PropertyBinder {

    @Override
    public void bind(PropertyBindingContext context) {
        context.dependencies().useRootOnly();
        IndexFieldReference<String> path = context.indexSchemaElement()
                .field(ProductFields.CATEGORY_PATH, f -> f.asString().aggregable(Aggregable.YES))
                .multiValued()
                .toReference();
        context.bridge(CatalogCategory.class, new Bridge(path));
    }

    private record Bridge(IndexFieldReference<String> path) implements PropertyBridge<CatalogCategory> {

        @Override
        public void write(DocumentElement target, CatalogCategory category, PropertyBridgeWriteContext context) {
            for (CatalogCategory c = category; c != null; c = c.getParent()) {
                target.addValue(path, c.getSlug());
            }
        }
    }
}
