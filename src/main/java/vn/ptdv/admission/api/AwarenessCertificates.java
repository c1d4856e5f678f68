package vn.ptdv.admission.api;

import java.util.Collection;
import java.util.Map;
import java.util.Optional;

/**
 * Giấy chứng nhận học lớp bồi dưỡng nhận thức về Đảng: a service PROVIDED by another module (training) and used by the
 * admission module to check an admission's certificate, so that admission depends on no other business module.
 * Lookups ignore the caller's scope: a certificate issued in one district is valid for an admission in another.
 */
public interface AwarenessCertificates {

    /** The certificate with this number (exact, after trimming), if one was issued. */
    Optional<AwarenessCertificate> find(String number);

    /** Many certificates at once (bulk admissions): one query per chunk, never one per number. */
    Map<String, AwarenessCertificate> findAll(Collection<String> numbers);
}
