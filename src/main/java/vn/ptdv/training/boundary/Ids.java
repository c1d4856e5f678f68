package vn.ptdv.training.boundary;

import vn.ptdv.platform.rest.Params;
import vn.ptdv.platform.rest.ProblemException;

/** Path and query parameters of the training resources. */
final class Ids {

    private Ids() {
    }

    /** A numeric id; anything else is "not found" (as for an unknown id). */
    static long id(String value, String what) {
        try {
            return Long.parseLong(value.strip());
        } catch (NumberFormatException e) {
            throw ProblemException.notFound("Không tìm thấy " + what + " '" + value + "'.");
        }
    }

    static <E extends Enum<E>> E enumParam(String name, String value, Class<E> type) {
        return Params.enumParam(name, value, type);
    }
}
