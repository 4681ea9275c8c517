/**
 * Receivables pages: {@code /account/invoices}, where the account's owner and whoever may view its
 * orders see its invoices, balance and what is overdue; and the refusal of a payment as the API's
 * problem body. The ERP posts payments through the store's API ({@code
 * /api/store/invoices/{number}/payments}); staff record one on the order's back-office page.
 */
package org.clientela.receivables;
