package org.civicvoice.participation.routing.rest;

import jakarta.enterprise.context.RequestScoped;
import jakarta.inject.Inject;
import jakarta.ws.rs.BadRequestException;
import jakarta.ws.rs.Consumes;
import jakarta.ws.rs.GET;
import jakarta.ws.rs.PUT;
import jakarta.ws.rs.Path;
import jakarta.ws.rs.PathParam;
import jakarta.ws.rs.Produces;
import jakarta.ws.rs.core.MediaType;
import org.civicvoice.participation.organisation.entity.BodySlug;
import org.civicvoice.participation.organisation.entity.UnknownBody;
import org.civicvoice.participation.routing.boundary.QueueSettings;
import org.civicvoice.participation.routing.entity.QueueSetting;

/**
 * How a body's queue hands out new cases: its officials read it, its administrators change it
 * ({@code {"automatic":true,"position":"Petitions officer"}}).
 */
@Path("bodies/{id}/queue-setting")
@RequestScoped
@Produces(MediaType.APPLICATION_JSON)
public class QueueSettingResource {

    @Inject
    QueueSettings settings;

    @PathParam("id")
    String body;

    @GET
    public QueueSettingDto read() {
        return QueueSettingDto.of(settings.of(slug()));
    }

    @PUT
    @Consumes(MediaType.APPLICATION_JSON)
    public QueueSettingDto change(QueueSettingDto change) {
        if (change == null) {
            throw new BadRequestException("a setting is needed");
        }
        return QueueSettingDto.of(settings.change(slug(), new QueueSetting(change.automatic(),
                change.position())));
    }

    private BodySlug slug() {
        return BodySlug.parse(body).orElseThrow(() -> new UnknownBody(body));
    }

    public record QueueSettingDto(boolean automatic, String position) {
        static QueueSettingDto of(QueueSetting setting) {
            return new QueueSettingDto(setting.automatic(), setting.position());
        }
    }
}
