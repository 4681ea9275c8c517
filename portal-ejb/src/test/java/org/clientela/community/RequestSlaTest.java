package org.clientela.community;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertTrue;

import java.time.Duration;
import java.time.Instant;
import java.util.Map;
import java.util.Optional;
import org.junit.jupiter.api.Test;

/** The service levels' defaults, their configuration, the warning time, and the file types. */
class RequestSlaTest {

    @Test
    void theDefaultsAreStricterTheMoreUrgent() {
        RequestSla sla = RequestSla.defaults();
        assertEquals(Duration.ofHours(1), sla.firstAnswer(CasePriority.URGENT));
        assertEquals(Duration.ofHours(8), sla.resolution(CasePriority.URGENT));
        assertEquals(Duration.ofHours(24), sla.firstAnswer(CasePriority.LOW));
        CasePriority[] priorities = CasePriority.values();
        for (int i = 1; i < priorities.length; i++) {
            assertTrue(sla.firstAnswer(priorities[i - 1]).compareTo(sla.firstAnswer(priorities[i])) < 0);
            assertTrue(sla.resolution(priorities[i - 1]).compareTo(sla.resolution(priorities[i])) < 0);
        }
    }

    @Test
    void aConfiguredValueReplacesItsDefaultAndNonsenseIsIgnored() {
        RequestSla sla = RequestSla.of(Map.of(
                "clientela.requests.sla.high.first-hours", "2",
                "clientela.requests.sla.low.resolution-hours", "soon",
                "clientela.requests.sla.normal.resolution-hours", "-5"));
        assertEquals(Duration.ofHours(2), sla.firstAnswer(CasePriority.HIGH));
        assertEquals(Duration.ofHours(168), sla.resolution(CasePriority.LOW));
        assertEquals(Duration.ofHours(72), sla.resolution(CasePriority.NORMAL));
    }

    @Test
    void theWarningComesWhenThreeQuartersOfTheTimeAreGone() {
        Instant start = Instant.parse("2026-01-01T08:00:00Z");
        assertEquals(Instant.parse("2026-01-01T14:00:00Z"), RequestSla.warnAt(start, start.plus(Duration.ofHours(8))));
    }

    @Test
    void filesAreKnownByTheirFirstBytes() {
        assertEquals(
                Optional.of(AttachmentType.PNG),
                AttachmentType.of(new byte[] {(byte) 0x89, 'P', 'N', 'G', 0x0D, 0x0A, 0x1A, 0x0A, 0}));
        assertEquals(Optional.of(AttachmentType.PDF), AttachmentType.of("%PDF-1.7\n".getBytes()));
        assertEquals(Optional.empty(), AttachmentType.of("MZ\u0090\u0000".getBytes()), "a program is no image");
        assertTrue(AttachmentType.JPEG.matchesClaim("image/jpg"));
        assertTrue(!AttachmentType.PDF.matchesClaim("image/png"), "a PDF that claims to be an image is refused");
        assertEquals("photo.png", ServiceRequests.fileName("C:\\Users\\me\\photo.png"));
    }
}
