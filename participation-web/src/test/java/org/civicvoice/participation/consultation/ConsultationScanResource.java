package org.civicvoice.participation.consultation;

import jakarta.inject.Inject;
import jakarta.ws.rs.POST;
import jakarta.ws.rs.Path;
import jakarta.ws.rs.Produces;
import jakarta.ws.rs.core.MediaType;
import org.civicvoice.participation.consultation.boundary.ConsultationSchedule;

/**
 * {@code POST /api/test-consultation-scan}: runs the scan that opens and closes due consultations now, as the
 * schedule would, and answers how many it changed. Exists only in the deployment of {@link ConsultationsIT}.
 */
@Path("test-consultation-scan")
@Produces(MediaType.APPLICATION_JSON)
public class ConsultationScanResource {

    @Inject
    ConsultationSchedule schedule;

    @POST
    public String scan() {
        return "{\"changed\":" + schedule.scan() + "}";
    }
}
