package vn.ptdv.admission.control;

import jakarta.annotation.PostConstruct;
import jakarta.enterprise.context.ApplicationScoped;
import jakarta.enterprise.inject.Produces;
import org.eclipse.microprofile.config.Config;
import org.eclipse.microprofile.config.ConfigProvider;
import vn.ptdv.platform.config.PtdvConfig;

/**
 * Makes the dated admission rules from configuration (keys in {@link PtdvConfig} and {@link AdmissionRuleBook}), read
 * once at start-up. The book is produced {@code @Dependent} (a final class cannot be proxied) from this application-scoped
 * bean, so every injection point shares the one book. A record is checked by the rules of {@link AdmissionRuleBook#on}
 * its decision date; nothing injects undated rules.
 */
@ApplicationScoped
public class AdmissionRulesProducer {

    private AdmissionRuleBook book;

    @PostConstruct
    void read() {
        Config config = ConfigProvider.getConfig();
        book = AdmissionRuleBook.fromConfiguration(key -> config.getOptionalValue(key, String.class));
    }

    @Produces
    AdmissionRuleBook book() {
        return book;
    }
}
