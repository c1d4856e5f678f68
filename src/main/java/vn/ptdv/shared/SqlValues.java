package vn.ptdv.shared;

/** The values of native query rows as the JDBC drivers give them (Derby and PostgreSQL differ in number types). */
public final class SqlValues {

    private SqlValues() {
    }

    /** A count or sum of a row: any {@link Number} (Integer, Long, BigDecimal…); SQL NULL is 0. */
    public static long num(Object value) {
        return value == null ? 0 : ((Number) value).longValue();
    }
}
