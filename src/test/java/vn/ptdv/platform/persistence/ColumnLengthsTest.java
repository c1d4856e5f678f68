package vn.ptdv.platform.persistence;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertNull;
import static org.junit.jupiter.api.Assertions.assertThrows;

import jakarta.persistence.Column;
import jakarta.persistence.Embeddable;
import java.util.List;
import org.junit.jupiter.api.Test;
import vn.ptdv.platform.rest.ProblemException;
import vn.ptdv.platform.rest.ProblemType;

class ColumnLengthsTest {

    @Embeddable
    static class Topic {
        @Column(length = 5)
        String title;

        Topic(String title) {
            this.title = title;
        }
    }

    static class Guide {
        @Column(length = 10)
        String place;
        @Column
        String other;
        List<Topic> topics = List.of();
    }

    @Test
    void textLongerThanItsColumnIsA422NamingTheField() {
        Guide g = new Guide();
        g.place = "Lào Cai";
        g.topics = List.of(new Topic("Một"), new Topic("Hai ba"));
        assertEquals("topics[1].title", ColumnLengths.problem(g, "").split("\u0000")[0]);
        g.topics = List.of();
        assertNull(ColumnLengths.problem(g, ""));
        g.place = "Thành phố Lào Cai";
        ProblemException e = assertThrows(ProblemException.class, () -> new ColumnLengths().check(g));
        assertEquals(ProblemType.TOO_LONG, e.type());
        assertEquals(422, e.type().status());
        assertEquals(java.util.Set.of("place"), e.errors().keySet());
        assertEquals("Trường 'place' dài tối đa 10 ký tự (đang có 17).", e.getMessage());
    }
}
