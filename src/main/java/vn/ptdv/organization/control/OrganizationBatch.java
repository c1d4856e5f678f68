package vn.ptdv.organization.control;

import java.util.ArrayList;
import java.util.Comparator;
import java.util.HashMap;
import java.util.List;
import java.util.Map;
import java.util.TreeMap;
import java.util.function.IntFunction;
import vn.ptdv.organization.api.NewOrganization;
import vn.ptdv.shared.VietnameseText;

/**
 * Many organisations opened at once (an import, a loader): a code given twice is an error of the later row, and the
 * rows are opened level by level so that a parent given in the same batch is opened (and written) before its children.
 * Pure: no database.
 */
final class OrganizationBatch {

    /** Deeper chains than this within one batch are cut (a cycle of parent codes ends here). */
    static final int MAX_DEPTH = 50;

    private OrganizationBatch() {
    }

    /** Row index → message, for every row whose code (cleaned) was given on an earlier row. */
    static Map<Integer, String> repeatedCodes(List<NewOrganization> rows, IntFunction<String> rowName) {
        Map<Integer, String> errors = new TreeMap<>();
        Map<String, Integer> first = new HashMap<>();
        for (int i = 0; i < rows.size(); i++) {
            String code = VietnameseText.clean(rows.get(i).code());
            Integer earlier = code == null ? null : first.putIfAbsent(code, i);
            if (earlier != null) {
                errors.put(i, "Mã tổ chức " + code + " trùng với " + rowName.apply(earlier) + ".");
            }
        }
        return errors;
    }

    /**
     * The level of every row: 0 when its parent is not a row of the batch, else one more than its parent row's (the
     * first row of that code).
     */
    static int[] levels(List<NewOrganization> rows) {
        Map<String, Integer> rowOf = new HashMap<>();
        for (int i = 0; i < rows.size(); i++) {
            String code = VietnameseText.clean(rows.get(i).code());
            if (code != null) {
                rowOf.putIfAbsent(code, i);
            }
        }
        int[] levels = new int[rows.size()];
        for (int i = 0; i < rows.size(); i++) {
            int depth = 0;
            String parent = VietnameseText.clean(rows.get(i).parentCode());
            while (parent != null && rowOf.containsKey(parent) && depth < MAX_DEPTH) {
                depth++;
                parent = VietnameseText.clean(rows.get(rowOf.get(parent)).parentCode());
            }
            levels[i] = depth;
        }
        return levels;
    }

    /** The row indices by level, in row order within a level. */
    static List<Integer> parentsFirst(int[] levels) {
        List<Integer> order = new ArrayList<>();
        for (int i = 0; i < levels.length; i++) {
            order.add(i);
        }
        order.sort(Comparator.comparingInt(i -> levels[i]));
        return order;
    }
}
