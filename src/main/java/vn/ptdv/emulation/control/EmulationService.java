package vn.ptdv.emulation.control;

import jakarta.enterprise.context.ApplicationScoped;
import jakarta.inject.Inject;
import jakarta.json.Json;
import jakarta.json.JsonArrayBuilder;
import jakarta.json.JsonObject;
import jakarta.json.JsonReader;
import jakarta.json.JsonValue;
import jakarta.json.bind.Jsonb;
import jakarta.json.bind.JsonbBuilder;
import jakarta.persistence.EntityManager;
import jakarta.persistence.PersistenceContext;
import jakarta.transaction.Transactional;
import java.io.StringReader;
import java.time.LocalDate;
import java.util.ArrayList;
import java.util.Comparator;
import java.util.HashMap;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import java.util.Optional;
import vn.ptdv.admission.api.AdmissionAchievements;
import vn.ptdv.admission.api.UnitAchievement;
import vn.ptdv.emulation.api.CampaignDefinition;
import vn.ptdv.emulation.api.EmulationRegistry;
import vn.ptdv.emulation.api.QualityRating;
import vn.ptdv.emulation.control.EligibilityEvaluator.Check;
import vn.ptdv.emulation.control.EligibilityEvaluator.Discipline;
import vn.ptdv.emulation.control.EligibilityEvaluator.Participant;
import vn.ptdv.emulation.control.EligibilityEvaluator.Result;
import vn.ptdv.emulation.control.EvaluationResult.Row;
import vn.ptdv.emulation.entity.AwardTier;
import vn.ptdv.emulation.entity.Campaign;
import vn.ptdv.emulation.entity.CriterionEntry;
import vn.ptdv.emulation.entity.DisciplinaryAction;
import vn.ptdv.emulation.entity.Evaluation;
import vn.ptdv.emulation.entity.EvaluationRow;
import vn.ptdv.emulation.entity.QualityRatingEntry;
import vn.ptdv.organization.api.OrganizationDirectory;
import vn.ptdv.organization.api.OrganizationRef;
import vn.ptdv.platform.audit.AuditLog;
import vn.ptdv.platform.rest.ProblemException;
import vn.ptdv.platform.rest.ProblemType;
import vn.ptdv.platform.security.Access;
import vn.ptdv.platform.security.Caller;
import vn.ptdv.platform.security.Permission;
import vn.ptdv.shared.VietnameseFormat;

/**
 * Thi đua – khen thưởng: campaigns, ratings, disciplinary actions, evaluations and proposals. Every method checks the
 * caller (a campaign outside the caller's scope is answered as one that does not exist) and every change is audited.
 */
@ApplicationScoped
@Transactional
public class EmulationService implements EmulationRegistry {

    static final String CAMPAIGN_NOT_FOUND = "Không tìm thấy phong trào thi đua.";
    private static final Jsonb JSONB = JsonbBuilder.create();

    @PersistenceContext(unitName = "ptdv")
    EntityManager em;

    @Inject
    Access access;

    @Inject
    AuditLog audit;

    @Inject
    OrganizationDirectory organizations;

    @Inject
    AdmissionAchievements achievements;

    // ------------------------------------------------------------------------------------------------ campaigns

    /** Creates a campaign: its definition is checked first, every error listed with its field path. */
    public CampaignDefinition create(CampaignDefinition d) {
        Caller caller = access.require(Permission.MANAGE_EMULATION);
        CampaignRules.check(d).throwIfAny();
        OrganizationRef issuer = organization(d.organizationCode(), caller);
        if (!em.createNamedQuery(Campaign.BY_CODE, Campaign.class).setParameter("code", d.code()).getResultList().isEmpty()) {
            throw ProblemException.conflict("Mã phong trào " + d.code() + " đã được sử dụng.");
        }
        Campaign c = new Campaign(d.code(), issuer.code(), issuer.path());
        define(c, d, issuer, caller);
        em.persist(c);
        em.flush();
        audit.change("EMULATION_CAMPAIGN_CREATED", "campaign:" + c.getCode(), c.getOrgPath(), null, JSONB.toJson(definition(c)));
        return definition(c);
    }

