package vn.ptdv.training.boundary;

import jakarta.json.bind.annotation.JsonbTypeDeserializer;
import jakarta.validation.constraints.NotBlank;
import jakarta.validation.constraints.NotEmpty;
import jakarta.validation.constraints.NotNull;
import jakarta.validation.constraints.Size;
import java.math.BigDecimal;
import java.time.LocalDate;
import java.util.ArrayList;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import vn.ptdv.admission.api.Gender;
import vn.ptdv.training.api.Audience;
import vn.ptdv.training.api.CourseType;
import vn.ptdv.training.api.Grade;
import vn.ptdv.training.api.TopicForm;
import vn.ptdv.training.api.TrainingRegistry;

/**
 * Request bodies of the training resources: classes with public fields (Payara's OpenAPI generator fails on
 * constrained record components, see {@code RequestBodies}); the service checks the rest and names every error by field.
 * Enum values are read by {@link TrainingJson}: a bad name is a 400 naming the field and the allowed names.
 */
public final class TrainingRequests {

    private TrainingRequests() {
    }

    /** Hướng dẫn: {@code POST /training/guides}. */
    public static final class GuideRequest {
        @NotNull(message = "Số hướng dẫn là bắt buộc (ví dụ 146).")
        public Integer documentNo;
        @NotBlank(message = "Ký hiệu là bắt buộc (ví dụ HD/BTGTU).")
        public String symbol;
        @NotBlank(message = "Mã cấp ủy ban hành là bắt buộc (ví dụ LC).")
        public String organizationCode;
        public String parentIssuer;
        public String issuer;
        public String place;
        public LocalDate issuedOn;
        @Size(max = 500, message = "Trích yếu dài tối đa 500 ký tự.")
        public String title;
        @JsonbTypeDeserializer(TrainingJson.CourseTypeField.class)
        public CourseType courseType;
        @JsonbTypeDeserializer(TrainingJson.AudienceList.class)
        public List<Audience> audiences;
        public Integer durationDays;
        public List<TopicRequest> topics;
        public String purpose;
        public String organisationText;
        public String responsibilities;
        public String assessment;
        public String grading;
        public String certificateRules;
        public String signerTitle;
        public String signerName;
        public Boolean reconstructed;
        /** Số hướng dẫn được thay thế (optional). */
        public String supersedes;

        TrainingRegistry.NewGuide toNew() {
            return new TrainingRegistry.NewGuide(documentNo, symbol, organizationCode, parentIssuer, issuer, place, issuedOn,
                    title, courseType, audiences, durationDays == null ? 0 : durationDays,
                    topics == null ? null : topics.stream().map(t -> t == null ? new TrainingRegistry.Topic(0, null, 0, null)
                            : new TrainingRegistry.Topic(t.order == null ? 0 : t.order, t.title,
                            t.periods == null ? 0 : t.periods, t.form)).toList(),
                    purpose, organisationText, responsibilities, assessment, grading, certificateRules, signerTitle,
                    signerName, Boolean.TRUE.equals(reconstructed), supersedes);
        }
    }

    /** Chuyên đề. */
    public static final class TopicRequest {
        public Integer order;
        public String title;
        public Integer periods;
        @JsonbTypeDeserializer(TrainingJson.TopicFormField.class)
        public TopicForm form;
    }

    /** Thay thế hướng dẫn: {@code POST /training/guides/{guideId}/supersession}. */
    public static final class SupersedeRequest {
        @NotBlank(message = "Số hướng dẫn thay thế là bắt buộc (ví dụ 146-HD/BTGTU).")
        public String successorNumber;
    }

    /** Mở lớp: {@code POST /training/classes}. */
    public static final class ClassRequest {
        @NotBlank(message = "Số hướng dẫn là bắt buộc (ví dụ 146-HD/BTGTU).")
        public String guideNumber;
        @NotNull(message = "Đối tượng là bắt buộc (PRIVATE_SECTOR, PUPILS_STUDENTS, GENERAL).")
        @JsonbTypeDeserializer(TrainingJson.AudienceField.class)
        public Audience audience;
        @NotBlank(message = "Mã cấp ủy tổ chức lớp là bắt buộc.")
        public String organizationCode;
        @NotBlank(message = "Tên cơ sở đào tạo là bắt buộc (trung tâm chính trị, hoặc cấp ủy mở lớp nơi chưa có trung tâm).")
        public String organiserName;
        @NotBlank(message = "Khóa học là bắt buộc (ví dụ Khóa I năm 2024).")
        public String courseNumber;
        @NotNull(message = "Ngày khai giảng là bắt buộc.")
        public LocalDate startDate;
        @NotNull(message = "Ngày kết thúc là bắt buộc.")
        public LocalDate endDate;
        @NotBlank(message = "Địa điểm là bắt buộc.")
        public String place;
        public List<SessionRequest> sessions;

