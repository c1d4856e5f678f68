package vn.ptdv.training.control;

import java.time.LocalDate;
import java.util.List;
import java.util.function.Predicate;
import vn.ptdv.organization.api.OrganizationRef;
import vn.ptdv.platform.rest.Violations;
import vn.ptdv.shared.NameRules;
import vn.ptdv.shared.VietnameseFormat;
import vn.ptdv.shared.VietnameseText;
import vn.ptdv.training.api.Audience;
import vn.ptdv.training.api.TrainingRegistry.NewClass;
import vn.ptdv.training.api.TrainingRegistry.Session;
import vn.ptdv.training.entity.Guide;
import vn.ptdv.training.entity.TrainingClass;

/** The rules of a new class (mở lớp) and of its sessions against the guide it follows, without the database. */
final class ClassRules {

    private ClassRules() {
    }

    /** A checked class: the guide it follows and the record of its organising committee during the class. */
    record Checked(Guide guide, OrganizationRef organizer) {
    }

    /**
     * Checks every field of a new class and its sessions; errors go to {@code v} (and then the answer holds nulls).
     *
     * @param lookups the guides by number and the organisations by code
     * @param inScope whether the caller's scope covers an organisation's path
     */
    static Checked check(NewClass n, Lookups lookups, Predicate<String> inScope, Violations v) {
        Guide guide = null;
        if (VietnameseText.clean(n.guideNumber()) == null) {
            v.add("guideNumber", "Số hướng dẫn là bắt buộc (ví dụ 146-HD/BTGTU).");
        } else {
            String number = VietnameseText.clean(n.guideNumber());
            guide = lookups.guide(number);
            v.check(guide != null, "guideNumber", "Không tìm thấy hướng dẫn số " + number + ".");
        }
        Audience audience = Choices.required(n.audience(), Audience.class, "audience", v);
        v.check(VietnameseText.clean(n.organiserName()) != null && n.organiserName().length() <= 300, "organiserName",
                "Tên cơ sở đào tạo là bắt buộc (trung tâm chính trị, hoặc cấp ủy mở lớp nơi chưa có trung tâm), tối đa 300 ký tự.");
        String organiser = VietnameseText.clean(n.organiserName());
        String organiserProblem = organiser == null ? null : NameRules.organizationName(organiser);
        v.check(organiserProblem == null, "organiserName", organiserProblem);
        v.check(VietnameseText.clean(n.courseNumber()) != null && n.courseNumber().length() <= 100, "courseNumber",
                "Khóa học là bắt buộc (ví dụ Khóa I năm 2024), tối đa 100 ký tự.");
        v.check(VietnameseText.clean(n.place()) != null && n.place().length() <= 300, "place",
                "Địa điểm là bắt buộc, tối đa 300 ký tự.");
        v.check(n.startDate() != null, "startDate", "Ngày khai giảng là bắt buộc.");
        v.check(n.endDate() != null, "endDate", "Ngày kết thúc là bắt buộc.");
        if (n.startDate() != null && n.endDate() != null) {
            TrainingRules.classDates(n.startDate(), n.endDate()).ifPresent(m -> v.add("endDate", m));
        }
        OrganizationRef org = null;
        if (n.organizationCode() == null || n.organizationCode().isBlank()) {
            v.add("organizationCode", "Mã cấp ủy tổ chức lớp là bắt buộc.");
        } else if (n.startDate() != null && n.endDate() != null) {
            List<OrganizationRef> records = lookups.history(n.organizationCode().strip()).stream()
                    .filter(o -> inScope.test(o.path())).toList();
            org = OrganizationRef.latestValidDuring(records, n.startDate(), n.endDate()).orElse(null);
            v.check(org != null, "organizationCode", records.isEmpty()
                    ? "Không tìm thấy tổ chức đảng có mã " + n.organizationCode() + "."
                    : "Tổ chức " + n.organizationCode() + " không hoạt động trong thời gian của lớp.");
        }
        if (guide != null && audience != null) {
            v.check(guide.getAudiences().contains(audience) || audience == Audience.GENERAL, "audience",
                    "Hướng dẫn " + guide.getGuideNumber() + " không dành cho đối tượng " + audience.label() + ".");
        }
        if (guide != null && n.startDate() != null) {
            v.check(!n.startDate().isBefore(guide.getIssuedOn()), "startDate", "Lớp khai giảng trước ngày ban hành hướng dẫn "
                    + guide.getGuideNumber() + " (" + VietnameseFormat.date(guide.getIssuedOn()) + ").");
            v.check(guide.getSupersededOn() == null || n.startDate().isBefore(guide.getSupersededOn()), "guideNumber",
                    "Hướng dẫn " + guide.getGuideNumber() + " đã được thay thế từ ngày "
                            + VietnameseFormat.date(guide.getSupersededOn()) + ".");
        }
        sessions(n.sessions(), n.startDate(), n.endDate(), guide, v);
        return new Checked(guide, org);
    }

    /** The class of a checked request (not yet persisted). */
    static TrainingClass trainingClass(NewClass n, Checked checked) {
        return new TrainingClass(checked.guide(), n.audience(), checked.organizer().code(), checked.organizer().path(),
                VietnameseText.clean(n.organiserName()), VietnameseText.clean(n.courseNumber()), n.startDate(), n.endDate(),
                VietnameseText.clean(n.place()));
    }

    /** Sessions of a class from {@code start} to {@code end} following {@code guide}: errors on "sessions[i]". */
    static void sessions(List<Session> sessions, LocalDate start, LocalDate end, Guide guide, Violations v) {
        for (int i = 0; sessions != null && i < sessions.size(); i++) {
            session(sessions.get(i), start, end, guide, "sessions[" + i + "]", v);
        }
    }

    private static void session(Session s, LocalDate start, LocalDate end, Guide guide, String field, Violations v) {
        if (s == null || s.date() == null) {
            v.add(field, "Ngày học là bắt buộc.");
            return;
        }
        if (start != null && end != null) {
            TrainingRules.withinClass(s.date(), start, end).ifPresent(m -> v.add(field, m));
        }
        if (s.topicOrder() != null && guide != null) {
            v.check(guide.getTopics().stream().anyMatch(t -> t.getTopicOrder() == s.topicOrder()), field,
                    "Hướng dẫn " + guide.getGuideNumber() + " không có chuyên đề số " + s.topicOrder() + ".");
        }
    }
}
