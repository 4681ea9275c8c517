package org.clientela.account;

import jakarta.annotation.security.RolesAllowed;
import jakarta.ejb.Stateless;
import jakarta.enterprise.inject.Any;
import jakarta.enterprise.inject.Instance;
import jakarta.inject.Inject;
import jakarta.json.Json;
import jakarta.json.JsonObject;
import jakarta.json.JsonObjectBuilder;
import jakarta.validation.constraints.NotNull;
import java.time.Instant;
import java.util.Comparator;
import org.clientela.platform.Actor;
import org.clientela.platform.PersonalData;
import org.clientela.platform.Roles;

/** "Download my data": everything the portal holds about one customer, machine-readable. */
@Stateless
@RolesAllowed(Roles.CUSTOMER)
public class CustomerDataExport {

    @Inject
    @Any
    private Instance<PersonalData> sections;

    @Inject
    private AccountAccess access;

    /** Only the person themself downloads their data; grantees do not, whatever their rights. */
    public JsonObject export(long customerId, @NotNull Actor actor) {
        access.requireSelf(actor, customerId);
        JsonObjectBuilder export = Json.createObjectBuilder()
                .add("exportedAt", Instant.now().toString())
                .add("format", "clientela-personal-data/1");
        sections.stream()
                .sorted(Comparator.comparing(PersonalData::section))
                .forEach(section -> export.add(section.section(), section.export(customerId)));
        return export.build();
    }
}