        TrainingRegistry.NewClass toNew() {
            return new TrainingRegistry.NewClass(guideNumber, audience, organizationCode, organiserName, courseNumber,
                    startDate, endDate, place, sessions(sessions), List.of(), null, false);
        }
    }

    static List<TrainingRegistry.Session> sessions(List<SessionRequest> sessions) {
        return sessions == null ? List.of() : sessions.stream()
                .map(s -> s == null ? null : new TrainingRegistry.Session(s.date, s.topicOrder)).toList();
    }

    /** Buổi học. */
    public static final class SessionRequest {
        public LocalDate date;
        public Integer topicOrder;
    }

    /** {@code POST /training/classes/{classId}/sessions}. */
    public static final class SessionsRequest {
        @NotEmpty(message = "Cần ít nhất một buổi học.")
        public List<SessionRequest> sessions;
    }

    /** {@code POST /training/classes/{classId}/candidates}: ghi danh từ danh sách quần chúng, the candidates' ids. */
    public static final class CandidatesRequest {
        @NotEmpty(message = "Cần ít nhất một quần chúng.")
        public List<Long> candidateIds;
    }

    /** {@code POST /training/classes/{classId}/learners}. */
    public static final class LearnersRequest {
        @NotEmpty(message = "Cần ít nhất một học viên.")
        public List<LearnerRequest> learners;

        List<TrainingRegistry.NewLearner> toNew() {
            List<TrainingRegistry.NewLearner> out = new ArrayList<>();
            for (LearnerRequest l : learners) {
                out.add(l == null ? new TrainingRegistry.NewLearner(null, null, null, null, null, null, null, null, null, null)
                        : new TrainingRegistry.NewLearner(l.fullName, l.birthDate, l.gender, l.ethnicityCode, l.religion,
                        l.nominatingOrgCode, l.admissionId, null, null, null));
            }
            return out;
        }
    }

    /**
     * Học viên: a candidate (awareness course: name, birth date, gender, ethnicity, nominating organisation) or a
     * probationary member (new-member course: {@code admissionId} only).
     */
    public static final class LearnerRequest {
        public String fullName;
        public LocalDate birthDate;
        public Gender gender;
        public String ethnicityCode;
        public String religion;
        public String nominatingOrgCode;
        public Long admissionId;
    }

    /** Điểm danh: {@code PUT /training/classes/{classId}/attendance}: every absence of the class (replaces them). */
    public static final class AttendanceRequest {
        @NotNull(message = "Danh sách vắng là bắt buộc (có thể rỗng).")
        public List<AbsenceRequest> absences;
    }

    /** A learner absent from a session. */
    public static final class AbsenceRequest {
        public Long learnerId;
        public Long sessionId;
    }

    /** Kết quả: {@code PUT /training/classes/{classId}/results}. */
    public static final class ResultsRequest {
        @NotEmpty(message = "Cần ít nhất một kết quả.")
        @JsonbTypeDeserializer(TrainingJson.ResultList.class)
        public List<ResultRequest> results;

        List<TrainingRegistry.LearnerResult> toNew() {
            return results.stream().map(r -> r == null ? new TrainingRegistry.LearnerResult(null, null, null, null, null, null)
                    : new TrainingRegistry.LearnerResult(r.learnerId, r.fullName, r.birthDate, r.absentOn, r.score, r.grade))
                    .toList();
        }
    }

    /** One learner's result: by {@code learnerId} or by name and birth date; score 0–10 and/or grade; absences. */
    public static final class ResultRequest {
        public Long learnerId;
        public String fullName;
        public LocalDate birthDate;
        public BigDecimal score;
        @JsonbTypeDeserializer(TrainingJson.GradeField.class)
        public Grade grade;
        public List<LocalDate> absentOn;
    }

    /** Cấp giấy chứng nhận: {@code POST /training/classes/{classId}/certificates}. */
    public static final class CertificatesRequest {
        @NotNull(message = "Ngày cấp là bắt buộc.")
        public LocalDate issuedOn;
        /** Numbers given one by one; when empty, every passed learner gets numberPrefix + 001, 002, ... */
        public List<CertificateRequest> certificates;
        @Size(max = 50, message = "Tiền tố dài tối đa 50 ký tự.")
        public String numberPrefix;

        Map<Long, String> numbers() {
            Map<Long, String> out = new LinkedHashMap<>();
            if (certificates != null) {
                certificates.stream().filter(c -> c != null && c.learnerId != null).forEach(c -> out.put(c.learnerId, c.number));
            }
            return out;
        }
    }

    /** One certificate number for a learner. */
    public static final class CertificateRequest {
        public Long learnerId;
        public String number;
    }
}
