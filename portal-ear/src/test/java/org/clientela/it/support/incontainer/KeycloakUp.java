package org.clientela.it.support.incontainer;

import java.net.URI;
import java.net.http.HttpClient;
import java.net.http.HttpRequest;
import java.net.http.HttpResponse;
import java.time.Duration;

/**
 * For tests inside the server that reach Keycloak: the test run starts Keycloak alongside
 * WildFly, and a test that comes first may be quicker than Keycloak's start.
 */
public final class KeycloakUp {

    private static final URI REALM = URI.create("http://localhost:8180/realms/clientela");

    private KeycloakUp() {}

    public static void await() {
        HttpClient http = HttpClient.newHttpClient();
        Eventually.await("Keycloak's realm", Duration.ofSeconds(120), () -> {
            try {
                return http.send(HttpRequest.newBuilder(REALM).build(), HttpResponse.BodyHandlers.discarding())
                                .statusCode()
                        == 200;
            } catch (java.io.IOException e) {
                return false;
            } catch (InterruptedException e) {
                Thread.currentThread().interrupt();
                return false;
            }
        });
    }
}
