package vn.ptdv.training.control;

import java.lang.reflect.Field;
import java.time.LocalDate;
import java.util.List;
import java.util.Map;
import java.util.Set;
import vn.ptdv.admission.api.Gender;
import vn.ptdv.organization.api.OrganizationKind;
import vn.ptdv.organization.api.OrganizationRef;
import vn.ptdv.training.api.Audience;
import vn.ptdv.training.api.CourseType;
import vn.ptdv.training.api.TopicForm;
import vn.ptdv.training.entity.Guide;
import vn.ptdv.training.entity.GuideTopic;
import vn.ptdv.training.entity.Learner;
import vn.ptdv.training.entity.TrainingClass;

/** Made-up guides, committees, classes and learners for the unit tests of the training rules (not the demo data). */
final class TrainingFixtures {

    static final LocalDate ISSUED = LocalDate.of(2024, 1, 24);
    static final LocalDate START = LocalDate.of(2024, 3, 4);
    static final LocalDate END = LocalDate.of(2024, 3, 8);
    /** A district committee and two of its cells, and a cell of another district. */
    static final OrganizationRef DISTRICT = org(7, "HT", "00000001/00000007/");
    static final OrganizationRef CELL = org(8, "HT-01", "00000001/00000007/00000008/");
    static final OrganizationRef CELL2 = org(9, "HT-02", "00000001/00000007/00000009/");
    static final OrganizationRef OTHER = org(12, "XA-01", "00000001/00000011/00000012/");

    private TrainingFixtures() {
    }

    static OrganizationRef org(long id, String code, String path) {
        return new OrganizationRef(id, code, "Tổ chức " + code, OrganizationKind.UPPER_GRASSROOTS_COMMITTEE, null, null, path,
                path.length() / OrganizationRef.PATH_LEVEL, LocalDate.of(2000, 1, 1), null);
    }

    /** Guide 146 of the awareness course (two topics) for the given audiences. */
    static Guide guide(long id, CourseType type, Audience... audiences) {
        Guide g = new Guide(146, "HD/BTGTU", "HT", DISTRICT.path(), type);
        g.issue("TỈNH ỦY THỬ", "BAN TUYÊN GIÁO", "Hà Thử", ISSUED, "Chương trình", 5);
        g.programme(Set.of(audiences), List.of(new GuideTopic(1, "Lịch sử Đảng", 8, TopicForm.LECTURE),
                new GuideTopic(2, "Thảo luận", 4, TopicForm.DISCUSSION)));
        return withId(g, id);
    }

    static TrainingClass trainingClass(long id, Guide guide) {
        return withId(new TrainingClass(guide, Audience.GENERAL, DISTRICT.code(), DISTRICT.path(), "Trung tâm Chính trị huyện Hà Thử",
                "Khóa I năm 2024", START, END, "Hội trường"), id);
    }

    static Learner learner(long id, long classId, String name, LocalDate birth) {
        return withId(new Learner(classId, name, birth, Gender.FEMALE, "01", null, CELL.code(), CELL.path(), CELL.name(), null), id);
    }

    /** Look-ups over these guides (by number) and organisations (by code). */
    static Lookups lookups(Map<String, Guide> guides, List<OrganizationRef> orgs) {
        return new Lookups(guides::get, code -> orgs.stream().filter(o -> o.code().equals(code)).toList());
    }

    /** The id the database would give. */
    static <T> T withId(T entity, long id) {
        try {
            Field f = entity.getClass().getDeclaredField("id");
            f.setAccessible(true);
            f.set(entity, id);
            return entity;
        } catch (ReflectiveOperationException e) {
            throw new IllegalStateException(e);
        }
    }
}
