package org.clientela.community;

import static org.assertj.core.api.Assertions.assertThat;

import com.ibm.icu.text.MessageFormat;
import java.io.IOException;
import java.io.InputStream;
import java.io.InputStreamReader;
import java.nio.charset.StandardCharsets;
import java.util.Locale;
import java.util.Properties;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.params.ParameterizedTest;
import org.junit.jupiter.params.provider.ValueSource;

/** Every refusal of the community services has a text in every language, and reports come back to the reviews. */
class CommunityMessagesTest {

    @ParameterizedTest
    @ValueSource(strings = {"", "_en", "_bg", "_uk", "_ru"})
    void everyRefusalHasAText(String suffix) throws IOException {
        Properties bundle = bundle(suffix);
        for (ReviewRefusal.Reason reason : ReviewRefusal.Reason.values()) {
            assertThat(bundle.getProperty(CommunityMessages.key(reason)))
                    .as(reason.name())
                    .isNotBlank();
        }
        for (ReportRefusal.Reason reason : ReportRefusal.Reason.values()) {
            assertThat(bundle.getProperty(CommunityMessages.reportKey(CommunityMessages.outcome(reason))))
                    .as(reason.name())
                    .isNotBlank();
        }
        assertThat(bundle.getProperty(CommunityMessages.reportKey("sent"))).isNotBlank();
        for (PostKind kind : PostKind.values()) {
            String text = bundle.getProperty(CommunityMessages.limitKey(kind));
            assertThat(new MessageFormat(text, Locale.ROOT).format(new Object[] {7}))
                    .contains("7");
        }
        assertThat(new MessageFormat(bundle.getProperty("review.count"), Locale.ROOT).format(new Object[] {1L}))
                .contains("1");
        assertThat(new MessageFormat(bundle.getProperty("review.count"), Locale.ROOT).format(new Object[] {12L}))
                .contains("12");
    }

    @Test
    void reasonsBecomeCamelCaseKeys() {
        assertThat(CommunityMessages.key(ReviewRefusal.Reason.RATING_OUT_OF_RANGE))
                .isEqualTo("review.error.ratingOutOfRange");
        assertThat(CommunityMessages.outcome(ReportRefusal.Reason.ALREADY_REPORTED))
                .isEqualTo("alreadyReported");
        assertThat(CommunityMessages.limitKey(PostKind.QUESTION)).isEqualTo("review.limit.question");
    }

    @Test
    void theReportOutcomeGoesBackToThePostReplacingAnEarlierOne() {
        assertThat(ReportServlet.withOutcome("/product/KTL-1", "sent")).isEqualTo("/product/KTL-1?report=sent#reviews");
        assertThat(ReportServlet.withOutcome("/product/KTL-1?report=sent", "alreadyReported"))
                .isEqualTo("/product/KTL-1?report=alreadyReported#reviews");
        assertThat(ReportServlet.withOutcome("/community/question?id=4&report=sent#answers", "ownPost"))
                .as("a return path's own anchor is kept")
                .isEqualTo("/community/question?id=4&report=ownPost#answers");
    }

    @Test
    void thePostedRatingIsReadAsIsSoTheServiceJudgesIt() {
        assertThat(ReviewEditorView.parseRating(null)).isNull();
        assertThat(ReviewEditorView.parseRating(" ")).isNull();
        assertThat(ReviewEditorView.parseRating("4")).isEqualTo(4);
        assertThat(ReviewEditorView.parseRating("7")).isEqualTo(7);
        assertThat(ReviewEditorView.parseRating("-1")).isEqualTo(-1);
        assertThat(ReviewEditorView.parseRating("five"))
                .as("not a number: out of range")
                .isZero();
        assertThat(ReviewEditorView.parseRating("99999999999")).isZero();
    }

    private static Properties bundle(String suffix) throws IOException {
        Properties properties = new Properties();
        try (InputStream in = CommunityMessagesTest.class.getResourceAsStream(
                "/org/clientela/web/messages" + suffix + ".properties")) {
            properties.load(new InputStreamReader(in, StandardCharsets.UTF_8));
        }
        return properties;
    }
}
