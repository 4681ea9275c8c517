package org.clientela.account;

import jakarta.persistence.AttributeConverter;
import jakarta.persistence.Converter;
import java.util.Arrays;
import java.util.EnumSet;
import java.util.Set;
import java.util.stream.Collectors;

/** Stores a set of rights as one comma-separated column: a grant is read far more than searched by right. */
@Converter
public class AccessRightsConverter implements AttributeConverter<Set<AccessRight>, String> {

    @Override
    public String convertToDatabaseColumn(Set<AccessRight> rights) {
        return rights == null ? "" : rights.stream().map(Enum::name).sorted().collect(Collectors.joining(","));
    }

    @Override
    public Set<AccessRight> convertToEntityAttribute(String column) {
        Set<AccessRight> rights = EnumSet.noneOf(AccessRight.class);
        if (column != null && !column.isBlank()) {
            Arrays.stream(column.split(","))
                    .map(String::trim)
                    .map(AccessRight::valueOf)
                    .forEach(rights::add);
        }
        return rights;
    }
}
