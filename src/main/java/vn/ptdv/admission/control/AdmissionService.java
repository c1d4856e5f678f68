package vn.ptdv.admission.control;

import jakarta.enterprise.context.ApplicationScoped;
import jakarta.inject.Inject;
import jakarta.json.bind.Jsonb;
import jakarta.json.bind.JsonbBuilder;
import jakarta.persistence.EntityManager;
import jakarta.persistence.LockModeType;
import jakarta.persistence.PersistenceContext;
import jakarta.persistence.TypedQuery;
import jakarta.transaction.Transactional;
import java.time.LocalDate;
import java.util.ArrayList;
import java.util.HashMap;
import java.util.HashSet;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import java.util.Optional;
import java.util.Set;
import vn.ptdv.admission.api.AdmissionRecords;
import vn.ptdv.admission.api.AdmissionRegistry;
import vn.ptdv.admission.api.AwarenessCertificate;
import vn.ptdv.admission.api.AwarenessCertificates;
import vn.ptdv.admission.entity.CertificateStatus;
import vn.ptdv.admission.api.NewAdmission;
import vn.ptdv.admission.api.PoliticalTheory;
import vn.ptdv.admission.entity.Admission;
import vn.ptdv.admission.entity.AdmissionEvent;
import vn.ptdv.admission.entity.AdmissionStatus;
import vn.ptdv.admission.entity.AdmissionTarget;
import vn.ptdv.admission.entity.AdmissionValues;
import vn.ptdv.admission.entity.TargetEvent;
import vn.ptdv.admission.entity.TermTarget;
import vn.ptdv.organization.api.OrganizationDirectory;
import vn.ptdv.organization.api.OrganizationRef;
import vn.ptdv.platform.audit.AuditLog;
import vn.ptdv.platform.rest.ProblemException;
import vn.ptdv.platform.security.Access;
import vn.ptdv.platform.security.Caller;
import vn.ptdv.platform.security.Permission;
import vn.ptdv.platform.rest.ProblemType;
import vn.ptdv.platform.rest.Violations;
import vn.ptdv.shared.Religions;
import vn.ptdv.shared.VietnameseFormat;
import vn.ptdv.shared.VietnameseText;

/** Use cases of admission records and targets. Every change is checked in full before anything is written. */
@ApplicationScoped
@Transactional
public class AdmissionService implements AdmissionRegistry, AdmissionRecords {

    @PersistenceContext(unitName = "ptdv")
    EntityManager em;

    @Inject
    OrganizationDirectory organizations;

    @Inject
    AdmissionRules rules;

    @Inject
    Access access;

    @Inject
    AuditLog audit;

    @Inject
    AwarenessCertificates certificates;

    @Inject
    CertificateRule certificateRule;

    private static final Jsonb JSONB = JsonbBuilder.create();

    // ---------------------------------------------------------------- admissions

    public Admission create(NewAdmission request) {
        Caller caller = access.require(Permission.WRITE_ADMISSIONS);
        Assessed b = build(request, new HashMap<>(), new HashSet<>(), n -> decisionNumberUsed(n, null), caller,
                certificates::find);
        Admission a = b.admission();
        em.persist(a);
        em.flush();
        String after = snapshot(a);
        em.persist(new AdmissionEvent(a.getId(), AdmissionEvent.Type.CREATED, b.historyReason(null), after));
        audit.change("ADMISSION_CREATED", "admission:" + a.getId(), a.getOrgPath(), null, after);
        return a;
    }

    @Override
    public int recordAll(List<NewAdmission> admissions) {
        Caller caller = access.require(Permission.WRITE_ADMISSIONS);
        em.setFlushMode(jakarta.persistence.FlushModeType.COMMIT);
        Map<String, List<OrganizationRef>> orgCache = new HashMap<>();
        Set<String> numbers = new HashSet<>();
        List<Assessed> built = new ArrayList<>(admissions.size());
        Set<String> used = decisionNumberOwners(admissions.stream().map(n -> VietnameseText.clean(n.decisionNumber()))
                .filter(java.util.Objects::nonNull).distinct().toList()).keySet();
        Map<String, AwarenessCertificate> found = certificatesOf(admissions);
        for (NewAdmission n : admissions) {
            built.add(build(n, orgCache, numbers, used::contains, caller, c -> Optional.ofNullable(found.get(c))));
        }
        for (Assessed b : built) {
            em.persist(b.admission());
        }
        em.flush();
        for (Assessed b : built) {
            Admission a = b.admission();
            em.persist(new AdmissionEvent(a.getId(), AdmissionEvent.Type.CREATED, b.historyReason("Nạp dữ liệu"), snapshot(a)));
        }
        audit.change("ADMISSIONS_LOADED", built.size() + " admissions", null, null, null);
        return built.size();
    }

