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

    /**
     * {@code "(?first, ?first+1, …)"}: the numbered parameters of a native IN list of {@code count} values. Native
     * queries name their index for Derby ({@code --DERBY-PROPERTIES index=…} at the end of a line after the table): its
     * statement cache keeps the plan compiled while a loader's transaction was filling the table, a scan that compares
     * every row with the whole list.
     */
    public static String numberedParameters(int first, int count) {
        StringBuilder in = new StringBuilder("(");
        for (int i = 0; i < count; i++) {
            in.append(i == 0 ? "" : ", ").append('?').append(first + i);
        }
        return in.append(')').toString();
    }
}
