package vn.ptdv.training.control;

import java.time.LocalDate;
import java.util.ArrayList;
import java.util.HashMap;
import java.util.HashSet;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Locale;
import java.util.Map;
import java.util.Set;
import vn.ptdv.platform.rest.ProblemException;
import vn.ptdv.platform.rest.ProblemType;
import vn.ptdv.platform.rest.Violations;
import vn.ptdv.shared.VietnameseText;
import vn.ptdv.training.api.CourseType;
import vn.ptdv.training.entity.Learner;
import vn.ptdv.training.entity.TrainingClass;

/**
 * Cấp giấy chứng nhận, without the database: which learners get which numbers, and the certifying of each (only a
 * learner who passed, once, on or after the last day of the class, every number once).
 */
final class CertificateRules {

    private CertificateRules() {
    }

    /**
     * Learner id → certificate number: {@code numbers} as given, or (when empty) {@code prefix}001, {@code prefix}002,
     * ... for every passed learner without a certificate, in name order. Errors of the date and prefix go to {@code v}
     * and are thrown.
     */
    static Map<Long, String> numbers(List<Learner> learners, LocalDate issuedOn, Map<Long, String> numbers, String prefix,
                                     Violations v) {
        v.check(issuedOn != null, "issuedOn", "Ngày cấp là bắt buộc.");
        if (learners.isEmpty()) {
            throw new ProblemException(ProblemType.UNPROCESSABLE, "Lớp chưa có học viên nào: không có ai để cấp giấy chứng nhận.");
        }
        Map<Long, String> wanted = new LinkedHashMap<>();
        if (numbers != null && !numbers.isEmpty()) {
            wanted.putAll(numbers);
        } else {
            String p = VietnameseText.clean(prefix);
            v.check(p != null && p.length() <= 50, "numberPrefix", "Cần tiền tố số giấy chứng nhận (ví dụ NTVĐ-BT-2024-) hoặc danh sách số.");
            v.throwIfAny();
            int seq = 1;
            for (Learner l : learners.stream().sorted(EnrolmentRules.NAME_ORDER).toList()) {
                if (l.passed() && l.getCertificateNumber() == null) {
                    wanted.put(l.getId(), p + String.format(Locale.ROOT, "%03d", seq++));
                }
            }
            if (wanted.isEmpty()) {
                throw new ProblemException(ProblemType.UNPROCESSABLE, "Không có học viên nào đạt yêu cầu mà chưa được cấp giấy chứng nhận.");
            }
        }
        v.throwIfAny();
        return wanted;
    }

    /**
     * Certifies the learners of class {@code c} named by {@code wanted} (learner id → number); the refusals of all
     * learners (on "certificates[id]") are thrown together, as a 422.
     */
    static List<Learner> certifyAll(TrainingClass c, List<Learner> learners, Map<Long, String> wanted, LocalDate issuedOn) {
        Violations v = new Violations();
        Map<Long, Learner> byId = new HashMap<>();
        learners.forEach(l -> byId.put(l.getId(), l));
        Set<String> batch = new HashSet<>();
        List<Learner> done = new ArrayList<>();
        for (Map.Entry<Long, String> e : wanted.entrySet()) {
            Learner l = byId.get(e.getKey());
            String f = "certificates[" + e.getKey() + "]";
            if (l == null) {
                v.add(f, "Học viên " + e.getKey() + " không có trong lớp.");
                continue;
            }
            try {
                certify(c, l, VietnameseText.clean(e.getValue()), issuedOn, batch);
                done.add(l);
            } catch (ProblemException ex) {
                v.add(f, l.getFullName() + ": " + ex.getMessage());
            }
        }
        v.throwIfAny(ProblemType.UNPROCESSABLE);
        return done;
    }

    /** Certifies one learner with {@code number}, not yet in {@code batch} (the numbers of this call); else throws why not. */
    static void certify(TrainingClass c, Learner l, String number, LocalDate issuedOn, Set<String> batch) {
        if (number == null || number.length() > 60) {
            throw new ProblemException(ProblemType.VALIDATION, "Số giấy chứng nhận là bắt buộc, tối đa 60 ký tự.");
        }
        TrainingRules.certificate(l.getGrade(), l.getCertificateNumber(), issuedOn, c.getEndDate()).ifPresent(m -> {
            throw new ProblemException(ProblemType.UNPROCESSABLE, m);
        });
        if (!batch.add(number)) {
            throw new ProblemException(ProblemType.CONFLICT, "Số giấy chứng nhận " + number + " bị trùng.");
        }
        l.certify(number, issuedOn, c.getCourseType() == CourseType.AWARENESS ? Learner.AWARENESS_FORM : null);
    }
}
