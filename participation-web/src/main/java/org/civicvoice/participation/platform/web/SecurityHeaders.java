package org.civicvoice.participation.platform.web;

import jakarta.inject.Inject;
import jakarta.servlet.DispatcherType;
import jakarta.servlet.FilterChain;
import jakarta.servlet.RequestDispatcher;
import jakarta.servlet.ServletException;
import jakarta.servlet.annotation.WebFilter;
import jakarta.servlet.http.HttpFilter;
import jakarta.servlet.http.HttpServletRequest;
import jakarta.servlet.http.HttpServletRequestWrapper;
import jakarta.servlet.http.HttpServletResponse;
import jakarta.servlet.http.HttpServletResponseWrapper;
import org.eclipse.microprofile.config.inject.ConfigProperty;

import java.io.IOException;
import java.net.URI;
import java.util.Collections;
import java.util.Enumeration;
import java.util.Locale;
import java.util.Map;
import java.util.Set;

/**
 * What every answer of the platform carries, and the first guard of every form:
 * <ul>
 * <li>a state-changing request (POST, PUT, PATCH, DELETE) whose {@code Origin} is another site is refused with
 * 403, so no foreign page can post a form here (sign-out included), whatever view state it sends;</li>
 * <li>{@code Content-Security-Policy}, {@code X-Content-Type-Options: nosniff}, {@code Permissions-Policy} and
 * {@code X-Frame-Options} on every answer, error pages included. Scripts run only from the platform's own files
 * and, on pages, the inline scripts that carry the page's nonce: PrimeFaces renders them in its CSP mode and adds
 * the nonce to {@link #CONTENT_SECURITY_POLICY} (whose last directive is therefore {@code script-src}). An answer
 * carries one policy only: one set later (the page's with its nonce, a download's own) replaces this one;</li>
 * <li>{@code Referrer-Policy: no-referrer} on the pages whose address carries a secret (a link from a mail),
 * {@code strict-origin-when-cross-origin} elsewhere;</li>
 * <li>{@code Cache-Control: no-store} on the answers of signed-in people and programs and on the pages of links
 * from mails, unless the answer sets its own caching (public, cacheable reads do);</li>
 * <li>{@code Strict-Transport-Security} on requests that arrived over HTTPS (behind a reverse proxy that ends
 * TLS, the proxy sets it: see the README).</li>
 * <li>an error page is rendered as a page of its own: it does not see the fields of the post that failed (their
 * view state and nonce belong to another page).</li>
 * </ul>
 */
@WebFilter(filterName = "SecurityHeaders", urlPatterns = "/*", asyncSupported = true,
        dispatcherTypes = {DispatcherType.REQUEST, DispatcherType.ERROR})
public class SecurityHeaders extends HttpFilter {

    static final String CONTENT_SECURITY_POLICY_HEADER = "Content-Security-Policy";
    /** Ends with {@code script-src}: a page's policy is this one followed by the page's nonce. */
    static final String CONTENT_SECURITY_POLICY = "default-src 'self'; style-src 'self' 'unsafe-inline'; "
            + "img-src 'self' data:; font-src 'self'; connect-src 'self'; object-src 'none'; base-uri 'self'; "
            + "form-action 'self'; frame-ancestors 'none'; script-src 'self'";
    static final String PERMISSIONS_POLICY = "camera=(), microphone=(), geolocation=(), payment=(), usb=(), "
            + "interest-cohort=()";
    /** Pages opened from a link in a mail: their address carries the link's secret. */
    static final Set<String> SECRET_PAGES = Set.of("/account/reset.xhtml", "/account/verify.xhtml",
            "/account/confirm-email.xhtml", "/account/invitation.xhtml", "/petition/confirm.xhtml",
            "/petition/withdraw.xhtml", "/petition/sponsor.xhtml");
    private static final Set<String> STATE_CHANGING = Set.of("POST", "PUT", "PATCH", "DELETE");
    private static final String EID_CALLBACK = "/account/eid/callback";
    /** Whether the address asked for carries a secret, kept for the error page that may answer it. */
    private static final String CARRIES_SECRET = SecurityHeaders.class.getName() + ".carriesSecret";

    @Inject
    @ConfigProperty(name = "participation.base-url", defaultValue = "http://localhost:8080")
    String baseUrl;

    @Override
    protected void doFilter(HttpServletRequest request, HttpServletResponse response, FilterChain chain)
            throws IOException, ServletException {
        boolean errorPage = request.getDispatcherType() == DispatcherType.ERROR;
        String path = pathAsked(request, errorPage);
        // an error page keeps what the answer already carries (it was sent for the page that was asked for)
        setUnlessPresent(response, "X-Content-Type-Options", "nosniff");
        setUnlessPresent(response, "X-Frame-Options", "DENY");
        setUnlessPresent(response, CONTENT_SECURITY_POLICY_HEADER, CONTENT_SECURITY_POLICY);
        setUnlessPresent(response, "Permissions-Policy", PERMISSIONS_POLICY);
        boolean carriesSecret = errorPage && request.getAttribute(CARRIES_SECRET) instanceof Boolean asked ? asked
                : SECRET_PAGES.contains(path) || hasSecretParameter(request.getQueryString());
        request.setAttribute(CARRIES_SECRET, carriesSecret);
        setUnlessPresent(response, "Referrer-Policy",
                carriesSecret ? "no-referrer" : "strict-origin-when-cross-origin");
        if (carriesSecret || isPersonal(request, path)) {
            setUnlessPresent(response, "Cache-Control", "no-store");
        }
        if (request.isSecure()) {
            setUnlessPresent(response, "Strict-Transport-Security", "max-age=31536000; includeSubDomains");
        }
        if (errorPage) {
            chain.doFilter(new ErrorPageRequest(request), new OnePolicy(response));
            return;
        }
        if (STATE_CHANGING.contains(request.getMethod()) && !path.startsWith(EID_CALLBACK)
                && isForeign(request.getHeader("Sec-Fetch-Site"), request.getHeader("Origin"), request)
                && !postsBackFromASecretPage(path, request.getHeader("Origin"))) {
            response.sendError(HttpServletResponse.SC_FORBIDDEN);
            return;
        }
        chain.doFilter(request, new OnePolicy(response));
    }

