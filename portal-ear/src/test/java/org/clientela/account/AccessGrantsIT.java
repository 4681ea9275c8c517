package org.clientela.account;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertFalse;
import static org.junit.jupiter.api.Assertions.assertThrows;
import static org.junit.jupiter.api.Assertions.assertTrue;

import jakarta.annotation.Resource;
import jakarta.inject.Inject;
import jakarta.transaction.UserTransaction;
import java.sql.Connection;
import java.sql.PreparedStatement;
import java.time.Duration;
import java.time.LocalDate;
import java.util.List;
import java.util.UUID;
import java.util.regex.Matcher;
import java.util.regex.Pattern;
import javax.sql.DataSource;
import org.clientela.crm.Interaction;
import org.clientela.crm.InteractionRecorder;
import org.clientela.crm.InteractionType;
import org.clientela.it.support.incontainer.AsCustomerSteps;
import org.clientela.it.support.incontainer.Eventually;
import org.clientela.it.support.incontainer.Mailbox;
import org.clientela.notification.Notification;
import org.clientela.notification.Notifications;
import org.clientela.platform.AccessDeniedException;
import org.clientela.platform.Actor;
import org.clientela.platform.Customer;
import org.clientela.platform.Language;
import org.clientela.platform.NoticeKind;
import org.clientela.platform.SignInIdentity;
import org.jboss.arquillian.junit5.ArquillianExtension;
import org.junit.jupiter.api.BeforeEach;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.extension.ExtendWith;

/**
 * Access grants inside the server: the invitation mail and its single-use signed link, who may
 * accept, rights enforced by the services for the grantee, revocation, expiry, leaving, companies.
 */
@ExtendWith(ArquillianExtension.class)
class AccessGrantsIT {

    @Inject
    AsCustomerSteps asCustomerSteps;

    private static final Pattern TOKEN = Pattern.compile("/invitation\\?token=([A-Za-z0-9_.-]+)");

    @Inject
    AccessGrants grants;

    @Inject
    AccountAccess access;

    @Inject
    ProfileService profiles;

    @Inject
    AddressBook book;

    @Inject
    CustomerDataExport export;

    @Inject
    CustomerDirectory directory;

    @Inject
    Notifications notifications;

    @Inject
    InteractionRecorder interactions;

    @Resource
    UserTransaction tx;

    @Resource(lookup = "java:jboss/datasources/ClientelaDS")
    DataSource dataSource;

    Customer owner;
    Customer friend;
    Customer stranger;

    @BeforeEach
    void threeCustomers() throws Exception {
        owner = newCustomer(true);
        friend = newCustomer(true);
        stranger = newCustomer(true);
    }

    @Test
    void anAcceptedGrantLetsTheGranteeWorkWithinItsRightsAndTheOwnerSeesWhatTheyDid() throws Exception {
        asCustomerSteps.run(() -> {
            String token = invite(owner, friend.getEmail(), AccessRight.EDIT_PROFILE);
            AccessGrant grant = grants.accept(token, actor(friend));
            assertEquals(GrantStatus.ACTIVE, grant.status(java.time.Instant.now()));
            // editing implies seeing
            assertEquals(java.util.Set.of(AccessRight.EDIT_PROFILE, AccessRight.VIEW_PROFILE), grant.getRights());

            ProfileUpdate form = profiles.editableProfile(owner.getId(), actor(friend));
            form.setPhone("+359888111222");
            profiles.updateProfile(owner.getId(), form, actor(friend));
            book.add(owner.getId(), address(), actor(friend));

            assertEquals(
                    "+359888111222",
                    profiles.profile(owner.getId(), actor(owner)).getPhone());
            List<Interaction> done = grants.activityOf(owner.getId(), grant.getId(), actor(owner), 10);
            assertEquals(
                    List.of(
                                    InteractionType.ADDRESS_ADDED,
                                    InteractionType.GRANT_ACCEPTED,
                                    InteractionType.PROFILE_UPDATED)
                            .stream()
                            .sorted()
                            .toList(),
                    done.stream().map(Interaction::getType).sorted().toList());
            // recorded on the owner's timeline, with the grantee as the actor
            Interaction update = done.stream()
                    .filter(i -> i.getType() == InteractionType.PROFILE_UPDATED)
                    .findFirst()
                    .orElseThrow();
            assertEquals(friend.getSubject(), update.getActor().subject());
            assertEquals(owner.getId(), update.getCustomer().getId());

            // what stays the owner's alone
            ProfileUpdate consents = profiles.editableProfile(owner.getId(), actor(friend));
            consents.getConsents().put(ConsentTopic.values()[0], true);
            assertThrows(
                    AccessDeniedException.class, () -> profiles.updateProfile(owner.getId(), consents, actor(friend)));
            assertThrows(AccessDeniedException.class, () -> export.export(owner.getId(), actor(friend)));
            assertThrows(
                    AccessDeniedException.class,
                    () -> grants.invite(
                            owner.getId(),
                            new GrantForm().email("x@clientela.test").grant(AccessRight.VIEW_PROFILE),
                            actor(friend)));
            assertThrows(AccessDeniedException.class, () -> grants.grantsGiven(owner.getId(), actor(friend)));
        });
    }

