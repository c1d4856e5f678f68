package vn.ptdv.training.control;

import jakarta.enterprise.context.ApplicationScoped;
import jakarta.enterprise.inject.Produces;
import jakarta.inject.Inject;
import java.math.BigDecimal;
import org.eclipse.microprofile.config.inject.ConfigProperty;
import vn.ptdv.platform.config.PtdvConfig;

/** Makes the grade scale from configuration (keys in {@link PtdvConfig}). */
@ApplicationScoped
public class GradeScaleProducer {

    @Inject
    @ConfigProperty(name = PtdvConfig.TRAINING_GRADE_EXCELLENT, defaultValue = "8")
    String excellent;

    @Inject
    @ConfigProperty(name = PtdvConfig.TRAINING_GRADE_GOOD, defaultValue = "6.5")
    String good;

    @Inject
    @ConfigProperty(name = PtdvConfig.TRAINING_GRADE_PASS, defaultValue = "5")
    String pass;

    @Produces
    GradeScale scale() {
        return new GradeScale(new BigDecimal(excellent), new BigDecimal(good), new BigDecimal(pass));
    }
}
