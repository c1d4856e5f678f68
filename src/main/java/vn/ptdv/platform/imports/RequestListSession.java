package vn.ptdv.platform.imports;

import java.util.ArrayList;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import java.util.TreeMap;
import java.util.function.IntFunction;

/**
 * The usual session: each row becomes a request of the module (its Bean Validation errors noted on the row), then the
 * module's service checks the whole list at once and writes it or not. {@code R} is the request type.
 */
public abstract class RequestListSession<R> implements ImportSession {

    private final List<Integer> rows = new ArrayList<>();
    private final List<R> requests = new ArrayList<>();
    private final Map<Integer, Map<String, String>> errors = new TreeMap<>();

    /** The row as a request, its errors added to {@code invalid}; null leaves the row out of the service's check. */
    protected abstract R read(RowValues row, Map<String, String> invalid);

    /**
     * The service's check of every request ({@code rowName} names the i-th for messages, e.g. "dòng 12"), writing them
     * when {@code write}: errors by index → field → message.
     */
    protected abstract Map<Integer, Map<String, String>> check(List<R> requests, IntFunction<String> rowName, boolean write);

    @Override
    public final void add(RowValues row) {
        Map<String, String> invalid = new LinkedHashMap<>();
        R request = read(row, invalid);
        if (!invalid.isEmpty()) {
            errors.put(row.number(), invalid);
        }
        if (request != null) {
            rows.add(row.number());
            requests.add(request);
        }
    }

    @Override
    public final Map<Integer, Map<String, String>> finish(boolean write) {
        check(requests, i -> "dòng " + rows.get(i), write && errors.isEmpty()).forEach((index, fields) ->
                fields.forEach((field, message) ->
                        errors.computeIfAbsent(rows.get(index), r -> new LinkedHashMap<>()).putIfAbsent(field, message)));
        return errors;
    }
}
