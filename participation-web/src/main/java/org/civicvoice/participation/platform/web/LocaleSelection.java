package org.civicvoice.participation.platform.web;

import jakarta.enterprise.context.RequestScoped;
import jakarta.faces.context.ExternalContext;
import jakarta.faces.context.FacesContext;
import jakarta.inject.Inject;
import jakarta.inject.Named;
import jakarta.servlet.RequestDispatcher;
import jakarta.servlet.http.Cookie;
import jakarta.servlet.http.HttpServletRequest;

import java.net.URLEncoder;
import java.util.Arrays;
import java.nio.charset.StandardCharsets;
import java.util.Map;
import java.util.stream.Collectors;

/**
 * The reader's language for this request, without an HTTP session: from {@code ?lang=} (which also sets a
 * cookie), else the {@code lang} cookie, else the browser's preference among the supported languages.
 */
@Named
@RequestScoped
public class LocaleSelection {

    @Inject
    FacesContext faces;

    private Language language;

    public Language getLanguage() {
        if (language == null) {
            language = choose();
        }
        return language;
    }

    /** For {@code <f:view locale>} and {@code <html lang>}. */
    public String getTag() {
        return getLanguage().tag();
    }

    public Language[] getLanguages() {
        return Language.values();
    }

    /**
     * The address of this page in another language, keeping the other query parameters. After a form was posted,
     * only the parameters of the page's address are kept: what someone typed never goes into a link.
     */
    public String switchUrl(Language target) {
        HttpServletRequest request = request();
        String query = "GET".equals(request.getMethod())
                ? request.getParameterMap().entrySet().stream()
                        .filter(e -> !Language.PARAMETER.equals(e.getKey()))
                        .flatMap(e -> Arrays.stream(e.getValue()).map(v -> encode(e.getKey()) + "=" + encode(v)))
                        .collect(Collectors.joining("&"))
                : withoutLanguage(request.getQueryString());
        String uri = originalUri(request);
        return uri + "?" + (query.isEmpty() ? "" : query + "&") + Language.PARAMETER + "=" + target.tag();
    }

    /** The parameters of an address's query (as sent, still encoded) without the language one. */
    static String withoutLanguage(String query) {
        if (query == null || query.isEmpty()) {
            return "";
        }
        return Arrays.stream(query.split("&"))
                .filter(pair -> !pair.isEmpty() && !pair.equals(Language.PARAMETER)
                        && !pair.startsWith(Language.PARAMETER + "="))
                .collect(Collectors.joining("&"));
    }

    /**
     * The address the reader asked for, also when a forward or an error page renders it, always as a path under
     * the platform's own context: an error page for {@code //evil.example/x.xhtml} links to
     * {@code /evil.example/x.xhtml} on this platform, never to another host.
     */
    static String originalUri(HttpServletRequest request) {
        String uri = request.getRequestURI();
        for (String attribute : new String[]{RequestDispatcher.ERROR_REQUEST_URI, RequestDispatcher.FORWARD_REQUEST_URI}) {
            if (request.getAttribute(attribute) instanceof String original) {
                uri = original;
                break;
            }
        }
        return ownPath(request.getContextPath(), uri);
    }

    /** The context path followed by the path within it, with one leading slash and no scheme or host. */
    static String ownPath(String contextPath, String uri) {
        String path = uri == null ? "" : uri;
        if (!contextPath.isEmpty() && path.startsWith(contextPath)) {
            path = path.substring(contextPath.length());
        }
        path = path.replace('\\', '/').replaceFirst("^/+", "");
        return contextPath + "/" + path;
    }

    private Language choose() {
        ExternalContext external = faces.getExternalContext();
        Map<String, String> parameters = external.getRequestParameterMap();
        Language requested = Language.fromTag(parameters.get(Language.PARAMETER)).orElse(null);
        if (requested != null) {
            remember(external, requested);
            return requested;
        }
        Cookie cookie = (Cookie) external.getRequestCookieMap().get(Language.COOKIE);
        if (cookie != null) {
            return Language.fromTag(cookie.getValue()).orElse(Language.DEFAULT);
        }
        return Language.preferred(request().getLocales());
    }

    private void remember(ExternalContext external, Language chosen) {
        String path = external.getRequestContextPath().isEmpty() ? "/" : external.getRequestContextPath();
        external.addResponseCookie(Language.COOKIE, chosen.tag(), Map.of(
                "path", path, "maxAge", 365 * 24 * 3600, "httpOnly", Boolean.TRUE,
                "secure", external.isSecure(), "SameSite", "Lax"));
    }

    private HttpServletRequest request() {
        return (HttpServletRequest) faces.getExternalContext().getRequest();
    }

    private static String encode(String text) {
        return URLEncoder.encode(text, StandardCharsets.UTF_8);
    }
}
