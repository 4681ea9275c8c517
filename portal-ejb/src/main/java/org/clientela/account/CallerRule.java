package org.clientela.account;

import org.clientela.platform.Actor;

/**
 * Whether the actor a service was handed may stand for the caller the server authenticated. The
 * web layer builds the actor from the signed-in principal; this rule holds it to that, so a bug or
 * a forged value in the web layer cannot make one person act as another.
 *
 * <ul>
 *   <li>A caller that is no person (the anonymous principal of timers, {@code @RunAs} beans and
 *       tests inside the server) has nothing to compare with: the roles the container checked are
 *       all there is.
 *   <li>The system actor names nobody, and the gate gives it no account, so it is let through.
 *   <li>Otherwise the actor's subject must be the caller's name: the OIDC principal is the Keycloak
 *       {@code sub}, the same value as {@link Actor#subject()}.
 * </ul>
 */
final class CallerRule {

    /** The name WildFly's Elytron gives the caller when nobody authenticated. */
    static final String ANONYMOUS = "anonymous";

    private CallerRule() {}

    static boolean admits(String callerName, Actor actor) {
        if (callerName == null || ANONYMOUS.equals(callerName)) {
            return true;
        }
        if (actor == null || actor.isSystem()) {
            return true;
        }
        return callerName.equals(actor.subject());
    }
}
