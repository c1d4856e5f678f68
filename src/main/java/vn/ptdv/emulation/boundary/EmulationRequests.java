package vn.ptdv.emulation.boundary;

import jakarta.validation.constraints.NotBlank;
import jakarta.validation.constraints.NotNull;
import jakarta.validation.constraints.Size;
import java.time.LocalDate;
import java.util.List;
import java.util.Map;
import vn.ptdv.emulation.api.CampaignDefinition;
import vn.ptdv.emulation.api.QualityRating;

/**
 * Request bodies of the emulation resources: classes with public fields (Payara's OpenAPI generator fails on
 * constrained record components, see {@code RequestBodies}). A campaign's structure and criteria are checked by
 * {@code CampaignRules}, which names every error by its field path.
 */
public final class EmulationRequests {

    private EmulationRequests() {
    }

    /** Phong trào thi đua: {@code POST /emulation/campaigns}, {@code PUT /emulation/campaigns/{campaign}}. */
    public static final class CampaignRequest {
        public String code;
        public String organizationCode;
        public String planNumber;
        public String name;
        public Integer fromYear;
        public Integer toYear;
        public String participantRoot;
        public List<String> participantKinds;
        public List<TierRequest> tiers;
        /** PARTY (default) or STATE. */
        public String route;
        /** FULL (default) or SIMPLIFIED (state route only). */
        public String procedure;
        /** State route: the awarding authority, e.g. "Ủy ban nhân dân tỉnh Lào Cai". */
        public String grantingBody;
        /** State route: the name of its Chủ tịch who signs. */
        public String grantingSigner;

        CampaignDefinition definition() {
            return new CampaignDefinition(code, organizationCode, planNumber, name, fromYear, toYear, participantRoot,
                    participantKinds, tiers == null ? null : tiers.stream().map(t -> t == null ? null
                    : new CampaignDefinition.Tier(t.name, t.quota, t.criteria == null ? null : t.criteria.stream()
                    .map(c -> c == null ? null : new CampaignDefinition.Criterion(c.type, c.parameters)).toList())).toList(),
                    route, procedure, grantingBody, grantingSigner);
        }
    }

    /** Hình thức khen thưởng, highest first. */
    public static final class TierRequest {
        public String name;
        public Integer quota;
        public List<CriterionRequest> criteria;
    }

    /** Tiêu chí: {@code {"type": "TARGET_RATIO_AT_LEAST", "parameters": {"percent": 120}}}. */
    public static final class CriterionRequest {
        public String type;
        public Map<String, Object> parameters;
    }

    /** Xếp loại chất lượng: {@code PUT /emulation/ratings/{code}/{year}}. */
    public static final class RatingRequest {
        @NotNull(message = "Mức xếp loại (rating) là bắt buộc: HOAN_THANH_XUAT_SAC, HOAN_THANH_TOT, HOAN_THANH hoặc KHONG_HOAN_THANH.")
        public QualityRating rating;
    }

    /** Kỷ luật tổ chức đảng: {@code POST /emulation/disciplines}. */
    public static final class DisciplineRequest {
        @NotBlank(message = "Mã tổ chức bị kỷ luật là bắt buộc.")
        public String organizationCode;
        @NotNull(message = "Ngày quyết định kỷ luật (actionDate) là bắt buộc.")
        public LocalDate actionDate;
        @NotBlank(message = "Hình thức kỷ luật (form) là bắt buộc, ví dụ Khiển trách.")
        @Size(max = 100, message = "Hình thức kỷ luật dài tối đa 100 ký tự.")
        public String form;
        @Size(max = 60, message = "Số quyết định dài tối đa 60 ký tự.")
        public String decisionNumber;
        @Size(max = 1000, message = "Lý do dài tối đa 1000 ký tự.")
        public String reason;
    }

    /** Quyết định khen thưởng: {@code POST /emulation/campaigns/{campaign}/proposal/decision}. */
    public static final class DecisionRequest {
        @NotNull(message = "Cần cho biết phê duyệt (approved: true) hay từ chối (approved: false).")
        public Boolean approved;
        /** Optional since the decision is issued (#19): when given, it must be the issued decision's number. */
        @Size(max = 60, message = "Số quyết định dài tối đa 60 ký tự.")
        public String decisionNumber;
        /** Optional: when given, the issued decision's date. */
        public LocalDate decisionDate;
        @Size(max = 1000, message = "Ghi chú dài tối đa 1000 ký tự.")
        public String note;
    }

    /** The unit's sections of its báo cáo thành tích (each may be left empty until it submits). */
    public static final class ReportSectionsRequest {
        @Size(max = 4000, message = "Phần đặc điểm, tình hình dài tối đa 4000 ký tự.")
        public String characteristics;
        @Size(max = 8000, message = "Phần thành tích dài tối đa 8000 ký tự.")
        public String achievements;
        @Size(max = 4000, message = "Phần biện pháp dài tối đa 4000 ký tự.")
        public String measures;
    }

    /** Thẩm định: accepted, or returned with the reason. */
    public static final class ReviewRequest {
        @NotNull(message = "Cần cho biết chấp nhận (accepted: true) hay trả lại (accepted: false).")
        public Boolean accepted;
        @Size(max = 1000, message = "Lý do dài tối đa 1000 ký tự.")
        public String reason;
    }

    /** Họp Hội đồng Thi đua – Khen thưởng: the meeting, its members and one vote per proposed unit. */
    public static final class CouncilMeetingRequest {
        @NotNull(message = "Cần ngày họp.")
        public LocalDate meetingDate;
        public String place;
        public String chair;
        public String secretary;
        public List<Member> members;
        public List<Ballot> votes;

        /** A member of the council, present or not. */
        public static final class Member {
            public String fullName;
            public String position;
            public boolean present;
        }

        /** The vote on one proposed unit. */
        public static final class Ballot {
            public String organizationCode;
            public Integer votesFor;
            public Integer votesAgainst;
            public Integer abstaining;
            public Boolean secretBallot;
        }
    }
}
