package org.civicvoice.participation.proposal.rest;

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
import org.civicvoice.participation.petition.rest.CsvCells;
import org.civicvoice.participation.proposal.boundary.Proposals;
import org.civicvoice.participation.proposal.entity.ProposalCard;
import org.civicvoice.participation.shared.ResultPage;

import java.io.BufferedWriter;
import java.io.OutputStreamWriter;
import java.nio.charset.StandardCharsets;
import java.util.Arrays;
import java.util.List;

/**
 * {@code /api/proposals.csv}: the list of {@code /api/proposals} with the same filters as CSV for spreadsheets,
 * every matching row up to {@value #MAX_ROWS}, read and written page by page; citizens' texts are guarded against
 * formula injection as in the petitions' export.
 */
@Path("proposals.csv")
public class ProposalsCsvResource {

    static final int MAX_ROWS = 10_000;
    static final String MEDIA_TYPE = "text/csv; charset=UTF-8";
    static final String[] HEADER = {"number", "title", "kind", "state", "body", "topic", "region", "call",
            "onBehalfOf", "supports", "publishedAt", "answeredAt"};

    @Inject
    Proposals proposals;

    @Context
    HttpServletRequest servletRequest;

    @GET
    @Produces(MEDIA_TYPE)
    public Response csv(@QueryParam("q") String q, @QueryParam("state") String state, @QueryParam("body") String body,
                        @QueryParam("topic") String topic, @QueryParam("region") String region,
                        @QueryParam("call") Long call, @QueryParam("sort") String sort) {
        int pageSize = ResultPage.MAX_SIZE;
        ResultPage<ProposalCard> first = proposals.search(
                ProposalsResource.query(q, state, body, topic, region, call, sort, 0, pageSize));
        StreamingOutput rows = output -> {
            BufferedWriter writer = new BufferedWriter(new OutputStreamWriter(output, StandardCharsets.UTF_8));
            try (CSVPrinter csv = new CSVPrinter(writer, CSVFormat.RFC4180.builder().setHeader(HEADER).build())) {
                ResultPage<ProposalCard> page = first;
                int written = 0;
                while (true) {
                    for (ProposalCard card : page.items()) {
                        if (written++ >= MAX_ROWS) {
                            return;
                        }
                        csv.printRecord(cells(card));
                    }
                    if (!page.hasNext() || page.items().isEmpty()) {
                        return;
                    }
                    page = proposals.search(ProposalsResource.query(q, state, body, topic, region, call, sort,
                            page.first() + page.items().size(), pageSize));
                }
            }
        };
        String cache = servletRequest.getUserPrincipal() != null ? ProposalsResource.PRIVATE
                : "public, max-age=" + ProposalsResource.MAX_AGE_SECONDS;
        return Response.ok(rows, MEDIA_TYPE)
                .header("Content-Disposition", "attachment; filename=\"proposals.csv\"")
                .header("Cache-Control", cache)
                .build();
    }

    static List<Object> cells(ProposalCard card) {
        return Arrays.asList(card.number(), CsvCells.text(card.title()), card.kind().name(), card.state().name(),
                CsvCells.text(card.bodySlug()), CsvCells.text(card.topicSlug()), CsvCells.text(card.regionCode()),
                card.callId(), CsvCells.text(card.onBehalfOf()), card.supports(), card.publishedAt(),
                card.answeredAt());
    }
}
