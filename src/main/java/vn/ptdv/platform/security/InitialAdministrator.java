package vn.ptdv.platform.security;

import jakarta.annotation.PostConstruct;
import jakarta.ejb.DependsOn;
import jakarta.ejb.Singleton;
import jakarta.ejb.Startup;
import jakarta.inject.Inject;
import java.util.Optional;
import java.util.logging.Logger;
import org.eclipse.microprofile.config.inject.ConfigProperty;
import vn.ptdv.platform.config.PtdvConfig;

/**
 * The first account of a new installation: when {@code ptdv.security.initial-admin-password} is set and the user does
 * not exist yet, a system administrator is created with it (name from {@code ptdv.security.initial-admin}, default
 * {@code quantri.hethong}). Remove the key after the first start and change the password.
 */
@Singleton
@Startup
@DependsOn("DatabaseLifecycle")
public class InitialAdministrator {

    private static final Logger LOG = Logger.getLogger(InitialAdministrator.class.getName());

    @Inject
    @ConfigProperty(name = PtdvConfig.INITIAL_ADMIN, defaultValue = "quantri.hethong")
    String username;

    @Inject
    @ConfigProperty(name = PtdvConfig.INITIAL_ADMIN_PASSWORD)
    Optional<String> password;

    @Inject
    UserService users;

    @PostConstruct
    void create() {
        if (password.isEmpty() || password.get().isBlank() || users.find(username).isPresent()) {
            return;
        }
        String problem = PasswordPolicy.check(password.get(), username);
        if (problem != null) {
            LOG.severe("The initial administrator was not created: " + problem);
            return;
        }
        users.create(username, password.get(), "Quản trị hệ thống", java.util.Set.of(Role.SYSTEM_ADMIN), null);
        LOG.info(() -> "Initial system administrator '" + username + "' created; remove "
                + PtdvConfig.INITIAL_ADMIN_PASSWORD + " from the configuration and change the password");
    }
}