    @Test
    void rightsNotGrantedAndStrangersAreRefusedByTheServices() throws Exception {
        asCustomerSteps.run(() -> {
            grants.accept(invite(owner, friend.getEmail(), AccessRight.VIEW_PROFILE), actor(friend));

            ProfileUpdate form = profiles.editableProfile(owner.getId(), actor(friend));
            form.setPhone("+359888000000");
            assertThrows(AccessDeniedException.class, () -> profiles.updateProfile(owner.getId(), form, actor(friend)));
            assertThrows(AccessDeniedException.class, () -> book.add(owner.getId(), address(), actor(friend)));
            assertEquals(null, profiles.profile(owner.getId(), actor(owner)).getPhone());

            assertThrows(AccessDeniedException.class, () -> profiles.editableProfile(owner.getId(), actor(stranger)));
            assertThrows(AccessDeniedException.class, () -> book.addresses(owner.getId(), actor(stranger)));
            assertThrows(AccessDeniedException.class, () -> profiles.consentHistory(owner.getId(), actor(stranger)));
            // an id that does not exist is refused the same way: ids reveal nothing
            assertThrows(AccessDeniedException.class, () -> profiles.editableProfile(-1, actor(stranger)));
        });
    }

    @Test
    void theLinkWorksOnceOnlyForTheInvitedVerifiedAddressAndForgeriesChangeNothing() throws Exception {
        asCustomerSteps.run(() -> {
            String token = invite(owner, friend.getEmail(), AccessRight.VIEW_PROFILE);

            assertRefused(InvitationException.Reason.INVALID, () -> grants.accept(token + "x", actor(friend)));
            String tampered = token.charAt(0) == 'M' ? "N" + token.substring(1) : "M" + token.substring(1);
            assertRefused(InvitationException.Reason.INVALID, () -> grants.accept(tampered, actor(friend)));
            assertRefused(InvitationException.Reason.INVALID, () -> grants.describeInvitation("not-a-token"));
            assertRefused(InvitationException.Reason.WRONG_EMAIL, () -> grants.accept(token, actor(stranger)));
            assertRefused(InvitationException.Reason.OWN_INVITATION, () -> grants.accept(token, actor(owner)));
            // none of that touched the invitation
            assertEquals(friend.getEmail(), grants.describeInvitation(token).inviteeEmail());
            assertFalse(access.allows(actor(friend), owner.getId(), AccessRight.VIEW_PROFILE));

            grants.accept(token, actor(friend));
            assertRefused(InvitationException.Reason.USED, () -> grants.accept(token, actor(friend)));
            assertRefused(InvitationException.Reason.USED, () -> grants.describeInvitation(token));
        });
    }