    /**
     * Imports a list (a spreadsheet): every admission is checked with the same rules as {@link #create}, and against
     * the others and the database for a repeated decision number or the same person (name, birth date and
     * organisation). Only when no admission has an error, and {@code write}, are they all recorded (this transaction).
     * {@code rowName} names the i-th admission for messages ("dòng 12"). Returns the errors: index → field → message.
     */
    public Map<Integer, Map<String, String>> importAll(List<NewAdmission> admissions, java.util.function.IntFunction<String> rowName,
                                                      boolean write) {
        Caller caller = access.require(Permission.WRITE_ADMISSIONS);
        em.setFlushMode(jakarta.persistence.FlushModeType.COMMIT);
        Map<String, List<OrganizationRef>> orgCache = new HashMap<>();
        Map<String, Long> numbersInUse = decisionNumberOwners(admissions.stream()
                .map(n -> VietnameseText.clean(n.decisionNumber())).filter(java.util.Objects::nonNull).distinct().toList());
        Map<String, Long> knownPersons = personsIn(admissions.stream().map(NewAdmission::organizationCode)
                .filter(java.util.Objects::nonNull).map(String::strip).distinct().toList());
        Map<String, Integer> fileNumbers = new HashMap<>();
        Map<String, Integer> filePersons = new HashMap<>();
        Map<String, AwarenessCertificate> found = certificatesOf(admissions);
        Map<Integer, Map<String, String>> errors = new java.util.TreeMap<>();
        List<Assessed> built = new ArrayList<>(admissions.size());
        for (int i = 0; i < admissions.size(); i++) {
            int index = i;
            NewAdmission n = admissions.get(i);
            Assessed a = assess(n, orgCache, caller, number -> {
                Integer first = fileNumbers.putIfAbsent(number, index);
                if (first != null) {
                    return "Số quyết định " + number + " trùng với " + rowName.apply(first) + ".";
                }
                Long owner = numbersInUse.get(number);
                return owner == null ? null : "Số quyết định " + number + " đã được dùng cho hồ sơ kết nạp số " + owner + ".";
            }, c -> Optional.ofNullable(found.get(c)));
            String person = personKey(n.fullName(), n.birthDate(), n.organizationCode());
            if (person != null && !a.violations().has("fullName")) {
                Integer first = filePersons.putIfAbsent(person, i);
                if (first != null) {
                    a.violations().add("fullName", "Trùng người với " + rowName.apply(first)
                            + " (cùng họ và tên, ngày sinh và tổ chức đảng).");
                } else if (knownPersons.containsKey(person)) {
                    a.violations().add("fullName", "Đã có hồ sơ kết nạp số " + knownPersons.get(person)
                            + " cùng họ và tên, ngày sinh và tổ chức đảng.");
                }
            }
            if (!a.violations().isEmpty()) {
                errors.put(i, new LinkedHashMap<>(a.violations().errors()));
            } else {
                built.add(a);
            }
        }
        if (!errors.isEmpty() || !write) {
            return errors;
        }
        for (Assessed b : built) {
            em.persist(b.admission());
        }
        em.flush();
        for (Assessed b : built) {
            Admission a = b.admission();
            em.persist(new AdmissionEvent(a.getId(), AdmissionEvent.Type.CREATED, b.historyReason("Nhập từ bảng tính"),
                    snapshot(a)));
        }
        audit.change("ADMISSIONS_IMPORTED", built.size() + " admissions", null, null, null);
        return errors;
    }

    /** The awareness-course certificates these admissions name, by number (one lookup for all). */
    private Map<String, AwarenessCertificate> certificatesOf(List<NewAdmission> admissions) {
        return certificates.findAll(admissions.stream().map(n -> VietnameseText.clean(n.awarenessCertificateNumber()))
                .filter(java.util.Objects::nonNull).distinct().toList());
    }

    /** Same person: name folded (no case, no diacritics), birth date, organisation code; null when one is missing. */
    private static String personKey(String fullName, LocalDate birthDate, String organizationCode) {
        String name = VietnameseText.clean(fullName);
        if (name == null || birthDate == null || organizationCode == null || organizationCode.isBlank()) {
            return null;
        }
        return VietnameseText.fold(name) + "|" + birthDate + "|" + organizationCode.strip().toUpperCase(java.util.Locale.ROOT);
    }

    /** Active admissions of these organisations by person key: one query per 500 codes. */
    private Map<String, Long> personsIn(List<String> codes) {
        Map<String, Long> persons = new HashMap<>();
        for (int from = 0; from < codes.size(); from += 500) {
            for (Object[] r : em.createQuery("SELECT a.id, a.fullName, a.birthDate, a.organizationCode FROM Admission a"
                            + " WHERE a.status = :s AND a.organizationCode IN :codes", Object[].class)
                    .setParameter("s", AdmissionStatus.ACTIVE)
                    .setParameter("codes", codes.subList(from, Math.min(codes.size(), from + 500))).getResultList()) {
                String key = personKey((String) r[1], (LocalDate) r[2], (String) r[3]);
                if (key != null) {
                    persons.putIfAbsent(key, (Long) r[0]);
                }
            }
        }
        return persons;
    }

    /** The active admission carrying each of these decision numbers: one query per 500 numbers. */
    private Map<String, Long> decisionNumberOwners(List<String> numbers) {
        Map<String, Long> owners = new HashMap<>();
        for (int from = 0; from < numbers.size(); from += 500) {
            for (Object[] r : em.createQuery("SELECT a.decisionNumber, a.id FROM Admission a WHERE a.status = :s"
                            + " AND a.decisionNumber IN :numbers", Object[].class)
                    .setParameter("s", AdmissionStatus.ACTIVE)
                    .setParameter("numbers", numbers.subList(from, Math.min(numbers.size(), from + 500))).getResultList()) {
                owners.putIfAbsent((String) r[0], (Long) r[1]);
            }
        }
        return owners;
    }

