package vn.ptdv.admission.control;

import vn.ptdv.admission.api.GeneralEducation;

/**
 * The parameters of the admission rules (domain.md §9). They come from configuration, not constants, because several
 * are taken from secondary sources and must be correctable against the official texts without a code change.
 */
public record AdmissionRuleSettings(int minAgeMonths, int maxAgeMonths, GeneralEducation minEducation,
                                    GeneralEducation areaExceptionMinEducation, int probationMonths) {

    /** The values of Quy định 24/232-QĐ/TW and Hướng dẫn 01-HD/TW, as the defaults in microprofile-config.properties. */
    public static AdmissionRuleSettings defaults() {
        return new AdmissionRuleSettings(216, 720, GeneralEducation.LOWER_SECONDARY, GeneralEducation.PRIMARY, 12);
    }
}