    @Test
    void unverifiedAddressesNeitherAcceptNorInvite() throws Exception {
        asCustomerSteps.run(() -> {
            Customer unverified = newCustomer(false);
            String token = invite(owner, unverified.getEmail(), AccessRight.VIEW_PROFILE);

            assertRefused(InvitationException.Reason.EMAIL_NOT_VERIFIED, () -> grants.accept(token, actor(unverified)));
            assertThrows(
                    EmailNotVerifiedException.class,
                    () -> grants.invite(
                            unverified.getId(),
                            new GrantForm().email(friend.getEmail()).grant(AccessRight.VIEW_PROFILE),
                            actor(unverified)));
            assertThrows(
                    EmailNotVerifiedException.class,
                    () -> grants.createCompany(new CompanyForm().name("Unverified Ltd"), actor(unverified)));
        });
    }

    @Test
    void expiredInvitationsAndWithdrawnOnesCannotBeAccepted() throws Exception {
        asCustomerSteps.run(() -> {
            String expiring = invite(owner, friend.getEmail(), AccessRight.VIEW_PROFILE);
            sql(
                    "update access_grant set invitation_expires_at = invited_at - interval '1' day where invitee_email = ?",
                    friend.getEmail().toLowerCase());
            assertRefused(InvitationException.Reason.EXPIRED, () -> grants.accept(expiring, actor(friend)));

            String withdrawn = invite(owner, stranger.getEmail(), AccessRight.VIEW_PROFILE);
            long grantId = grants.describeInvitation(withdrawn).grantId();
            grants.revoke(owner.getId(), grantId, actor(owner));
            assertRefused(InvitationException.Reason.WITHDRAWN, () -> grants.accept(withdrawn, actor(stranger)));
            assertFalse(access.allows(actor(stranger), owner.getId(), AccessRight.VIEW_PROFILE));
        });
    }

    @Test
    void revokingExpiryAndLeavingEndAccessAtOnce() throws Exception {
        asCustomerSteps.run(() -> {
            AccessGrant revoked =
                    grants.accept(invite(owner, friend.getEmail(), AccessRight.VIEW_PROFILE), actor(friend));
            AccessGrant expiring =
                    grants.accept(invite(owner, stranger.getEmail(), AccessRight.VIEW_PROFILE), actor(stranger));
            assertTrue(access.allows(actor(friend), owner.getId(), AccessRight.VIEW_PROFILE));

            grants.revoke(owner.getId(), revoked.getId(), actor(owner));
            assertThrows(AccessDeniedException.class, () -> profiles.editableProfile(owner.getId(), actor(friend)));
            assertTrue(access.accountsActedFor(actor(friend)).isEmpty());

            sql(
                    "update access_grant set expires_on = ? where id = ?",
                    LocalDate.now().minusDays(1),
                    expiring.getId());
            assertThrows(AccessDeniedException.class, () -> profiles.editableProfile(owner.getId(), actor(stranger)));

            Customer third = newCustomer(true);
            AccessGrant left = grants.accept(invite(owner, third.getEmail(), AccessRight.VIEW_ORDERS), actor(third));
            assertEquals(1, access.accountsActedFor(actor(third)).size());
            // a grantee cannot end somebody else's grant
            assertThrows(AccessDeniedException.class, () -> grants.leave(left.getId(), actor(friend)));
            grants.leave(left.getId(), actor(third));
            assertFalse(access.allows(actor(third), owner.getId(), AccessRight.VIEW_ORDERS));

            List<InteractionType> timeline = interactions.latest(owner, 20).stream()
                    .map(Interaction::getType)
                    .toList();
            assertTrue(timeline.contains(InteractionType.GRANT_REVOKED));
            assertTrue(timeline.contains(InteractionType.GRANT_LEFT));

            // the owner hears of each acceptance, the revoked grantee of the revocation; leaving tells nobody
            assertEquals(
                    List.of(NoticeKind.GRANT_ACCEPTED, NoticeKind.GRANT_ACCEPTED, NoticeKind.GRANT_ACCEPTED),
                    kindsToldTo(owner));
            assertEquals(List.of(NoticeKind.GRANT_REVOKED), kindsToldTo(friend));
            assertEquals(List.of(), kindsToldTo(third));
        });
    }

