package org.clientela.account;

import jakarta.ejb.Stateless;
import jakarta.enterprise.inject.Any;
import jakarta.enterprise.inject.Instance;
import jakarta.inject.Inject;
import jakarta.json.Json;
import jakarta.json.JsonObject;
import jakarta.json.JsonObjectBuilder;
import java.time.Instant;
import java.util.Comparator;

/** "Download my data": everything the portal holds about one customer, machine-readable. */
@Stateless
public class CustomerDataExport {

    @Inject
    @Any
    private Instance<PersonalData> sections;

    public JsonObject export(long customerId) {
        JsonObjectBuilder export = Json.createObjectBuilder()
                .add("exportedAt", Instant.now().toString())
                .add("format", "clientela-personal-data/1");
        sections.stream()
                .sorted(Comparator.comparing(PersonalData::section))
                .forEach(section -> export.add(section.section(), section.export(customerId)));
        return export.build();
    }
}
