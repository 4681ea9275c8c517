package org.clientela.platform;

import java.util.Optional;

/**
 * Settings the portal takes from its environment, the same variables {@code oidc.json} and the
 * realm use, so one place configures a deployment.
 */
public final class PortalSettings {

    private PortalSettings() {}

    /** Where people reach the portal; links in mails start with it. */
    public static String portalUrl() {
        return withoutTrailingSlash(setting("PORTAL_URL").orElse("http://localhost:8080"));
    }

    /** The realm's issuer URL, e.g. http://localhost:8180/realms/clientela. */
    public static String realmUrl() {
        return withoutTrailingSlash(setting("OIDC_PROVIDER_URL").orElse("http://localhost:8180/realms/clientela"));
    }

    /** The portal client's secret, also the credential of the portal's service account. */
    public static String portalClientSecret() {
        return setting("PORTAL_CLIENT_SECRET")
                .orElseThrow(() -> new IllegalStateException("PORTAL_CLIENT_SECRET is not set"));
    }

    /** A link into the portal: {@code path} starts with a slash. */
    public static String link(String path) {
        return portalUrl() + path;
    }

    private static Optional<String> setting(String name) {
        String value = System.getenv(name);
        return value == null || value.isBlank() ? Optional.empty() : Optional.of(value.trim());
    }

    private static String withoutTrailingSlash(String url) {
        return url.endsWith("/") ? url.substring(0, url.length() - 1) : url;
    }
}
