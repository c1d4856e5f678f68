package vn.ptdv.admission.api;

import java.time.LocalDate;
import java.util.Collection;
import java.util.List;
import java.util.Map;

/**
 * The pool of candidates (quần chúng cảm tình Đảng) for other modules: training enrols them into an awareness class
 * and records the certificates it issues to them. Look-ups do not check the caller's scope: the calling module does,
 * with the returned paths.
 */
public interface CandidatePool {

    /** The candidates with these ids (missing ids are absent from the answer). */
    Map<Long, PoolCandidate> find(Collection<Long> ids);

    /** The candidates under the path (a committee's subtree) still waiting for the awareness course, by name. */
    List<PoolCandidate> waiting(String orgPath, int max);

    /** Marks candidates as attending a class (label: what the candidate's page shows), or not when {@code null}. */
    void attending(Collection<Long> ids, String classLabel);

    /**
     * Records the awareness certificates issued to candidates, in the caller's transaction: a candidate still in the
     * pool moves on to "đã học lớp nhận thức"; one that has moved on already keeps what it has.
     */
    void recordAwarenessCertificates(List<IssuedCertificate> certificates);

    /** A candidate as training needs it; {@code waiting}: still in the pool (no certificate yet, not stopped). */
    record PoolCandidate(long id, String fullName, LocalDate birthDate, Gender gender, String ethnicityCode,
                         String religion, String organizationCode, String orgPath, boolean waiting, String attending) {
    }

    /** A certificate issued to a candidate. */
    record IssuedCertificate(long candidateId, String number, LocalDate issuedOn) {
    }
}
