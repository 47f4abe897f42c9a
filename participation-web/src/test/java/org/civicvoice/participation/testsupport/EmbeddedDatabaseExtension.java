package org.civicvoice.participation.testsupport;

import org.jboss.arquillian.container.spi.event.container.BeforeDeploy;
import org.jboss.arquillian.core.api.annotation.Observes;
import org.jboss.arquillian.core.spi.LoadableExtension;
import org.jboss.arquillian.test.spi.event.suite.AfterSuite;
import org.jboss.arquillian.test.spi.event.suite.BeforeSuite;

import java.io.IOException;
import java.net.InetSocketAddress;
import java.net.ServerSocket;

/**
 * Starts the test MariaDB, SMTP server and eID provider before Payara Micro starts, and stops them at the end.
 * Before each deployment it waits until the previous Payara Micro has let go of the HTTP port: the container
 * adapter only signals the old process to stop, and a new one started meanwhile would not get the port while
 * the tests would talk to the old one on its way down.
 */
public class EmbeddedDatabaseExtension implements LoadableExtension {

    @Override
    public void register(ExtensionBuilder builder) {
        builder.observer(Lifecycle.class);
    }

    public static class Lifecycle {

        public void startDatabase(@Observes(precedence = 1000) BeforeSuite event) {
            TestDatabase.start();
            TestMail.start();
            TestEid.start();
        }

        public void awaitFreePort(@Observes BeforeDeploy event) throws InterruptedException {
            int port = Integer.parseInt(System.getProperty("it.http.port", "8080"));
            long deadline = System.nanoTime() + 120_000_000_000L;
            while (!free(port)) {
                if (System.nanoTime() > deadline) {
                    throw new IllegalStateException("HTTP port " + port + " still taken by an earlier Payara Micro");
                }
                Thread.sleep(250);
            }
        }

        private static boolean free(int port) {
            try (ServerSocket socket = new ServerSocket()) {
                socket.setReuseAddress(true);
                socket.bind(new InetSocketAddress(port));
                return true;
            } catch (IOException taken) {
                return false;
            }
        }

        public void stopDatabase(@Observes(precedence = -1000) AfterSuite event) {
            TestEid.stop();
            TestMail.stop();
            TestDatabase.shutdown();
        }
    }
}