    /** The path within the platform that was asked for: for an error page, the one that failed. */
    private static String pathAsked(HttpServletRequest request, boolean errorPage) {
        String uri = errorPage && request.getAttribute(RequestDispatcher.ERROR_REQUEST_URI) instanceof String failed
                ? failed : request.getRequestURI();
        String context = request.getContextPath();
        return uri.startsWith(context) ? uri.substring(context.length()) : uri;
    }

    private static void setUnlessPresent(HttpServletResponse response, String name, String value) {
        if (!response.containsHeader(name)) {
            response.setHeader(name, value);
        }
    }

    /** A response whose {@code Content-Security-Policy}, whenever set or added, replaces the one it has. */
    static final class OnePolicy extends HttpServletResponseWrapper {

        OnePolicy(HttpServletResponse response) {
            super(response);
        }

        @Override
        public void addHeader(String name, String value) {
            if (CONTENT_SECURITY_POLICY_HEADER.equalsIgnoreCase(name)) {
                super.setHeader(name, value);
            } else {
                super.addHeader(name, value);
            }
        }
    }

    /**
     * The request an error page is rendered for: the failed post's fields are not the error page's, so it sees
     * none (a post's parameters would make it a postback of a view it never rendered, without that view's nonce).
     * The address's own query parameters stay for a page that was asked for with GET.
     */
    static final class ErrorPageRequest extends HttpServletRequestWrapper {

        private final boolean fieldsHidden;

        ErrorPageRequest(HttpServletRequest request) {
            super(request);
            this.fieldsHidden = !"GET".equals(request.getMethod()) && !"HEAD".equals(request.getMethod());
        }

        @Override
        public String getParameter(String name) {
            return fieldsHidden ? null : super.getParameter(name);
        }

        @Override
        public Map<String, String[]> getParameterMap() {
            return fieldsHidden ? Map.of() : super.getParameterMap();
        }

        @Override
        public Enumeration<String> getParameterNames() {
            return fieldsHidden ? Collections.emptyEnumeration() : super.getParameterNames();
        }

        @Override
        public String[] getParameterValues(String name) {
            return fieldsHidden ? null : super.getParameterValues(name);
        }
    }

    /**
     * A form of a page opened from a link in a mail, posting back to that page: with {@code Referrer-Policy:
     * no-referrer} browsers send {@code Origin: null} then, and over plain HTTP (no {@code Sec-Fetch-Site}) that is
     * all they say. Such a post carries the session cookie only from this site ({@code SameSite=Lax}) and its
     * form's view state, so it is let through; {@code null} from anywhere else is still refused.
     */
    private static boolean postsBackFromASecretPage(String path, String origin) {
        return SECRET_PAGES.contains(path) && origin != null && "null".equals(origin.strip());
    }

    private static boolean hasSecretParameter(String query) {
        return query != null && (query.startsWith("token=") || query.contains("&token=")
                || query.startsWith("code=") || query.contains("&code="));
    }

    /** Answers for a signed-in person or a program with a token; static resources of pages excepted. */
    private static boolean isPersonal(HttpServletRequest request, String path) {
        if (path.startsWith("/jakarta.faces.resource/")) {
            return false;
        }
        return request.getUserPrincipal() != null || request.getHeader("Authorization") != null
                || path.startsWith("/account/") || path.startsWith("/api/session")
                || path.startsWith("/api/accounts/me");
    }

    /**
     * Whether the request comes from another site: by the browser's {@code Sec-Fetch-Site}, else by whether
     * its {@code Origin} names another site than this platform (its public base or the host the request
     * was sent to). Requests without the header (programs, older clients) are not refused here: the API's
     * CSRF token and the session cookie's {@code SameSite=Lax} guard those.
     */
    boolean isForeign(String fetchSite, String origin, HttpServletRequest request) {
        if (fetchSite != null) {
            // The browser says where the request comes from; it sends Origin "null" from pages with
            // Referrer-Policy no-referrer (the pages of links from mails), even to their own site.
            return !"same-origin".equals(fetchSite) && !"none".equals(fetchSite);
        }
        if (origin == null) {
            return false;
        }
        String given = origin.strip().toLowerCase(Locale.ROOT);
        if ("null".equals(given)) {
            return true;
        }
        return !given.equals(originOf(baseUrl)) && !given.equals(requestOrigin(request));
    }

    static String originOf(String url) {
        try {
            URI uri = URI.create(url.strip());
            int port = uri.getPort();
            boolean defaultPort = port == -1 || ("http".equals(uri.getScheme()) && port == 80)
                    || ("https".equals(uri.getScheme()) && port == 443);
            return (uri.getScheme() + "://" + uri.getHost() + (defaultPort ? "" : ":" + port))
                    .toLowerCase(Locale.ROOT);
        } catch (IllegalArgumentException | NullPointerException e) {
            return "";
        }
    }

    private static String requestOrigin(HttpServletRequest request) {
        String host = request.getHeader("Host");
        return host == null ? "" : (request.getScheme() + "://" + host.strip()).toLowerCase(Locale.ROOT);
    }
}
