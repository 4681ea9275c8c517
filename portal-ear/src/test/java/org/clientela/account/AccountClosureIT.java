package org.clientela.account;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertFalse;
import static org.junit.jupiter.api.Assertions.assertNotNull;
import static org.junit.jupiter.api.Assertions.assertNull;
import static org.junit.jupiter.api.Assertions.assertThrows;
import static org.junit.jupiter.api.Assertions.assertTrue;

import jakarta.annotation.Resource;
import jakarta.inject.Inject;
import jakarta.transaction.UserTransaction;
import java.time.Instant;
import java.util.List;
import java.util.UUID;
import org.clientela.crm.Interaction;
import org.clientela.crm.InteractionRecorder;
import org.clientela.crm.InteractionType;
import org.clientela.it.support.incontainer.AsCustomerSteps;
import org.clientela.it.support.incontainer.Eventually;
import org.clientela.it.support.incontainer.KeycloakUp;
import org.clientela.platform.AccessDeniedException;
import org.clientela.platform.Actor;
import org.clientela.platform.Customer;
import org.clientela.platform.Language;
import org.clientela.platform.SignInIdentity;
import org.jboss.arquillian.junit5.ArquillianExtension;
import org.junit.jupiter.api.BeforeEach;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.extension.ExtendWith;

/**
 * Closing an account inside the server: the fresh-password rule, anonymisation, grants ended both
 * ways, the timeline kept without personal details. (The subjects here are unknown to Keycloak,
 * which counts as disabled; the browser test closes a real login.)
 */
@ExtendWith(ArquillianExtension.class)
class AccountClosureIT {

    @Inject
    AsCustomerSteps asCustomerSteps;

    @Inject
    AccountClosure closure;

    @Inject
    AccessGrants grants;

    @Inject
    AccountAccess access;

    @Inject
    AddressBook book;

    @Inject
    CustomerDirectory directory;

    @Inject
    InteractionRecorder interactions;

    @Resource
    UserTransaction tx;

    Customer leaving;
    Customer friend;

    @BeforeEach
    void customers() throws Exception {
        KeycloakUp.await();
        leaving = newCustomer("Leaving");
        friend = newCustomer("Friend");
        // the welcome mail goes out on its own time: let it, so the timeline below is settled
        Eventually.await(
                "the welcome mail",
                java.time.Duration.ofSeconds(20),
                () -> interactions.latest(leaving, 10).stream()
                        .anyMatch(i -> i.getType() == InteractionType.MAIL_SENT));
    }

    @Test
    void anOldSignInIsNotEnoughAndChangesNothing() throws Exception {
        asCustomerSteps.run(() -> {
            assertThrows(
                    ReauthenticationRequiredException.class,
                    () -> closure.close(
                            leaving.getId(), Actor.of(leaving), Instant.now().minusSeconds(600)));
            assertThrows(
                    ReauthenticationRequiredException.class,
                    () -> closure.close(leaving.getId(), Actor.of(leaving), null));
            assertTrue(directory.find(leaving.getId()).orElseThrow().isUsable());
            // and nobody closes somebody else's account
            assertThrows(
                    AccessDeniedException.class, () -> closure.close(leaving.getId(), Actor.of(friend), Instant.now()));
        });
    }

    @Test
    void closingErasesThePersonEndsGrantsAndKeepsAnAnonymousTimeline() throws Exception {
        asCustomerSteps.run(() -> {
            book.add(leaving.getId(), address(), Actor.of(leaving));
            Customer company = grants.createCompany(new CompanyForm().name("Shared Ltd"), Actor.of(friend));
            grants.invite(
                    leaving.getId(),
                    new GrantForm().email(friend.getEmail()).grant(AccessRight.VIEW_PROFILE),
                    Actor.of(leaving));

            closure.close(leaving.getId(), Actor.of(leaving), Instant.now());

            Customer closed = directory.find(leaving.getId()).orElseThrow();
            assertFalse(closed.isUsable());
            assertNotNull(closed.getClosedAt());
            assertNull(closed.getFirstName());
            assertNull(closed.getLastName());
            assertEquals("closed-" + leaving.getId() + "@invalid", closed.getEmail());
            assertThrows(AccessDeniedException.class, () -> book.addresses(leaving.getId(), Actor.of(leaving)));

            List<Interaction> timeline = interactions.latest(closed, 50);
            assertEquals(InteractionType.ACCOUNT_CLOSED, timeline.get(0).getType());
            assertTrue(
                    timeline.stream().skip(1).allMatch(i -> "(erased)".equals(i.getSummary())),
                    "every earlier summary erased");
            assertTrue(timeline.stream().noneMatch(i -> i.getSummary().contains("Street")));
            // the company the closed account had nothing to do with is untouched
            assertTrue(access.allows(Actor.of(friend), company.getId(), AccessRight.EDIT_PROFILE));
        });
    }

    @Test
    void theLastOwnerOfACompanyMustHandItOverFirst() throws Exception {
        asCustomerSteps.run(() -> {
            grants.createCompany(new CompanyForm().name("Solo Ltd"), Actor.of(leaving));
            assertThrows(
                    LastOwnerException.class, () -> closure.close(leaving.getId(), Actor.of(leaving), Instant.now()));
            assertTrue(directory.find(leaving.getId()).orElseThrow().isUsable());
        });
    }

    private static AddressForm address() {
        AddressForm form = new AddressForm();
        form.setRecipient("Leaving Person");
        form.setStreet("12 Erased Street");
        form.setPostalCode("1000");
        form.setCity("Sofia");
        form.setCountry("BG");
        return form;
    }

    private Customer newCustomer(String lastName) throws Exception {
        String subject = UUID.randomUUID().toString();
        tx.begin();
        Customer customer = directory.recogniseSignIn(new SignInIdentity(
                subject, subject.substring(0, 8) + "@clientela.test", "Test", lastName, Language.EN));
        tx.commit();
        return customer;
    }
}
