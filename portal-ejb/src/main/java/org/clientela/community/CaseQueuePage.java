package org.clientela.community;

import java.util.List;

/**
 * One page of the staff queue of open and pending cases: {@code page} counts from 0, of
 * {@code pages} (at least one, an empty queue has an empty page), {@code total} cases in all.
 */
public record CaseQueuePage(List<SupportCase> cases, int page, int pages, long total) {

    public CaseQueuePage {
        cases = List.copyOf(cases);
    }

    public boolean hasPrevious() {
        return page > 0;
    }

    public boolean hasNext() {
        return page + 1 < pages;
    }
}
