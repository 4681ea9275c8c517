package org.clientela.store;

import jakarta.ejb.ApplicationException;
import java.util.List;

/** A sync call refused after writing began: the transaction rolls back, and the caller gets the report. */
@ApplicationException(rollback = true)
public class CatalogRefusal extends RuntimeException {

    private final transient SyncReport report;

    public CatalogRefusal(SyncReport.ItemError error) {
        super(error.message());
        this.report = SyncReport.refused(List.of(error));
    }

    /** A refused report, raised by the API so that one mapper answers it. */
    public CatalogRefusal(SyncReport report) {
        super(report.errors().isEmpty() ? "refused" : report.errors().get(0).message());
        this.report = report;
    }

    public SyncReport getReport() {
        return report;
    }
}
