package org.clientela.account;

import static org.assertj.core.api.Assertions.assertThat;

import org.clientela.platform.Actor;
import org.junit.jupiter.api.Test;

/** One test per case of the rule that holds the actor to the authenticated caller. */
class CallerRuleTest {

    private static final String OLENA = "5b7c1d0e-olena";
    private static final String IVAN = "9f2a44c1-ivan";

    @Test
    void aPersonActsAsThemself() {
        assertThat(CallerRule.admits(OLENA, new Actor(OLENA, "Olena"))).isTrue();
    }

    @Test
    void aPersonCannotActAsSomebodyElse() {
        assertThat(CallerRule.admits(OLENA, new Actor(IVAN, "Ivan"))).isFalse();
    }

    @Test
    void theDisplayNameDoesNotMatterOnlyTheSubject() {
        assertThat(CallerRule.admits(OLENA, new Actor(OLENA, "Somebody else"))).isTrue();
        assertThat(CallerRule.admits(OLENA, new Actor(IVAN, "Olena"))).isFalse();
    }

    @Test
    void subjectsCompareExactly() {
        assertThat(CallerRule.admits(OLENA, new Actor(OLENA.toUpperCase(), "Olena")))
                .isFalse();
        assertThat(CallerRule.admits(OLENA, new Actor(OLENA + " ", "Olena"))).isFalse();
    }

    @Test
    void anAnonymousCallerIsNoPersonToCompareWith() {
        assertThat(CallerRule.admits(CallerRule.ANONYMOUS, new Actor(IVAN, "Ivan")))
                .isTrue();
        assertThat(CallerRule.admits(null, new Actor(IVAN, "Ivan"))).isTrue();
    }

    @Test
    void theSystemActorNamesNobody() {
        assertThat(CallerRule.admits(OLENA, Actor.SYSTEM)).isTrue();
        assertThat(CallerRule.admits(OLENA, null)).isTrue();
    }
}