    /** Replaces a campaign's definition (not its code or issuer); the definition version grows by one. */
    public CampaignDefinition update(String code, CampaignDefinition d) {
        Caller caller = access.require(Permission.MANAGE_EMULATION);
        Campaign c = campaign(code, caller);
        CampaignDefinition withKey = new CampaignDefinition(c.getCode(), c.getOrganizationCode(), d.planNumber(), d.name(),
                d.fromYear(), d.toYear(), d.participantRoot(), d.participantKinds(), d.tiers());
        CampaignRules.check(withKey).throwIfAny();
        if (latest(c).map(e -> e.getStatus() == Evaluation.Status.SUBMITTED).orElse(false)) {
            throw ProblemException.conflict("Đề nghị khen thưởng của phong trào đang chờ quyết định; không sửa được phong trào.");
        }
        String before = JSONB.toJson(definition(c));
        OrganizationRef issuer = organizations.findCurrentOrLatest(c.getOrganizationCode()).orElseThrow();
        define(c, withKey, issuer, caller);
        em.flush();
        audit.change("EMULATION_CAMPAIGN_CHANGED", "campaign:" + c.getCode(), c.getOrgPath(), before, JSONB.toJson(definition(c)));
        return definition(c);
    }

    private void define(Campaign c, CampaignDefinition d, OrganizationRef issuer, Caller caller) {
        String root = d.participantRoot() == null || d.participantRoot().isBlank() ? issuer.code() : d.participantRoot().strip();
        OrganizationRef rootRef = organizations.findCurrentOrLatest(root).orElse(null);
        if (rootRef == null || !rootRef.path().startsWith(issuer.path()) || !caller.covers(rootRef.path())) {
            throw new ProblemException(ProblemType.VALIDATION, "Tổ chức tham gia phải thuộc cây tổ chức của cơ quan phát động.",
                    Map.of("participantRoot", "Không tìm thấy tổ chức " + root + " trong cây tổ chức của " + issuer.code() + "."));
        }
        List<AwardTier> tiers = new ArrayList<>();
        for (int t = 0; t < d.tiers().size(); t++) {
            CampaignDefinition.Tier tier = d.tiers().get(t);
            List<CriterionEntry> criteria = tier.criteria().stream().map(x -> new CriterionEntry(x.type(),
                    JSONB.toJson(x.parameters() == null ? Map.of() : x.parameters()))).toList();
            tiers.add(new AwardTier(t, tier.name().strip(), tier.quota(), criteria));
        }
        c.define(d.planNumber().strip(), d.name().strip(), d.fromYear(), d.toYear(), root, d.participantKinds(), tiers);
    }

    /** A campaign the caller may see. */
    @Transactional(Transactional.TxType.SUPPORTS)
    public CampaignDefinition find(String code) {
        return definition(campaign(code, access.require(Permission.READ_AGGREGATES)));
    }

    /** The version of a campaign's definition the caller may see. */
    @Transactional(Transactional.TxType.SUPPORTS)
    public int version(String code) {
        return campaign(code, access.require(Permission.READ_AGGREGATES)).getDefinitionVersion();
    }

    /** The campaigns whose issuing organisation the caller covers, optionally only those issued under an organisation. */
    @Transactional(Transactional.TxType.SUPPORTS)
    public List<CampaignDefinition> list(String under) {
        Caller caller = access.require(Permission.READ_AGGREGATES);
        String prefix = under == null ? null : organization(under, caller).path();
        return em.createNamedQuery(Campaign.ALL, Campaign.class).getResultList().stream()
                .filter(c -> caller.covers(c.getOrgPath()) && (prefix == null || c.getOrgPath().startsWith(prefix)))
                .map(EmulationService::definition).toList();
    }

    // ------------------------------------------------------------------------------------------------ evaluation

