package org.clientela.community;

import org.clientela.platform.Language;

/**
 * What the ask form sends. Validated by {@link Question} itself.
 *
 * @param productSku the product the question is about, or blank
 * @param categorySlug the catalog category it is about, or blank
 * @param tags words separated by spaces or commas, at most five
 */
public record QuestionForm(
        String title, String body, Language language, String productSku, String categorySlug, String tags) {}