    /** Đính chính: replaces the values, keeping the old ones in the history with the reason. */
    public Admission correct(long id, NewAdmission request, String reason, Integer expectedVersion) {
        Caller caller = access.require(Permission.WRITE_ADMISSIONS);
        Admission a = findInScope(id, caller);
        requireReason(reason);
        if (expectedVersion != null && expectedVersion != a.getVersion()) {
            throw ProblemException.conflict("Hồ sơ đã được người khác sửa (phiên bản " + a.getVersion()
                    + "); hãy tải lại và sửa lại.");
        }
        if (a.getStatus() == AdmissionStatus.WITHDRAWN) {
            throw new ProblemException(ProblemType.CONFLICT, "Hồ sơ đã rút, không thể đính chính.");
        }
        em.lock(a, LockModeType.OPTIMISTIC_FORCE_INCREMENT);
        String before = snapshot(a);
        Assessed b = build(request, new HashMap<>(), new HashSet<>(), n -> decisionNumberUsed(n, a.getId()), caller,
                certificates::find);
        Admission checked = b.admission();
        a.apply(checked.values(), checked.getOrganizationId(), checked.getOrganizationCode(), checked.getOrgPath(),
                rules.settings().probationMonths());
        if (checked.getAwarenessCertStatus() == CertificateStatus.VERIFIED) {
            a.awarenessCertificateVerified(checked.getAwarenessCertNumber(), checked.getAwarenessCertIssuedOn());
        } else {
            a.awarenessCertificateOverridden(checked.getAwarenessCertNumber(), checked.getCertOverrideReason());
        }
        String after = snapshot(a);
        em.persist(new AdmissionEvent(a.getId(), AdmissionEvent.Type.CORRECTED, b.historyReason(VietnameseText.clean(reason)), after));
        audit.change("ADMISSION_CORRECTED", "admission:" + a.getId(), a.getOrgPath(), before, after);
        return a;
    }

    /** Rút hồ sơ (e.g. a decision annulled): kept with its history, excluded from every count. */
    public Admission withdraw(long id, String reason) {
        Caller caller = access.require(Permission.WRITE_ADMISSIONS);
        Admission a = findInScope(id, caller);
        String before = snapshot(a);
        requireReason(reason);
        if (a.getStatus() == AdmissionStatus.WITHDRAWN) {
            throw ProblemException.conflict("Hồ sơ đã được rút trước đó.");
        }
        em.lock(a, LockModeType.OPTIMISTIC_FORCE_INCREMENT);
        a.withdraw();
        String after = snapshot(a);
        em.persist(new AdmissionEvent(a.getId(), AdmissionEvent.Type.WITHDRAWN, VietnameseText.clean(reason), after));
        audit.change("ADMISSION_WITHDRAWN", "admission:" + a.getId(), a.getOrgPath(), before, after);
        return a;
    }

    /** One admission record, for a caller who may read named records in its scope. */
    @Transactional(Transactional.TxType.SUPPORTS)
    public Admission find(long id) {
        return findInScope(id, access.require(Permission.READ_ADMISSIONS));
    }

    private Admission findInScope(long id, Caller caller) {
        Admission a = em.find(Admission.class, id);
        if (a == null || !caller.covers(a.getOrgPath())) {
            if (a != null) {
                audit.denied(caller.username(), "ADMISSION", "outside scope " + caller.scopeCode());
            }
            throw ProblemException.notFound("Không tìm thấy hồ sơ kết nạp số " + id + ".");
        }
        return a;
    }

    @Transactional(Transactional.TxType.SUPPORTS)
    public List<AdmissionEvent> history(long id) {
        find(id);
        return em.createQuery("SELECT e FROM AdmissionEvent e WHERE e.admissionId = :id ORDER BY e.occurredAt, e.id", AdmissionEvent.class)
                .setParameter("id", id).getResultList();
    }

    /** A page of the admissions in the subtree of every record of the code, with optional filters. */
    @Transactional(Transactional.TxType.SUPPORTS)
    public Page list(AdmissionFilter filter, int page, int size) {
        Caller caller = access.require(Permission.READ_ADMISSIONS);
        Map<String, Object> params = new LinkedHashMap<>();
        String where = where(filter, caller, params);
        TypedQuery<Long> count = em.createQuery("SELECT COUNT(a) FROM Admission a" + where, Long.class);
        TypedQuery<Admission> items = em.createQuery("SELECT a FROM Admission a" + where
                + " ORDER BY a.decisionDate, a.id", Admission.class);
        params.forEach((k, v) -> {
            count.setParameter(k, v);
            items.setParameter(k, v);
        });
        long total = count.getSingleResult();
        List<Admission> found = items.setFirstResult(page * size).setMaxResults(size).getResultList();
        return new Page(total, page, size, found);
    }

    /**
     * Every admission of the filter, for a spreadsheet export (a named list: needs DOWNLOAD_NAMED_LISTS and is audited
     * as a download by the caller), in decision date order.
     */
    @Transactional(Transactional.TxType.SUPPORTS)
    public List<Admission> export(AdmissionFilter filter) {
        Caller caller = access.require(Permission.DOWNLOAD_NAMED_LISTS);
        Map<String, Object> params = new LinkedHashMap<>();
        String where = where(filter, caller, params);
        TypedQuery<Admission> items = em.createQuery("SELECT a FROM Admission a" + where
                + " ORDER BY a.decisionDate, a.id", Admission.class);
        params.forEach(items::setParameter);
        return items.getResultList();
    }

