package org.clientela.account;

import jakarta.annotation.security.RolesAllowed;
import jakarta.inject.Inject;
import jakarta.ws.rs.GET;
import jakarta.ws.rs.Path;
import jakarta.ws.rs.PathParam;
import jakarta.ws.rs.Produces;
import jakarta.ws.rs.core.MediaType;
import java.time.Instant;
import java.time.LocalDate;
import java.util.List;
import java.util.Set;
import org.clientela.platform.CurrentUser;
import org.clientela.platform.Customer;
import org.clientela.platform.Roles;

/**
 * {@code /api/accounts/{id}/…}: an account's profile, addresses and grants for apps acting with a
 * customer's token, their own account or one they have a grant on. The same services as the pages
 * decide; a refusal is a 403 (see {@link org.clientela.platform.AccessDeniedMapper}).
 */
@Path("accounts/{accountId}")
@Produces(MediaType.APPLICATION_JSON)
@RolesAllowed(Roles.CUSTOMER)
public class AccountResource {

    public record Profile(
            long id, String name, String email, String phone, LocalDate dateOfBirth, String preferredLanguage) {}

    public record PostalAddress(
            long id,
            String label,
            String recipient,
            String street,
            String postalCode,
            String city,
            String country,
            boolean defaultShipping,
            boolean defaultBilling) {}

    public record Grant(
            long id, String inviteeEmail, String status, Set<AccessRight> rights, String role, LocalDate expiresOn) {}

    @Inject
    private ProfileService profiles;

    @Inject
    private AddressBook book;

    @Inject
    private AccessGrants grants;

    @Inject
    private CurrentUser currentUser;

    @GET
    @Path("profile")
    public Profile profile(@PathParam("accountId") long accountId) {
        Customer customer = profiles.profile(accountId, currentUser.actor());
        return new Profile(
                customer.getId(),
                customer.displayName(),
                customer.getEmail(),
                customer.getPhone(),
                customer.getDateOfBirth(),
                customer.getPreferredLanguage().tag());
    }

    @GET
    @Path("addresses")
    public List<PostalAddress> addresses(@PathParam("accountId") long accountId) {
        return book.addresses(accountId, currentUser.actor()).stream()
                .map(a -> new PostalAddress(
                        a.getId(),
                        a.getLabel(),
                        a.getRecipient(),
                        a.getStreet(),
                        a.getPostalCode(),
                        a.getCity(),
                        a.getCountry(),
                        a.isDefaultShipping(),
                        a.isDefaultBilling()))
                .toList();
    }

    @GET
    @Path("grants")
    public List<Grant> grants(@PathParam("accountId") long accountId) {
        Instant now = Instant.now();
        return grants.grantsGiven(accountId, currentUser.actor()).stream()
                .map(g -> new Grant(
                        g.getId(),
                        g.getInviteeEmail(),
                        g.status(now).name(),
                        g.getRights(),
                        g.getMemberRole() == null ? null : g.getMemberRole().name(),
                        g.getExpiresOn()))
                .toList();
    }
}
