/**
 * Receivables: what customers owe for orders paid on invoice, and what they paid.
 *
 * <ul>
 *   <li>An order paid on invoice gets a {@link org.clientela.receivables.CustomerInvoice} when it
 *       is placed, in the same transaction, numbered like its order, due after the {@link
 *       org.clientela.receivables.PaymentTerms} of its account (the portal's default, or what was
 *       agreed with that person or company).
 *   <li>Payments, full or partial, come from the ERP or from staff; each is known by a key (the
 *       ERP's own payment id), so posting it again answers the same and credits nothing twice. An
 *       invoice never takes more than it has open.
 *   <li>The account's owner and whoever may view its orders see its invoices, balance and what is
 *       overdue; staff see the balance on the customer's record.
 *   <li>Issuing an invoice, receiving a payment and agreeing terms are CRM interactions, written
 *       with the change.
 * </ul>
 *
 * <p>The store calls in here; nothing here knows the store's classes, only the order's id and number.
 */
package org.clientela.receivables;