    /** The WHERE clause of a filter over the subtree of every record of its code in the caller's scope (404 if none). */
    private String where(AdmissionFilter filter, Caller caller, Map<String, Object> params) {
        List<OrganizationRef> records = organizations.history(filter.organizationCode()).stream()
                .filter(o -> caller.covers(o.path())).toList();
        if (records.isEmpty()) {
            throw ProblemException.notFound("Không tìm thấy tổ chức đảng có mã " + filter.organizationCode() + ".");
        }
        StringBuilder where = new StringBuilder(" WHERE (");
        for (int i = 0; i < records.size(); i++) {
            where.append(i == 0 ? "" : " OR ").append("a.orgPath LIKE :p").append(i);
            params.put("p" + i, records.get(i).subtreePattern());
        }
        where.append(")");
        where.append(" AND a.status = :status");
        params.put("status", filter.status() == null ? AdmissionStatus.ACTIVE : filter.status());
        if (filter.year() != null) {
            where.append(" AND a.decisionDate >= :from AND a.decisionDate <= :to");
            params.put("from", LocalDate.of(filter.year(), 1, 1));
            params.put("to", LocalDate.of(filter.year(), 12, 31));
        }
        if (filter.gender() != null) {
            where.append(" AND a.gender = :gender");
            params.put("gender", filter.gender());
        }
        if (filter.ethnicityCode() != null) {
            where.append(" AND a.ethnicityCode = :eth");
            params.put("eth", filter.ethnicityCode());
        }
        if (filter.minority() != null) {
            where.append(" AND a.minority = :minority");
            params.put("minority", filter.minority());
        }
        if (filter.occupation() != null) {
            where.append(" AND a.occupation = :occupation");
            params.put("occupation", filter.occupation());
        }
        if (filter.generalEducation() != null) {
            where.append(" AND a.generalEducation = :edu");
            params.put("edu", filter.generalEducation());
        }
        if (filter.professionalQualification() != null) {
            where.append(" AND a.professionalQualification = :qual");
            params.put("qual", filter.professionalQualification());
        }
        if (filter.warning() != null) {
            String condition = AdmissionWarnings.condition(filter.warning().code());
            where.append(" AND ").append(condition);
            params.putAll(AdmissionWarnings.parameters(condition, LocalDate.now()));
        }
        if (filter.name() != null) {
            where.append(" AND a.nameFolded LIKE :name").append(vn.ptdv.shared.LikePatterns.ESCAPE);
            params.put("name", vn.ptdv.shared.LikePatterns.containing(VietnameseText.fold(filter.name())));
        }
        return where.toString();
    }

    /** One page of admissions. */
    public record Page(long total, int page, int size, List<Admission> items) {
    }

    // ---------------------------------------------------------------- targets

    /** Registers or adjusts an organisation's target for a year. Returns whether it was created. */
    public TargetResult putTarget(String code, int year, int admissions, String note) {
        Violations v = new Violations();
        v.check(admissions >= 0, "admissions", "Chỉ tiêu kết nạp không được âm.");
        v.check(admissions <= 100_000, "admissions", "Chỉ tiêu kết nạp quá lớn.");
        v.throwIfAny();
        Caller caller = access.require(Permission.WRITE_ADMISSIONS);
        OrganizationRef org = organizationDuring(code, year, caller);
        Optional<AdmissionTarget> existing = target(org.id(), year);
        if (existing.isPresent()) {
            AdmissionTarget t = existing.get();
            em.lock(t, LockModeType.OPTIMISTIC_FORCE_INCREMENT);
            if (t.getAdmissions() != admissions) {
                int before = t.getAdmissions();
                t.adjust(admissions);
                em.persist(new TargetEvent(t.getId(), AdmissionTarget.Status.ADJUSTED, admissions, VietnameseText.clean(note)));
                audit.change("TARGET_ADJUSTED", "target:" + code + "/" + year, org.path(), "{\"admissions\":" + before + "}",
                        "{\"admissions\":" + admissions + "}");
            }
            return new TargetResult(t, false);
        }
        AdmissionTarget t = new AdmissionTarget(org.id(), org.code(), org.path(), year, admissions);
        em.persist(t);
        em.flush();
        em.persist(new TargetEvent(t.getId(), AdmissionTarget.Status.REGISTERED, admissions, VietnameseText.clean(note)));
        if (!caller.system()) {
            audit.change("TARGET_REGISTERED", "target:" + code + "/" + year, org.path(), null, "{\"admissions\":" + admissions + "}");
        }
        return new TargetResult(t, true);
    }

    /**
     * Imports yearly targets (a spreadsheet): each is checked as {@link #putTarget} checks it (organisation in scope
     * and active in the year, a count from 0 to 100.000), and the same organisation and year twice is an error. Only
     * when none has an error, and {@code write}, are they all registered or adjusted (this transaction). Returns the
     * errors: index → field → message.
     */
    public Map<Integer, Map<String, String>> importTargets(List<TargetRecord> targets, List<String> notes,
                                                          java.util.function.IntFunction<String> rowName, boolean write) {
        Caller caller = access.require(Permission.WRITE_ADMISSIONS);
        Map<Integer, Map<String, String>> errors = new java.util.TreeMap<>();
        Map<String, Integer> seen = new HashMap<>();
        for (int i = 0; i < targets.size(); i++) {
            TargetRecord t = targets.get(i);
            Violations v = new Violations();
            v.check(t.admissions() >= 0, "admissions", "Chỉ tiêu kết nạp không được âm.");
            v.check(t.admissions() <= 100_000, "admissions", "Chỉ tiêu kết nạp quá lớn.");
            try {
                organizationDuring(t.organizationCode(), t.year(), caller);
            } catch (ProblemException e) {
                v.add("organizationCode", e.getMessage());
            }
            Integer first = seen.putIfAbsent(t.organizationCode() + "/" + t.year(), i);
            if (first != null) {
                v.add("organizationCode", "Chỉ tiêu của " + t.organizationCode() + " năm " + t.year() + " trùng với "
                        + rowName.apply(first) + ".");
            }
            if (!v.isEmpty()) {
                errors.put(i, new LinkedHashMap<>(v.errors()));
            }
        }
        if (errors.isEmpty() && write) {
            for (int i = 0; i < targets.size(); i++) {
                TargetRecord t = targets.get(i);
                putTarget(t.organizationCode(), t.year(), t.admissions(), notes.get(i));
            }
        }
        return errors;
    }

