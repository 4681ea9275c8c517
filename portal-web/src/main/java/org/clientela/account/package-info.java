/** Signing in and out, the signed-in person, and the customer's own pages under /account. */
package org.clientela.account;
