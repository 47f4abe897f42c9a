package org.civicvoice.participation.testsupport;

import org.jboss.arquillian.core.api.annotation.Observes;
import org.jboss.arquillian.core.spi.LoadableExtension;
import org.jboss.arquillian.test.spi.event.suite.AfterSuite;
import org.jboss.arquillian.test.spi.event.suite.BeforeSuite;

/** Starts the test MariaDB, SMTP server and eID provider before Payara Micro starts, and stops them at the end. */
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

        public void stopDatabase(@Observes(precedence = -1000) AfterSuite event) {
            TestEid.stop();
            TestMail.stop();
            TestDatabase.shutdown();
        }
    }
}
