/** Store: the catalog's REST API for the ERP; later the catalog pages, cart, checkout and orders. */
package org.clientela.store;
