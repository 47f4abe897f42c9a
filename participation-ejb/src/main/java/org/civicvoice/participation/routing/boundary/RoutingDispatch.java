package org.civicvoice.participation.routing.boundary;

import jakarta.ejb.ConcurrencyManagement;
import jakarta.ejb.ConcurrencyManagementType;
import jakarta.ejb.Schedule;
import jakarta.ejb.Singleton;
import jakarta.ejb.TransactionManagement;
import jakarta.ejb.TransactionManagementType;
import jakarta.enterprise.event.Observes;
import jakarta.enterprise.event.TransactionPhase;
import jakarta.inject.Inject;
import org.civicvoice.participation.platform.boundary.SchemaMigration;
import org.civicvoice.participation.routing.entity.CaseRequested;
import org.civicvoice.participation.routing.entity.CaseStepRecorded;

import java.util.concurrent.atomic.AtomicBoolean;
import java.util.logging.Level;
import java.util.logging.Logger;

/**
 * Moves routing's work on after the transactions that asked for it: a case request is routed, and a public step
 * delivered to its feature, right after the commit, each in a transaction of its own; whatever failed then (or
 * never ran, because the node stopped) is taken up by a scan every two seconds.
 */
@Singleton
@TransactionManagement(TransactionManagementType.BEAN)
@ConcurrencyManagement(ConcurrencyManagementType.BEAN)
public class RoutingDispatch {

    static final int BATCH = 100;
    private static final Logger LOG = Logger.getLogger(RoutingDispatch.class.getName());

    @Inject
    CaseRequests requests;

    @Inject
    CaseStepDelivery delivery;

    @Inject
    SchemaMigration schema;

    private final AtomicBoolean scanning = new AtomicBoolean();

    public void requested(@Observes(during = TransactionPhase.AFTER_SUCCESS) CaseRequested requested) {
        route(requested);
    }

    public void recorded(@Observes(during = TransactionPhase.AFTER_SUCCESS) CaseStepRecorded recorded) {
        deliver(recorded.step());
    }

    @Schedule(hour = "*", minute = "*", second = "*/2", persistent = false)
    void scan() {
        if (!schema.isMigrated() || !scanning.compareAndSet(false, true)) {
            return;
        }
        try {
            catchUp();
        } catch (RuntimeException e) {
            LOG.log(Level.WARNING, "Routing paused: {0}", e.getMessage());
        } finally {
            scanning.set(false);
        }
    }

    /** Routes the requests and delivers the steps that are waiting; returns how many of each it moved on. */
    public int catchUp() {
        int moved = 0;
        for (CaseRequested waiting : requests.waiting(BATCH)) {
            moved += route(waiting) ? 1 : 0;
        }
        for (Long step : delivery.waiting(BATCH)) {
            moved += deliver(step) ? 1 : 0;
        }
        return moved;
    }

    private boolean route(CaseRequested requested) {
        try {
            return requests.route(requested).isPresent();
        } catch (RuntimeException e) {
            LOG.log(Level.WARNING, "Case for {0} {1} not opened yet: {2}",
                    new Object[]{requested.type(), requested.item(), rootMessage(e)});
            try {
                requests.failed(requested, rootMessage(e));
            } catch (RuntimeException again) {
                LOG.log(Level.WARNING, "Case request kept as it was: {0}", rootMessage(again));
            }
            return false;
        }
    }

    private boolean deliver(long step) {
        try {
            return delivery.deliver(step);
        } catch (RuntimeException e) {
            LOG.log(Level.WARNING, "Case step {0} not delivered yet: {1}", new Object[]{step, rootMessage(e)});
            try {
                delivery.failed(step);
            } catch (RuntimeException again) {
                LOG.log(Level.WARNING, "Case step kept as it was: {0}", rootMessage(again));
            }
            return false;
        }
    }

    private static String rootMessage(Throwable e) {
        Throwable cause = e;
        while (cause.getCause() != null && cause.getCause() != cause) {
            cause = cause.getCause();
        }
        return cause.getClass().getSimpleName() + ": " + cause.getMessage();
    }
}
