/** CRM pages: segments with their CSV export, the dashboard. */
package org.clientela.crm;
