package org.clientela.community;

import java.util.Arrays;
import java.util.stream.Collectors;

/** How urgent a support case is, most urgent first; the staff list sorts by it. */
public enum CasePriority {
    URGENT,
    HIGH,
    NORMAL,
    LOW;

    /**
     * A JPQL expression of the rank of the priority at {@code path}, 0 for the most urgent: the
     * column holds the name, whose alphabetical order would put urgent cases last.
     */
    static String rankOf(String path) {
        return Arrays.stream(values())
                .map(p -> " when " + path + " = " + CasePriority.class.getName() + "." + p.name() + " then "
                        + p.ordinal())
                .collect(Collectors.joining("", "case", " end"));
    }
}
