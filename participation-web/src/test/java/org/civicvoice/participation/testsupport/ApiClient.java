package org.civicvoice.participation.testsupport;

import java.io.IOException;
import java.io.UncheckedIOException;
import java.net.CookieManager;
import java.net.URI;
import java.net.URL;
import java.net.http.HttpClient;
import java.net.http.HttpRequest;
import java.net.http.HttpResponse;
import java.time.Duration;
import java.util.regex.Matcher;
import java.util.regex.Pattern;

/** One person using the JSON API, with their own cookies and CSRF token, as a browser app would. */
public final class ApiClient {

    private static final Pattern CSRF = Pattern.compile("\"csrfToken\":\"([^\"]+)\"");
    private static final Pattern KEY = Pattern.compile("\"accountKey\":\"([^\"]+)\"");

    private final URI base;
    private final HttpClient client;
    private final String bearerToken;
    private String csrfToken;
    private String accountKey;

    public ApiClient(URL base) {
        this.base = URI.create(base.toString());
        this.client = HttpClient.newBuilder().cookieHandler(new CookieManager())
                .connectTimeout(Duration.ofSeconds(5)).build();
        this.bearerToken = null;
    }

    private ApiClient(URL base, String bearerToken) {
        this.base = URI.create(base.toString());
        this.client = HttpClient.newBuilder().connectTimeout(Duration.ofSeconds(5)).build();
        this.bearerToken = bearerToken;
    }

    /** A program using a personal access token: no cookies kept, {@code Authorization: Bearer} on every call. */
    public static ApiClient withBearer(URL base, String token) {
        return new ApiClient(base, token);
    }

    public HttpResponse<String> get(String path) {
        return send(HttpRequest.newBuilder(uri(path)).GET());
    }

    public HttpResponse<String> post(String path, String json) {
        return send(HttpRequest.newBuilder(uri(path)).POST(HttpRequest.BodyPublishers.ofString(json)));
    }

    public HttpResponse<String> put(String path, String json) {
        return send(HttpRequest.newBuilder(uri(path)).PUT(HttpRequest.BodyPublishers.ofString(json)));
    }

    public HttpResponse<String> delete(String path) {
        return send(HttpRequest.newBuilder(uri(path)).DELETE());
    }

    /** A read that asks for another representation than JSON (CSV, plain text, XML). */
    public HttpResponse<String> getAccepting(String path, String accept) {
        return send(HttpRequest.newBuilder(uri(path)).GET(), "application/json", accept);
    }

    /** A post whose body is not JSON (a file's text). */
    public HttpResponse<String> postText(String path, String contentType, String body) {
        return send(HttpRequest.newBuilder(uri(path)).POST(HttpRequest.BodyPublishers.ofString(body)), contentType,
                "application/json");
    }

    /** A post of a file's bytes (a document). */
    public HttpResponse<String> postBytes(String path, String contentType, byte[] body) {
        return send(HttpRequest.newBuilder(uri(path)).POST(HttpRequest.BodyPublishers.ofByteArray(body)), contentType,
                "application/json");
    }

    /** Signs in through {@code POST /api/session}; keeps the session cookie and the CSRF token. */
    public HttpResponse<String> signIn(String email, String password) {
        HttpResponse<String> response = post("api/session",
                "{\"email\":\"" + email + "\",\"password\":\"" + password + "\"}");
        Matcher token = CSRF.matcher(response.body());
        Matcher key = KEY.matcher(response.body());
        csrfToken = token.find() ? token.group(1) : null;
        accountKey = key.find() ? key.group(1) : null;
        return response;
    }

    public String accountKey() {
        return accountKey;
    }

    /** Forgets the CSRF token, as a forged cross-site request would not know it. */
    public void dropCsrfToken() {
        csrfToken = null;
    }

    private URI uri(String path) {
        return base.resolve(path);
    }

    private HttpResponse<String> send(HttpRequest.Builder request) {
        return send(request, "application/json", "application/json");
    }

    private HttpResponse<String> send(HttpRequest.Builder request, String contentType, String accept) {
        request.header("Content-Type", contentType).header("Accept", accept).timeout(Duration.ofSeconds(30));
        if (csrfToken != null) {
            request.header("X-CSRF-Token", csrfToken);
        }
        if (bearerToken != null) {
            request.header("Authorization", "Bearer " + bearerToken);
        }
        try {
            return client.send(request.build(), HttpResponse.BodyHandlers.ofString());
        } catch (IOException e) {
            throw new UncheckedIOException(e);
        } catch (InterruptedException e) {
            Thread.currentThread().interrupt();
            throw new IllegalStateException(e);
        }
    }
}