    /** Evaluates every participant now and stores the result with the campaign version it used (a new DRAFT). */
    public EvaluationResult evaluate(String code) {
        Caller caller = access.require(Permission.MANAGE_EMULATION);
        Campaign c = campaign(code, caller);
        Optional<Evaluation> previous = latest(c);
        if (previous.isPresent() && (previous.get().getStatus() == Evaluation.Status.SUBMITTED
                || previous.get().getStatus() == Evaluation.Status.APPROVED)) {
            throw ProblemException.conflict("Đề nghị khen thưởng đã " + (previous.get().getStatus() == Evaluation.Status.SUBMITTED
                    ? "trình, đang chờ quyết định" : "được phê duyệt") + "; không bình xét lại được.");
        }
        List<Result> results = compute(c);
        Evaluation e = new Evaluation(c.getId(), c.getDefinitionVersion(), caller.username());
        for (Result r : results) {
            e.add(new EvaluationRow(r.rank(), r.participant().code(), r.participant().name(), r.participant().parentName(),
                    r.participant().figures().target(), r.participant().figures().admitted(), r.ratio(), r.tierReached(),
                    r.tierProposed(), r.outcome().name(), r.summary(), checksJson(r.checks())));
        }
        em.persist(e);
        em.flush();
        long proposed = results.stream().filter(r -> r.outcome() == EligibilityEvaluator.Outcome.PROPOSED).count();
        audit.change("EMULATION_EVALUATED", "campaign:" + c.getCode(), c.getOrgPath(), null,
                "{\"evaluation\":" + e.getId() + ",\"campaignVersion\":" + c.getDefinitionVersion() + ",\"participants\":"
                        + results.size() + ",\"proposed\":" + proposed + "}");
        return stored(c, e);
    }

    /** The latest stored evaluation; when there is none yet, an empty result (nothing evaluated). */
    @Transactional(Transactional.TxType.SUPPORTS)
    public EvaluationResult evaluation(String code) {
        Campaign c = campaign(code, access.require(Permission.READ_AGGREGATES));
        return latest(c).map(e -> stored(c, e)).orElseGet(() -> new EvaluationResult(c.getCode(), c.getName(),
                c.getDefinitionVersion(), false, null, null, null, null, 0, 0, 0, List.of()));
    }

    /**
     * What a report prints: the latest stored evaluation if it used the current definition, else a fresh evaluation
     * that is not stored. The caller needs {@code permission} and a scope covering the campaign's organisation.
     */
    @Transactional(Transactional.TxType.SUPPORTS)
    public EvaluationResult forReport(String code, Permission permission) {
        Campaign c = campaign(code, access.require(permission));
        Optional<Evaluation> e = latest(c);
        if (e.isPresent() && e.get().getCampaignVersion() == c.getDefinitionVersion()) {
            return stored(c, e.get());
        }
        List<Row> rows = compute(c).stream().map(EmulationService::row).toList();
        return result(c, null, rows);
    }

    /** The campaign's definition and issuer path, for the reports. */
    @Transactional(Transactional.TxType.SUPPORTS)
    public CampaignInfo info(String code, Permission permission) {
        Campaign c = campaign(code, access.require(permission));
        return new CampaignInfo(c.getCode(), c.getOrganizationCode(), c.getPlanNumber(), c.getName(), c.getFromYear(),
                c.getToYear(), c.getTiers().stream().map(t -> t.getName() + (t.getQuota() == null ? "" : " (tối đa "
                + t.getQuota() + ")")).toList());
    }

    /** A campaign as the reports describe it. */
    public record CampaignInfo(String code, String organizationCode, String planNumber, String name, int fromYear,
                               int toYear, List<String> tiers) {
    }

    // ------------------------------------------------------------------------------------------------ proposal

