package org.clientela.platform;

import java.util.Objects;

/**
 * What the identity provider tells the portal about a person at sign-in (from the ID token).
 *
 * @param subject the Keycloak subject id, stable for the life of the account
 * @param language the Keycloak locale, or the language the person browsed in
 * @param emailVerified whether the person proved to own the address (Keycloak's email_verified)
 */
public record SignInIdentity(
        String subject, String email, String firstName, String lastName, Language language, boolean emailVerified) {

    /** A verified identity: the realm asks for verification before a first sign-in completes. */
    public SignInIdentity(String subject, String email, String firstName, String lastName, Language language) {
        this(subject, email, firstName, lastName, language, true);
    }

    public SignInIdentity {
        if (subject == null || subject.isBlank()) {
            throw new IllegalArgumentException("subject is required");
        }
        if (email == null || email.isBlank()) {
            throw new IllegalArgumentException("email is required");
        }
        language = Objects.requireNonNullElse(language, Language.EN);
    }
}