    @Test
    void aCompanyIsManagedByItsOwnersAndNeverLosesItsLastOne() throws Exception {
        asCustomerSteps.run(() -> {
            Customer company = grants.createCompany(
                    new CompanyForm().name("Kovalenko Trading").vatNumber("bg 123456789"), actor(owner));
            assertEquals("BG123456789", company.getVatNumber());
            AccessGrant founder =
                    access.activeGrant(actor(owner), company.getId()).orElseThrow();
            assertEquals(CompanyRole.OWNER, founder.getMemberRole());
            // the founder edits the company's profile through their grant
            book.add(company.getId(), address(), actor(owner));

            String token = invite(company, owner, friend.getEmail(), new GrantForm().role(CompanyRole.BUYER));
            AccessGrant buyer = grants.accept(token, actor(friend));
            assertTrue(access.allows(actor(friend), company.getId(), AccessRight.PLACE_ORDERS));
            assertFalse(access.allows(actor(friend), company.getId(), AccessRight.EDIT_PROFILE));
            assertThrows(AccessDeniedException.class, () -> grants.grantsGiven(company.getId(), actor(friend)));

            assertThrows(LastOwnerException.class, () -> grants.leave(founder.getId(), actor(owner)));
            grants.changeTerms(
                    company.getId(), buyer.getId(), GrantForm.of(buyer).role(CompanyRole.OWNER), actor(owner));
            grants.leave(founder.getId(), actor(owner));
            assertFalse(access.allows(actor(owner), company.getId(), AccessRight.VIEW_PROFILE));
            assertThrows(LastOwnerException.class, () -> grants.leave(buyer.getId(), actor(friend)));
        });
    }

    private String invite(Customer account, String email, AccessRight... rights) throws Exception {
        return invite(account, account, email, new GrantForm().grant(rights));
    }

    /** Invites by the service, then reads the link from the mail that really went out. */
    private String invite(Customer account, Customer inviter, String email, GrantForm form) throws Exception {
        List<String> before = tokensMailedTo(email);
        grants.invite(account.getId(), form.email(email), actor(inviter));
        return Eventually.await(
                "the invitation mail to " + email,
                Duration.ofSeconds(20),
                () -> tokensMailedTo(email).stream()
                        .filter(token -> !before.contains(token))
                        .findFirst()
                        .orElse(null));
    }

    private static List<String> tokensMailedTo(String email) {
        List<String> tokens = new java.util.ArrayList<>();
        for (String text : Mailbox.texts(email)) {
            Matcher link = TOKEN.matcher(text);
            if (link.find()) {
                tokens.add(link.group(1));
            }
        }
        return tokens;
    }

    private static void assertRefused(InvitationException.Reason reason, Runnable attempt) {
        InvitationException refused = assertThrows(InvitationException.class, attempt::run);
        assertEquals(reason, refused.getReason());
    }

    private void sql(String statement, Object... parameters) throws Exception {
        try (Connection connection = dataSource.getConnection();
                PreparedStatement update = connection.prepareStatement(statement)) {
            for (int i = 0; i < parameters.length; i++) {
                update.setObject(i + 1, parameters[i]);
            }
            assertEquals(1, update.executeUpdate(), statement);
        }
    }

    private static AddressForm address() {
        AddressForm form = new AddressForm();
        form.setRecipient("Olena Kovalenko");
        form.setStreet("1 Vitosha Blvd");
        form.setPostalCode("1000");
        form.setCity("Sofia");
        form.setCountry("BG");
        return form;
    }

    private List<NoticeKind> kindsToldTo(Customer customer) {
        return notifications.recent(actor(customer)).stream()
                .map(Notification::getKind)
                .toList();
    }

    private static Actor actor(Customer customer) {
        return Actor.of(customer);
    }

    private Customer newCustomer(boolean verified) throws Exception {
        String subject = UUID.randomUUID().toString();
        tx.begin();
        Customer customer = directory.recogniseSignIn(new SignInIdentity(
                subject,
                subject.substring(0, 8) + "@clientela.test",
                "Test",
                subject.substring(0, 4),
                Language.EN,
                verified));
        tx.commit();
        return customer;
    }
}
