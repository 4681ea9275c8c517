package org.clientela.community;

import java.util.ArrayList;
import java.util.List;

/** The staff queue of open cases in its order, read page after page as staff would. */
final class StaffQueue {

    private StaffQueue() {}

    /** Every case of the queue, in order; call it as a member of staff. */
    static List<SupportCase> whole(SupportCases cases) {
        List<SupportCase> all = new ArrayList<>();
        for (int page = 0; ; page++) {
            CaseQueuePage shown = cases.queue(page);
            all.addAll(shown.cases());
            if (!shown.hasNext()) {
                return all;
            }
        }
    }
}
