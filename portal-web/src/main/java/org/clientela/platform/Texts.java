package org.clientela.platform;

import jakarta.faces.context.FacesContext;
import java.text.MessageFormat;

/** UI texts for messages that Java code adds, from the same bundle the pages use ({@code msg}). */
public final class Texts {

    private Texts() {}

    public static String get(String key, Object... args) {
        FacesContext context = FacesContext.getCurrentInstance();
        String pattern =
                context.getApplication().getResourceBundle(context, "msg").getString(key);
        return args.length == 0
                ? pattern
                : new MessageFormat(pattern, context.getViewRoot().getLocale()).format(args);
    }
}
