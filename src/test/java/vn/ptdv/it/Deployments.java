package vn.ptdv.it;

import java.io.File;
import org.jboss.shrinkwrap.api.ShrinkWrap;
import org.jboss.shrinkwrap.api.importer.ZipImporter;
import org.jboss.shrinkwrap.api.spec.WebArchive;

/**
 * The deployment of every black-box IT: the WAR the build produced, exactly as it ships. Every IT class declares it,
 * and {@code vn.ptdv.it.suite.OneDeployment} deploys it once for the whole run.
 */
public final class Deployments {

    private static WebArchive war;

    private Deployments() {
    }

    public static synchronized WebArchive war() {
        if (war == null) {
            File file = new File(System.getProperty("ptdv.war", "target/ptdv.war"));
            if (!file.isFile()) {
                throw new IllegalStateException("Build the WAR first (mvn verify): " + file);
            }
            war = ShrinkWrap.create(ZipImporter.class, "ptdv.war").importFrom(file).as(WebArchive.class);
        }
        return war;
    }
}
