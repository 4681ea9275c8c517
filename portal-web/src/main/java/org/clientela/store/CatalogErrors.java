package org.clientela.store;

import jakarta.faces.context.FacesContext;
import java.util.HashSet;
import java.util.Set;
import java.util.function.Function;
import java.util.regex.Matcher;
import java.util.regex.Pattern;
import org.clientela.platform.Texts;
import org.omnifaces.util.Messages;

/**
 * Where a refused sync item's error belongs on the back office's forms, and which UI text says it
 * in the admin's language. The service's messages come from Bean Validation in the server's
 * locale (and Hibernate Validator's own ones have no Bulgarian), so the pages say them by field.
 */
final class CatalogErrors {

    /** The form field's id (none: a message for the whole form) and the bundle key (none: show the service's text). */
    record Target(String component, String key) {}

    private static final Pattern KEYED = Pattern.compile("(texts|names)\\[([a-z]{2})\\](?:\\.(.*))?");

    private CatalogErrors() {}

    /** A product's field, as {@link SyncReport.ItemError#field()} names it. */
    static Target ofProduct(String field) {
        if (field == null) {
            return new Target(null, null);
        }
        switch (field) {
            case "sku", "category", "netPrice", "vatRate", "stock", "brand", "colour", "imageUrl" -> {
                return new Target(field, "staffCatalog.error." + field);
            }
            case "texts" -> {
                return new Target("name_en", "staffCatalog.error.texts");
            }
            default -> {
                Matcher keyed = KEYED.matcher(field);
                if (keyed.matches() && keyed.group(1).equals("texts")) {
                    return "description".equals(keyed.group(3))
                            ? new Target("description_" + keyed.group(2), "staffCatalog.error.description")
                            : new Target("name_" + keyed.group(2), "staffCatalog.error.name");
                }
                return new Target(null, null);
            }
        }
    }

    /** A category's field. */
    static Target ofCategory(String field) {
        if (field == null) {
            return new Target(null, null);
        }
        switch (field) {
            case "slug", "parent" -> {
                return new Target(field, "staffCatalog.error." + field);
            }
            case "names" -> {
                return new Target("name_en", "staffCatalog.error.names");
            }
            default -> {
                Matcher keyed = KEYED.matcher(field);
                if (keyed.matches() && keyed.group(1).equals("names")) {
                    return new Target("name_" + keyed.group(2), "staffCatalog.error.categoryName");
                }
                return new Target(null, null);
            }
        }
    }

    /**
     * Shows a refused report on the form: each error next to its field (once per field and text),
     * the rest above the form, and marks the request failed so the form keeps what was typed.
     */
    static void show(SyncReport report, String form, Function<String, Target> where) {
        Messages.addGlobalError(Texts.get("staffCatalog.notSaved"));
        Set<String> shown = new HashSet<>();
        for (SyncReport.ItemError error : report.errors()) {
            Target target = where.apply(error.field());
            String text = target.key() == null ? error.message() : Texts.get(target.key());
            if (!shown.add(target.component() + "\n" + text)) {
                continue;
            }
            if (target.component() == null) {
                Messages.addGlobalError(text);
            } else {
                Messages.addError(form + ":" + target.component(), text);
            }
        }
        FacesContext.getCurrentInstance().validationFailed();
    }
}
