package vn.ptdv.admission.api;

import java.time.LocalDate;

/**
 * A course certificate as the admission module sees it (provided by the training module through
 * {@link AwarenessCertificates}). {@code awarenessCourse} is true for the awareness course (mẫu CN-NTVĐ), false for
 * another course's certificate; {@code issuedBy} is the organiser (e.g. "Trung tâm Chính trị huyện Bảo Thắng");
 * {@code classReference} names the class ("Khóa I năm 2024", id); {@code classOrgPath} and {@code holderOrgPath} are
 * the organisation paths of the organising committee and of the holder's nominating organisation: a caller covering
 * neither sees the certificate only as far as it proves what the caller already knows (issue #15).
 */
public record AwarenessCertificate(String number, boolean awarenessCourse, LocalDate issuedOn, String holderFullName,
                                   LocalDate holderBirthDate, String issuedBy, long classId, String classReference,
                                   String classOrgPath, String holderOrgPath) {
}
