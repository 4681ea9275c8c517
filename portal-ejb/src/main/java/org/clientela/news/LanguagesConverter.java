package org.clientela.news;

import jakarta.persistence.AttributeConverter;
import jakarta.persistence.Converter;
import java.util.Arrays;
import java.util.EnumSet;
import java.util.Set;
import java.util.stream.Collectors;
import org.clientela.platform.Language;

/** A set of languages as one column, e.g. "bg,en": matching asks "contains", never joins. */
@Converter
public class LanguagesConverter implements AttributeConverter<Set<Language>, String> {

    @Override
    public String convertToDatabaseColumn(Set<Language> languages) {
        return languages == null
                ? ""
                : languages.stream().map(Language::tag).sorted().collect(Collectors.joining(","));
    }

    @Override
    public Set<Language> convertToEntityAttribute(String column) {
        Set<Language> languages = EnumSet.noneOf(Language.class);
        if (column != null && !column.isBlank()) {
            Arrays.stream(column.split(",")).map(Language::fromTagOrDefault).forEach(languages::add);
        }
        return languages;
    }
}
