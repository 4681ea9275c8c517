package org.clientela.receivables;

import java.io.Serializable;
import java.math.BigDecimal;

/**
 * What an account owes on its open invoices, and how much of that is past its due date.
 *
 * @param currency the invoices' currency; the store sells in one
 */
public record Balance(BigDecimal open, BigDecimal overdue, long openInvoices, long overdueInvoices, String currency)
        implements Serializable {

    public boolean isClear() {
        return open.signum() == 0;
    }
}
