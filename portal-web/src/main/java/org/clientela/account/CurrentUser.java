package org.clientela.account;

import jakarta.enterprise.context.RequestScoped;
import jakarta.inject.Inject;
import jakarta.inject.Named;
import jakarta.servlet.http.HttpServletRequest;
import java.security.Principal;
import java.util.List;
import java.util.Optional;
import org.clientela.platform.Language;
import org.wildfly.security.http.oidc.IDToken;
import org.wildfly.security.http.oidc.OidcPrincipal;

/** The person behind this request, as the ID token describes them; anonymous when signed out. */
@Named
@RequestScoped
public class CurrentUser {

    public static final List<String> STAFF_ROLES =
            List.of("content-manager", "support-agent", "sales-manager", "admin");

    @Inject
    private HttpServletRequest request;

    public boolean isSignedIn() {
        return request.getUserPrincipal() != null;
    }

    public boolean isCustomer() {
        return request.isUserInRole("customer");
    }

    public boolean isStaff() {
        return STAFF_ROLES.stream().anyMatch(request::isUserInRole);
    }

    public List<String> getStaffRoles() {
        return STAFF_ROLES;
    }

    public boolean hasRole(String role) {
        return request.isUserInRole(role);
    }

    /** The Keycloak subject id of the person, or null when signed out. */
    public String subject() {
        return isSignedIn() ? request.getUserPrincipal().getName() : null;
    }

    public String getDisplayName() {
        return idToken()
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
                        Language.fromTag(token.getLocale()).orElse(fallbackLanguage)));
    }

    Optional<IDToken> idToken() {
        Principal principal = request.getUserPrincipal();
        if (principal instanceof OidcPrincipal<?> oidc && oidc.getOidcSecurityContext() != null) {
            return Optional.ofNullable(oidc.getOidcSecurityContext().getIDToken());
        }
        return Optional.empty();
    }

    private static String displayName(IDToken token) {
        String name = token.getName();
        if (name == null || name.isBlank()) {
            name = token.getPreferredUsername();
        }
        return name == null ? "" : name;
    }
}
