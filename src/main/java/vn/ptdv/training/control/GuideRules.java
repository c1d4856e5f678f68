package vn.ptdv.training.control;

import java.time.LocalDate;
import java.util.ArrayList;
import java.util.HashSet;
import java.util.LinkedHashSet;
import java.util.List;
import java.util.Map;
import java.util.Set;
import vn.ptdv.organization.api.OrganizationRef;
import vn.ptdv.platform.rest.ProblemException;
import vn.ptdv.platform.rest.ProblemType;
import vn.ptdv.platform.rest.Violations;
import vn.ptdv.shared.NameRules;
import vn.ptdv.shared.VietnameseFormat;
import vn.ptdv.shared.VietnameseText;
import vn.ptdv.training.api.Audience;
import vn.ptdv.training.api.CourseType;
import vn.ptdv.training.api.GuideStatus;
import vn.ptdv.training.api.TopicForm;
import vn.ptdv.training.api.TrainingRegistry.NewGuide;
import vn.ptdv.training.api.TrainingRegistry.Topic;
import vn.ptdv.training.entity.Guide;
import vn.ptdv.training.entity.GuideTopic;

/** The rules of a new course guide (hướng dẫn) and of a supersession (thay thế), without the database. */
final class GuideRules {

    private GuideRules() {
    }

    /** The programme of a checked guide: its audiences and topics. */
    record Programme(Set<Audience> audiences, List<GuideTopic> topics) {
    }

    /** Checks every field of a new guide but its organisation; errors go to {@code v}. */
    static Programme check(NewGuide n, Violations v) {
        String symbol = VietnameseText.clean(n.symbol());
        v.check(n.documentNo() > 0 && n.documentNo() < 100_000, "documentNo", "Số hướng dẫn phải là số nguyên dương.");
        v.check(symbol != null && symbol.length() <= 40 && !symbol.contains(" "), "symbol",
                "Ký hiệu là bắt buộc, không có khoảng trắng (ví dụ HD/BTGTU).");
        Choices.required(n.courseType(), CourseType.class, "courseType", v);
        v.check(n.issuedOn() != null, "issuedOn", "Ngày ban hành là bắt buộc.");
        v.check(VietnameseText.clean(n.title()) != null, "title", "Trích yếu là bắt buộc.");
        v.check(VietnameseText.clean(n.issuer()) != null, "issuer", "Cơ quan ban hành là bắt buộc.");
        v.check(VietnameseText.clean(n.parentIssuer()) != null, "parentIssuer", "Cơ quan chủ quản là bắt buộc.");
        v.check(VietnameseText.clean(n.place()) != null, "place", "Địa danh là bắt buộc.");
        String signer = NameRules.optionalPersonName(VietnameseText.clean(n.signerName()));
        v.check(signer == null, "signerName", signer);
        v.check(n.durationDays() > 0 && n.durationDays() <= 60, "durationDays", "Thời gian học (ngày) phải từ 1 đến 60.");
        Set<Audience> audiences = new LinkedHashSet<>();
        for (Audience a : n.audiences() == null ? List.<Audience>of() : n.audiences()) {
            if (Choices.required(a, Audience.class, "audiences", v) != null) {
                audiences.add(a);
            }
        }
        v.check(!audiences.isEmpty(), "audiences", "Cần ít nhất một đối tượng.");
        List<GuideTopic> topics = new ArrayList<>();
        Set<Integer> orders = new HashSet<>();
        for (Topic t : n.topics() == null ? List.<Topic>of() : n.topics()) {
            TopicForm form = Choices.required(t.form(), TopicForm.class, "topics", v);
            boolean ok = t.order() > 0 && orders.add(t.order()) && VietnameseText.clean(t.title()) != null
                    && t.periods() > 0 && t.periods() <= 100;
            v.check(ok, "topics", "Chuyên đề cần thứ tự riêng (số dương), tên và số tiết từ 1 đến 100.");
            if (ok && form != null) {
                topics.add(new GuideTopic(t.order(), VietnameseText.clean(t.title()), t.periods(), form));
            }
        }
        v.check(!topics.isEmpty(), "topics", "Chương trình cần ít nhất một chuyên đề.");
        return new Programme(audiences, topics);
    }

    /** The number of a guide: "146-HD/BTGTU" of document 146, symbol "HD/BTGTU". */
    static String number(NewGuide n) {
        return n.documentNo() + "-" + VietnameseText.clean(n.symbol());
    }

    /** The guide of a checked request, issued by {@code org} (not yet persisted). */
    static Guide guide(NewGuide n, OrganizationRef org, Programme programme) {
        Guide g = new Guide(n.documentNo(), VietnameseText.clean(n.symbol()), org.code(), org.path(), n.courseType());
        g.issue(VietnameseText.clean(n.parentIssuer()), VietnameseText.clean(n.issuer()), VietnameseText.clean(n.place()),
                n.issuedOn(), VietnameseText.clean(n.title()), n.durationDays());
        g.sections(text(n.purpose(), 4000), text(n.organisationText(), 4000), text(n.responsibilities(), 4000));
        g.assessment(text(n.assessment(), 2000), text(n.grading(), 1000), text(n.certificateRules(), 2000));
        g.signer(text(n.signerTitle(), 200), text(n.signerName(), 200));
        g.markReconstructed(n.reconstructed());
        g.programme(programme.audiences(), programme.topics());
        return g;
    }

    /**
     * A guide of course type {@code type} issued {@code on} may supersede {@code previous} (null: the guide numbered
     * {@code number} was not found): one in force, of the same type, issued no later.
     */
    static void supersession(Guide previous, String number, CourseType type, LocalDate on) {
        if (previous == null) {
            throw new ProblemException(ProblemType.UNPROCESSABLE, "Không tìm thấy hướng dẫn số " + number + " được thay thế.",
                    Map.of("supersedes", "Không tìm thấy hướng dẫn số " + number + "."));
        }
        if (previous.getStatus() == GuideStatus.SUPERSEDED) {
            throw ProblemException.conflict("Hướng dẫn " + previous.getGuideNumber() + " đã được thay thế trước đó.");
        }
        if (previous.getCourseType() != type) {
            throw new ProblemException(ProblemType.UNPROCESSABLE, "Hướng dẫn thay thế phải cùng loại lớp với hướng dẫn "
                    + previous.getGuideNumber() + ".");
        }
        if (on.isBefore(previous.getIssuedOn())) {
            throw new ProblemException(ProblemType.UNPROCESSABLE, "Hướng dẫn thay thế phải ban hành không trước ngày "
                    + VietnameseFormat.date(previous.getIssuedOn()) + ".");
        }
    }

    /** Cleaned text cut to {@code max} characters (null for none). */
    private static String text(String s, int max) {
        String t = VietnameseText.clean(s);
        return t == null ? null : t.length() > max ? t.substring(0, max) : t;
    }
}