    /** A target and whether the call created it. */
    public record TargetResult(AdmissionTarget target, boolean created) {
    }

    @Transactional(Transactional.TxType.SUPPORTS)
    public AdmissionTarget getTarget(String code, int year) {
        OrganizationRef org = organizationDuring(code, year, access.require(Permission.READ_AGGREGATES));
        return target(org.id(), year).orElseThrow(() -> ProblemException.notFound(
                "Tổ chức " + code + " chưa đăng ký chỉ tiêu kết nạp năm " + year + "."));
    }

    @Transactional(Transactional.TxType.SUPPORTS)
    public List<TargetEvent> targetHistory(AdmissionTarget t) {
        return em.createQuery("SELECT e FROM TargetEvent e WHERE e.targetId = :id ORDER BY e.occurredAt, e.id", TargetEvent.class)
                .setParameter("id", t.getId()).getResultList();
    }

    /** The organisation's target for the year and each direct child's (null where none is registered). */
    @Transactional(Transactional.TxType.SUPPORTS)
    public TargetGrid targetGrid(String code, int year) {
        OrganizationRef org = organizationDuring(code, year, access.require(Permission.READ_AGGREGATES));
        List<OrganizationRef> children = new ArrayList<>(organizations.childrenValidDuring(org.id(),
                LocalDate.of(year, 1, 1), LocalDate.of(year, 12, 31)));
        children.sort(java.util.Comparator.comparing(OrganizationRef::name, VietnameseText.collator()));
        Map<Long, Integer> byOrg = new HashMap<>();
        em.createQuery("SELECT t FROM AdmissionTarget t WHERE t.orgPath LIKE :p AND t.year = :y", AdmissionTarget.class)
                .setParameter("p", org.subtreePattern()).setParameter("y", year).getResultList()
                .forEach(t -> byOrg.put(t.getOrganizationId(), t.getAdmissions()));
        List<TargetGrid.Row> rows = children.stream().map(c -> new TargetGrid.Row(c, byOrg.get(c.id()))).toList();
        return new TargetGrid(org, year, byOrg.get(org.id()), rows);
    }

    /** The target grid of an organisation and its children. */
    public record TargetGrid(OrganizationRef organization, int year, Integer target, List<Row> children) {
        /** One child and its target. */
        public record Row(OrganizationRef organization, Integer target) {
        }
    }

    public TermTarget putTermTarget(String code, int fromYear, int toYear, int admissions) {
        Violations v = new Violations();
        v.check(toYear >= fromYear, "toYear", "Năm kết thúc nhiệm kỳ phải không trước năm bắt đầu.");
        v.check(toYear - fromYear <= 10, "toYear", "Nhiệm kỳ dài tối đa 10 năm.");
        v.check(admissions >= 0, "admissions", "Chỉ tiêu nhiệm kỳ không được âm.");
        v.throwIfAny();
        Caller caller = access.require(Permission.WRITE_ADMISSIONS);
        OrganizationRef org = organizationDuring(code, fromYear, caller);
        Optional<TermTarget> existing = em.createQuery("SELECT t FROM TermTarget t WHERE t.organizationId = :o"
                        + " AND t.fromYear = :f AND t.toYear = :t", TermTarget.class)
                .setParameter("o", org.id()).setParameter("f", fromYear).setParameter("t", toYear).getResultList().stream().findFirst();
        if (!caller.system()) {
            audit.change("TERM_TARGET_SET", "term-target:" + code + "/" + fromYear + "-" + toYear, org.path(),
                    existing.map(e -> "{\"admissions\":" + e.getAdmissions() + "}").orElse(null), "{\"admissions\":" + admissions + "}");
        }
        if (existing.isPresent()) {
            existing.get().set(admissions);
            return existing.get();
        }
        TermTarget t = new TermTarget(org.id(), org.code(), org.path(), fromYear, toYear, admissions);
        em.persist(t);
        return t;
    }

    @Transactional(Transactional.TxType.SUPPORTS)
    public TermTarget getTermTarget(String code, int fromYear, int toYear) {
        OrganizationRef org = organizationDuring(code, fromYear, access.require(Permission.READ_AGGREGATES));
        return em.createQuery("SELECT t FROM TermTarget t WHERE t.organizationId = :o AND t.fromYear = :f AND t.toYear = :t", TermTarget.class)
                .setParameter("o", org.id()).setParameter("f", fromYear).setParameter("t", toYear).getResultList().stream().findFirst()
                .orElseThrow(() -> ProblemException.notFound("Tổ chức " + code + " chưa có chỉ tiêu nhiệm kỳ " + fromYear + "–" + toYear + "."));
    }

