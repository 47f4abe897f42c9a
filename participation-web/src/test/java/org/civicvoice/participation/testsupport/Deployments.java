package org.civicvoice.participation.testsupport;

import org.jboss.shrinkwrap.api.ShrinkWrap;
import org.jboss.shrinkwrap.api.importer.ZipImporter;
import org.jboss.shrinkwrap.api.spec.WebArchive;

import java.io.File;

/** The archive under test is the real WAR the build produced, plus the test classes that run inside it. */
public final class Deployments {

    private Deployments() {
    }

    public static WebArchive platform(Class<?>... testClasses) {
        File war = new File(System.getProperty("participation.war", "target/participation.war"));
        if (!war.isFile()) {
            throw new IllegalStateException("The WAR under test is missing: " + war + " (run mvn verify)");
        }
        return ShrinkWrap.create(ZipImporter.class, "participation.war").importFrom(war).as(WebArchive.class)
                .addClasses(testClasses)
                .addClasses(Deployments.class, Http.class);
    }
}
