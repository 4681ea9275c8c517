package org.clientela.crm;

import jakarta.json.Json;
import jakarta.json.JsonArray;
import jakarta.json.JsonArrayBuilder;
import jakarta.json.JsonException;
import jakarta.json.JsonNumber;
import jakarta.json.JsonObject;
import jakarta.json.JsonObjectBuilder;
import jakarta.json.JsonReader;
import jakarta.json.JsonString;
import jakarta.json.JsonValue;
import java.io.Serializable;
import java.io.StringReader;
import java.math.BigDecimal;
import java.util.Collection;
import java.util.List;
import java.util.Set;
import java.util.TreeSet;
import java.util.regex.Pattern;
import org.clientela.crm.SegmentRefusal.Reason;

/**
 * Who belongs to a segment. Every part is optional; the parts given must all hold (and), the
 * values inside one part are alternatives (or). Categories are slugs of news or catalog
 * categories: a customer is interested in one when they subscribe to it, ordered from it (or
 * from a subcategory of it) or asked a question in it. Stages are the names of the lifecycle
 * stages; a customer without a stage row is a {@code PROSPECT}.
 *
 * <p>Kept as JSON in {@code segment.criteria}; the sets are sorted so the same criteria always
 * read the same.
 */
public record SegmentCriteria(
        Set<String> languages,
        Set<String> categories,
        Set<String> stages,
        BigDecimal minSpend,
        BigDecimal maxSpend,
        Integer activeWithinDays)
        implements Serializable {

    /**
     * The lifecycle stages a segment may name, as the CRM core's {@code LifecycleStage} spells
     * them; kept as strings so that segments do not depend on how stages are computed.
     */
    public static final List<String> STAGES =
            List.of("PROSPECT", "FIRST_TIME_BUYER", "REPEAT_BUYER", "CLIENT", "SUPPORTER", "ADVOCATE", "LAPSED");

    public static final List<String> LANGUAGES = List.of("en", "bg", "uk", "ru");

    /** Bounds that keep the query and the stored JSON small and the figures plausible. */
    static final int MAX_CATEGORIES = 50;

    static final BigDecimal MAX_SPEND = new BigDecimal("1000000000");
    static final int MAX_ACTIVITY_DAYS = 3650;
    private static final Pattern SLUG = Pattern.compile("[a-z0-9][a-z0-9-]{0,79}");

    public SegmentCriteria {
        languages = sorted(languages, false);
        categories = sorted(categories, false);
        stages = sorted(stages, true);
    }

    /** Everyone: no part set. */
    public static SegmentCriteria everyone() {
        return new SegmentCriteria(Set.of(), Set.of(), Set.of(), null, null, null);
    }

    private static Set<String> sorted(Collection<String> values, boolean upper) {
        TreeSet<String> set = new TreeSet<>();
        if (values != null) {
            for (String value : values) {
                if (value != null && !value.isBlank()) {
                    String v = value.strip();
                    set.add(upper ? v.toUpperCase(java.util.Locale.ROOT) : v.toLowerCase(java.util.Locale.ROOT));
                }
            }
        }
        return java.util.Collections.unmodifiableSet(set);
    }

    /**
     * Refuses criteria a query should not run with.
     *
     * @throws SegmentRefusal naming the first problem found
     */
    public SegmentCriteria validate() {
        if (!LANGUAGES.containsAll(languages)) {
            throw new SegmentRefusal(Reason.UNKNOWN_LANGUAGE);
        }
        if (!STAGES.containsAll(stages)) {
            throw new SegmentRefusal(Reason.UNKNOWN_STAGE);
        }
        if (categories.size() > MAX_CATEGORIES) {
            throw new SegmentRefusal(Reason.TOO_MANY_VALUES);
        }
        if (!categories.stream().allMatch(c -> SLUG.matcher(c).matches())) {
            throw new SegmentRefusal(Reason.BAD_CATEGORY);
        }
        for (BigDecimal spend : new BigDecimal[] {minSpend, maxSpend}) {
            if (spend != null && spend.signum() < 0) {
                throw new SegmentRefusal(Reason.NEGATIVE_SPEND);
            }
            if (spend != null && spend.compareTo(MAX_SPEND) > 0) {
                throw new SegmentRefusal(Reason.SPEND_TOO_LARGE);
            }
        }
        if (minSpend != null && maxSpend != null && minSpend.compareTo(maxSpend) > 0) {
            throw new SegmentRefusal(Reason.SPEND_RANGE_INVERTED);
        }
        if (activeWithinDays != null && (activeWithinDays < 1 || activeWithinDays > MAX_ACTIVITY_DAYS)) {
            throw new SegmentRefusal(Reason.BAD_ACTIVITY_DAYS);
        }
        return this;
    }

    public String toJson() {
        JsonObjectBuilder json = Json.createObjectBuilder()
                .add("languages", array(languages))
                .add("categories", array(categories))
                .add("stages", array(stages));
        if (minSpend != null) {
            json.add("minSpend", minSpend);
        }
        if (maxSpend != null) {
            json.add("maxSpend", maxSpend);
        }
        if (activeWithinDays != null) {
            json.add("activeWithinDays", activeWithinDays);
        }
        return json.build().toString();
    }

    private static JsonArrayBuilder array(Set<String> values) {
        JsonArrayBuilder array = Json.createArrayBuilder();
        values.forEach(array::add);
        return array;
    }

    /**
     * Reads what {@link #toJson()} wrote; unknown members are ignored so that older segments keep
     * reading when criteria grow.
     *
     * @throws SegmentRefusal {@code UNREADABLE_CRITERIA} when it is not such JSON
     */
    public static SegmentCriteria fromJson(String text) {
        if (text == null || text.isBlank()) {
            throw new SegmentRefusal(Reason.UNREADABLE_CRITERIA);
        }
        try (JsonReader reader = Json.createReader(new StringReader(text))) {
            JsonObject json = reader.readObject();
            return new SegmentCriteria(
                    strings(json, "languages"),
                    strings(json, "categories"),
                    strings(json, "stages"),
                    decimal(json, "minSpend"),
                    decimal(json, "maxSpend"),
                    json.containsKey("activeWithinDays") && !json.isNull("activeWithinDays")
                            ? json.getJsonNumber("activeWithinDays").intValueExact()
                            : null);
        } catch (JsonException | ClassCastException | ArithmeticException e) {
            throw new SegmentRefusal(Reason.UNREADABLE_CRITERIA);
        }
    }

    private static Set<String> strings(JsonObject json, String name) {
        JsonValue value = json.get(name);
        if (value == null || value.getValueType() == JsonValue.ValueType.NULL) {
            return Set.of();
        }
        TreeSet<String> set = new TreeSet<>();
        for (JsonValue item : (JsonArray) value) {
            set.add(((JsonString) item).getString());
        }
        return set;
    }

    private static BigDecimal decimal(JsonObject json, String name) {
        JsonValue value = json.get(name);
        return value == null || value.getValueType() == JsonValue.ValueType.NULL
                ? null
                : ((JsonNumber) value).bigDecimalValue();
    }

    /** Whether the segment is everyone: nothing narrows it. */
    public boolean isEveryone() {
        return languages.isEmpty()
                && categories.isEmpty()
                && stages.isEmpty()
                && minSpend == null
                && maxSpend == null
                && activeWithinDays == null;
    }
}
