package org.civicvoice.participation.identity.web;

import jakarta.enterprise.context.RequestScoped;
import jakarta.inject.Inject;
import jakarta.inject.Named;
import jakarta.servlet.DispatcherType;
import jakarta.servlet.http.HttpServletRequest;

import java.net.URLEncoder;
import java.nio.charset.StandardCharsets;

/**
 * Links to the sign-in page that bring the citizen back afterwards:
 * {@code #{signInLinks.to('/petition/sign.xhtml?number=' += n)}} gives
 * {@code /ctx/account/login.xhtml?next=/petition/sign.xhtml%3Fnumber%3D12}.
 */
@Named
@RequestScoped
public class SignInLinks {

    @Inject
    HttpServletRequest request;

    /** The start of the eID sign-in, returning to {@code page} afterwards when it is a path of the platform. */
    public String eid(String page) {
        String start = request.getContextPath() + EidLogin.START_PATH;
        return SignInReturn.ownPage(page).map(path -> start + "?next=" + encode(path)).orElse(start);
    }

    /** The sign-in page, returning to {@code page} (a path of the platform, without the context path). */
    public String to(String page) {
        String login = request.getContextPath() + PlatformAuthentication.LOGIN_PAGE;
        return SignInReturn.ownPage(page)
                .map(path -> login + "?next=" + encode(path))
                .orElse(login);
    }

    /**
     * The sign-in page, returning afterwards to the page shown now (the header's link); from a sign-in,
     * registration or error page it names no page to return to.
     */
    public String here() {
        String page = request.getServletPath() + (request.getPathInfo() == null ? "" : request.getPathInfo());
        if (request.getDispatcherType() == DispatcherType.ERROR || page.startsWith("/account/")
                || page.startsWith("/error/")) {
            return to(null);
        }
        String query = request.getQueryString();
        return to(query == null ? page : page + "?" + query);
    }

    private static String encode(String path) {
        return URLEncoder.encode(path, StandardCharsets.UTF_8).replace("%2F", "/");
    }
}
