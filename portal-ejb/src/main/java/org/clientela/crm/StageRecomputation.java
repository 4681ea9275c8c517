package org.clientela.crm;

import jakarta.enterprise.context.ApplicationScoped;
import jakarta.enterprise.event.Observes;
import jakarta.enterprise.event.TransactionPhase;
import jakarta.inject.Inject;
import java.util.logging.Level;
import java.util.logging.Logger;

/**
 * Recomputes a customer's stage right after the transaction that recorded an interaction has
 * committed, on the same thread, in a transaction of its own. Two events of one customer at once
 * (an order and a review) may race on the stage row: the loser tries again on what is committed
 * by then, and a stage that still cannot be written waits for the next event or the nightly run.
 */
@ApplicationScoped
public class StageRecomputation {

    private static final Logger LOG = Logger.getLogger(StageRecomputation.class.getName());
    static final int ATTEMPTS = 3;

    @Inject
    private LifecycleStages stages;

    void afterCommit(@Observes(during = TransactionPhase.AFTER_SUCCESS) InteractionRecorded event) {
        for (int attempt = 1; attempt <= ATTEMPTS; attempt++) {
            try {
                stages.recomputeAlone(event.customerId());
                return;
            } catch (RuntimeException conflict) {
                if (attempt == ATTEMPTS) {
                    LOG.log(Level.WARNING, "stage of customer " + event.customerId() + " not recomputed", conflict);
                }
            }
        }
    }
}
