package vn.ptdv.it;

import java.io.File;
import org.jboss.shrinkwrap.api.ShrinkWrap;
import org.jboss.shrinkwrap.api.importer.ZipImporter;
import org.jboss.shrinkwrap.api.spec.WebArchive;

/** The deployment of every black-box IT: the WAR the build produced, exactly as it ships. */
public final class Deployments {

    private Deployments() {
    }

    public static WebArchive war() {
        File war = new File(System.getProperty("ptdv.war", "target/ptdv.war"));
        if (!war.isFile()) {
            throw new IllegalStateException("Build the WAR first (mvn verify): " + war);
        }
        return ShrinkWrap.create(ZipImporter.class, "ptdv.war").importFrom(war).as(WebArchive.class);
    }
}
