package org.clientela.account;

import jakarta.annotation.security.RolesAllowed;
import jakarta.inject.Inject;
import jakarta.ws.rs.GET;
import jakarta.ws.rs.NotFoundException;
import jakarta.ws.rs.Path;
import jakarta.ws.rs.Produces;
import jakarta.ws.rs.core.Context;
import jakarta.ws.rs.core.MediaType;
import jakarta.ws.rs.core.SecurityContext;
import org.clientela.platform.Customer;
import org.clientela.platform.Roles;

/** {@code GET /api/account/me}: the calling customer's record, for apps acting with their token. */
@Path("account/me")
@Produces(MediaType.APPLICATION_JSON)
public class MeResource {

    /** The API's view of a customer; the entity itself never leaves the server. */
    public record CustomerSummary(long id, String email, String firstName, String lastName, String preferredLanguage) {}

    @Inject
    private CustomerDirectory directory;

    @GET
    @RolesAllowed(Roles.CUSTOMER)
    public CustomerSummary me(@Context SecurityContext security) {
        Customer customer = directory
                .findBySubject(security.getUserPrincipal().getName())
                .orElseThrow(() -> new NotFoundException("no customer record yet: sign in to the portal once"));
        return new CustomerSummary(
                customer.getId(),
                customer.getEmail(),
                customer.getFirstName(),
                customer.getLastName(),
                customer.getPreferredLanguage().tag());
    }
}
