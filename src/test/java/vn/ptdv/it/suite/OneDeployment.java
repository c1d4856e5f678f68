package vn.ptdv.it.suite;

import java.util.ArrayList;
import java.util.List;
import java.util.concurrent.ExecutionException;
import java.util.concurrent.TimeUnit;
import java.util.concurrent.TimeoutException;
import java.util.logging.Logger;
import org.jboss.arquillian.container.spi.Container;
import org.jboss.arquillian.container.spi.client.deployment.Deployment;
import org.jboss.arquillian.container.spi.client.deployment.DeploymentDescription;
import org.jboss.arquillian.container.spi.client.protocol.metadata.ProtocolMetaData;
import org.jboss.arquillian.container.spi.context.annotation.DeploymentScoped;
import org.jboss.arquillian.container.spi.event.DeployDeployment;
import org.jboss.arquillian.container.spi.event.UnDeployDeployment;
import org.jboss.arquillian.container.spi.event.container.AfterStop;
import org.jboss.arquillian.container.spi.event.container.BeforeStop;
import org.jboss.arquillian.core.api.InstanceProducer;
import org.jboss.arquillian.core.api.annotation.Inject;
import org.jboss.arquillian.core.api.annotation.Observes;
import org.jboss.arquillian.core.spi.EventContext;

/**
 * One deployment for the whole IT run. Arquillian deploys a test class's {@code @Deployment} before the class and
 * undeploys it after; the Payara Micro adapter starts a new Payara Micro for every deployment (its {@code deploy}
 * boots the server, its {@code undeploy} kills it), and on WildFly every class deploys and undeploys the WAR again.
 * All ITs deploy the same built {@code ptdv.war}, so this observer deploys it for the first class only and hands
 * every later class the same deployment (its HTTP context, for {@code @ArquillianResource URL}); the real undeploy
 * happens once, when Arquillian stops the container at the end of the run.
 *
 * <p>Still Arquillian, black box, the built WAR: each class keeps its own {@code @Deployment}, so a class run alone
 * ({@code -Dit.test=FooIT}) deploys and runs exactly as before. A deployment is shared only with a later class whose
 * deployment has the same name and archive name on the same container. The ITs stay independent of their order
 * because they already share one database: tests that write use a tree of their own ({@code TestTree}).
 *
 * <p>Why not a library: arquillian-suite-extension (its last release in 2020) needs one {@code @ArquillianSuiteDeployment}
 * class found by classpath scanning and has open reports of deploying once per class again under Failsafe and JUnit 5;
 * arquillian-core has no such feature (arquillian/arquillian-core#850, open).
 */
public class OneDeployment {

    private static final Logger LOG = Logger.getLogger(OneDeployment.class.getName());

    /** A deployment that stays on its container until the container stops. */
    private record Kept(String key, Container container, DeploymentDescription description, ProtocolMetaData metaData) {
    }

    private final List<Kept> kept = new ArrayList<>();

    @Inject
    @DeploymentScoped
    private InstanceProducer<DeploymentDescription> descriptionProducer;

    @Inject
    @DeploymentScoped
    private InstanceProducer<Deployment> deploymentProducer;

    @Inject
    @DeploymentScoped
    private InstanceProducer<ProtocolMetaData> metaDataProducer;

    /** Below Arquillian's own interceptors (precedence 0): the deployment's context is active here. */
    public void deploy(@Observes(precedence = -100) EventContext<DeployDeployment> context) {
        DeployDeployment event = context.getEvent();
        Deployment deployment = event.getDeployment();
        String key = key(event.getContainer(), deployment.getDescription());
        Kept same = find(key);
        if (same == null) {
            context.proceed();
            if (deployment.isDeployed() && deployment.getDescription().isArchiveDeployment()) {
                kept.add(new Kept(key, event.getContainer(), deployment.getDescription(), metaDataProducer.get()));
            }
            return;
        }
        LOG.info(() -> "Reusing the deployment " + key + " (one server for the whole IT run)");
        descriptionProducer.set(deployment.getDescription());
        deploymentProducer.set(deployment);
        metaDataProducer.set(same.metaData());
        deployment.deployed();
    }

    /** A test class ends: its deployment stays on the server for the next class. */
    public void undeploy(@Observes(precedence = -100) EventContext<UnDeployDeployment> context) {
        UnDeployDeployment event = context.getEvent();
        if (find(key(event.getContainer(), event.getDeployment().getDescription())) == null) {
            context.proceed();
            return;
        }
        event.getDeployment().undeployed();
    }

    /** The run ends (Arquillian stops the container): the real undeploy, which stops Payara Micro. */
    public void undeployBeforeStop(@Observes BeforeStop event) throws Exception {
        for (Kept k : List.copyOf(kept)) {
            if (k.container().getDeployableContainer() == event.getDeployableContainer()) {
                kept.remove(k);
                DeploymentDescription d = k.description();
                event.getDeployableContainer().undeploy(d.getTestableArchive() != null ? d.getTestableArchive() : d.getArchive());
            }
        }
    }

    /**
     * After the container stopped: wait (at most two minutes) until the server processes this JVM started have ended.
     * The Payara Micro adapter only signals its process, and this JVM ends right after the run: the server would shut
     * down on its own afterwards, still holding target/it-data while the next build starts (and with its CPU time
     * missing from the build's).
     */
    public void awaitServerExit(@Observes AfterStop event) throws InterruptedException {
        long deadline = System.nanoTime() + TimeUnit.MINUTES.toNanos(2);
        for (ProcessHandle child : ProcessHandle.current().children().toList()) {
            try {
                child.onExit().get(Math.max(0, deadline - System.nanoTime()), TimeUnit.NANOSECONDS);
            } catch (ExecutionException | TimeoutException e) {
                LOG.warning(() -> "The server process " + child.pid() + " has not ended yet");
            }
        }
    }

    private Kept find(String key) {
        return kept.stream().filter(k -> k.key().equals(key)).findFirst().orElse(null);
    }

    private static String key(Container container, DeploymentDescription description) {
        String archive = description.isArchiveDeployment() ? description.getArchive().getName() : "descriptor";
        return container.getName() + "/" + description.getName() + "/" + archive + "/" + description.testable();
    }
}
