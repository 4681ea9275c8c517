package org.clientela.platform;

import jakarta.enterprise.context.RequestScoped;
import jakarta.inject.Inject;
import jakarta.inject.Named;
import jakarta.servlet.http.HttpServletRequest;
import java.security.Principal;
import java.time.Instant;
import java.util.List;
import java.util.Optional;
import org.wildfly.security.http.oidc.IDToken;
import org.wildfly.security.http.oidc.JsonWebToken;
import org.wildfly.security.http.oidc.OidcPrincipal;

/** The person behind this request, as the ID token describes them; anonymous when signed out. */
@Named
@RequestScoped
public class CurrentUser {

    @Inject
    private HttpServletRequest request;

    public boolean isSignedIn() {
        return request.getUserPrincipal() != null;
    }

    public boolean isCustomer() {
        return request.isUserInRole(Roles.CUSTOMER);
    }

    public boolean isStaff() {
        return inAny(Roles.STAFF);
    }

    public List<String> getStaffRoles() {
        return Roles.STAFF;
    }

    /** Answers the community and works support cases. */
    public boolean isSupportStaff() {
        return inAny(Roles.SUPPORT);
    }

    /** Sees customers' records, stages and tasks. */
    public boolean isCustomerCare() {
        return inAny(Roles.CUSTOMER_CARE);
    }

    /** Works with segments, dashboards and the order back office. */
    public boolean isSalesStaff() {
        return inAny(Roles.SALES);
    }

    /** Writes news and moderates reviews. */
    public boolean isContentStaff() {
        return inAny(Roles.CONTENT);
    }

    public boolean isAdmin() {
        return request.isUserInRole(Roles.ADMIN);
    }

    private boolean inAny(List<String> roles) {
        return roles.stream().anyMatch(request::isUserInRole);
    }

    public boolean hasRole(String role) {
        return request.isUserInRole(role);
    }

    /** The Keycloak subject id of the person, or null when signed out. */
    public String subject() {
        return isSignedIn() ? request.getUserPrincipal().getName() : null;
    }

    /** The person as the services know callers: by their subject, with a name for the timeline. */
    public Actor actor() {
        return new Actor(subject(), getDisplayName());
    }

    /** Identifies the ID token in force: the adapter replaces it on every refresh. */
    public Optional<Long> idTokenIssuedAt() {
        return idToken().map(IDToken::getIssuedAt);
    }

    /** When the person last entered their password (the ID token's auth_time), if known. */
    public Optional<Instant> authenticatedAt() {
        return idToken()
                .map(token -> token.getClaimValue("auth_time"))
                .filter(Number.class::isInstance)
                .map(value -> Instant.ofEpochSecond(((Number) value).longValue()));
    }

    public String getDisplayName() {
        return idToken()
                .map(token -> (JsonWebToken) token)
                .or(this::accessToken)
                .map(CurrentUser::displayName)
                .orElseGet(() -> isSignedIn() ? request.getUserPrincipal().getName() : "");
    }

    /** The identity to recognise the customer by, when the request carries an ID token. */
    public Optional<SignInIdentity> identity(Language fallbackLanguage) {
        return idToken()
                .filter(token -> token.getSubject() != null && token.getEmail() != null)
                .map(token -> new SignInIdentity(
                        token.getSubject(),
                        token.getEmail(),
                        token.getGivenName(),
                        token.getFamilyName(),
                        Language.fromTag(token.getLocale()).orElse(fallbackLanguage),
                        Boolean.TRUE.equals(token.getEmailVerified())));
    }

    Optional<IDToken> idToken() {
        Principal principal = request.getUserPrincipal();
        if (principal instanceof OidcPrincipal<?> oidc && oidc.getOidcSecurityContext() != null) {
            return Optional.ofNullable(oidc.getOidcSecurityContext().getIDToken());
        }
        return Optional.empty();
    }

    /** API calls carry only an access token: it names the person too. */
    private Optional<JsonWebToken> accessToken() {
        Principal principal = request.getUserPrincipal();
        if (principal instanceof OidcPrincipal<?> oidc && oidc.getOidcSecurityContext() != null) {
            return Optional.ofNullable(oidc.getOidcSecurityContext().getToken());
        }
        return Optional.empty();
    }

    private static String displayName(JsonWebToken token) {
        String name = token.getName();
        if (name == null || name.isBlank()) {
            name = token.getPreferredUsername();
        }
        return name == null ? "" : name;
    }
}
