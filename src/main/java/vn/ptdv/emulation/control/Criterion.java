package vn.ptdv.emulation.control;

import java.math.BigDecimal;
import java.time.LocalDate;
import vn.ptdv.emulation.api.QualityRating;

/** A checked criterion with typed parameters (only those of its type are set). */
public record Criterion(CriterionType type, BigDecimal percent, Long count, AdmittedGroup group, LocalDate date,
                        QualityRating rating) {

    public static Criterion ratioAtLeast(int percent) {
        return new Criterion(CriterionType.TARGET_RATIO_AT_LEAST, BigDecimal.valueOf(percent), null, null, null, null);
    }

    public static Criterion admittedAtLeast(long count) {
        return new Criterion(CriterionType.ADMITTED_AT_LEAST, null, count, null, null, null);
    }

    public static Criterion groupAtLeast(AdmittedGroup group, long count) {
        return new Criterion(CriterionType.GROUP_ADMITTED_AT_LEAST, null, count, group, null, null);
    }

    public static Criterion registeredBy(LocalDate date) {
        return new Criterion(CriterionType.TARGET_REGISTERED_BY, null, null, null, date, null);
    }

    public static Criterion ratingAtLeast(QualityRating rating) {
        return new Criterion(CriterionType.QUALITY_RATING_AT_LEAST, null, null, null, null, rating);
    }

    public static Criterion of(CriterionType type) {
        return new Criterion(type, null, null, null, null, null);
    }
}
