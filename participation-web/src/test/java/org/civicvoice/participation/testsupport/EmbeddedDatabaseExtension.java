package org.civicvoice.participation.testsupport;

import org.jboss.arquillian.core.api.annotation.Observes;
import org.jboss.arquillian.core.spi.LoadableExtension;
import org.jboss.arquillian.test.spi.event.suite.AfterSuite;
import org.jboss.arquillian.test.spi.event.suite.BeforeSuite;

/** Starts the test MariaDB and SMTP server before Arquillian starts Payara Micro, and stops them at the end. */
public class EmbeddedDatabaseExtension implements LoadableExtension {

    @Override
    public void register(ExtensionBuilder builder) {
        builder.observer(Lifecycle.class);
    }

    public static class Lifecycle {

        public void startDatabase(@Observes(precedence = 1000) BeforeSuite event) {
            TestDatabase.start();
            TestMail.start();
        }

        public void stopDatabase(@Observes(precedence = -1000) AfterSuite event) {
            TestMail.stop();
            TestDatabase.shutdown();
        }
    }
}
