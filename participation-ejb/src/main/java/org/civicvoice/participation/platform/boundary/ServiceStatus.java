package org.civicvoice.participation.platform.boundary;

import jakarta.enterprise.context.ApplicationScoped;
import jakarta.inject.Inject;
import org.eclipse.microprofile.health.HealthCheckResponse;
import org.eclipse.microprofile.health.Readiness;

/** Whether the platform can serve its users now, for the status page: the readiness check monitors read. */
@ApplicationScoped
public class ServiceStatus {

    @Inject
    @Readiness
    DatabaseReadiness database;

    public boolean ready() {
        return database.call().getStatus() == HealthCheckResponse.Status.UP;
    }
}
