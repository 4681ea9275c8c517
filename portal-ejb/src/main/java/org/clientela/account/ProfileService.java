package org.clientela.account;

import jakarta.annotation.security.RolesAllowed;
import jakarta.ejb.Stateless;
import jakarta.inject.Inject;
import jakarta.persistence.EntityManager;
import jakarta.persistence.LockModeType;
import jakarta.persistence.PersistenceContext;
import jakarta.validation.Valid;
import jakarta.validation.constraints.NotNull;
import java.time.Instant;
import java.util.EnumMap;
import java.util.List;
import java.util.Map;
import org.clientela.crm.InteractionRecorder;
import org.clientela.crm.InteractionType;
import org.clientela.platform.Actor;
import org.clientela.platform.Channel;
import org.clientela.platform.Customer;
import org.clientela.platform.Roles;

/** The customer's own profile: details, marketing consents and their history. */
@Stateless
@RolesAllowed(Roles.CUSTOMER)
public class ProfileService {

    @PersistenceContext
    private EntityManager em;

    @Inject
    private InteractionRecorder interactions;

    @Inject
    private AccountAccess access;

    /** The profile as a form, filled with what is in force now; needs VIEW_PROFILE. */
    public ProfileUpdate editableProfile(long customerId, @NotNull Actor actor) {
        Customer customer = access.require(actor, customerId, AccessRight.VIEW_PROFILE);
        return ProfileUpdate.of(customer, consentsInForce(customer));
    }

    /** The customer, for showing the profile; needs VIEW_PROFILE. */
    public Customer profile(long customerId, @NotNull Actor actor) {
        return access.require(actor, customerId, AccessRight.VIEW_PROFILE);
    }

    /**
     * Saves the profile, if nobody saved it since the form was filled: the details, a consent record
     * per consent given or withdrawn, and the interactions, all in one transaction.
     *
     * Needs EDIT_PROFILE; consents are the person's own to give, so only they change them.
     *
     * @throws ProfileChangedMeanwhileException when the form is older than the profile
     */
    public Customer updateProfile(long customerId, @NotNull @Valid ProfileUpdate update, @NotNull Actor actor) {
        Customer customer = access.require(actor, customerId, AccessRight.EDIT_PROFILE);
        if (customer.getVersion() != update.getBasedOnVersion()) {
            throw new ProfileChangedMeanwhileException(customerId);
        }
        Instant now = Instant.now();
        List<String> changed =
                customer.changeDetails(update.getPhone(), update.getDateOfBirth(), update.getPreferredLanguage());
        if (!changed.isEmpty()) {
            interactions.record(
                    customer,
                    InteractionType.PROFILE_UPDATED,
                    Channel.WEB,
                    actor,
                    "customer:" + customerId,
                    "Profile updated: " + String.join(", ", changed));
        }
        Map<ConsentTopic, Boolean> inForce = consentsInForce(customer);
        boolean consentsChanged = false;
        for (Map.Entry<ConsentTopic, Boolean> wanted : update.getConsents().entrySet()) {
            boolean granted = Boolean.TRUE.equals(wanted.getValue());
            if (granted != inForce.getOrDefault(wanted.getKey(), false)) {
                access.requireSelf(actor, customerId);
                em.persist(new ConsentRecord(customer, wanted.getKey(), granted, now, actor.subject()));
                interactions.record(
                        customer,
                        granted ? InteractionType.CONSENT_GIVEN : InteractionType.CONSENT_WITHDRAWN,
                        Channel.WEB,
                        actor,
                        "consent:" + wanted.getKey(),
                        (granted ? "Consent given: " : "Consent withdrawn: ") + wanted.getKey());
                consentsChanged = true;
            }
        }
        if (consentsChanged && changed.isEmpty()) {
            // consents live in their own table: the profile's version must move all the same
            em.lock(customer, LockModeType.OPTIMISTIC_FORCE_INCREMENT);
        }
        return customer;
    }

    /** Every giving and withdrawing, newest first; needs VIEW_PROFILE. */
    public List<ConsentRecord> consentHistory(long customerId, @NotNull Actor actor) {
        access.require(actor, customerId, AccessRight.VIEW_PROFILE);
        return history(em, customerId);
    }

    static List<ConsentRecord> history(EntityManager em, long customerId) {
        return em.createQuery(
                        "select r from ConsentRecord r where r.customer.id = :customer"
                                + " order by r.recordedAt desc, r.id desc",
                        ConsentRecord.class)
                .setParameter("customer", customerId)
                .getResultList();
    }

    Map<ConsentTopic, Boolean> consentsInForce(Customer customer) {
        Map<ConsentTopic, Boolean> inForce = new EnumMap<>(ConsentTopic.class);
        for (ConsentRecord record : history(em, customer.getId())) {
            inForce.putIfAbsent(record.getTopic(), record.isGranted());
        }
        return inForce;
    }
}
