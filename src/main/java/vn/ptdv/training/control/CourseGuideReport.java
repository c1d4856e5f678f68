package vn.ptdv.training.control;

import jakarta.enterprise.context.ApplicationScoped;
import jakarta.inject.Inject;
import java.util.ArrayList;
import java.util.Comparator;
import java.util.List;
import vn.ptdv.platform.rest.ProblemException;
import vn.ptdv.reporting.api.DocumentIssue;
import vn.ptdv.reporting.api.DocumentType;
import vn.ptdv.reporting.api.Issuer;
import vn.ptdv.reporting.api.Letterhead;
import vn.ptdv.reporting.api.ReportArguments;
import vn.ptdv.reporting.api.ReportDefinition;
import vn.ptdv.reporting.api.ReportParameter;
import vn.ptdv.reporting.api.ReportProvider;
import vn.ptdv.reporting.api.ReportRequest;
import vn.ptdv.reporting.api.Signature;
import vn.ptdv.training.control.TrainingReportData.Section;
import vn.ptdv.training.control.TrainingReportData.Topic;
import vn.ptdv.training.entity.Guide;
import vn.ptdv.training.entity.GuideTopic;

/**
 * Hướng dẫn chương trình bồi dưỡng: {@code GET /ptdv/api/reports/course-guide?guide=146-HD%2FBTGTU}, the guide as an
 * official HƯỚNG DẪN with its issuer's thể thức, number and date as stored on the guide, its guidance sections and
 * its programme table.
 * A guide is a published instruction to the committees below its issuer: any signed-in user may read it.
 */
@ApplicationScoped
public class CourseGuideReport implements ReportProvider {

    static final ReportDefinition DEFINITION = ReportDefinition.of("course-guide", "Hướng dẫn chương trình bồi dưỡng",
            ReportParameter.required("guide", "Số hướng dẫn", ReportParameter.Type.TEXT,
                    "Số và ký hiệu của hướng dẫn, ví dụ 146-HD/BTGTU (trong URL: 146-HD%2FBTGTU)."));

    @Inject
    TrainingReportQueries queries;

    @Override
    public ReportDefinition definition() {
        return DEFINITION;
    }

    @Override
    public ReportRequest build(ReportArguments arguments) {
        String number = arguments.requireString("guide").strip();
        Guide guide = queries.guide(number)
                .orElseThrow(() -> ProblemException.notFound("Không tìm thấy hướng dẫn số " + number + "."));
        TrainingReportData.Guide g = data(guide);
        // the issuer's own ký hiệu is what follows the type in the guide's symbol: "HD/BTGTU" → "BTGTU"
        String symbol = guide.getSymbol().substring(guide.getSymbol().indexOf('/') + 1);
        Letterhead letterhead = Letterhead.of(new Issuer(g.superiorIssuer(), g.issuer(), symbol, g.place(),
                new Signature(g.signatureAuthority(), g.signerPosition(), g.signerName()), g.recipients()),
                DocumentType.GUIDE, g.title());
        if (g.issuedOn() != null) {
            letterhead = letterhead.issued(new DocumentIssue(g.number(), g.issuedOn()));
        }
        return ReportRequest.document(letterhead, TrainingReportText.guideBody(g),
                "huong-dan-" + guide.getGuideNumber().replaceAll("[^A-Za-z0-9]+", "-"));
    }

    /** The guide's text as the report prints it: its stored fields in the usual order of a hướng dẫn. */
    static TrainingReportData.Guide data(Guide guide) {
        List<Section> before = new ArrayList<>();
        add(before, "Mục đích, yêu cầu", guide.getPurpose());
        List<String> audiences = guide.getAudiences().stream().sorted()
                .map(a -> TrainingReportText.audience(a, guide.getCourseType())).toList();
        add(before, "Đối tượng và thời gian", (audiences.isEmpty() ? ""
                : "Đối tượng: " + String.join("; ", audiences) + ".\n") + "Thời gian: " + guide.getDurationDays()
                + " ngày (" + guide.getTopics().stream().mapToInt(GuideTopic::getPeriods).sum() + " tiết).");
        List<Section> after = new ArrayList<>();
        add(after, "Kiểm tra, đánh giá và xếp loại", join(guide.getAssessment(), guide.getGrading()));
        add(after, "Cấp giấy chứng nhận", guide.getCertificateRules());
        add(after, "Tổ chức thực hiện", join(guide.getOrganisationText(), guide.getResponsibilities()));
        if (guide.isReconstructed()) {
            after.add(new Section("Ghi chú", "Nội dung hướng dẫn này là bản dựng lại phục vụ dữ liệu mẫu của PTDV,"
                    + " không phải văn bản gốc."));
        }
        List<Topic> topics = guide.getTopics().stream().sorted(Comparator.comparingInt(GuideTopic::getTopicOrder))
                .map(t -> new Topic(t.getTopicOrder(), t.getTitle(), t.getForm().label(), t.getPeriods())).toList();
        String[] signer = signer(guide.getIssuer(), guide.getSignerTitle());
        return new TrainingReportData.Guide(guide.getGuideNumber(), guide.getParentIssuer(), List.of(guide.getIssuer()),
                guide.getPlace(), guide.getIssuedOn(), guide.getTitle(), guide.getCourseType(), before, topics, after,
                signer[0], signer[1], guide.getSignerName(),
                List.of("Các cấp ủy trực thuộc", "Các trung tâm chính trị cấp huyện", "Lưu Văn phòng"));
    }

    /**
     * Quyền hạn and chức vụ of the signer: "K/T TRƯỞNG BAN\nPHÓ TRƯỞNG BAN" (or with a comma) as they are; a single
     * "PHÓ TRƯỞNG BAN" of an advisory body (a ban, a văn phòng) signs for its head, "K/T TRƯỞNG BAN" (Hướng dẫn
     * 36-HD/VPTW); any other single title is the position alone.
     */
    static String[] signer(String issuer, String title) {
        if (title == null || title.isBlank()) {
            return new String[] {null, null};
        }
        String[] parts = title.strip().split("\\s*(\\R|,)\\s*", 2);
        if (parts.length == 2) {
            return parts;
        }
        boolean advisory = issuer != null && (issuer.startsWith("BAN ") || issuer.startsWith("VĂN PHÒNG"));
        if (advisory && parts[0].startsWith("PHÓ ")) {
            return new String[] {"K/T " + parts[0].substring("PHÓ ".length()), parts[0]};
        }
        return new String[] {null, parts[0]};
    }

    private static void add(List<Section> sections, String heading, String text) {
        if (text != null && !text.isBlank()) {
            sections.add(new Section(heading, text));
        }
    }

    private static String join(String a, String b) {
        if (a == null || a.isBlank()) {
            return b;
        }
        return b == null || b.isBlank() ? a : a + "\n" + b;
    }
}
