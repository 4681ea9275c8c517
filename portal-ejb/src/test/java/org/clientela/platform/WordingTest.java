package org.clientela.platform;

import static org.assertj.core.api.Assertions.assertThat;

import java.util.List;
import org.junit.jupiter.api.Test;

/** Stored words come back as they were written; plain text stays plain. */
class WordingTest {

    @Test
    void aWordingIsReadBackWithItsArguments() {
        String stored = Wording.of(
                        "timeline.news.subscription",
                        Wording.word("subscriptions.frequency.WEEKLY"),
                        Wording.words(List.of("language.en", "language.bg")),
                        "company, laptops")
                .stored();
        assertThat(stored)
                .isEqualTo("@timeline.news.subscription(#subscriptions.frequency.WEEKLY|#language.en,#language.bg"
                        + "|company, laptops)");
        assertThat(Wording.parse(stored))
                .contains(new Wording(
                        "timeline.news.subscription",
                        List.of("#subscriptions.frequency.WEEKLY", "#language.en,#language.bg", "company, laptops")));
    }

    @Test
    void separatorsInLiteralTextDoNotBreakIt() {
        Wording read = Wording.parse(Wording.of("k", "a|b (c)", 3).stored()).orElseThrow();
        assertThat(read.args()).containsExactly("a b  c ", "3");
    }

    @Test
    void plainTextIsNoWording() {
        assertThat(Wording.parse("Address added: Sofia")).isEmpty();
        assertThat(Wording.parse(null)).isEmpty();
    }
}
