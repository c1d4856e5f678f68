package vn.ptdv.training.control;

import java.math.BigDecimal;
import java.math.RoundingMode;
import vn.ptdv.training.api.Grade;

/**
 * Thang xếp loại: Giỏi from {@code excellent}, Khá from {@code good}, Trung bình from {@code pass}, else Không đạt
 * (configuration; defaults 8, 6,5 and 5). Scores are 0–10 with one decimal.
 */
public record GradeScale(BigDecimal excellent, BigDecimal good, BigDecimal pass) {

    public static final BigDecimal MAX = BigDecimal.TEN;

    public GradeScale {
        if (pass.compareTo(good) > 0 || good.compareTo(excellent) > 0 || excellent.compareTo(MAX) > 0
                || pass.signum() < 0) {
            throw new IllegalArgumentException("grade thresholds must satisfy 0 <= pass <= good <= excellent <= 10");
        }
    }

    public static GradeScale defaults() {
        return new GradeScale(new BigDecimal("8"), new BigDecimal("6.5"), new BigDecimal("5"));
    }

    public Grade grade(BigDecimal score) {
        if (score.compareTo(excellent) >= 0) {
            return Grade.GIOI;
        }
        if (score.compareTo(good) >= 0) {
            return Grade.KHA;
        }
        return score.compareTo(pass) >= 0 ? Grade.TRUNG_BINH : Grade.KHONG_DAT;
    }

    /** Whether the score is 0–10 with at most one decimal. */
    public static boolean validScore(BigDecimal score) {
        return score.signum() >= 0 && score.compareTo(MAX) <= 0
                && score.setScale(1, RoundingMode.HALF_UP).compareTo(score) == 0;
    }
}