    /** Trình đề nghị khen thưởng: the latest evaluation, a DRAFT of the current definition, becomes SUBMITTED. */
    public EvaluationResult submit(String code) {
        Caller caller = access.require(Permission.MANAGE_EMULATION);
        Campaign c = campaign(code, caller);
        Evaluation e = latest(c).orElseThrow(() -> new ProblemException(ProblemType.UNPROCESSABLE,
                "Phong trào chưa được bình xét; hãy chạy bình xét trước khi trình đề nghị khen thưởng."));
        if (e.getStatus() != Evaluation.Status.DRAFT && e.getStatus() != Evaluation.Status.REJECTED) {
            throw ProblemException.conflict("Đề nghị khen thưởng đang ở trạng thái " + e.getStatus() + ", không trình lại được.");
        }
        if (e.getStatus() == Evaluation.Status.REJECTED) {
            throw ProblemException.conflict("Đề nghị đã bị từ chối; hãy bình xét lại rồi trình đề nghị mới.");
        }
        if (e.getCampaignVersion() != c.getDefinitionVersion()) {
            throw ProblemException.conflict("Kết quả bình xét dùng phiên bản " + e.getCampaignVersion()
                    + " của phong trào, nay là phiên bản " + c.getDefinitionVersion() + "; hãy bình xét lại.");
        }
        e.submit(caller.username());
        audit.change("EMULATION_PROPOSAL_SUBMITTED", "campaign:" + c.getCode(), c.getOrgPath(), "{\"status\":\"DRAFT\"}",
                "{\"status\":\"SUBMITTED\",\"evaluation\":" + e.getId() + "}");
        return stored(c, e);
    }

    /** Quyết định khen thưởng: a SUBMITTED proposal is APPROVED (with the decision number and date) or REJECTED. */
    public EvaluationResult decide(String code, boolean approved, String decisionNumber, LocalDate decisionDate, String note) {
        Caller caller = access.require(Permission.DECIDE_AWARDS);
        Campaign c = campaign(code, caller);
        Evaluation e = latest(c).filter(x -> x.getStatus() == Evaluation.Status.SUBMITTED).orElseThrow(() ->
                ProblemException.conflict("Không có đề nghị khen thưởng nào đang chờ quyết định."));
        e.decide(approved, decisionNumber, decisionDate, note, caller.username());
        audit.change(approved ? "EMULATION_PROPOSAL_APPROVED" : "EMULATION_PROPOSAL_REJECTED", "campaign:" + c.getCode(),
                c.getOrgPath(), "{\"status\":\"SUBMITTED\"}", "{\"status\":\"" + e.getStatus() + "\",\"decisionNumber\":"
                        + (decisionNumber == null ? "null" : JSONB.toJson(decisionNumber)) + "}");
        return stored(c, e);
    }

    // ------------------------------------------------------------------------------------------------ ratings, discipline

    /** Records or replaces the quality rating of an organisation for a year. */
    public RatingView rate(String orgCode, int year, QualityRating rating) {
        Caller caller = access.require(Permission.MANAGE_EMULATION);
        OrganizationRef org = organization(orgCode, caller);
        QualityRatingEntry entry = em.createNamedQuery(QualityRatingEntry.OF, QualityRatingEntry.class)
                .setParameter("code", org.code()).setParameter("year", year).getResultStream().findFirst().orElse(null);
        String before = entry == null ? null : "{\"rating\":\"" + entry.getRating() + "\"}";
        if (entry == null) {
            entry = new QualityRatingEntry(org.code(), org.path(), year);
            entry.rate(rating, caller.username());
            em.persist(entry);
        } else {
            entry.rate(rating, caller.username());
        }
        audit.change("EMULATION_RATING_RECORDED", "rating:" + org.code() + "/" + year, org.path(), before,
                "{\"rating\":\"" + rating + "\"}");
        return RatingView.of(entry);
    }

    /** The rating of an organisation for a year; {@code rating} null when none is recorded. */
    @Transactional(Transactional.TxType.SUPPORTS)
    public RatingView rating(String orgCode, int year) {
        OrganizationRef org = organization(orgCode, access.require(Permission.READ_AGGREGATES));
        return em.createNamedQuery(QualityRatingEntry.OF, QualityRatingEntry.class).setParameter("code", org.code())
                .setParameter("year", year).getResultStream().findFirst().map(RatingView::of)
                .orElse(new RatingView(org.code(), year, null, null, null, null));
    }

