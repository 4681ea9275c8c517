package org.clientela.news;

import static org.assertj.core.api.Assertions.assertThat;

import org.junit.jupiter.api.AfterEach;
import org.junit.jupiter.api.Test;

/** Review is someone else's approval once the desk has a second person, as configured. */
class ReviewPolicyTest {

    @AfterEach
    void defaultPolicy() {
        System.clearProperty(ReviewPolicy.PROPERTY);
    }

    @Test
    void someoneElseAlwaysApproves() {
        for (ReviewPolicy policy : ReviewPolicy.values()) {
            assertThat(policy.allows("author", "reviewer", true)).isTrue();
            assertThat(policy.allows("author", "reviewer", false)).isTrue();
        }
    }

    @Test
    void byDefaultTheAuthorApprovesOnlyOnADeskOfOne() {
        assertThat(ReviewPolicy.configured()).isEqualTo(ReviewPolicy.AUTO);
        assertThat(ReviewPolicy.AUTO.allows("author", "author", true)).isFalse();
        assertThat(ReviewPolicy.AUTO.allows("author", "author", false)).isTrue();
    }

    @Test
    void alwaysAndOffAreWhatTheySay() {
        assertThat(ReviewPolicy.ALWAYS.allows("author", "author", false)).isFalse();
        assertThat(ReviewPolicy.OFF.allows("author", "author", true)).isTrue();
    }

    @Test
    void theSettingIsReadEachTimeAndAnUnknownValueIsTheStrictest() {
        System.setProperty(ReviewPolicy.PROPERTY, "off");
        assertThat(ReviewPolicy.configured()).isEqualTo(ReviewPolicy.OFF);
        System.setProperty(ReviewPolicy.PROPERTY, " Always ");
        assertThat(ReviewPolicy.configured()).isEqualTo(ReviewPolicy.ALWAYS);
        System.setProperty(ReviewPolicy.PROPERTY, "sometimes");
        assertThat(ReviewPolicy.configured()).isEqualTo(ReviewPolicy.ALWAYS);
    }
}
