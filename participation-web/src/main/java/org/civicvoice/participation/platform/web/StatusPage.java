package org.civicvoice.participation.platform.web;

import jakarta.enterprise.context.RequestScoped;
import jakarta.inject.Inject;
import jakarta.inject.Named;
import org.civicvoice.participation.platform.boundary.ServiceStatus;

/**
 * {@code status.xhtml}: whether the service can serve citizens now, in words, for people; machines read the same
 * check at {@code /health/ready}.
 */
@Named
@RequestScoped
public class StatusPage {

    @Inject
    ServiceStatus status;

    private Boolean up;

    public boolean isUp() {
        if (up == null) {
            up = status.ready();
        }
        return up;
    }
}
