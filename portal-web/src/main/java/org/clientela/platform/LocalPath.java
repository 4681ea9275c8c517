package org.clientela.platform;

/** Return targets taken from request parameters stay on this site: no open redirects. */
public final class LocalPath {

    private LocalPath() {}

    public static String orHome(String path) {
        if (path == null
                || !path.startsWith("/")
                || path.startsWith("//")
                || path.startsWith("/\\")
                || path.chars().anyMatch(c -> c < 0x20)) {
            return "/";
        }
        return path;
    }
}
