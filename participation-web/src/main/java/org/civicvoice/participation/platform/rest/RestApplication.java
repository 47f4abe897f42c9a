package org.civicvoice.participation.platform.rest;

import jakarta.ws.rs.ApplicationPath;
import jakarta.ws.rs.core.Application;

import java.util.Map;

/**
 * The JSON API lives under {@code /api}. Jersey's generated WADL ({@code /api/application.wadl}) is off: the
 * API describes itself nowhere but in the documentation.
 */
@ApplicationPath("api")
public class RestApplication extends Application {

    @Override
    public Map<String, Object> getProperties() {
        return Map.of("jersey.config.server.wadl.disableWadl", Boolean.TRUE);
    }
}
