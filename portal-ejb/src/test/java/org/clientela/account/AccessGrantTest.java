package org.clientela.account;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;

import java.time.Duration;
import java.time.Instant;
import java.time.LocalDate;
import java.time.ZoneOffset;
import java.util.EnumSet;
import java.util.Set;
import org.clientela.platform.Customer;
import org.clientela.platform.Language;
import org.clientela.platform.SignInIdentity;
import org.junit.jupiter.api.Test;

/** A grant's status follows from its dates alone; its rights carry what they cannot work without. */
class AccessGrantTest {

    static final Instant INVITED = Instant.parse("2026-11-01T10:00:00Z");
    static final Customer OWNER = new Customer(
            new SignInIdentity("owner-subject", "olena@clientela.test", "Olena", "K", Language.EN), INVITED);

    @Test
    void anInvitationIsPendingForSevenDaysThenExpired() {
        AccessGrant grant = invitation(Set.of(AccessRight.VIEW_ORDERS), null);
        assertThat(grant.status(INVITED.plus(Duration.ofDays(7)))).isEqualTo(GrantStatus.PENDING);
        assertThat(grant.status(INVITED.plus(Duration.ofDays(7)).plusSeconds(1)))
                .isEqualTo(GrantStatus.EXPIRED);
        assertThat(grant.allows(AccessRight.VIEW_ORDERS, INVITED))
                .as("not accepted yet")
                .isFalse();
    }

    @Test
    void editingImpliesSeeingAndOrderingImpliesSeeingOrders() {
        assertThat(invitation(Set.of(AccessRight.EDIT_PROFILE, AccessRight.PLACE_ORDERS), null)
                        .getRights())
                .containsExactlyInAnyOrder(
                        AccessRight.EDIT_PROFILE,
                        AccessRight.VIEW_PROFILE,
                        AccessRight.PLACE_ORDERS,
                        AccessRight.VIEW_ORDERS);
        assertThatThrownBy(() -> invitation(Set.of(), null)).isInstanceOf(IllegalArgumentException.class);
    }

    @Test
    void aFounderIsAnActiveOwnerUntilTheEndDateWhichCountsWholeDays() {
        Customer company = Customer.company("Kovalenko Trading", null, "olena@clientela.test", Language.EN, INVITED);
        AccessGrant founder = AccessGrant.founder(company, OWNER, INVITED);
        assertThat(founder.getMemberRole()).isEqualTo(CompanyRole.OWNER);
        assertThat(founder.getRights()).isEqualTo(EnumSet.allOf(AccessRight.class));
        assertThat(founder.status(INVITED.plus(Duration.ofDays(400)))).isEqualTo(GrantStatus.ACTIVE);

        LocalDate lastDay = LocalDate.of(2026, 11, 30);
        founder.changeTerms(Set.of(), CompanyRole.BUYER, lastDay, INVITED);
        Instant lastMinute = lastDay.atTime(23, 59).toInstant(ZoneOffset.UTC);
        assertThat(founder.allows(AccessRight.PLACE_ORDERS, lastMinute)).isTrue();
        assertThat(founder.allows(AccessRight.EDIT_PROFILE, lastMinute))
                .as("buyers do not edit")
                .isFalse();
        assertThat(founder.status(lastMinute.plus(Duration.ofMinutes(2)))).isEqualTo(GrantStatus.EXPIRED);
    }

    @Test
    void anEndedGrantStaysEndedAndCannotBeChanged() {
        AccessGrant grant = invitation(Set.of(AccessRight.VIEW_PROFILE), null);
        grant.end(AccessGrant.Ending.REVOKED, INVITED.plusSeconds(60));
        assertThat(grant.status(INVITED.plusSeconds(61))).isEqualTo(GrantStatus.REVOKED);
        assertThatThrownBy(() -> grant.end(AccessGrant.Ending.LEFT, INVITED.plusSeconds(62)))
                .isInstanceOf(IllegalStateException.class);
        assertThatThrownBy(
                        () -> grant.changeTerms(Set.of(AccessRight.VIEW_ORDERS), null, null, INVITED.plusSeconds(62)))
                .isInstanceOf(IllegalStateException.class);
    }

    @Test
    void invitedAddressesAreComparedWithoutCaseOrSpaces() {
        assertThat(AccessGrant.normalise("  Ivan.Petrov@Clientela.TEST ")).isEqualTo("ivan.petrov@clientela.test");
    }

    private static AccessGrant invitation(Set<AccessRight> rights, LocalDate until) {
        return new AccessGrant(OWNER, "ivan@clientela.test", rights, null, until, INVITED, "digest");
    }
}
