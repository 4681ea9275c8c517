package org.clientela.platform;

import java.util.Arrays;
import java.util.Collection;
import java.util.List;
import java.util.Objects;
import java.util.Optional;
import java.util.regex.Matcher;
import java.util.regex.Pattern;
import java.util.stream.Collectors;

/**
 * Words written once and read later by people of any language: a UI bundle key with its
 * arguments, kept in a text column as {@code @key(arg|arg)} (a timeline summary, the reason of a
 * stage change) and said in the reader's language when shown. An argument is a number (a count,
 * which chooses its plural form), words from the bundle ({@link #word}, {@link #words}), or
 * literal text. Rows written before carry plain English and are shown as they are.
 */
public record Wording(String key, List<String> args) {

    private static final Pattern STORED = Pattern.compile("@([A-Za-z0-9_.]+)\\(([^()]*)\\)");

    /** The mark of an argument that is itself a bundle key. */
    public static final String WORD = "#";

    public Wording {
        Objects.requireNonNull(key, "key");
        args = List.copyOf(args);
    }

    public static Wording of(String key, Object... args) {
        return new Wording(key, Arrays.stream(args).map(Wording::plain).toList());
    }

    /** An argument said with the bundle's words for {@code key}. */
    public static String word(String key) {
        return WORD + key;
    }

    /** An argument listing the bundle's words for each key, e.g. languages. */
    public static String words(Collection<String> keys) {
        return keys.stream().map(Wording::word).collect(Collectors.joining(","));
    }

    public String stored() {
        return "@" + key + "(" + String.join("|", args) + ")";
    }

    /** The wording a column holds, or empty for plain text. */
    public static Optional<Wording> parse(String stored) {
        if (stored == null) {
            return Optional.empty();
        }
        Matcher matcher = STORED.matcher(stored);
        if (!matcher.matches()) {
            return Optional.empty();
        }
        String args = matcher.group(2);
        return Optional.of(
                new Wording(matcher.group(1), args.isEmpty() ? List.of() : Arrays.asList(args.split("\\|", -1))));
    }

    /** Literal text keeps out of the way of the separators. */
    private static String plain(Object arg) {
        return String.valueOf(arg).replaceAll("[|()]", " ");
    }
}
