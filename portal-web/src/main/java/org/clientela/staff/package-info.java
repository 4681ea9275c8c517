/** The back office under /staff: pages for content managers, support agents and sales staff. */
package org.clientela.staff;
