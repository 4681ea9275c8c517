package org.clientela.crm;

import java.util.List;

/**
 * A page of the timeline, newest first, and the cursor of the next (older) page, or {@code null}
 * when this is the last one.
 */
public record TimelinePage(List<TimelineEntry> entries, String nextCursor) {

    public boolean hasMore() {
        return nextCursor != null;
    }
}