    @Override
    public void registerTargets(List<TargetRecord> targets) {
        for (TargetRecord t : targets) {
            putTarget(t.organizationCode(), t.year(), t.admissions(), "Nạp dữ liệu");
        }
    }

    @Override
    public void registerTermTargets(List<TermTargetRecord> targets) {
        for (TermTargetRecord t : targets) {
            putTermTarget(t.organizationCode(), t.fromYear(), t.toYear(), t.admissions());
        }
    }

    // ---------------------------------------------------------------- for other modules (AdmissionRecords)

    @Override
    @Transactional(Transactional.TxType.SUPPORTS)
    public Map<Long, AdmissionRecord> find(java.util.Collection<Long> ids) {
        Map<Long, AdmissionRecord> out = new HashMap<>();
        for (List<Long> chunk : chunks(List.copyOf(new java.util.LinkedHashSet<>(ids)))) {
            em.createQuery("SELECT a FROM Admission a WHERE a.id IN :ids", Admission.class).setParameter("ids", chunk)
                    .getResultList().forEach(a -> out.put(a.getId(), new AdmissionRecord(a.getId(), a.getFullName(),
                            a.getBirthDate(), a.getGender(), a.getEthnicityCode(), a.getReligion(), a.getOrganizationCode(),
                            a.getOrgPath(), a.getDecisionDate(), a.getCeremonyDate(), a.getProbationEnd(),
                            a.getStatus() == AdmissionStatus.ACTIVE)));
        }
        return out;
    }

    @Override
    @Transactional(Transactional.TxType.SUPPORTS)
    public Map<String, Long> idsByDecisionNumber(java.util.Collection<String> decisionNumbers) {
        Map<String, Long> out = new HashMap<>();
        for (List<String> chunk : chunks(List.copyOf(new java.util.LinkedHashSet<>(decisionNumbers)))) {
            for (Object[] row : em.createQuery("SELECT a.decisionNumber, a.id FROM Admission a WHERE a.status = :s"
                            + " AND a.decisionNumber IN :n", Object[].class)
                    .setParameter("s", AdmissionStatus.ACTIVE).setParameter("n", chunk).getResultList()) {
                out.put((String) row[0], (Long) row[1]);
            }
        }
        return out;
    }

    @Override
    public void recordNewMemberCertificates(List<NewMemberCertificate> records) {
        Map<Long, NewMemberCertificate> byId = new LinkedHashMap<>();
        records.forEach(c -> byId.put(c.admissionId(), c));
        int found = 0;
        for (List<Long> chunk : chunks(List.copyOf(byId.keySet()))) {
            for (Admission a : em.createQuery("SELECT a FROM Admission a WHERE a.id IN :ids", Admission.class)
                    .setParameter("ids", chunk).getResultList()) {
                NewMemberCertificate c = byId.get(a.getId());
                a.newMemberCertificate(VietnameseText.clean(c.number()), c.issuedOn());
                found++;
            }
        }
        if (found != byId.size()) {
            throw new ProblemException(ProblemType.UNPROCESSABLE, "Không tìm thấy hồ sơ kết nạp của một số học viên.");
        }
        audit.change("NEW_MEMBER_CERTIFICATES_RECORDED", found + " admissions", null, null, null);
    }

    private static <T> List<List<T>> chunks(List<T> all) {
        List<List<T>> out = new ArrayList<>();
        for (int from = 0; from < all.size(); from += 500) {
            out.add(all.subList(from, Math.min(all.size(), from + 500)));
        }
        return out;
    }

    // ---------------------------------------------------------------- warnings

    /** Per warning code, and per direct child of the organisation, the active admissions with that warning. */
    @Transactional(Transactional.TxType.SUPPORTS)
    public WarningCounts warningCounts(String code, Integer year) {
        Caller caller = access.require(Permission.READ_AGGREGATES);
        LocalDate from = year == null ? LocalDate.of(1900, 1, 1) : LocalDate.of(year, 1, 1);
        LocalDate to = year == null ? LocalDate.of(9999, 12, 31) : LocalDate.of(year, 12, 31);
        List<OrganizationRef> records = organizations.history(code).stream().filter(o -> caller.covers(o.path())).toList();
        OrganizationRef org = OrganizationRef.latestValidDuring(records, year == null ? LocalDate.now() : from,
                        year == null ? LocalDate.now() : to)
                .or(() -> records.stream().max(java.util.Comparator.comparing(OrganizationRef::validFrom)))
                .orElseThrow(() -> ProblemException.notFound("Không tìm thấy tổ chức đảng có mã " + code + "."));
        List<OrganizationRef> children = new ArrayList<>(organizations.childrenValidDuring(org.id(),
                year == null ? org.validFrom() : from, year == null ? LocalDate.now() : to));
        children.sort(java.util.Comparator.comparing(OrganizationRef::name, VietnameseText.collator()));
        Map<vn.ptdv.admission.api.WarningCode, Long> totals = new java.util.EnumMap<>(vn.ptdv.admission.api.WarningCode.class);
        Map<String, Map<vn.ptdv.admission.api.WarningCode, Long>> byChild = new LinkedHashMap<>();
        children.forEach(c -> byChild.put(c.code(), new java.util.EnumMap<>(vn.ptdv.admission.api.WarningCode.class)));
        for (vn.ptdv.admission.api.WarningCode w : vn.ptdv.admission.api.WarningCode.values()) {
            totals.put(w, 0L);
            byChild.values().forEach(m -> m.put(w, 0L));
            for (Object[] row : countByPath(org.subtreePattern(), from, to, AdmissionWarnings.condition(w))) {
                long n = (Long) row[1];
                totals.merge(w, n, Long::sum);
                for (OrganizationRef c : children) {
                    if (((String) row[0]).startsWith(c.path())) {
                        byChild.get(c.code()).merge(w, n, Long::sum);
                    }
                }
            }
        }
        List<WarningCounts.Row> rows = children.stream().map(c -> new WarningCounts.Row(c, byChild.get(c.code()))).toList();
        return new WarningCounts(org, year, totals, rows);
    }

