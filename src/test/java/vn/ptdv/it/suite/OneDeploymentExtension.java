package vn.ptdv.it.suite;

import org.jboss.arquillian.core.spi.LoadableExtension;

/**
 * Registers {@link OneDeployment} with Arquillian (META-INF/services/org.jboss.arquillian.core.spi.LoadableExtension):
 * every IT class of a run shares one deployment of {@code ptdv.war}, hence one server boot.
 */
public class OneDeploymentExtension implements LoadableExtension {

    @Override
    public void register(ExtensionBuilder builder) {
        builder.observer(OneDeployment.class);
    }
}
