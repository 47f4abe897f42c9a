package org.civicvoice.participation.platform.web;

import jakarta.servlet.ServletContainerInitializer;
import jakarta.servlet.ServletContext;
import jakarta.servlet.SessionCookieConfig;
import org.eclipse.microprofile.config.Config;
import org.eclipse.microprofile.config.ConfigProvider;

import java.util.Locale;
import java.util.Set;

/**
 * Web settings that come from configuration rather than from web.xml:
 * <ul>
 * <li>the Faces project stage from {@code participation.mode} ({@code PARTICIPATION_MODE}): {@code development}
 * shows detailed errors and development pages; anything else, and the default, is production;</li>
 * <li>the pages' {@code Content-Security-Policy}: the platform's one ({@link SecurityHeaders}), to which PrimeFaces
 * adds each page's script nonce;</li>
 * <li>the session cookie: HttpOnly, SameSite=Lax, and Secure unless {@code participation.secure-cookies} is
 * {@code false} (only for plain-HTTP local runs and tests).</li>
 * </ul>
 */
public class WebSettingsInitializer implements ServletContainerInitializer {

    static final String STAGE_PARAMETER = "jakarta.faces.PROJECT_STAGE";
    static final String PAGE_POLICY_PARAMETER = "primefaces.CSP_POLICY";

    @Override
    public void onStartup(Set<Class<?>> classes, ServletContext context) {
        Config config = ConfigProvider.getConfig();
        context.setInitParameter(STAGE_PARAMETER,
                stageFor(config.getOptionalValue("participation.mode", String.class).orElse("production")));
        context.setInitParameter(PAGE_POLICY_PARAMETER, SecurityHeaders.CONTENT_SECURITY_POLICY);
        SessionCookieConfig cookie = context.getSessionCookieConfig();
        cookie.setHttpOnly(true);
        cookie.setSecure(config.getOptionalValue("participation.secure-cookies", Boolean.class).orElse(true));
        cookie.setAttribute("SameSite", "Lax");
    }

    static String stageFor(String mode) {
        return "development".equals(mode == null ? "" : mode.trim().toLowerCase(Locale.ROOT))
                ? "Development" : "Production";
    }
}