    /** Counts of warnings of an organisation's subtree and of each direct child. */
    public record WarningCounts(OrganizationRef organization, Integer year,
                                Map<vn.ptdv.admission.api.WarningCode, Long> totals, List<Row> children) {
        /** One child and its counts. */
        public record Row(OrganizationRef organization, Map<vn.ptdv.admission.api.WarningCode, Long> counts) {
        }
    }

    /** GROUP BY path: active admissions of the subtree decided in the period that meet the condition. */
    List<Object[]> countByPath(String pattern, LocalDate from, LocalDate to, String condition) {
        var q = em.createQuery("SELECT a.orgPath, COUNT(a) FROM Admission a WHERE a.orgPath LIKE :p AND a.status = :s"
                        + " AND a.decisionDate >= :from AND a.decisionDate <= :to AND " + condition + " GROUP BY a.orgPath",
                        Object[].class)
                .setParameter("p", pattern).setParameter("s", AdmissionStatus.ACTIVE)
                .setParameter("from", from).setParameter("to", to);
        AdmissionWarnings.parameters(condition, LocalDate.now()).forEach(q::setParameter);
        return q.getResultList();
    }

    // ---------------------------------------------------------------- helpers

    /** A checked admission: the violations; the record when there are none; why its certificate was overridden. */
    private record Assessed(Violations violations, Admission admission, String certificateProblem) {

        /** The reason of the history event: the given one, plus the certificate override with its reason. */
        String historyReason(String given) {
            if (certificateProblem == null) {
                return given;
            }
            String override = "Kết nạp khi chưa có giấy chứng nhận hợp lệ: " + certificateProblem + " Lý do: "
                    + admission.getCertOverrideReason();
            String text = given == null ? override : given + " — " + override;
            return text.length() > 1000 ? text.substring(0, 1000) : text;
        }
    }

    /** Checks an admission and throws the problem (422) when it breaks a rule. */
    private Assessed build(NewAdmission request, Map<String, List<OrganizationRef>> orgCache, Set<String> batchNumbers,
                           java.util.function.Predicate<String> usedElsewhere, Caller caller,
                           java.util.function.Function<String, Optional<AwarenessCertificate>> lookup) {
        Assessed a = assess(request, orgCache, caller, number -> !batchNumbers.add(number) || usedElsewhere.test(number)
                ? "Số quyết định " + number + " đã được dùng cho một hồ sơ kết nạp khác." : null, lookup);
        if (a.admission() == null && a.certificateProblem() != null) {
            throw new ProblemException(ProblemType.UNPROCESSABLE, a.certificateProblem(), a.violations().errors());
        }
        a.violations().throwIfAny();
        return a;
    }

    /**
     * {@code numberProblem} says what is wrong with the (cleaned) decision number, or null; {@code lookup} finds an
     * awareness-course certificate by its number.
     */
    private Assessed assess(NewAdmission request, Map<String, List<OrganizationRef>> orgCache, Caller caller,
                            java.util.function.Function<String, String> numberProblem,
                            java.util.function.Function<String, Optional<AwarenessCertificate>> lookup) {
        NewAdmission n = withDefaults(request);
        Violations v = rules.check(n, LocalDate.now());
        OrganizationRef org = null;
        if (!v.has("organizationCode") && !v.has("decisionDate")) {
            org = organizationOn(n.organizationCode(), n.decisionDate(), orgCache, v);
            if (org != null && !caller.covers(org.path())) {
                v.add("organizationCode", "Không tìm thấy tổ chức đảng có mã " + n.organizationCode() + ".");
                org = null;
            }
        }
        String number = VietnameseText.clean(n.decisionNumber());
        if (number != null && !v.has("decisionNumber")) {
            String problem = numberProblem.apply(number);
            v.check(problem == null, "decisionNumber", problem);
        }
        if (!v.isEmpty()) {
            return new Assessed(v, null, null);
        }
        String certNumber = VietnameseText.clean(n.awarenessCertificateNumber());
        String overrideReason = VietnameseText.clean(n.certificateOverrideReason());
        v.check(certNumber == null || certNumber.length() <= 60, "awarenessCertificateNumber",
                "Số giấy chứng nhận dài tối đa 60 ký tự.");
        v.check(overrideReason == null || overrideReason.length() <= 1000, "certificateOverrideReason",
                "Lý do dài tối đa 1000 ký tự.");
        if (!v.isEmpty()) {
            return new Assessed(v, null, null);
        }
        // the certificate rule (domain.md §1.5): refused with 422 unless explicitly overridden with a reason
        Optional<AwarenessCertificate> certificate = certNumber == null ? Optional.empty() : lookup.apply(certNumber);
        String certProblem = certificateRule.problem(certNumber, certificate, n.fullName(), n.birthDate(), n.decisionDate())
                .orElse(null);
        if (certProblem != null && overrideReason == null) {
            v.add("awarenessCertificateNumber", certProblem);
            return new Assessed(v, null, certProblem);
        }
        AdmissionValues values = new AdmissionValues(VietnameseText.clean(n.fullName()), n.gender(), n.birthDate(),
                n.ethnicityCode(), Religions.normalise(n.religion()), n.generalEducation(), n.professionalQualification(),
                n.politicalTheory(), n.occupation(), n.youthUnionMember(), org.code(), number, n.decisionDate(),
                n.ceremonyDate(), n.olderApplicantException(), n.educationAreaException());
        Admission a = new Admission(values, org.id(), org.code(), org.path(), rules.settings().probationMonths());
        if (certProblem == null) {
            a.awarenessCertificateVerified(certNumber, certificate.get().issuedOn());
        } else {
            a.awarenessCertificateOverridden(certNumber, overrideReason);
        }
        return new Assessed(v, a, certProblem);
    }

