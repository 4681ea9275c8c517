package org.clientela.account;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertInstanceOf;
import static org.junit.jupiter.api.Assertions.assertThrows;
import static org.junit.jupiter.api.Assertions.assertTrue;

import jakarta.annotation.Resource;
import jakarta.ejb.EJBException;
import jakarta.inject.Inject;
import jakarta.transaction.UserTransaction;
import jakarta.validation.ConstraintViolationException;
import java.time.LocalDate;
import java.util.List;
import java.util.UUID;
import org.clientela.crm.Interaction;
import org.clientela.crm.InteractionRecorder;
import org.clientela.crm.InteractionType;
import org.clientela.it.support.incontainer.AsCustomerSteps;
import org.clientela.platform.Actor;
import org.clientela.platform.Customer;
import org.clientela.platform.Language;
import org.clientela.platform.SignInIdentity;
import org.jboss.arquillian.junit5.ArquillianExtension;
import org.junit.jupiter.api.BeforeEach;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.extension.ExtendWith;

/** Profile rules inside the server: validation, stale forms, consent history, the timeline. */
@ExtendWith(ArquillianExtension.class)
class ProfileServiceIT {

    @Inject
    AsCustomerSteps asCustomerSteps;

    @Inject
    ProfileService profiles;

    @Inject
    CustomerDirectory directory;

    @Inject
    InteractionRecorder interactions;

    @Resource
    UserTransaction tx;

    Customer customer;
    Actor self;

    @BeforeEach
    void aNewCustomer() throws Exception {
        String subject = UUID.randomUUID().toString();
        tx.begin();
        customer = directory.recogniseSignIn(
                new SignInIdentity(subject, subject + "@clientela.test", "Olha", "Test", Language.UK));
        tx.commit();
        self = Actor.of(customer);
    }

    @Test
    void savesDetailsAndRecordsWhatChanged() throws Exception {
        asCustomerSteps.run(() -> {
            ProfileUpdate form = profiles.editableProfile(customer.getId(), self);
            form.setPhone("+359 888 12-34-56");
            form.setDateOfBirth(LocalDate.of(1990, 5, 17));
            form.setPreferredLanguage(Language.BG);
            Customer saved = profiles.updateProfile(customer.getId(), form, self);

            assertEquals("+359888123456", saved.getPhone());
            assertEquals(LocalDate.of(1990, 5, 17), saved.getDateOfBirth());
            assertEquals(Language.BG, saved.getPreferredLanguage());
            assertTrue(interactions.latest(saved, 20).stream()
                    .anyMatch(i -> i.getType() == InteractionType.PROFILE_UPDATED
                            && i.getSummary().equals("Profile updated: phone, date of birth, preferred language")));
        });
    }

    @Test
    void aFormFilledBeforeTheLastSaveIsRefusedAndChangesNothing() throws Exception {
        asCustomerSteps.run(() -> {
            ProfileUpdate firstTab = profiles.editableProfile(customer.getId(), self);
            ProfileUpdate secondTab = profiles.editableProfile(customer.getId(), self);
            firstTab.setPhone("+380671234567");
            profiles.updateProfile(customer.getId(), firstTab, self);

            secondTab.setPhone("+359888000000");
            assertThrows(
                    ProfileChangedMeanwhileException.class,
                    () -> profiles.updateProfile(customer.getId(), secondTab, self));
            assertEquals(
                    "+380671234567",
                    profiles.editableProfile(customer.getId(), self).getPhone());
        });
    }

    @Test
    void aConsentOnlyChangeAlsoMakesOlderFormsStale() throws Exception {
        asCustomerSteps.run(() -> {
            ProfileUpdate firstTab = profiles.editableProfile(customer.getId(), self);
            ProfileUpdate secondTab = profiles.editableProfile(customer.getId(), self);
            firstTab.getConsents().put(ConsentTopic.EMAIL_OFFERS, true);
            profiles.updateProfile(customer.getId(), firstTab, self);

            assertThrows(
                    ProfileChangedMeanwhileException.class,
                    () -> profiles.updateProfile(customer.getId(), secondTab, self));
        });
    }

    @Test
    void consentsKeepTheirWholeHistory() throws Exception {
        asCustomerSteps.run(() -> {
            ProfileUpdate form = profiles.editableProfile(customer.getId(), self);
            form.getConsents().put(ConsentTopic.EMAIL_OFFERS, true);
            profiles.updateProfile(customer.getId(), form, self);
            form = profiles.editableProfile(customer.getId(), self);
            assertTrue(form.getConsents().get(ConsentTopic.EMAIL_OFFERS));

            form.getConsents().put(ConsentTopic.EMAIL_OFFERS, false);
            profiles.updateProfile(customer.getId(), form, self);

            List<ConsentRecord> history = profiles.consentHistory(customer.getId(), self);
            assertEquals(2, history.size());
            assertEquals(false, history.get(0).isGranted(), "newest first: withdrawn");
            assertEquals(true, history.get(1).isGranted());
            assertEquals(customer.getSubject(), history.get(0).getActorSubject());
            // the welcome mail's MAIL_SENT lands whenever the sender gets to it: leave it out
            assertEquals(
                    InteractionType.CONSENT_WITHDRAWN,
                    interactions.latest(customer, 10).stream()
                            .map(Interaction::getType)
                            .filter(type -> type != InteractionType.MAIL_SENT)
                            .findFirst()
                            .orElseThrow());
        });
    }

    @Test
    void theServiceRefusesAnInvalidPhoneEvenWithoutThePage() throws Exception {
        asCustomerSteps.run(() -> {
            ProfileUpdate form = profiles.editableProfile(customer.getId(), self);
            form.setPhone("call me maybe");
            EJBException refused =
                    assertThrows(EJBException.class, () -> profiles.updateProfile(customer.getId(), form, self));
            assertInstanceOf(ConstraintViolationException.class, rootCause(refused));
            assertEquals(null, profiles.editableProfile(customer.getId(), self).getPhone());
        });
    }

    @Test
    void aDateOfBirthInTheFutureIsRefused() throws Exception {
        asCustomerSteps.run(() -> {
            ProfileUpdate form = profiles.editableProfile(customer.getId(), self);
            form.setDateOfBirth(LocalDate.now().plusDays(1));
            EJBException refused =
                    assertThrows(EJBException.class, () -> profiles.updateProfile(customer.getId(), form, self));
            assertInstanceOf(ConstraintViolationException.class, rootCause(refused));
        });
    }

    private static Throwable rootCause(Throwable t) {
        while (t.getCause() != null && t.getCause() != t) {
            if (t instanceof ConstraintViolationException) {
                return t;
            }
            t = t.getCause();
        }
        return t;
    }
}
