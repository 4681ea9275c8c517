package org.clientela.community;

import java.util.List;

/**
 * One page of the staff queue of open and pending cases; {@code page} counts from 0. The queue is
 * not counted, as a count reads every open case: whether there is a next page is all it says.
 */
public record CaseQueuePage(List<SupportCase> cases, int page, boolean hasNext) {

    public CaseQueuePage {
        cases = List.copyOf(cases);
    }

    public boolean hasPrevious() {
        return page > 0;
    }
}
