package vn.ptdv.training.control;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertNull;
import static org.junit.jupiter.api.Assertions.assertThrows;

import java.util.Map;
import org.junit.jupiter.api.Test;
import vn.ptdv.platform.rest.ProblemException;
import vn.ptdv.platform.rest.ProblemType;
import vn.ptdv.platform.rest.Violations;
import vn.ptdv.training.api.CourseType;
import vn.ptdv.training.api.Grade;

/** Enum values by name: any case, blank as absent, anything else an error naming the field and the allowed names. */
class ChoicesTest {

    @Test
    void aNameInAnyCaseIsTheConstantAndBlankIsAbsent() {
        assertEquals(CourseType.NEW_MEMBER, Choices.parse(" new_member ", CourseType.class, "courseType"));
        assertNull(Choices.parse("  ", CourseType.class, "courseType"));
        assertNull(Choices.parse(null, Grade.class, "grade"));
    }

    @Test
    void anyOtherValueIsAValidationProblemOnTheField() {
        ProblemException e = assertThrows(ProblemException.class, () -> Choices.parse("bogus", CourseType.class, "courseType"));
        String message = "Giá trị 'bogus' không hợp lệ; cho phép: AWARENESS, NEW_MEMBER.";
        assertEquals(ProblemType.VALIDATION, e.type());
        assertEquals(message, e.getMessage());
        assertEquals(Map.of("courseType", message), e.errors());
    }

    @Test
    void aMissingValueIsNamedWithTheAllowedNames() {
        Violations v = new Violations();
        assertNull(Choices.required(null, Grade.class, "grade", v));
        assertEquals(Map.of("grade", "Giá trị là bắt buộc; cho phép: GIOI, KHA, TRUNG_BINH, KHONG_DAT."), v.errors());
        assertEquals(Grade.KHA, Choices.required(Grade.KHA, Grade.class, "other", v));
        assertEquals(1, v.errors().size());
    }
}
