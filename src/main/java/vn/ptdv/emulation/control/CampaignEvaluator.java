package vn.ptdv.emulation.control;

import jakarta.enterprise.context.Dependent;
import jakarta.inject.Inject;
import java.time.LocalDate;
import java.util.ArrayList;
import java.util.Comparator;
import java.util.HashMap;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import java.util.Objects;
import java.util.function.Predicate;
import vn.ptdv.admission.api.AdmissionAchievements;
import vn.ptdv.admission.api.UnitAchievement;
import vn.ptdv.emulation.api.QualityRating;
import vn.ptdv.emulation.control.EligibilityEvaluator.Discipline;
import vn.ptdv.emulation.control.EligibilityEvaluator.Participant;
import vn.ptdv.emulation.control.EligibilityEvaluator.Result;
import vn.ptdv.emulation.entity.Campaign;
import vn.ptdv.emulation.entity.DisciplinaryAction;
import vn.ptdv.emulation.entity.QualityRatingEntry;
import vn.ptdv.organization.api.OrganizationDirectory;
import vn.ptdv.organization.api.OrganizationRef;
import vn.ptdv.platform.rest.ProblemException;
import vn.ptdv.platform.rest.ProblemType;

/**
 * Bình xét: gathers a campaign's participants and their figures (one grouped query per measure, never one per
 * participant), then hands them to the pure {@link EligibilityEvaluator}.
 */
@Dependent
public class CampaignEvaluator {

    @Inject
    OrganizationDirectory organizations;

    @Inject
    AdmissionAchievements achievements;

    @Inject
    RatingRepository ratings;

    @Inject
    DisciplineRepository disciplines;

    /**
     * The participants of the campaign ranked and judged against its tiers now, from the records of the participant
     * root that {@code inScope} accepts (by path): one re-parented out of the caller's tree is not evaluated.
     */
    List<Result> evaluate(Campaign c, Predicate<String> inScope) {
        LocalDate from = LocalDate.of(c.getFromYear(), 1, 1);
        LocalDate to = LocalDate.of(c.getToYear(), 12, 31);
        List<OrganizationRef> rootRecords = organizations.history(c.getParticipantRoot()).stream()
                .filter(r -> inScope.test(r.path())).toList();
        OrganizationRef root = OrganizationRef.latestValidDuring(rootRecords, from, to)
                .orElseThrow(() -> new ProblemException(ProblemType.UNPROCESSABLE, "Tổ chức " + c.getParticipantRoot()
                        + " không hoạt động trong thời gian của phong trào."));
        List<OrganizationRef> subtree = organizations.subtreeValidDuring(root, from, to);
        Map<Long, String> names = new HashMap<>();
        subtree.forEach(o -> names.put(o.id(), o.name()));
        Map<String, List<OrganizationRef>> byCode = new LinkedHashMap<>();
        for (OrganizationRef o : subtree) {
            if (c.getParticipantKinds().contains(o.kind().name())) {
                byCode.computeIfAbsent(o.code(), k -> new ArrayList<>()).add(o);
            }
        }
        List<String> paths = byCode.values().stream().flatMap(List::stream).map(OrganizationRef::path).toList();
        Map<String, UnitAchievement> figures = paths.isEmpty() ? Map.of()
                : achievements.achievements(root.path(), paths, c.getFromYear(), c.getToYear());
        Map<String, Long> warnings = paths.isEmpty() ? Map.of()
                : achievements.admissionsWithUnresolvedWarnings(paths, c.getFromYear(), c.getToYear());
        Map<String, Map<Integer, QualityRating>> ratingsByCode = new HashMap<>();
        for (QualityRatingEntry r : ratings.ofCodes(byCode.keySet(), c.getFromYear(), c.getToYear())) {
            ratingsByCode.computeIfAbsent(r.getOrganizationCode(), k -> new HashMap<>()).put(r.getYear(), r.getRating());
        }
        Map<String, List<Discipline>> disciplinesByCode = new HashMap<>();
        for (DisciplinaryAction d : disciplines.ofCodes(byCode.keySet(), from, to)) {
            disciplinesByCode.computeIfAbsent(d.getOrganizationCode(), k -> new ArrayList<>())
                    .add(new Discipline(d.getActionDate(), d.getForm()));
        }
        List<Participant> participants = new ArrayList<>();
        for (Map.Entry<String, List<OrganizationRef>> e : byCode.entrySet()) {
            OrganizationRef latest = e.getValue().stream().max(Comparator.comparing(OrganizationRef::validFrom)).orElseThrow();
            String parentName = latest.parentId() == null ? null : names.computeIfAbsent(latest.parentId(),
                    id -> organizations.findById(id).map(OrganizationRef::name).orElse(null));
            participants.add(participant(e.getKey(), e.getValue(), figures, warnings, parentName, to,
                    ratingsByCode.getOrDefault(e.getKey(), Map.of()), disciplinesByCode.getOrDefault(e.getKey(), List.of())));
        }
        return EligibilityEvaluator.evaluate(CampaignRules.tiers(CampaignJson.definition(c)), c.getFromYear(), c.getToYear(),
                participants);
    }

    /**
     * One participant: a code's records during the campaign summed as one unit (a renamed or moved unit has several),
     * named as its latest record; its first target registration; closed on its last record's last day when none is
     * open at the campaign's end.
     */
    static Participant participant(String code, List<OrganizationRef> records, Map<String, UnitAchievement> figures,
                                   Map<String, Long> warnings, String parentName, LocalDate end,
                                   Map<Integer, QualityRating> ratings, List<Discipline> disciplines) {
        OrganizationRef latest = records.stream().max(Comparator.comparing(OrganizationRef::validFrom)).orElseThrow();
        Integer target = null;
        LocalDate registered = null;
        long[] sums = new long[5];
        long warned = 0;
        for (OrganizationRef r : records) {
            UnitAchievement a = figures.getOrDefault(r.path(), UnitAchievement.none(r.path()));
            if (a.target() != null) {
                target = (target == null ? 0 : target) + a.target();
            }
            if (a.targetRegisteredOn() != null && (registered == null || a.targetRegisteredOn().isBefore(registered))) {
                registered = a.targetRegisteredOn();
            }
            sums[0] += a.admitted();
            sums[1] += a.women();
            sums[2] += a.minorities();
            sums[3] += a.pupilsStudents();
            sums[4] += a.privateEconomicUnits();
            warned += warnings.getOrDefault(r.path(), 0L);
        }
        boolean openAtEnd = records.stream().anyMatch(r -> r.validOn(end));
        LocalDate closedOn = openAtEnd ? null : records.stream().map(OrganizationRef::validTo)
                .filter(Objects::nonNull).max(Comparator.naturalOrder()).orElse(null);
        return new Participant(code, latest.name(), parentName,
                new UnitAchievement(latest.path(), target, registered, sums[0], sums[1], sums[2], sums[3], sums[4]),
                ratings, disciplines, warned, closedOn);
    }
}
