package org.civicvoice.participation.petition.rest;

import jakarta.inject.Inject;
import jakarta.servlet.http.HttpServletRequest;
import jakarta.ws.rs.GET;
import jakarta.ws.rs.Path;
import jakarta.ws.rs.Produces;
import jakarta.ws.rs.QueryParam;
import jakarta.ws.rs.core.Context;
import jakarta.ws.rs.core.Response;
import jakarta.ws.rs.core.StreamingOutput;
import org.apache.commons.csv.CSVFormat;
import org.apache.commons.csv.CSVPrinter;
import org.civicvoice.participation.petition.boundary.Petitions;
import org.civicvoice.participation.petition.entity.PetitionCard;
import org.civicvoice.participation.shared.ResultPage;

import java.io.BufferedWriter;
import java.io.OutputStreamWriter;
import java.nio.charset.StandardCharsets;

/**
 * {@code /api/petitions.csv}: the list of {@code /api/petitions} with the same filters as CSV for spreadsheets,
 * every matching row up to {@value #MAX_ROWS}, read and written page by page.
 */
@Path("petitions.csv")
public class PetitionsCsvResource {

    static final int MAX_ROWS = 10_000;
    static final String MEDIA_TYPE = "text/csv; charset=UTF-8";

    @Inject
    Petitions petitions;

    @Context
    HttpServletRequest servletRequest;

    @GET
    @Produces(MEDIA_TYPE)
    public Response csv(@QueryParam("q") String q, @QueryParam("state") String state, @QueryParam("body") String body,
                        @QueryParam("topic") String topic, @QueryParam("region") String region,
                        @QueryParam("sort") String sort) {
        int pageSize = ResultPage.MAX_SIZE;
        // the first page before answering, so that a bad filter is a problem response, not a broken download
        ResultPage<PetitionCard> first = petitions.search(
                PetitionsResource.query(q, state, body, topic, region, sort, 0, pageSize));
        StreamingOutput rows = output -> {
            BufferedWriter writer = new BufferedWriter(new OutputStreamWriter(output, StandardCharsets.UTF_8));
            try (CSVPrinter csv = new CSVPrinter(writer, CSVFormat.RFC4180.builder().setHeader(CsvCells.HEADER).build())) {
                ResultPage<PetitionCard> page = first;
                int written = 0;
                while (true) {
                    for (PetitionCard card : page.items()) {
                        if (written++ >= MAX_ROWS) {
                            return;
                        }
                        csv.printRecord(CsvCells.of(card));
                    }
                    if (!page.hasNext() || page.items().isEmpty()) {
                        return;
                    }
                    page = petitions.search(PetitionsResource.query(q, state, body, topic, region, sort,
                            page.first() + page.items().size(), pageSize));
                }
            }
        };
        String cache = servletRequest.getUserPrincipal() != null ? PetitionsResource.PRIVATE
                : "public, max-age=" + PetitionsResource.MAX_AGE_SECONDS;
        return Response.ok(rows, MEDIA_TYPE)
                .header("Content-Disposition", "attachment; filename=\"petitions.csv\"")
                .header("Cache-Control", cache)
                .build();
    }
}
