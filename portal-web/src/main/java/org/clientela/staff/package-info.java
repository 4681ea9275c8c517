/**
 * The back office's customer pages under /staff: the customer search and the customer 360. The
 * other staff pages live with their capability (news desk, support queue, orders, catalog, CRM).
 */
package org.clientela.staff;
