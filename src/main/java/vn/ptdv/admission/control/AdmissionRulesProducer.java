package vn.ptdv.admission.control;

import jakarta.enterprise.context.ApplicationScoped;
import jakarta.enterprise.inject.Produces;
import jakarta.inject.Inject;
import org.eclipse.microprofile.config.inject.ConfigProperty;
import vn.ptdv.admission.api.GeneralEducation;
import vn.ptdv.platform.config.PtdvConfig;

/** Makes the admission rules from configuration (keys in {@link PtdvConfig}). */
@ApplicationScoped
public class AdmissionRulesProducer {

    @Inject
    @ConfigProperty(name = PtdvConfig.RULE_MIN_AGE_MONTHS, defaultValue = "216")
    int minAgeMonths;

    @Inject
    @ConfigProperty(name = PtdvConfig.RULE_MAX_AGE_MONTHS, defaultValue = "720")
    int maxAgeMonths;

    @Inject
    @ConfigProperty(name = PtdvConfig.RULE_MIN_EDUCATION, defaultValue = "LOWER_SECONDARY")
    String minEducation;

    @Inject
    @ConfigProperty(name = PtdvConfig.RULE_MIN_EDUCATION_AREA_EXCEPTION, defaultValue = "PRIMARY")
    String exceptionMinEducation;

    @Inject
    @ConfigProperty(name = PtdvConfig.RULE_PROBATION_MONTHS, defaultValue = "12")
    int probationMonths;

    @Inject
    @ConfigProperty(name = PtdvConfig.RULE_AWARENESS_CERTIFICATE_VALIDITY_MONTHS, defaultValue = "60")
    int certificateValidityMonths;

    @Produces
    CertificateRule certificateRule() {
        return new CertificateRule(certificateValidityMonths);
    }

    @Produces
    AdmissionRules rules() {
        return new AdmissionRules(new AdmissionRuleSettings(minAgeMonths, maxAgeMonths,
                GeneralEducation.valueOf(minEducation), GeneralEducation.valueOf(exceptionMinEducation), probationMonths));
    }
}
