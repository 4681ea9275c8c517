package org.clientela.account;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertThrows;
import static org.junit.jupiter.api.Assertions.assertTrue;

import jakarta.annotation.Resource;
import jakarta.ejb.EJBTransactionRequiredException;
import jakarta.inject.Inject;
import jakarta.transaction.UserTransaction;
import java.util.List;
import java.util.UUID;
import org.clientela.crm.Interaction;
import org.clientela.crm.InteractionRecorder;
import org.clientela.crm.InteractionType;
import org.clientela.platform.Actor;
import org.clientela.platform.Channel;
import org.clientela.platform.Customer;
import org.clientela.platform.Language;
import org.clientela.platform.SignInIdentity;
import org.jboss.arquillian.junit5.ArquillianExtension;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.extension.ExtendWith;

/** The customer record and its CRM timeline, committed (or not) with the business change. */
@ExtendWith(ArquillianExtension.class)
class CustomerDirectoryIT {

    @Inject
    CustomerDirectory directory;

    @Inject
    InteractionRecorder interactions;

    @Resource
    UserTransaction tx;

    @Test
    void theFirstSignInCreatesTheRecordOnceAndFollowsKeycloakAfterwards() throws Exception {
        String subject = UUID.randomUUID().toString();
        Customer first =
                signIn(new SignInIdentity(subject, subject + "@clientela.test", "Petro", "Bondar", Language.UK));
        assertEquals(Language.UK, first.getPreferredLanguage());

        Customer again = signIn(
                new SignInIdentity(subject, "new-" + subject + "@clientela.test", "Petro", "Bondarenko", Language.EN));
        assertEquals(first.getId(), again.getId());
        assertEquals("new-" + subject + "@clientela.test", again.getEmail(), "the portal's copy follows Keycloak");
        assertEquals("Bondarenko", again.getLastName());
        assertEquals(Language.UK, again.getPreferredLanguage(), "a preference once set is the customer's own");

        List<Interaction> registered = interactions.latest(again, 50).stream()
                .filter(i -> i.getType() == InteractionType.REGISTERED)
                .toList();
        assertEquals(1, registered.size());
        assertEquals(Channel.WEB, registered.get(0).getChannel());
        assertEquals(subject, registered.get(0).getActor().subject());
    }

    @Test
    void aRolledBackRegistrationLeavesNoRecordBehind() throws Exception {
        String subject = UUID.randomUUID().toString();
        tx.begin();
        directory.recogniseSignIn(
                new SignInIdentity(subject, subject + "@clientela.test", "Roll", "Back", Language.EN));
        tx.rollback();
        assertTrue(directory.findBySubject(subject).isEmpty());
    }

    @Test
    void theTimelineIsWrittenOnlyInsideABusinessTransaction() throws Exception {
        String subject = UUID.randomUUID().toString();
        Customer customer = signIn(new SignInIdentity(subject, subject + "@clientela.test", "No", "Tx", Language.EN));
        assertThrows(
                EJBTransactionRequiredException.class,
                () -> interactions.record(
                        customer, InteractionType.REGISTERED, Channel.SYSTEM, Actor.SYSTEM, null, "outside"));
    }

    @Inject
    CustomerSearch search;

    @Test
    void theCustomerSearchRefusesCallersWithoutAStaffRole() {
        // this test runs with no signed-in identity: the service itself must say no
        assertThrows(jakarta.ejb.EJBAccessException.class, () -> search.search("a"));
        assertThrows(jakarta.ejb.EJBAccessException.class, () -> search.find(1));
    }

    /** Same shape as MeResource.CustomerSummary, which the API returns as JSON. */
    public record Summary(long id, String email, String firstName, String lastName, String preferredLanguage) {}

    @Test
    void theServersJsonBindingWritesRecordsAsTheApiReturnsThem() throws Exception {
        try (jakarta.json.bind.Jsonb jsonb = jakarta.json.bind.JsonbBuilder.create()) {
            String json = jsonb.toJson(new Summary(7, "a@clientela.test", "Ана", "B", "bg"));
            assertTrue(json.contains("\"email\":\"a@clientela.test\""), json);
            assertTrue(json.contains("\"preferredLanguage\":\"bg\""), json);
            assertTrue(json.contains("\"firstName\":\"Ана\""), json);
        }
    }

    private Customer signIn(SignInIdentity identity) throws Exception {
        tx.begin();
        try {
            Customer customer = directory.recogniseSignIn(identity);
            tx.commit();
            return customer;
        } catch (Exception e) {
            tx.rollback();
            throw e;
        }
    }
}
