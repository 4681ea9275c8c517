/**
 * CRM pages for staff: segments with their preview (also as JSON) and CSV export, the dashboard,
 * follow-up tasks, and the stage thresholds admins change.
 */
package org.clientela.crm;
