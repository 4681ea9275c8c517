package org.clientela.crm;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;

import java.math.BigDecimal;
import java.time.Instant;
import java.util.Set;
import org.clientela.crm.SegmentRefusal.Reason;
import org.junit.jupiter.api.Test;

class SegmentCriteriaTest {

    private static SegmentCriteria criteria(BigDecimal min, BigDecimal max, Integer days) {
        return new SegmentCriteria(
                Set.of("bg", "en"), Set.of("laptops", "product-news"), Set.of("CLIENT"), min, max, days);
    }

    @Test
    void everyPartSurvivesTheJsonRoundTrip() {
        SegmentCriteria original = criteria(new BigDecimal("10.50"), new BigDecimal("999.99"), 30);

        SegmentCriteria read = SegmentCriteria.fromJson(original.toJson());

        assertThat(read).isEqualTo(original);
        assertThat(read.minSpend()).isEqualByComparingTo("10.50");
        assertThat(read.activeWithinDays()).isEqualTo(30);
    }

    @Test
    void absentPartsStayAbsent() {
        SegmentCriteria read =
                SegmentCriteria.fromJson(SegmentCriteria.everyone().toJson());

        assertThat(read.isEveryone()).isTrue();
        assertThat(read.minSpend()).isNull();
        assertThat(read.languages()).isEmpty();
    }

    @Test
    void valuesAreNormalisedAndSortedSoEqualCriteriaReadAlike() {
        SegmentCriteria a =
                new SegmentCriteria(Set.of(" EN", "bg"), Set.of("Laptops"), Set.of("client"), null, null, null);
        SegmentCriteria b =
                new SegmentCriteria(Set.of("bg", "en"), Set.of("laptops"), Set.of("CLIENT"), null, null, null);

        assertThat(a).isEqualTo(b);
        assertThat(a.toJson()).isEqualTo(b.toJson());
    }

    @Test
    void unknownMembersAreIgnoredAndNullListsTolerated() {
        SegmentCriteria read = SegmentCriteria.fromJson("{\"languages\":null,\"future\":1,\"stages\":[\"LAPSED\"]}");

        assertThat(read.stages()).containsExactly("LAPSED");
        assertThat(read.languages()).isEmpty();
    }

    @Test
    void unreadableJsonIsRefused() {
        for (String bad : new String[] {"", "not json", "[1]", "{\"languages\":[1]}", "{\"activeWithinDays\":1.5}"}) {
            assertThatThrownBy(() -> SegmentCriteria.fromJson(bad))
                    .as(bad)
                    .isInstanceOfSatisfying(
                            SegmentRefusal.class, e -> assertThat(e.getReason()).isEqualTo(Reason.UNREADABLE_CRITERIA));
        }
    }

    @Test
    void equalBoundsAreAValidRange() {
        assertThat(criteria(BigDecimal.TEN, BigDecimal.TEN, 1).validate()).isNotNull();
        assertThat(criteria(BigDecimal.ZERO, null, 3650).validate()).isNotNull();
    }

    @Test
    void validationNamesWhatIsWrong() {
        assertRefused(criteria(BigDecimal.TEN, BigDecimal.ONE, null), Reason.SPEND_RANGE_INVERTED);
        assertRefused(criteria(new BigDecimal("-1"), null, null), Reason.NEGATIVE_SPEND);
        assertRefused(criteria(null, new BigDecimal("1000000000.01"), null), Reason.SPEND_TOO_LARGE);
        assertRefused(criteria(null, null, 0), Reason.BAD_ACTIVITY_DAYS);
        assertRefused(criteria(null, null, 3651), Reason.BAD_ACTIVITY_DAYS);
        assertRefused(new SegmentCriteria(Set.of("de"), Set.of(), Set.of(), null, null, null), Reason.UNKNOWN_LANGUAGE);
        assertRefused(new SegmentCriteria(Set.of(), Set.of(), Set.of("VIP"), null, null, null), Reason.UNKNOWN_STAGE);
        assertRefused(new SegmentCriteria(Set.of(), Set.of("a b"), Set.of(), null, null, null), Reason.BAD_CATEGORY);
        assertRefused(
                new SegmentCriteria(Set.of(), Set.of("x'; drop table customer;--"), Set.of(), null, null, null),
                Reason.BAD_CATEGORY);
        Set<String> many = new java.util.HashSet<>();
        for (int i = 0; i <= SegmentCriteria.MAX_CATEGORIES; i++) {
            many.add("c" + i);
        }
        assertRefused(new SegmentCriteria(Set.of(), many, Set.of(), null, null, null), Reason.TOO_MANY_VALUES);
    }

    @Test
    void everyStageOfTheLadderIsKnown() {
        SegmentCriteria all =
                new SegmentCriteria(Set.of(), Set.of(), Set.copyOf(SegmentCriteria.STAGES), null, null, null);
        assertThat(all.validate().stages()).hasSize(7);
    }

    @Test
    void aSegmentRefusesAMissingOrOverlongName() {
        assertThatThrownBy(() -> new Segment("  ", SegmentCriteria.everyone(), "sales", Instant.now()))
                .isInstanceOfSatisfying(
                        SegmentRefusal.class, e -> assertThat(e.getReason()).isEqualTo(Reason.NAME_REQUIRED));
        assertThatThrownBy(() -> new Segment("x".repeat(121), SegmentCriteria.everyone(), "sales", Instant.now()))
                .isInstanceOfSatisfying(
                        SegmentRefusal.class, e -> assertThat(e.getReason()).isEqualTo(Reason.NAME_TOO_LONG));
        assertThat(new Segment(" Loyal ", SegmentCriteria.everyone(), "sales", Instant.now()).getName())
                .isEqualTo("Loyal");
    }

    @Test
    void theQueryBindsEveryValueAndOnlyAddsWhatIsAsked() {
        SegmentQuery everyone = new SegmentQuery(SegmentCriteria.everyone(), Instant.now());
        assertThat(everyone.parameters).isEmpty();
        assertThat(everyone.count()).doesNotContain("exists");

        SegmentQuery full = new SegmentQuery(criteria(BigDecimal.ONE, BigDecimal.TEN, 7), Instant.now());
        assertThat(full.parameters)
                .containsOnlyKeys("languages", "categories", "stages", "minSpend", "maxSpend", "activeSince");
        assertThat(full.members())
                .doesNotContain("laptops")
                .doesNotContain("CLIENT")
                .doesNotContain("bg");
    }

    @Test
    void prospectsAreCustomersWithoutAStageRow() {
        SegmentQuery prospects = new SegmentQuery(
                new SegmentCriteria(Set.of(), Set.of(), Set.of("PROSPECT"), null, null, null), Instant.now());
        assertThat(prospects.count()).contains("st.stage is null or st.stage in (:stages)");
    }

    private static void assertRefused(SegmentCriteria criteria, Reason reason) {
        assertThatThrownBy(criteria::validate)
                .isInstanceOfSatisfying(
                        SegmentRefusal.class, e -> assertThat(e.getReason()).isEqualTo(reason));
    }
}
