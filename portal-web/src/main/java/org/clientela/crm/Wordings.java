package org.clientela.crm;

import jakarta.enterprise.context.ApplicationScoped;
import jakarta.inject.Named;
import java.util.Arrays;
import java.util.Collection;
import java.util.MissingResourceException;
import java.util.stream.Collectors;
import org.clientela.platform.Texts;
import org.clientela.platform.Wording;

/**
 * Stored words (timeline summaries, stage reasons) in the reader's language: a {@link Wording}
 * with its counts and words translated, plain text as it was written. Lists of codes, such as the
 * rights of a grant, are said in words too.
 */
@Named
@ApplicationScoped
public class Wordings {

    public String show(String stored) {
        return text(stored);
    }

    /** The same for code that renders text itself, such as the readable data export. */
    public static String text(String stored) {
        try {
            return Wording.parse(stored).map(Wordings::words).orElse(stored);
        } catch (MissingResourceException | IllegalArgumentException notOurs) {
            return stored; // text that only looks like a wording, e.g. a title someone typed
        }
    }

    /** Each code's words under {@code prefix}, e.g. rights: "See the orders, Place orders". */
    public String list(String prefix, Collection<?> codes) {
        return codes.stream().map(code -> Texts.get(prefix + code)).collect(Collectors.joining(", "));
    }

    private static String words(Wording wording) {
        return Texts.get(
                wording.key(), wording.args().stream().map(Wordings::argument).toArray());
    }

    private static Object argument(String arg) {
        if (arg.matches("-?\\d{1,18}")) {
            return Long.parseLong(arg); // a count: its plural form follows the language's rules
        }
        if (arg.startsWith(Wording.WORD)) {
            return Arrays.stream(arg.split(","))
                    .map(key -> Texts.get(key.substring(Wording.WORD.length())))
                    .collect(Collectors.joining(", "));
        }
        return arg;
    }
}
