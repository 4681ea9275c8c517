package org.clientela.crm;

import jakarta.enterprise.context.ApplicationScoped;
import jakarta.enterprise.event.Observes;
import java.util.List;
import java.util.concurrent.CopyOnWriteArrayList;
import org.clientela.platform.StaffNotice;

/** Every staff notice fired while the tests run, as a notifications capability would hear them. */
@ApplicationScoped
public class StaffNoticesHeard {

    private final List<StaffNotice> heard = new CopyOnWriteArrayList<>();

    void hear(@Observes StaffNotice notice) {
        heard.add(notice);
    }

    public List<StaffNotice> about(String reference) {
        return heard.stream().filter(n -> n.reference().equals(reference)).toList();
    }
}