    private static NewAdmission withDefaults(NewAdmission n) {
        String eth = n.ethnicityCode() == null ? null : n.ethnicityCode().strip();
        if (eth != null && eth.length() == 1 && Character.isDigit(eth.charAt(0))) {
            eth = "0" + eth;
        }
        return new NewAdmission(n.fullName(), n.gender(), n.birthDate(), eth, n.religion(), n.generalEducation(),
                n.professionalQualification(), n.politicalTheory() == null ? PoliticalTheory.NONE : n.politicalTheory(),
                n.occupation(), n.youthUnionMember(), n.organizationCode() == null ? null : n.organizationCode().strip(),
                n.decisionNumber(), n.decisionDate(), n.ceremonyDate(), n.olderApplicantException(), n.educationAreaException(),
                n.awarenessCertificateNumber(), n.certificateOverrideReason());
    }

    private OrganizationRef organizationOn(String code, LocalDate date, Map<String, List<OrganizationRef>> cache, Violations v) {
        List<OrganizationRef> records = cache.computeIfAbsent(code, organizations::history);
        if (records.isEmpty()) {
            v.add("organizationCode", "Không tìm thấy tổ chức đảng có mã " + code + ".");
            return null;
        }
        Optional<OrganizationRef> valid = records.stream().filter(o -> o.validOn(date)).findFirst();
        if (valid.isEmpty()) {
            v.add("organizationCode", "Tổ chức " + code + " không còn hoặc chưa có hiệu lực vào ngày quyết định kết nạp "
                    + VietnameseFormat.date(date) + ".");
            return null;
        }
        return valid.get();
    }

    private OrganizationRef organizationDuring(String code, int year, Caller caller) {
        LocalDate from = LocalDate.of(year, 1, 1);
        LocalDate to = LocalDate.of(year, 12, 31);
        List<OrganizationRef> records = organizations.history(code).stream().filter(o -> caller.covers(o.path())).toList();
        if (records.isEmpty()) {
            throw ProblemException.notFound("Không tìm thấy tổ chức đảng có mã " + code + ".");
        }
        return OrganizationRef.latestValidDuring(records, from, to).orElseThrow(() -> new ProblemException(
                ProblemType.UNPROCESSABLE, "Tổ chức " + code + " không hoạt động trong năm " + year + "."));
    }

    private Optional<AdmissionTarget> target(long orgId, int year) {
        return em.createNamedQuery(AdmissionTarget.OF, AdmissionTarget.class).setParameter("orgId", orgId)
                .setParameter("year", year).getResultList().stream().findFirst();
    }

    private boolean decisionNumberUsed(String number, Long ownId) {
        return em.createQuery("SELECT COUNT(a) FROM Admission a WHERE a.decisionNumber = :n AND a.status = :s"
                        + " AND a.id <> :id", Long.class)
                .setParameter("n", number).setParameter("s", AdmissionStatus.ACTIVE)
                .setParameter("id", ownId == null ? -1L : ownId)
                .getSingleResult() > 0;
    }

    private static void requireReason(String reason) {
        if (VietnameseText.clean(reason) == null) {
            throw new ProblemException(ProblemType.VALIDATION, "Cần ghi rõ lý do.", Map.of("reason", "Lý do là bắt buộc."));
        }
    }

    private static String snapshot(Admission a) {
        Map<String, Object> m = new LinkedHashMap<>();
        AdmissionValues v = a.values();
        m.put("fullName", v.fullName());
        m.put("gender", v.gender());
        m.put("birthDate", String.valueOf(v.birthDate()));
        m.put("ethnicityCode", v.ethnicityCode());
        m.put("religion", v.religion());
        m.put("generalEducation", v.generalEducation());
        m.put("professionalQualification", v.professionalQualification());
        m.put("politicalTheory", v.politicalTheory());
        m.put("occupation", v.occupation());
        m.put("youthUnionMember", v.youthUnionMember());
        m.put("organizationCode", v.organizationCode());
        m.put("decisionNumber", v.decisionNumber());
        m.put("decisionDate", String.valueOf(v.decisionDate()));
        m.put("ceremonyDate", String.valueOf(v.ceremonyDate()));
        m.put("awarenessCertificateNumber", a.getAwarenessCertNumber());
        m.put("awarenessCertificateIssuedOn", a.getAwarenessCertIssuedOn() == null ? null : a.getAwarenessCertIssuedOn().toString());
        m.put("awarenessCertificateStatus", a.getAwarenessCertStatus());
        m.put("certificateOverrideReason", a.getCertOverrideReason());
        m.put("status", a.getStatus());
        return JSONB.toJson(m);
    }
}
