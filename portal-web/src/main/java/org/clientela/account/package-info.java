/**
 * Signing in and out ({@code SignInServlet}, {@code SignOutServlet}), recognising the customer at
 * sign-in ({@code CustomerRecognitionFilter}, which announces {@code CustomerSignedIn}), the
 * account the request works on ({@code AccountContext}, including "acting for" another account), the customer's own pages under /account (profile, addresses,
 * access grants, my data, closing the account), the invitation page, and the account API under
 * /api/account/me and /api/accounts/{id}.
 */
package org.clientela.account;
