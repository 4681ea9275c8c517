package org.clientela.account;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertThrows;

import jakarta.annotation.Resource;
import jakarta.ejb.EJBAccessException;
import jakarta.inject.Inject;
import jakarta.transaction.UserTransaction;
import java.security.PrivilegedExceptionAction;
import java.time.Instant;
import java.util.UUID;
import org.clientela.it.support.incontainer.AsCustomerSteps;
import org.clientela.news.NewsSubscriptions;
import org.clientela.platform.AccessDeniedException;
import org.clientela.platform.Actor;
import org.clientela.platform.Customer;
import org.clientela.platform.Language;
import org.clientela.platform.SignInIdentity;
import org.jboss.arquillian.junit5.ArquillianExtension;
import org.junit.jupiter.api.BeforeEach;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.extension.ExtendWith;
import org.wildfly.security.auth.server.SecurityDomain;
import org.wildfly.security.auth.server.SecurityIdentity;

/**
 * The account services do not trust the web layer: a caller without the customer role is refused
 * by the container, and an authenticated caller handing in somebody else as the actor is refused by
 * {@link AccountAccess}.
 */
@ExtendWith(ArquillianExtension.class)
class AccountDefenceIT {

    @Inject
    AsCustomerSteps asCustomerSteps;

    @Inject
    ProfileService profiles;

    @Inject
    AddressBook book;

    @Inject
    AccessGrants grants;

    @Inject
    CustomerDataExport export;

    @Inject
    AccountClosure closure;

    @Inject
    NewsSubscriptions subscriptions;

    @Inject
    AccountAccess access;

    @Inject
    CustomerDirectory directory;

    @Resource
    UserTransaction tx;

    Customer owner;
    Customer other;

    @BeforeEach
    void twoCustomers() throws Exception {
        owner = newCustomer();
        other = newCustomer();
    }

    @Test
    void withoutTheCustomerRoleEveryAccountServiceRefusesEvenTheOwnActor() {
        Actor self = Actor.of(owner);
        long id = owner.getId();
        assertThrows(EJBAccessException.class, () -> profiles.profile(id, self));
        assertThrows(EJBAccessException.class, () -> profiles.editableProfile(id, self));
        assertThrows(EJBAccessException.class, () -> profiles.consentHistory(id, self));
        assertThrows(EJBAccessException.class, () -> book.addresses(id, self));
        assertThrows(EJBAccessException.class, () -> grants.grantsGiven(id, self));
        assertThrows(EJBAccessException.class, () -> grants.grantsReceived(self));
        assertThrows(EJBAccessException.class, () -> grants.createCompany(new CompanyForm().name("No Ltd"), self));
        assertThrows(EJBAccessException.class, () -> export.export(id, self));
        assertThrows(EJBAccessException.class, () -> closure.close(id, self, Instant.now()));
        assertThrows(EJBAccessException.class, () -> subscriptions.ofAccount(id, self));
    }

    @Test
    void anInvitationIsDescribedToAnybodyAndTheCustomerRoleOpensTheServices() throws Exception {
        InvitationException refused =
                assertThrows(InvitationException.class, () -> grants.describeInvitation("not-a-token"));
        assertEquals(InvitationException.Reason.INVALID, refused.getReason());

        asCustomerSteps.run(() -> {
            assertEquals(
                    owner.getEmail(),
                    profiles.profile(owner.getId(), Actor.of(owner)).getEmail());
            assertEquals(0, book.addresses(owner.getId(), Actor.of(owner)).size());
        });
    }

    @Test
    void aSignedInPersonHandingInSomebodyElseAsTheActorIsRefused() throws Exception {
        asCustomerSteps.run(() -> {
            SecurityIdentity signedIn = SecurityDomain.getCurrent().createAdHocIdentity(owner.getSubject());

            assertEquals(
                    owner.getId(),
                    as(signedIn, () -> access.require(Actor.of(owner), owner.getId(), AccessRight.VIEW_PROFILE))
                            .getId());
            assertThrows(
                    AccessDeniedException.class,
                    () -> as(signedIn, () -> access.require(Actor.of(other), other.getId(), AccessRight.VIEW_PROFILE)));
            assertThrows(
                    AccessDeniedException.class,
                    () -> as(signedIn, () -> access.requireSelf(Actor.of(other), other.getId())));
            assertThrows(
                    AccessDeniedException.class, () -> as(signedIn, () -> access.accountsActedFor(Actor.of(other))));
            assertEquals(
                    false, as(signedIn, () -> access.allows(Actor.of(other), other.getId(), AccessRight.VIEW_PROFILE)));
        });
    }

    /** Runs the work as the identity, as the server would for a person it authenticated. */
    private static <T> T as(SecurityIdentity identity, PrivilegedExceptionAction<T> work) throws Exception {
        return identity.runAs(work);
    }

    private Customer newCustomer() throws Exception {
        String subject = UUID.randomUUID().toString();
        tx.begin();
        Customer customer = directory.recogniseSignIn(
                new SignInIdentity(subject, subject + "@clientela.test", "Defence", "Test", Language.EN));
        tx.commit();
        return customer;
    }
}
