package org.clientela.account;

import jakarta.enterprise.context.RequestScoped;
import jakarta.inject.Inject;
import jakarta.inject.Named;
import jakarta.json.JsonArray;
import jakarta.json.JsonObject;
import jakarta.json.JsonString;
import jakarta.json.JsonValue;
import java.util.Map;
import org.clientela.crm.Wordings;
import org.clientela.platform.CurrentUser;

/**
 * /account/my-data: the same export as the download, readable. Rendered from the JSON itself so the
 * page never shows less than the file; every value is escaped.
 */
@Named
@RequestScoped
public class MyDataView {

    @Inject
    private SignedInCustomer signedIn;

    @Inject
    private CurrentUser currentUser;

    @Inject
    private CustomerDataExport export;

    public String getHtml() {
        StringBuilder html = new StringBuilder();
        render(export.export(signedIn.requireId(), currentUser.actor()), html);
        return html.toString();
    }

    private static void render(JsonValue value, StringBuilder html) {
        switch (value.getValueType()) {
            case OBJECT -> {
                html.append("<dl class=\"facts\">");
                for (Map.Entry<String, JsonValue> entry : ((JsonObject) value).entrySet()) {
                    html.append("<dt>").append(escape(entry.getKey())).append("</dt><dd>");
                    render(entry.getValue(), html);
                    html.append("</dd>");
                }
                html.append("</dl>");
            }
            case ARRAY -> {
                JsonArray array = (JsonArray) value;
                if (array.isEmpty()) {
                    html.append("—");
                    return;
                }
                html.append("<ol class=\"my-data-list\">");
                for (JsonValue item : array) {
                    html.append("<li>");
                    render(item, html);
                    html.append("</li>");
                }
                html.append("</ol>");
            }
            // stored wordings (timeline summaries) in the reader's language, as staff see them
            case STRING -> html.append(escape(Wordings.text(((JsonString) value).getString())));
            case NULL -> html.append("—");
            default -> html.append(escape(value.toString()));
        }
    }

    static String escape(String text) {
        return text.replace("&", "&amp;")
                .replace("<", "&lt;")
                .replace(">", "&gt;")
                .replace("\"", "&quot;")
                .replace("'", "&#39;");
    }
}
