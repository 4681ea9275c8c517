package org.clientela.crm;

import jakarta.annotation.Resource;
import jakarta.annotation.security.PermitAll;
import jakarta.annotation.security.RolesAllowed;
import jakarta.ejb.Stateless;
import jakarta.persistence.EntityManager;
import jakarta.persistence.PersistenceContext;
import jakarta.transaction.Synchronization;
import jakarta.transaction.TransactionSynchronizationRegistry;
import java.time.Duration;
import java.time.Instant;
import java.util.HashMap;
import java.util.List;
import java.util.Map;
import org.clientela.platform.Actor;
import org.clientela.platform.Roles;

/**
 * The stage thresholds in {@code crm_setting} (names {@code stage.*}); a missing or unreadable
 * value falls back to its default. Every interaction recomputes a stage, so the values read are
 * kept for a few seconds: an admin's change applies at once on this server (the update drops
 * them when it commits) and within {@link #KEPT} on the other servers of a cluster.
 */
@Stateless
public class CrmSettings {

    static final Duration KEPT = Duration.ofSeconds(5);

    private record Read(StageThresholds thresholds, long atNanos) {}

    private static volatile Read lastRead;

    @Resource
    private TransactionSynchronizationRegistry transactions;

    static final String PREFIX = "stage.";

    @PersistenceContext
    private EntityManager em;

    @PermitAll
    public StageThresholds thresholds() {
        Read read = lastRead;
        if (read != null && System.nanoTime() - read.atNanos() < KEPT.toNanos()) {
            return read.thresholds();
        }
        StageThresholds thresholds = readNow();
        lastRead = new Read(thresholds, System.nanoTime());
        return thresholds;
    }

    private StageThresholds readNow() {
        @SuppressWarnings("unchecked")
        List<Object[]> rows = em.createNativeQuery(
                        "select name, setting_value from crm_setting where name like 'stage.%'")
                .getResultList();
        Map<String, String> values = new HashMap<>();
        for (Object[] row : rows) {
            values.put((String) row[0], (String) row[1]);
        }
        StageThresholds d = StageThresholds.DEFAULTS;
        try {
            return new StageThresholds(
                    read(values, "clientOrdersPer12Months", d.clientOrdersPer12Months()),
                    read(values, "supporterContributions", d.supporterContributions()),
                    read(values, "advocateContributions", d.advocateContributions()),
                    read(values, "advocateWindowMonths", d.advocateWindowMonths()),
                    read(values, "lapseAfterDays", d.lapseAfterDays()));
        } catch (CrmRefusal e) {
            // a row edited by hand into nonsense must not stop every interaction
            return d;
        }
    }

    private static int read(Map<String, String> values, String name, int fallback) {
        String value = values.get(PREFIX + name);
        if (value == null) {
            return fallback;
        }
        try {
            return Integer.parseInt(value.strip());
        } catch (NumberFormatException e) {
            return fallback;
        }
    }

    /** Admins only; the record refused a meaningless combination before it got here. */
    @RolesAllowed(Roles.ADMIN)
    public void update(StageThresholds thresholds, Actor by) {
        lastRead = null;
        transactions.registerInterposedSynchronization(new Synchronization() {
            @Override
            public void beforeCompletion() {}

            @Override
            public void afterCompletion(int status) {
                lastRead = null; // a read between the first drop and the commit saw the old values
            }
        });
        Instant now = Instant.now();
        write("clientOrdersPer12Months", thresholds.clientOrdersPer12Months(), by, now);
        write("supporterContributions", thresholds.supporterContributions(), by, now);
        write("advocateContributions", thresholds.advocateContributions(), by, now);
        write("advocateWindowMonths", thresholds.advocateWindowMonths(), by, now);
        write("lapseAfterDays", thresholds.lapseAfterDays(), by, now);
    }

    private void write(String name, int value, Actor by, Instant now) {
        int updated = em.createNativeQuery(
                        "update crm_setting set setting_value = ?1, updated_at = ?2, updated_by = ?3 where name = ?4")
                .setParameter(1, Integer.toString(value))
                .setParameter(2, now)
                .setParameter(3, by.name())
                .setParameter(4, PREFIX + name)
                .executeUpdate();
        if (updated == 0) {
            em.createNativeQuery("insert into crm_setting (name, setting_value, updated_at, updated_by)"
                            + " values (?1, ?2, ?3, ?4)")
                    .setParameter(1, PREFIX + name)
                    .setParameter(2, Integer.toString(value))
                    .setParameter(3, now)
                    .setParameter(4, by.name())
                    .executeUpdate();
        }
    }
}