    /** Xếp loại chất lượng as the API shows it. */
    public record RatingView(String organizationCode, int year, QualityRating rating, String label, String recordedBy,
                             java.time.Instant recordedAt) {
        static RatingView of(QualityRatingEntry e) {
            return new RatingView(e.getOrganizationCode(), e.getYear(), e.getRating(), e.getRating().label(),
                    e.getRecordedBy(), e.getRecordedAt());
        }
    }

    /** Records a disciplinary action against an organisation. */
    public DisciplineView discipline(DisciplineRecord r) {
        Caller caller = access.require(Permission.MANAGE_EMULATION);
        OrganizationRef org = organization(r.organizationCode(), caller);
        DisciplinaryAction a = new DisciplinaryAction(org.code(), org.path(), r.actionDate(), r.form().strip(),
                r.decisionNumber(), r.reason(), caller.username());
        em.persist(a);
        em.flush();
        audit.change("EMULATION_DISCIPLINE_RECORDED", "discipline:" + a.getId(), org.path(), null,
                "{\"organization\":\"" + org.code() + "\",\"date\":\"" + r.actionDate() + "\",\"form\":" + JSONB.toJson(a.getForm()) + "}");
        return DisciplineView.of(a);
    }

    /** Disciplinary actions in an organisation's subtree, optionally of one year. */
    @Transactional(Transactional.TxType.SUPPORTS)
    public List<DisciplineView> disciplines(String orgCode, Integer year) {
        OrganizationRef org = organization(orgCode, access.require(Permission.READ_AGGREGATES));
        var q = em.createQuery("SELECT d FROM DisciplinaryAction d WHERE d.orgPath LIKE :p"
                + (year == null ? "" : " AND d.actionDate >= :from AND d.actionDate <= :to")
                + " ORDER BY d.actionDate, d.id", DisciplinaryAction.class).setParameter("p", org.subtreePattern());
        if (year != null) {
            q.setParameter("from", LocalDate.of(year, 1, 1)).setParameter("to", LocalDate.of(year, 12, 31));
        }
        return q.getResultList().stream().map(DisciplineView::of).toList();
    }

    /** Kỷ luật as the API shows it. */
    public record DisciplineView(long id, String organizationCode, LocalDate actionDate, String form,
                                 String decisionNumber, String reason) {
        static DisciplineView of(DisciplinaryAction a) {
            return new DisciplineView(a.getId(), a.getOrganizationCode(), a.getActionDate(), a.getForm(),
                    a.getDecisionNumber(), a.getReason());
        }
    }

    // ------------------------------------------------------------------------------------------------ registry

    @Override
    public void createCampaigns(List<CampaignDefinition> campaigns) {
        campaigns.forEach(this::create);
    }

    @Override
    public void recordRatings(List<RatingRecord> ratings) {
        ratings.forEach(r -> rate(r.organizationCode(), r.year(), r.rating()));
    }

    @Override
    public void recordDisciplines(List<DisciplineRecord> disciplines) {
        disciplines.forEach(this::discipline);
    }

    // ------------------------------------------------------------------------------------------------ internals

