package vn.ptdv.document.boundary;

import jakarta.validation.constraints.Size;
import java.math.BigDecimal;
import java.util.LinkedHashMap;
import java.util.Map;

/** Request bodies of the register of issued documents. */
public final class DocumentRequests {

    private DocumentRequests() {
    }

    /** {@code POST /ptdv/api/documents}: which report, with which parameters, in which format (PDF only). */
    public static class IssueRequest {
        @Size(max = 64)
        public String report;
        public Map<String, Object> parameters;
        @Size(max = 10)
        public String format;

        /** The parameters as the report's query would carry them (numbers and booleans as text). */
        public Map<String, String> parameterTexts() {
            Map<String, String> out = new LinkedHashMap<>();
            if (parameters != null) {
                parameters.forEach((k, v) -> {
                    if (v != null) {
                        out.put(k, v instanceof BigDecimal b ? b.toPlainString() : String.valueOf(v));
                    }
                });
            }
            return out;
        }
    }

    /** {@code POST /ptdv/api/documents/{id}/withdrawal}: why it is withdrawn. */
    public static class WithdrawalRequest {
        @Size(max = 1000)
        public String reason;
    }
}
