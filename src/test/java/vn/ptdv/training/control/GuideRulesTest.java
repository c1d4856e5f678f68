package vn.ptdv.training.control;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertThrows;
import static org.junit.jupiter.api.Assertions.assertTrue;

import java.time.LocalDate;
import java.util.Arrays;
import java.util.List;
import java.util.Map;
import org.junit.jupiter.api.Test;
import vn.ptdv.platform.rest.ProblemException;
import vn.ptdv.platform.rest.ProblemType;
import vn.ptdv.platform.rest.Violations;
import vn.ptdv.training.api.Audience;
import vn.ptdv.training.api.CourseType;
import vn.ptdv.training.api.GuideStatus;
import vn.ptdv.training.api.TopicForm;
import vn.ptdv.training.api.TrainingRegistry.NewGuide;
import vn.ptdv.training.api.TrainingRegistry.Topic;
import vn.ptdv.training.entity.Guide;

/** A new course guide and a supersession. */
class GuideRulesTest {

    private static NewGuide guide(CourseType type, List<Audience> audiences, List<Topic> topics) {
        return new NewGuide(146, " HD/BTGTU ", "HT", "TỈNH ỦY THỬ", "BAN TUYÊN GIÁO", "Hà Thử", TrainingFixtures.ISSUED,
                "Chương trình", type, audiences, 5, topics, "Mục đích", null, null, null, null, null, null, null, true, null);
    }

    private static final List<Topic> TOPICS = List.of(new Topic(1, "Lịch sử Đảng", 8, TopicForm.LECTURE),
            new Topic(2, "Thảo luận", 4, TopicForm.DISCUSSION));

    @Test
    void aCompleteGuideHasItsProgrammeAndNumber() {
        Violations v = new Violations();
        NewGuide n = guide(CourseType.AWARENESS, List.of(Audience.GENERAL, Audience.GENERAL), TOPICS);
        GuideRules.Programme p = GuideRules.check(n, v);
        assertTrue(v.isEmpty(), v.errors()::toString);
        assertEquals(1, p.audiences().size());
        assertEquals(2, p.topics().size());
        assertEquals("146-HD/BTGTU", GuideRules.number(n));
        Guide g = GuideRules.guide(n, TrainingFixtures.DISTRICT, p);
        assertEquals("146-HD/BTGTU", g.getGuideNumber());
        assertEquals(12, g.totalPeriods());
        assertEquals(TrainingFixtures.DISTRICT.path(), g.getOrgPath());
    }

    @Test
    void theSignerIsAPersonNameWithoutHiddenCharactersOrFormula() {
        NewGuide n = guide(CourseType.AWARENESS, List.of(Audience.GENERAL), TOPICS);
        for (String bad : List.of("=HYPERLINK(\"http://x\")", "Lê Văn\u200B Mẫu", "Lê \u202EuẫM")) {
            NewGuide signed = new NewGuide(n.documentNo(), n.symbol(), n.organizationCode(), n.parentIssuer(), n.issuer(),
                    n.place(), n.issuedOn(), n.title(), n.courseType(), n.audiences(), n.durationDays(), n.topics(), n.purpose(),
                    n.organisationText(), n.responsibilities(), n.assessment(), n.grading(), n.certificateRules(),
                    "PHÓ TRƯỞNG BAN", bad, n.reconstructed(), n.supersedes());
            Violations v = new Violations();
            GuideRules.check(signed, v);
            assertTrue(v.errors().get("signerName").startsWith("Họ và tên"), bad + ": " + v.errors());
        }
    }

    @Test
    void missingValuesAndABadProgrammeAreNamedByField() {
        Violations v = new Violations();
        List<Topic> topics = List.of(new Topic(1, "Một", 8, null), new Topic(1, "Trùng thứ tự", 4, TopicForm.LECTURE));
        GuideRules.check(guide(null, Arrays.asList((Audience) null), topics), v);
        Map<String, String> e = v.errors();
        assertEquals("Giá trị là bắt buộc; cho phép: AWARENESS, NEW_MEMBER.", e.get("courseType"));
        assertEquals("Giá trị là bắt buộc; cho phép: PRIVATE_SECTOR, PUPILS_STUDENTS, GENERAL.", e.get("audiences"));
        // the first error of the topics: the missing form of the first one
        assertEquals("Giá trị là bắt buộc; cho phép: LECTURE, DISCUSSION, FIELD_VISIT.", e.get("topics"));

        Violations empty = new Violations();
        GuideRules.check(guide(CourseType.AWARENESS, List.of(), List.of()), empty);
        assertEquals("Cần ít nhất một đối tượng.", empty.errors().get("audiences"));
        assertEquals("Chương trình cần ít nhất một chuyên đề.", empty.errors().get("topics"));

        Violations twice = new Violations();
        GuideRules.check(guide(CourseType.AWARENESS, List.of(Audience.GENERAL), List.of(TOPICS.get(0), TOPICS.get(0))), twice);
        assertTrue(twice.errors().get("topics").startsWith("Chuyên đề cần thứ tự riêng"), twice.errors()::toString);
    }

    @Test
    void aGuideSupersedesOneInForceOfItsTypeIssuedNoLater() {
        Guide old = TrainingFixtures.guide(1, CourseType.AWARENESS, Audience.GENERAL);
        GuideRules.supersession(old, "146-HD/BTGTU", CourseType.AWARENESS, TrainingFixtures.ISSUED);
        ProblemException missing = assertThrows(ProblemException.class,
                () -> GuideRules.supersession(null, "98-HD/X", CourseType.AWARENESS, TrainingFixtures.ISSUED));
        assertEquals(ProblemType.UNPROCESSABLE, missing.type());
        assertTrue(missing.errors().containsKey("supersedes"));
        assertEquals(ProblemType.UNPROCESSABLE, assertThrows(ProblemException.class, () -> GuideRules.supersession(old,
                "146-HD/BTGTU", CourseType.NEW_MEMBER, TrainingFixtures.ISSUED)).type());
        ProblemException earlier = assertThrows(ProblemException.class, () -> GuideRules.supersession(old, "146-HD/BTGTU",
                CourseType.AWARENESS, TrainingFixtures.ISSUED.minusDays(1)));
        assertTrue(earlier.getMessage().contains("24/01/2024"), earlier::getMessage);

        old.supersededBy(TrainingFixtures.guide(2, CourseType.AWARENESS, Audience.GENERAL), LocalDate.of(2024, 6, 1));
        assertEquals(GuideStatus.SUPERSEDED, old.getStatus());
        assertEquals(ProblemType.CONFLICT, assertThrows(ProblemException.class, () -> GuideRules.supersession(old,
                "146-HD/BTGTU", CourseType.AWARENESS, LocalDate.of(2024, 7, 1))).type());
    }
}
