package org.civicvoice.participation.platform.web;

import jakarta.inject.Inject;
import jakarta.servlet.FilterChain;
import jakarta.servlet.ServletException;
import jakarta.servlet.annotation.WebFilter;
import jakarta.servlet.http.Cookie;
import jakarta.servlet.http.HttpFilter;
import jakarta.servlet.http.HttpServletRequest;
import jakarta.servlet.http.HttpServletResponse;
import org.civicvoice.participation.shared.ReaderLanguage;

import java.io.IOException;
import java.util.Optional;

/**
 * Tells the boundaries which language the reader reads, so that the names they copy into cards come out in it:
 * for pages the same choice as {@link LocaleSelection} ({@code ?lang=}, else the {@code lang} cookie, else the
 * browser's preference); for the API only {@code ?lang=} and {@code Accept-Language}, so that an answer depends
 * on nothing a shared cache does not see ({@code Vary: Accept-Language}).
 */
@WebFilter(filterName = "ReaderLanguage", urlPatterns = "/*", asyncSupported = true)
public class ReaderLanguageFilter extends HttpFilter {

    @Inject
    ReaderLanguage reader;

    @Override
    protected void doFilter(HttpServletRequest request, HttpServletResponse response, FilterChain chain)
            throws IOException, ServletException {
        reader.use(choose(request).tag());
        chain.doFilter(request, response);
    }

    /**
     * {@code lang} from the address only: reading the request's parameters here would decode a form's body before
     * Faces sets its character encoding, and Khmer typed into a form would arrive garbled.
     */
    static String queryParameter(String query) {
        if (query == null) {
            return null;
        }
        for (String pair : query.split("&")) {
            if (pair.startsWith(Language.PARAMETER + "=")) {
                return pair.substring(Language.PARAMETER.length() + 1);
            }
        }
        return null;
    }

    static Language choose(HttpServletRequest request) {
        Optional<Language> requested = Language.fromTag(queryParameter(request.getQueryString()));
        if (requested.isPresent()) {
            return requested.get();
        }
        String path = request.getRequestURI().substring(request.getContextPath().length());
        if (!path.startsWith("/api/") && request.getCookies() != null) {
            for (Cookie cookie : request.getCookies()) {
                if (Language.COOKIE.equals(cookie.getName())) {
                    return Language.fromTag(cookie.getValue()).orElse(Language.DEFAULT);
                }
            }
        }
        return request.getHeader("Accept-Language") == null ? Language.DEFAULT : Language.preferred(request.getLocales());
    }
}
