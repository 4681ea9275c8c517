package org.clientela.receivables;

import jakarta.enterprise.context.RequestScoped;
import jakarta.inject.Inject;
import jakarta.inject.Named;
import java.util.List;
import org.clientela.account.AccountContext;
import org.clientela.platform.Texts;

/** /account/invoices: the account's invoices, newest first, and what it owes. */
@Named
@RequestScoped
public class InvoicesView {

    @Inject
    private Receivables receivables;

    @Inject
    private AccountContext account;

    private List<InvoiceSummary> invoices;
    private Balance balance;

    public List<InvoiceSummary> getInvoices() {
        if (invoices == null) {
            invoices = receivables.invoicesOf(account.actor(), account.id());
        }
        return invoices;
    }

    public Balance getBalance() {
        if (balance == null) {
            balance = receivables.balanceOf(account.actor(), account.id());
        }
        return balance;
    }

    /** How many invoices are overdue, in words. */
    public String overdueCount() {
        return Texts.get("invoices.overdueCount", getBalance().overdueInvoices());
    }

    /** Where the invoice stands, in words: paid, open, overdue by how many days, or cancelled. */
    public String state(InvoiceSummary invoice) {
        if (invoice.cancelled()) {
            return Texts.get("invoices.state.cancelled");
        }
        if (invoice.isSettled()) {
            return Texts.get("invoices.state.paid");
        }
        return invoice.isOverdue()
                ? Texts.get("invoices.state.overdue", invoice.daysOverdue())
                : Texts.get("invoices.state.open");
    }
}
