package vn.ptdv.training.control;

import java.util.ArrayList;
import java.util.Collection;
import java.util.List;

/** Long {@code IN} lists split into statements of at most {@link #SIZE} parameters (within Derby's and PostgreSQL's limits). */
final class Chunks {

    static final int SIZE = 500;

    private Chunks() {
    }

    static <T> List<List<T>> of(Collection<T> all) {
        List<T> list = new ArrayList<>(all);
        List<List<T>> out = new ArrayList<>();
        for (int from = 0; from < list.size(); from += SIZE) {
            out.add(list.subList(from, Math.min(list.size(), from + SIZE)));
        }
        return out;
    }
}
