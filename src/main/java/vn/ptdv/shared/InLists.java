package vn.ptdv.shared;

import java.util.ArrayList;
import java.util.Collection;
import java.util.List;

/** SQL IN lists of bounded length: many ids or codes are asked in chunks, well inside every database's limit. */
public final class InLists {

    /** Values per IN list. */
    public static final int SIZE = 500;

    private InLists() {
    }

    /** The values in consecutive chunks of at most {@link #SIZE} (views of a list, in its order). */
    public static <T> List<List<T>> chunks(Collection<T> values) {
        List<T> all = values instanceof List<T> list ? list : new ArrayList<>(values);
        List<List<T>> out = new ArrayList<>();
        for (int from = 0; from < all.size(); from += SIZE) {
            out.add(all.subList(from, Math.min(all.size(), from + SIZE)));
        }
        return out;
    }
}
