package org.civicvoice.participation.testsupport;

import jakarta.annotation.Resource;
import jakarta.ejb.Stateless;
import jakarta.enterprise.concurrent.ManagedExecutorService;
import jakarta.inject.Inject;
import jakarta.ws.rs.Consumes;
import jakarta.ws.rs.POST;
import jakarta.ws.rs.Path;
import jakarta.ws.rs.Produces;
import jakarta.ws.rs.core.MediaType;
import org.civicvoice.participation.petition.boundary.PetitionCaseTypes;
import org.civicvoice.participation.routing.boundary.CaseRouting;
import org.civicvoice.participation.routing.boundary.CaseStepDelivery;
import org.civicvoice.participation.routing.entity.CaseRequest;
import org.civicvoice.participation.routing.entity.CaseType;

import java.util.ArrayList;
import java.util.List;
import java.util.concurrent.CountDownLatch;
import java.util.concurrent.ExecutionException;
import java.util.concurrent.Future;

/**
 * {@code /api/test-routing}: drives routing's port from many threads at once, as several features or nodes would:
 * each thread asks for the same case in a transaction of its own, or hands the same step over again. Exists only
 * in deployments of ITs that add it.
 */
@Path("test-routing")
@Produces(MediaType.APPLICATION_JSON)
@Consumes(MediaType.APPLICATION_JSON)
@Stateless
public class TestRoutingResource {

    public static class RequestsDto {
        public String type;
        public long petition;
        public String title;
        public String body;
        public int parallel;
    }

    public static class RedeliveryDto {
        public long step;
        public int parallel;
    }

    /** How many of the parallel calls succeeded (for a hand-over: delivered it), and how many failed. */
    public record OutcomeDto(int succeeded, int failed) {
    }

    @Inject
    Requester requester;

    @Inject
    CaseStepDelivery delivery;

    @Resource
    ManagedExecutorService executor;

    @POST
    @Path("requests")
    public OutcomeDto requests(RequestsDto asked) throws InterruptedException {
        CaseRequest request = new CaseRequest(CaseType.of(asked.type), PetitionCaseTypes.item(asked.petition),
                asked.title, "/petition/view.xhtml?number=" + asked.petition, null, null, asked.body);
        return inParallel(asked.parallel, () -> {
            requester.request(request);
            return true;
        });
    }

    @POST
    @Path("redeliveries")
    public OutcomeDto redeliveries(RedeliveryDto asked) throws InterruptedException {
        return inParallel(asked.parallel, () -> delivery.deliver(asked.step));
    }

    private OutcomeDto inParallel(int parallel, java.util.concurrent.Callable<Boolean> call) throws InterruptedException {
        CountDownLatch start = new CountDownLatch(1);
        List<Future<Boolean>> calls = new ArrayList<>();
        for (int i = 0; i < parallel; i++) {
            calls.add(executor.submit(() -> {
                start.await();
                return call.call();
            }));
        }
        start.countDown();
        int succeeded = 0;
        int failed = 0;
        for (Future<Boolean> each : calls) {
            try {
                if (each.get()) {
                    succeeded++;
                }
            } catch (ExecutionException e) {
                failed++;
            }
        }
        return new OutcomeDto(succeeded, failed);
    }

    /** A feature's use case that asks for a case, in its own transaction. */
    @Stateless
    public static class Requester {

        @Inject
        CaseRouting routing;

        public void request(CaseRequest request) {
            routing.request(request);
        }
    }
}
