package org.civicvoice.participation.routing.rest;

import jakarta.inject.Inject;
import jakarta.ws.rs.BadRequestException;
import jakarta.ws.rs.Consumes;
import jakarta.ws.rs.DELETE;
import jakarta.ws.rs.GET;
import jakarta.ws.rs.PUT;
import jakarta.ws.rs.Path;
import jakarta.ws.rs.PathParam;
import jakarta.ws.rs.Produces;
import jakarta.ws.rs.QueryParam;
import jakarta.ws.rs.core.MediaType;
import jakarta.ws.rs.core.Response;
import org.civicvoice.participation.routing.boundary.RoutingRules;
import org.civicvoice.participation.routing.rest.RoutingDtos.HolidayDto;
import org.civicvoice.participation.routing.rest.RoutingDtos.HolidayNameDto;

import java.time.Clock;
import java.time.LocalDate;
import java.time.ZoneId;
import java.time.format.DateTimeParseException;

/**
 * {@code /api/holidays}: the public holidays that due dates skip. Officials read them; platform administrators
 * add ({@code PUT /api/holidays/2027-05-01 {"name": "Labour Day"}}, which also renames) and remove them.
 */
@Path("holidays")
@Produces(MediaType.APPLICATION_JSON)
@Consumes(MediaType.APPLICATION_JSON)
public class HolidaysResource {

    /** Without {@code from} and {@code to}: the holidays of the next twelve months. */
    static final int DEFAULT_MONTHS = 12;

    @Inject
    RoutingRules rules;

    @Inject
    Clock clock;

    @GET
    public Response list(@QueryParam("from") String from, @QueryParam("to") String to) {
        LocalDate first = from == null || from.isBlank() ? LocalDate.now(clock.withZone(ZoneId.systemDefault()))
                : day(from, "from");
        LocalDate last = to == null || to.isBlank() ? first.plusMonths(DEFAULT_MONTHS) : day(to, "to");
        if (last.isBefore(first)) {
            throw new BadRequestException("to must not be before from");
        }
        return Response.ok(rules.holidays(first, last).stream().map(HolidayDto::of).toList())
                .header("Cache-Control", RoutingRulesResource.PRIVATE).build();
    }

    @PUT
    @Path("{day}")
    public HolidayDto add(@PathParam("day") String day, HolidayNameDto holiday) {
        LocalDate date = day(day, "the day");
        String name = holiday == null ? null : holiday.name();
        rules.addHoliday(date, name);
        return new HolidayDto(date, name == null ? null : name.strip());
    }

    @DELETE
    @Path("{day}")
    public Response remove(@PathParam("day") String day) {
        rules.removeHoliday(day(day, "the day"));
        return Response.noContent().build();
    }

    private static LocalDate day(String value, String name) {
        try {
            return LocalDate.parse(value.strip());
        } catch (DateTimeParseException e) {
            throw new BadRequestException(name + " must be a date of the form yyyy-mm-dd");
        }
    }
}