    /** The participants and their figures (one grouped query per measure), then the pure evaluator. */
    List<Result> compute(Campaign c) {
        LocalDate from = LocalDate.of(c.getFromYear(), 1, 1);
        LocalDate to = LocalDate.of(c.getToYear(), 12, 31);
        List<OrganizationRef> rootRecords = organizations.history(c.getParticipantRoot());
        OrganizationRef root = OrganizationRef.latestValidDuring(rootRecords, from, to).orElse(null);
        if (root == null) {
            throw new ProblemException(ProblemType.UNPROCESSABLE, "Tổ chức " + c.getParticipantRoot()
                    + " không hoạt động trong thời gian của phong trào.");
        }
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
        List<String> codes = new ArrayList<>(byCode.keySet());
        Map<String, Map<Integer, QualityRating>> ratings = new HashMap<>();
        Map<String, List<Discipline>> disciplines = new HashMap<>();
        for (int i = 0; i < codes.size(); i += 500) {   // IN lists in chunks
            List<String> chunk = codes.subList(i, Math.min(codes.size(), i + 500));
            for (QualityRatingEntry r : em.createNamedQuery(QualityRatingEntry.OF_CODES, QualityRatingEntry.class)
                    .setParameter("codes", chunk).setParameter("from", c.getFromYear()).setParameter("to", c.getToYear())
                    .getResultList()) {
                ratings.computeIfAbsent(r.getOrganizationCode(), k -> new HashMap<>()).put(r.getYear(), r.getRating());
            }
            for (DisciplinaryAction d : em.createNamedQuery(DisciplinaryAction.OF_CODES, DisciplinaryAction.class)
                    .setParameter("codes", chunk).setParameter("from", from).setParameter("to", to).getResultList()) {
                disciplines.computeIfAbsent(d.getOrganizationCode(), k -> new ArrayList<>())
                        .add(new Discipline(d.getActionDate(), d.getForm()));
            }
        }
        List<Participant> participants = new ArrayList<>();
        for (Map.Entry<String, List<OrganizationRef>> e : byCode.entrySet()) {
            List<OrganizationRef> recs = e.getValue();
            OrganizationRef latest = recs.stream().max(Comparator.comparing(OrganizationRef::validFrom)).orElseThrow();
            Integer target = null;
            LocalDate registered = null;
            long[] sums = new long[5];
            long warned = 0;
            for (OrganizationRef r : recs) {
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
            boolean openAtEnd = recs.stream().anyMatch(r -> r.validOn(to));
            LocalDate closedOn = openAtEnd ? null : recs.stream().map(OrganizationRef::validTo)
                    .filter(java.util.Objects::nonNull).max(Comparator.naturalOrder()).orElse(null);
            String parentName = latest.parentId() == null ? null : names.computeIfAbsent(latest.parentId(),
                    id -> organizations.findById(id).map(OrganizationRef::name).orElse(null));
            participants.add(new Participant(e.getKey(), latest.name(), parentName,
                    new UnitAchievement(latest.path(), target, registered, sums[0], sums[1], sums[2], sums[3], sums[4]),
                    ratings.getOrDefault(e.getKey(), Map.of()), disciplines.getOrDefault(e.getKey(), List.of()), warned,
                    closedOn));
        }
        List<EligibilityEvaluator.TierSpec> tiers = CampaignRules.tiers(definition(c));
        return EligibilityEvaluator.evaluate(tiers, c.getFromYear(), c.getToYear(), participants);
    }

    private Optional<Evaluation> latest(Campaign c) {
        return em.createNamedQuery(Evaluation.LATEST, Evaluation.class).setParameter("campaignId", c.getId())
                .setMaxResults(1).getResultStream().findFirst();
    }

    private Campaign campaign(String code, Caller caller) {
        Campaign c = code == null ? null : em.createNamedQuery(Campaign.BY_CODE, Campaign.class)
                .setParameter("code", code.strip()).getResultStream().findFirst().orElse(null);
        if (c == null || !caller.covers(c.getOrgPath())) {
            throw ProblemException.notFound(CAMPAIGN_NOT_FOUND);
        }
        return c;
    }

    /** An organisation (today's record, else the latest) in the caller's scope; otherwise the same 404. */
    private OrganizationRef organization(String code, Caller caller) {
        OrganizationRef org = code == null ? null : organizations.findCurrentOrLatest(code.strip()).orElse(null);
        if (org == null || !caller.covers(org.path())) {
            throw ProblemException.notFound("Không tìm thấy tổ chức đảng có mã " + code + ".");
        }
        return org;
    }

    static CampaignDefinition definition(Campaign c) {
        List<CampaignDefinition.Tier> tiers = c.getTiers().stream().map(t -> new CampaignDefinition.Tier(t.getName(),
                t.getQuota(), t.getCriteria().stream().map(x -> new CampaignDefinition.Criterion(x.getType(),
                        parameters(x.getParameters()))).toList())).toList();
        return new CampaignDefinition(c.getCode(), c.getOrganizationCode(), c.getPlanNumber(), c.getName(),
                c.getFromYear(), c.getToYear(), c.getParticipantRoot(), c.getParticipantKinds(), tiers);
    }

    /** A stored parameters object: numbers as BigDecimal, strings as String. */
    static Map<String, Object> parameters(String json) {
        Map<String, Object> result = new LinkedHashMap<>();
        try (JsonReader reader = Json.createReader(new StringReader(json))) {
            JsonObject o = reader.readObject();
            o.forEach((k, v) -> result.put(k, switch (v.getValueType()) {
                case NUMBER -> ((jakarta.json.JsonNumber) v).bigDecimalValue();
                case STRING -> ((jakarta.json.JsonString) v).getString();
                case TRUE -> Boolean.TRUE;
                case FALSE -> Boolean.FALSE;
                default -> v.toString();
            }));
        }
        return result;
    }

    static String checksJson(List<Check> checks) {
        JsonArrayBuilder a = Json.createArrayBuilder();
        for (Check c : checks) {
            a.add(Json.createObjectBuilder().add("tier", c.tier()).add("tierName", c.tierName()).add("type", c.type())
                    .add("label", c.label()).add("measured", c.measured() == null ? "" : c.measured())
                    .add("threshold", c.threshold()).add("met", c.met()).add("reason", c.reason()));
        }
        return a.build().toString();
    }

    static List<Check> checks(String json) {
        List<Check> result = new ArrayList<>();
        try (JsonReader reader = Json.createReader(new StringReader(json))) {
            for (JsonValue v : reader.readArray()) {
                JsonObject o = v.asJsonObject();
                result.add(new Check(o.getInt("tier"), o.getString("tierName"), o.getString("type"), o.getString("label"),
                        o.getString("measured"), o.getString("threshold"), o.getBoolean("met"), o.getString("reason")));
            }
        }
        return result;
    }

    private static Row row(Result r) {
        UnitAchievement f = r.participant().figures();
        return new Row(r.rank(), r.participant().code(), r.participant().name(), r.participant().parentName(), f.target(),
                f.admitted(), r.ratio(), r.ratio() == null ? null : VietnameseFormat.percent(r.ratio()), r.tierReached(),
                r.tierProposed(), r.outcome().name(), r.summary(), r.checks());
    }

    private EvaluationResult stored(Campaign c, Evaluation e) {
        List<Row> rows = e.getRows().stream().map(x -> new Row(x.getRank(), x.getOrganizationCode(),
                x.getOrganizationName(), x.getParentName(), x.getTarget(), x.getAdmitted(), x.getRatio(),
                x.getRatio() == null ? null : VietnameseFormat.percent(x.getRatio()), x.getTierReached(),
                x.getTierProposed(), x.getOutcome(), x.getSummary(), checks(x.getChecks()))).toList();
        return result(c, e, rows);
    }

    private static EvaluationResult result(Campaign c, Evaluation e, List<Row> rows) {
        EvaluationResult.Proposal proposal = e == null ? null : new EvaluationResult.Proposal(e.getStatus().name(),
                e.getSubmittedBy(), e.getSubmittedAt(), e.getDecidedBy(), e.getDecidedAt(), e.getDecisionNumber(),
                e.getDecisionDate(), e.getDecisionNote());
        return new EvaluationResult(c.getCode(), c.getName(), e == null ? c.getDefinitionVersion() : e.getCampaignVersion(),
                e == null || e.getCampaignVersion() == c.getDefinitionVersion(), e == null ? null : e.getId(),
                e == null ? null : e.getEvaluatedAt(), e == null ? null : e.getEvaluatedBy(), proposal,
                count(rows, "PROPOSED"), count(rows, "NOT_PROPOSED_QUOTA"), count(rows, "NOT_ELIGIBLE"), rows);
    }

    private static long count(List<Row> rows, String outcome) {
        return rows.stream().filter(r -> r.outcome().equals(outcome)).count();
    }
}
