package vn.ptdv.platform.audit;

import jakarta.ws.rs.NameBinding;
import java.lang.annotation.ElementType;
import java.lang.annotation.Retention;
import java.lang.annotation.RetentionPolicy;
import java.lang.annotation.Target;

/**
 * Marks a resource method that answers with named personal data (admission lists and records, learners, history,
 * certificates): every successful call is written to the audit trail as a READ entry ({@link AuditedReadFilter}).
 * The value names what was read, e.g. {@code ADMISSION_LIST}.
 */
@NameBinding
@Retention(RetentionPolicy.RUNTIME)
@Target({ElementType.METHOD, ElementType.TYPE})
public @interface AuditedRead {
    String value();
}
