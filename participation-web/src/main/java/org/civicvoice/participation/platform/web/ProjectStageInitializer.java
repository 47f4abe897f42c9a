package org.civicvoice.participation.platform.web;

import jakarta.servlet.ServletContainerInitializer;
import jakarta.servlet.ServletContext;
import org.eclipse.microprofile.config.ConfigProvider;

import java.util.Locale;
import java.util.Set;

/**
 * Sets the Faces project stage from one setting, {@code participation.mode} (environment variable
 * {@code PARTICIPATION_MODE}): {@code development} shows detailed errors and development pages;
 * anything else, and the default, is production.
 */
public class ProjectStageInitializer implements ServletContainerInitializer {

    static final String STAGE_PARAMETER = "jakarta.faces.PROJECT_STAGE";

    @Override
    public void onStartup(Set<Class<?>> classes, ServletContext context) {
        context.setInitParameter(STAGE_PARAMETER, stageFor(mode()));
    }

    static String stageFor(String mode) {
        return "development".equals(mode == null ? "" : mode.trim().toLowerCase(Locale.ROOT))
                ? "Development" : "Production";
    }

    private static String mode() {
        return ConfigProvider.getConfig().getOptionalValue("participation.mode", String.class).orElse("production");
    }
}
