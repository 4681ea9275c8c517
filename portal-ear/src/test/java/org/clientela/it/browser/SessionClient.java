package org.clientela.it.browser;

import java.io.IOException;
import java.net.URI;
import java.net.http.HttpClient;
import java.net.http.HttpRequest;
import java.net.http.HttpResponse;
import java.util.stream.Collectors;
import org.clientela.it.support.TestEnvironment;

/**
 * Plain HTTP requests with a browser's session cookie: what a person could replay or forge by hand
 * once signed in, with the status codes a browser hides.
 */
public final class SessionClient {

    public record Answer(int status, String body, String contentType) {}

    private final HttpClient http =
            HttpClient.newBuilder().followRedirects(HttpClient.Redirect.NEVER).build();
    private final String cookies;

    public SessionClient(Browser browser) {
        this.cookies = browser.driver().manage().getCookies().stream()
                .map(cookie -> cookie.getName() + "=" + cookie.getValue())
                .collect(Collectors.joining("; "));
    }

    public Answer get(String path) {
        return send(HttpRequest.newBuilder(URI.create(TestEnvironment.PORTAL + path))
                .GET());
    }

    public Answer postForm(String path, String form) {
        return send(HttpRequest.newBuilder(URI.create(TestEnvironment.PORTAL + path))
                .header("Content-Type", "application/x-www-form-urlencoded")
                .POST(HttpRequest.BodyPublishers.ofString(form)));
    }

    /** A JSON body, with extra headers given as name, value, name, value… */
    public Answer postJson(String path, String json, String... headers) {
        HttpRequest.Builder request = HttpRequest.newBuilder(URI.create(TestEnvironment.PORTAL + path))
                .header("Content-Type", "application/json")
                .POST(HttpRequest.BodyPublishers.ofString(json));
        for (int i = 0; i < headers.length; i += 2) {
            request.header(headers[i], headers[i + 1]);
        }
        return send(request);
    }

    private Answer send(HttpRequest.Builder request) {
        // text/html marks a browser for the OIDC adapter, which then uses the session, not a bearer token
        request.header("Cookie", cookies).header("Accept", "application/json, text/html;q=0.5");
        try {
            HttpResponse<String> response = http.send(request.build(), HttpResponse.BodyHandlers.ofString());
            return new Answer(
                    response.statusCode(),
                    response.body(),
                    response.headers().firstValue("Content-Type").orElse(""));
        } catch (IOException e) {
            throw new IllegalStateException(e);
        } catch (InterruptedException e) {
            Thread.currentThread().interrupt();
            throw new IllegalStateException(e);
        }
    }
}
