package org.civicvoice.participation.testsupport;

import java.io.IOException;
import java.io.UncheckedIOException;
import java.net.URI;
import java.net.URL;
import java.net.http.HttpClient;
import java.net.http.HttpRequest;
import java.net.http.HttpResponse;
import java.time.Duration;
import java.util.function.Predicate;

/** A plain HTTP client for tests that look at the platform from outside, as a browser or API client would. */
public final class Http {

    private static final HttpClient CLIENT = HttpClient.newBuilder()
            .connectTimeout(Duration.ofSeconds(5))
            .followRedirects(HttpClient.Redirect.NEVER)
            .build();

    private Http() {
    }

    public static HttpResponse<String> get(URL base, String path, String... headers) {
        return get(URI.create(base.toString()).resolve(path.startsWith("/") ? path.substring(1) : path), headers);
    }

    /** A path on the server root (for example {@code /health/ready}), whatever the context root. */
    public static HttpResponse<String> getFromRoot(URL base, String path, String... headers) {
        return get(URI.create(base.getProtocol() + "://" + base.getHost() + ":" + base.getPort() + path), headers);
    }

    public static HttpResponse<String> get(URI uri, String... headers) {
        HttpRequest.Builder request = HttpRequest.newBuilder(uri).timeout(Duration.ofSeconds(30)).GET();
        for (int i = 0; i + 1 < headers.length; i += 2) {
            request.header(headers[i], headers[i + 1]);
        }
        try {
            return CLIENT.send(request.build(), HttpResponse.BodyHandlers.ofString());
        } catch (IOException e) {
            throw new UncheckedIOException(e);
        } catch (InterruptedException e) {
            Thread.currentThread().interrupt();
            throw new IllegalStateException(e);
        }
    }

    /** Repeats the request until the answer satisfies the condition or the time is up; returns the last answer. */
    public static HttpResponse<String> await(Duration limit, Predicate<HttpResponse<String>> condition,
                                             java.util.function.Supplier<HttpResponse<String>> request) {
        long deadline = System.nanoTime() + limit.toNanos();
        HttpResponse<String> last = null;
        while (System.nanoTime() < deadline) {
            try {
                last = request.get();
                if (condition.test(last)) {
                    return last;
                }
            } catch (UncheckedIOException e) {
                last = null;
            }
            try {
                Thread.sleep(500);
            } catch (InterruptedException e) {
                Thread.currentThread().interrupt();
                break;
            }
        }
        return last;
    }
}
