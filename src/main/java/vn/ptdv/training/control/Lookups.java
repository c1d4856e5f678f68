package vn.ptdv.training.control;

import java.time.LocalDate;
import java.util.Comparator;
import java.util.HashMap;
import java.util.List;
import java.util.Map;
import java.util.function.Function;
import vn.ptdv.admission.api.AdmissionRecords.AdmissionRecord;
import vn.ptdv.organization.api.OrganizationDirectory;
import vn.ptdv.organization.api.OrganizationRef;
import vn.ptdv.training.entity.Guide;

/**
 * What one call looks up, each once: guides by number, the history of organisations by code, and the admissions it
 * names (filled by the caller). A bulk load asks for the same guide and committee many times.
 */
final class Lookups {

    private final Function<String, Guide> guideByNumber;
    private final Function<String, List<OrganizationRef>> history;
    private final Map<String, Guide> guides = new HashMap<>();
    private final Map<String, List<OrganizationRef>> orgs = new HashMap<>();
    final Map<Long, AdmissionRecord> admissions = new HashMap<>();

    /**
     * @param guideByNumber the guide of a number, or null
     * @param history       every record of the organisation with a code (none: empty)
     */
    Lookups(Function<String, Guide> guideByNumber, Function<String, List<OrganizationRef>> history) {
        this.guideByNumber = guideByNumber;
        this.history = history;
    }

    /** The look-ups of one call in the database and the organisation module. */
    static Lookups of(GuideRepository guides, OrganizationDirectory organizations) {
        return new Lookups(number -> guides.byNumber(number).orElse(null), organizations::history);
    }

    /** The guide of this number, or null. */
    Guide guide(String number) {
        return guides.computeIfAbsent(number, guideByNumber);
    }

    List<OrganizationRef> history(String code) {
        return orgs.computeIfAbsent(code, history);
    }

    /** The record of the organisation valid on {@code date}, else its latest record; null for an unknown code. */
    OrganizationRef organization(String code, LocalDate date) {
        List<OrganizationRef> records = history(code);
        return records.stream().filter(o -> o.validOn(date)).findFirst()
                .or(() -> records.stream().max(Comparator.comparing(OrganizationRef::validFrom))).orElse(null);
    }
}
