package vn.ptdv.training.control;

import jakarta.enterprise.context.ApplicationScoped;
import jakarta.inject.Inject;
import jakarta.persistence.EntityManager;
import jakarta.persistence.LockModeType;
import jakarta.persistence.PersistenceContext;
import jakarta.transaction.Transactional;
import java.math.BigDecimal;
import java.time.LocalDate;
import java.util.ArrayList;
import java.util.Collection;
import java.util.HashMap;
import java.util.HashSet;
import java.util.LinkedHashMap;
import java.util.LinkedHashSet;
import java.util.List;
import java.util.Locale;
import java.util.Map;
import java.util.Objects;
import java.util.Optional;
import java.util.Set;
import vn.ptdv.admission.api.AdmissionRecords;
import vn.ptdv.admission.api.AdmissionRecords.AdmissionRecord;
import vn.ptdv.organization.api.OrganizationDirectory;
import vn.ptdv.organization.api.OrganizationRef;
import vn.ptdv.platform.audit.AuditLog;
import vn.ptdv.platform.rest.ProblemException;
import vn.ptdv.platform.rest.ProblemType;
import vn.ptdv.platform.rest.Violations;
import vn.ptdv.platform.security.Access;
import vn.ptdv.platform.security.Caller;
import vn.ptdv.platform.security.Permission;
import vn.ptdv.shared.Ethnicities;
import vn.ptdv.shared.Religions;
import vn.ptdv.shared.VietnameseFormat;
import vn.ptdv.shared.VietnameseText;
import vn.ptdv.training.api.TrainingRegistry;
import vn.ptdv.training.entity.Absence;
import vn.ptdv.training.entity.Audience;
import vn.ptdv.training.entity.ClassSession;
import vn.ptdv.training.entity.ClassStatus;
import vn.ptdv.training.entity.CourseType;
import vn.ptdv.training.entity.Grade;
import vn.ptdv.training.entity.Guide;
import vn.ptdv.training.entity.GuideStatus;
import vn.ptdv.training.entity.GuideTopic;
import vn.ptdv.training.entity.Learner;
import vn.ptdv.training.entity.TopicForm;
import vn.ptdv.training.entity.TrainingClass;

/**
 * Use cases of the training module: guides, classes, sessions, learners, attendance, results and certificates. Every
 * change is checked in full before anything is written (one transaction), scoped by the organiser's path and audited.
 */
@ApplicationScoped
@Transactional
public class TrainingService implements TrainingRegistry {

    private static final int CHUNK = 500;

    @PersistenceContext(unitName = "ptdv")
    EntityManager em;

    @Inject
    OrganizationDirectory organizations;

    @Inject
    AdmissionRecords admissions;

    @Inject
    GradeScale scale;

    @Inject
    Access access;

    @Inject
    AuditLog audit;

    // ================================================================ guides

    @Transactional(Transactional.TxType.SUPPORTS)
    public List<Guide> guides(String number, CourseType type) {
        access.require(Permission.READ_AGGREGATES);
        List<Guide> all = number == null ? em.createNamedQuery(Guide.ALL, Guide.class).getResultList()
                : em.createNamedQuery(Guide.BY_NUMBER, Guide.class).setParameter("number", VietnameseText.clean(number))
                        .getResultList();
        return all.stream().filter(g -> type == null || g.getCourseType() == type).toList();
    }

    @Transactional(Transactional.TxType.SUPPORTS)
    public Guide guide(long id) {
        access.require(Permission.READ_AGGREGATES);
        Guide g = em.find(Guide.class, id);
        if (g == null) {
            throw ProblemException.notFound("Không tìm thấy hướng dẫn số " + id + ".");
        }
        return g;
    }

    /** The guide that this one superseded (its predecessor), if any. */
    @Transactional(Transactional.TxType.SUPPORTS)
    public Optional<Guide> predecessor(Guide g) {
        return em.createQuery("SELECT g FROM Guide g WHERE g.supersededById = :id", Guide.class).setParameter("id", g.getId())
                .getResultList().stream().findFirst();
    }

    public Guide createGuide(NewGuide request) {
        Caller caller = access.require(Permission.MANAGE_TRAINING);
        Guide g = buildGuide(request, caller, new HashMap<>());
        audit.change("TRAINING_GUIDE_CREATED", "guide:" + g.getGuideNumber(), g.getOrgPath(), null, g.getTitle());
        return g;
    }

    @Override
    public Map<String, Long> createGuides(List<NewGuide> guides) {
        Caller caller = access.require(Permission.MANAGE_TRAINING);
        Map<String, Guide> batch = new HashMap<>();
        Map<String, Long> ids = new LinkedHashMap<>();
        for (NewGuide n : guides) {
            Guide g = buildGuide(n, caller, batch);
            ids.put(g.getGuideNumber(), g.getId());
        }
        audit.change("TRAINING_GUIDES_LOADED", ids.size() + " guides", null, null, null);
        return ids;
    }

    private Guide buildGuide(NewGuide n, Caller caller, Map<String, Guide> batch) {
        Violations v = new Violations();
        String symbol = VietnameseText.clean(n.symbol());
        v.check(n.documentNo() > 0 && n.documentNo() < 100_000, "documentNo", "Số hướng dẫn phải là số nguyên dương.");
        v.check(symbol != null && symbol.length() <= 40 && !symbol.contains(" "), "symbol",
                "Ký hiệu là bắt buộc, không có khoảng trắng (ví dụ HD/BTGTU).");
        CourseType type = enumValue(CourseType.class, n.courseType(), "courseType", v);
        v.check(n.issuedOn() != null, "issuedOn", "Ngày ban hành là bắt buộc.");
        v.check(VietnameseText.clean(n.title()) != null, "title", "Trích yếu là bắt buộc.");
        v.check(VietnameseText.clean(n.issuer()) != null, "issuer", "Cơ quan ban hành là bắt buộc.");
        v.check(VietnameseText.clean(n.parentIssuer()) != null, "parentIssuer", "Cơ quan chủ quản là bắt buộc.");
        v.check(VietnameseText.clean(n.place()) != null, "place", "Địa danh là bắt buộc.");
        v.check(n.durationDays() > 0 && n.durationDays() <= 60, "durationDays", "Thời gian học (ngày) phải từ 1 đến 60.");
        Set<Audience> audiences = new LinkedHashSet<>();
        for (String a : n.audiences() == null ? List.<String>of() : n.audiences()) {
            Audience au = enumValue(Audience.class, a, "audiences", v);
            if (au != null) {
                audiences.add(au);
            }
        }
        v.check(!audiences.isEmpty(), "audiences", "Cần ít nhất một đối tượng.");
        List<GuideTopic> topics = new ArrayList<>();
        Set<Integer> orders = new HashSet<>();
        for (Topic t : n.topics() == null ? List.<Topic>of() : n.topics()) {
            TopicForm form = enumValue(TopicForm.class, t.form(), "topics", v);
            boolean ok = t.order() > 0 && orders.add(t.order()) && VietnameseText.clean(t.title()) != null
                    && t.periods() > 0 && t.periods() <= 100;
            v.check(ok, "topics", "Chuyên đề cần thứ tự riêng (số dương), tên và số tiết từ 1 đến 100.");
            if (ok && form != null) {
                topics.add(new GuideTopic(t.order(), VietnameseText.clean(t.title()), t.periods(), form));
            }
        }
        v.check(!topics.isEmpty(), "topics", "Chương trình cần ít nhất một chuyên đề.");
        OrganizationRef org = null;
        if (n.organizationCode() == null) {
            v.add("organizationCode", "Mã cấp ủy ban hành là bắt buộc.");
        } else {
            org = organizations.findCurrentOrLatest(n.organizationCode().strip()).filter(o -> caller.covers(o.path())).orElse(null);
            v.check(org != null, "organizationCode", "Không tìm thấy tổ chức đảng có mã " + n.organizationCode() + ".");
        }
        String number = n.documentNo() + "-" + symbol;
        v.throwIfAny();
        if (batch.containsKey(number) || !em.createNamedQuery(Guide.BY_NUMBER, Guide.class).setParameter("number", number)
                .getResultList().isEmpty()) {
            throw new ProblemException(ProblemType.CONFLICT, "Hướng dẫn số " + number + " đã có.",
                    Map.of("documentNo", "Số " + number + " đã được dùng."));
        }
        Guide previous = null;
        if (n.supersedes() != null) {
            previous = batch.get(VietnameseText.clean(n.supersedes()));
            if (previous == null) {
                previous = em.createNamedQuery(Guide.BY_NUMBER, Guide.class).setParameter("number", VietnameseText.clean(n.supersedes()))
                        .getResultList().stream().findFirst().orElse(null);
            }
            checkSupersession(previous, n.supersedes(), type, n.issuedOn());
        }
        Guide g = new Guide(n.documentNo(), symbol, org.code(), org.path(), type);
        g.issue(VietnameseText.clean(n.parentIssuer()), VietnameseText.clean(n.issuer()), VietnameseText.clean(n.place()),
                n.issuedOn(), VietnameseText.clean(n.title()), n.durationDays());
        g.sections(text(n.purpose(), 4000), text(n.organisationText(), 4000), text(n.responsibilities(), 4000));
        g.assessment(text(n.assessment(), 2000), text(n.grading(), 1000), text(n.certificateRules(), 2000));
        g.signer(text(n.signerTitle(), 200), text(n.signerName(), 200));
        g.markReconstructed(n.reconstructed());
        g.programme(audiences, topics);
        em.persist(g);
        em.flush();
        if (previous != null) {
            previous.supersededBy(g, n.issuedOn());
        }
        batch.put(number, g);
        return g;
    }

    private static void checkSupersession(Guide previous, String number, CourseType type, LocalDate on) {
        if (previous == null) {
            throw new ProblemException(ProblemType.UNPROCESSABLE, "Không tìm thấy hướng dẫn số " + number + " được thay thế.",
                    Map.of("supersedes", "Không tìm thấy hướng dẫn số " + number + "."));
        }
        if (previous.getStatus() == GuideStatus.SUPERSEDED) {
            throw ProblemException.conflict("Hướng dẫn " + previous.getGuideNumber() + " đã được thay thế trước đó.");
        }
        if (previous.getCourseType() != type) {
            throw new ProblemException(ProblemType.UNPROCESSABLE, "Hướng dẫn thay thế phải cùng loại lớp với hướng dẫn "
                    + previous.getGuideNumber() + ".");
        }
        if (on.isBefore(previous.getIssuedOn())) {
            throw new ProblemException(ProblemType.UNPROCESSABLE, "Hướng dẫn thay thế phải ban hành không trước ngày "
                    + VietnameseFormat.date(previous.getIssuedOn()) + ".");
        }
    }

    /** Thay thế: {@code id} is superseded by the guide numbered {@code successorNumber}; the old one stays readable. */
    public Guide supersede(long id, String successorNumber) {
        Caller caller = access.require(Permission.MANAGE_TRAINING);
        Guide old = em.find(Guide.class, id);
        if (old == null || !caller.covers(old.getOrgPath())) {
            throw ProblemException.notFound("Không tìm thấy hướng dẫn số " + id + ".");
        }
        if (VietnameseText.clean(successorNumber) == null) {
            throw new ProblemException(ProblemType.VALIDATION, "Cần số hướng dẫn thay thế.",
                    Map.of("successorNumber", "Số hướng dẫn thay thế là bắt buộc (ví dụ 146-HD/BTGTU)."));
        }
        Guide successor = em.createNamedQuery(Guide.BY_NUMBER, Guide.class)
                .setParameter("number", VietnameseText.clean(successorNumber)).getResultList().stream().findFirst()
                .orElseThrow(() -> new ProblemException(ProblemType.UNPROCESSABLE, "Không tìm thấy hướng dẫn số "
                        + successorNumber + ".", Map.of("successorNumber", "Không tìm thấy hướng dẫn số " + successorNumber + ".")));
        if (successor.getId().equals(old.getId())) {
            throw new ProblemException(ProblemType.UNPROCESSABLE, "Một hướng dẫn không thể thay thế chính nó.");
        }
        checkSupersession(old, old.getGuideNumber(), successor.getCourseType(), successor.getIssuedOn());
        em.lock(old, LockModeType.OPTIMISTIC_FORCE_INCREMENT);
        old.supersededBy(successor, successor.getIssuedOn());
        audit.change("TRAINING_GUIDE_SUPERSEDED", "guide:" + old.getGuideNumber(), old.getOrgPath(), null,
                "{\"supersededBy\":\"" + successor.getGuideNumber() + "\"}");
        return old;
    }

    // ================================================================ classes

    /** A class with its counts (GROUP BY over learners). */
    public record ClassSummary(TrainingClass trainingClass, long learners, long withResult, long passed, long certified) {
    }

    @Transactional(Transactional.TxType.SUPPORTS)
    public List<ClassSummary> classes(String orgCode, Integer year, CourseType type) {
        Caller caller = access.require(Permission.READ_AGGREGATES);
        List<OrganizationRef> records = organizations.history(orgCode).stream().filter(o -> caller.covers(o.path())).toList();
        if (records.isEmpty()) {
            throw ProblemException.notFound("Không tìm thấy tổ chức đảng có mã " + orgCode + ".");
        }
        StringBuilder where = new StringBuilder("(");
        for (int i = 0; i < records.size(); i++) {
            where.append(i == 0 ? "" : " OR ").append("c.orgPath LIKE :p").append(i);
        }
        where.append(")");
        if (year != null) {
            where.append(" AND c.courseYear = :year");
        }
        if (type != null) {
            where.append(" AND c.courseType = :type");
        }
        var q = em.createQuery("SELECT c FROM TrainingClass c WHERE " + where + " ORDER BY c.startDate, c.id", TrainingClass.class);
        for (int i = 0; i < records.size(); i++) {
            q.setParameter("p" + i, records.get(i).subtreePattern());
        }
        if (year != null) {
            q.setParameter("year", year);
        }
        if (type != null) {
            q.setParameter("type", type);
        }
        List<TrainingClass> found = q.getResultList();
        Map<Long, long[]> counts = counts(found.stream().map(TrainingClass::getId).toList());
        return found.stream().map(c -> {
            long[] n = counts.getOrDefault(c.getId(), new long[4]);
            return new ClassSummary(c, n[0], n[1], n[2], n[3]);
        }).toList();
    }

    /** Per class: learners, with a result, passed, certified (one grouped query per chunk of classes). */
    private Map<Long, long[]> counts(List<Long> classIds) {
        Map<Long, long[]> out = new HashMap<>();
        for (List<Long> chunk : chunks(classIds)) {
            for (Object[] row : em.createQuery("SELECT l.classId, COUNT(l), COUNT(l.grade), "
                            + "SUM(CASE WHEN l.grade <> :failed THEN 1 ELSE 0 END), COUNT(l.certificateNumber) "
                            + "FROM Learner l WHERE l.classId IN :ids GROUP BY l.classId", Object[].class)
                    .setParameter("failed", Grade.KHONG_DAT)
                    .setParameter("ids", chunk).getResultList()) {
                out.put(((Number) row[0]).longValue(), new long[] {num(row[1]), num(row[2]), num(row[3]), num(row[4])});
            }
        }
        return out;
    }

    private static long num(Object o) {
        return o == null ? 0 : ((Number) o).longValue();
    }

    @Transactional(Transactional.TxType.SUPPORTS)
    public ClassSummary summary(long id) {
        TrainingClass c = findClass(id, access.require(Permission.READ_AGGREGATES));
        long[] n = counts(List.of(c.getId())).getOrDefault(c.getId(), new long[4]);
        return new ClassSummary(c, n[0], n[1], n[2], n[3]);
    }

    private TrainingClass findClass(long id, Caller caller) {
        TrainingClass c = em.find(TrainingClass.class, id);
        if (c == null || !caller.covers(c.getOrgPath())) {
            if (c != null) {
                audit.denied(caller.username(), "TRAINING_CLASS", "outside scope " + caller.scopeCode());
            }
            throw ProblemException.notFound("Không tìm thấy lớp bồi dưỡng số " + id + ".");
        }
        return c;
    }

    private TrainingClass openClass(long id, Caller caller) {
        TrainingClass c = findClass(id, caller);
        TrainingRules.open(c.getStatus()).ifPresent(m -> {
            throw ProblemException.conflict(m);
        });
        em.lock(c, LockModeType.OPTIMISTIC_FORCE_INCREMENT);
        c.touch();
        return c;
    }

    @Transactional(Transactional.TxType.SUPPORTS)
    public List<ClassSession> sessions(long classId) {
        findClass(classId, access.require(Permission.READ_AGGREGATES));
        return sessionsOf(classId);
    }

    private List<ClassSession> sessionsOf(long classId) {
        return em.createQuery("SELECT s FROM ClassSession s WHERE s.classId = :c ORDER BY s.sessionDate, s.id", ClassSession.class)
                .setParameter("c", classId).getResultList();
    }

    /** Named learners of a class, in Vietnamese name order, with their absences (session ids). */
    @Transactional(Transactional.TxType.SUPPORTS)
    public List<LearnerRow> learners(long classId) {
        findClass(classId, access.require(Permission.READ_TRAINING));
        Map<Long, List<Long>> absent = new HashMap<>();
        em.createQuery("SELECT a FROM Absence a WHERE a.classId = :c", Absence.class).setParameter("c", classId)
                .getResultList().forEach(a -> absent.computeIfAbsent(a.getLearnerId(), k -> new ArrayList<>()).add(a.getSessionId()));
        return learnersOf(classId).stream().sorted(LEARNER_ORDER)
                .map(l -> new LearnerRow(l, absent.getOrDefault(l.getId(), List.of()))).toList();
    }

    /** A learner and the sessions missed. */
    public record LearnerRow(Learner learner, List<Long> absentSessionIds) {
    }

    private static final java.util.Comparator<Learner> LEARNER_ORDER = java.util.Comparator
            .comparing((Learner l) -> lastWord(l.getFullName()), VietnameseText.collator())
            .thenComparing(Learner::getFullName, VietnameseText.collator()).thenComparing(Learner::getId);

    private static String lastWord(String name) {
        return name.substring(name.lastIndexOf(' ') + 1);
    }

    private List<Learner> learnersOf(long classId) {
        return em.createQuery("SELECT l FROM Learner l WHERE l.classId = :c ORDER BY l.id", Learner.class)
                .setParameter("c", classId).getResultList();
    }

    /** Creates a class (without learners) for the caller's scope. */
    public TrainingClass createClass(NewClass request) {
        Caller caller = access.require(Permission.MANAGE_TRAINING);
        Built b = buildClass(request, caller, new Lookups());
        em.flush();
        persistSessions(b, request.sessions());
        audit.change("TRAINING_CLASS_CREATED", "class:" + b.cls.getId(), b.cls.getOrgPath(), null,
                "{\"courseNumber\":\"" + b.cls.getCourseNumber() + "\"}");
        return b.cls;
    }

    @Override
    public List<Long> recordClasses(List<NewClass> classes) {
        Caller caller = access.require(Permission.MANAGE_TRAINING);
        Lookups lookups = new Lookups();
        List<Long> ids = new ArrayList<>();
        List<AdmissionRecords.NewMemberCertificate> newMember = new ArrayList<>();
        Map<String, List<TrainingRules.Enrolment>> enrolments = existingEnrolments(classes.stream()
                .flatMap(c -> c.learners() == null ? java.util.stream.Stream.empty() : c.learners().stream())
                .map(l -> VietnameseText.fold(VietnameseText.clean(l.fullName()))).filter(Objects::nonNull).toList());
        // learners of new-member classes named by admission: their names come from the admissions
        lookups.admissions.putAll(admissions.find(classes.stream()
                .flatMap(c -> c.learners() == null ? java.util.stream.Stream.empty() : c.learners().stream())
                .map(NewLearner::admissionId).filter(Objects::nonNull).toList()));
        enrolments.putAll(mergeEnrolments(enrolments, existingEnrolments(lookups.admissions.values().stream()
                .map(a -> VietnameseText.fold(a.fullName())).toList())));
        Set<String> batchNumbers = new HashSet<>();
        List<Learner> allLearners = new ArrayList<>();
        List<Object[]> pendingAbsences = new ArrayList<>();
        // classes first (one flush), then their sessions and learners (one flush), then absences
        List<Built> built = new ArrayList<>(classes.size());
        for (NewClass n : classes) {
            built.add(buildClass(n, caller, lookups));
        }
        em.flush();
        for (int ci = 0; ci < classes.size(); ci++) {
            NewClass n = classes.get(ci);
            Built b = built.get(ci);
            persistSessions(b, n.sessions());
            TrainingClass c = b.cls;
            ids.add(c.getId());
            List<Learner> learners = buildLearners(c, n.learners() == null ? List.of() : n.learners(), caller, lookups,
                    enrolments, "classes[" + ci + "].");
            for (int i = 0; i < learners.size(); i++) {
                Learner l = learners.get(i);
                NewLearner nl = n.learners().get(i);
                if (nl.score() != null) {
                    result(l, nl.score(), null, "classes[" + ci + "].learners[" + i + "].");
                }
                if (nl.certificateNumber() != null) {
                    String number = VietnameseText.clean(nl.certificateNumber());
                    LocalDate on = n.certificatesIssuedOn() == null ? c.getEndDate() : n.certificatesIssuedOn();
                    certify(c, l, number, on, batchNumbers);
                    if (l.getAdmissionId() != null && c.getCourseType() == CourseType.NEW_MEMBER) {
                        newMember.add(new AdmissionRecords.NewMemberCertificate(l.getAdmissionId(), number, on));
                    }
                }
                for (Integer s : nl.absentSessions() == null ? List.<Integer>of() : nl.absentSessions()) {
                    if (s == null || s < 0 || s >= b.sessions.size()) {
                        throw new ProblemException(ProblemType.VALIDATION, "Buổi vắng không có trong lớp.",
                                Map.of("classes[" + ci + "].learners[" + i + "].absentSessions", "Chỉ số buổi học không hợp lệ."));
                    }
                    pendingAbsences.add(new Object[] {c, l, b.sessions.get(s)});
                }
            }
            allLearners.addAll(learners);
            if (n.closed()) {
                TrainingRules.close(c.getStatus(), learners.size()).ifPresent(m -> {
                    throw new ProblemException(ProblemType.UNPROCESSABLE, m);
                });
                c.close();
            }
        }
        checkCertificateNumbersFree(batchNumbers);
        allLearners.forEach(em::persist);
        em.flush();
        for (Object[] a : pendingAbsences) {
            em.persist(new Absence(((TrainingClass) a[0]).getId(), ((Learner) a[1]).getId(), ((ClassSession) a[2]).getId()));
        }
        em.flush();
        if (!newMember.isEmpty()) {
            admissions.recordNewMemberCertificates(newMember);
        }
        em.flush();
        audit.change("TRAINING_CLASSES_LOADED", ids.size() + " classes, " + allLearners.size() + " learners", null, null, null);
        return ids;
    }

    private static Map<String, List<TrainingRules.Enrolment>> mergeEnrolments(Map<String, List<TrainingRules.Enrolment>> a,
                                                                               Map<String, List<TrainingRules.Enrolment>> b) {
        Map<String, List<TrainingRules.Enrolment>> out = new HashMap<>(a);
        b.forEach((k, v) -> out.merge(k, v, (x, y) -> {
            List<TrainingRules.Enrolment> all = new ArrayList<>(x);
            y.stream().filter(e -> !x.contains(e)).forEach(all::add);
            return all;
        }));
        return out;
    }

    /** Cached look-ups of one call. */
    private static final class Lookups {
        final Map<String, Guide> guides = new HashMap<>();
        final Map<String, List<OrganizationRef>> orgs = new HashMap<>();
        final Map<Long, AdmissionRecord> admissions = new HashMap<>();
    }

    private record Built(TrainingClass cls, List<ClassSession> sessions) {
    }

    private Built buildClass(NewClass n, Caller caller, Lookups lookups) {
        Violations v = new Violations();
        Guide guide = null;
        if (VietnameseText.clean(n.guideNumber()) == null) {
            v.add("guideNumber", "Số hướng dẫn là bắt buộc (ví dụ 146-HD/BTGTU).");
        } else {
            String number = VietnameseText.clean(n.guideNumber());
            guide = lookups.guides.computeIfAbsent(number, k -> em.createNamedQuery(Guide.BY_NUMBER, Guide.class)
                    .setParameter("number", k).getResultList().stream().findFirst().orElse(null));
            v.check(guide != null, "guideNumber", "Không tìm thấy hướng dẫn số " + number + ".");
        }
        Audience audience = enumValue(Audience.class, n.audience(), "audience", v);
        v.check(VietnameseText.clean(n.organiserName()) != null && n.organiserName().length() <= 300, "organiserName",
                "Tên cơ sở đào tạo là bắt buộc (trung tâm chính trị, hoặc cấp ủy mở lớp nơi chưa có trung tâm), tối đa 300 ký tự.");
        v.check(VietnameseText.clean(n.courseNumber()) != null && n.courseNumber().length() <= 100, "courseNumber",
                "Khóa học là bắt buộc (ví dụ Khóa I năm 2024), tối đa 100 ký tự.");
        v.check(VietnameseText.clean(n.place()) != null && n.place().length() <= 300, "place",
                "Địa điểm là bắt buộc, tối đa 300 ký tự.");
        v.check(n.startDate() != null, "startDate", "Ngày khai giảng là bắt buộc.");
        v.check(n.endDate() != null, "endDate", "Ngày kết thúc là bắt buộc.");
        if (n.startDate() != null && n.endDate() != null) {
            TrainingRules.classDates(n.startDate(), n.endDate()).ifPresent(m -> v.add("endDate", m));
        }
        OrganizationRef org = null;
        if (n.organizationCode() == null || n.organizationCode().isBlank()) {
            v.add("organizationCode", "Mã cấp ủy tổ chức lớp là bắt buộc.");
        } else if (n.startDate() != null && n.endDate() != null) {
            List<OrganizationRef> records = lookups.orgs.computeIfAbsent(n.organizationCode().strip(), organizations::history)
                    .stream().filter(o -> caller.covers(o.path())).toList();
            org = OrganizationRef.latestValidDuring(records, n.startDate(), n.endDate()).orElse(null);
            v.check(org != null, "organizationCode", records.isEmpty()
                    ? "Không tìm thấy tổ chức đảng có mã " + n.organizationCode() + "."
                    : "Tổ chức " + n.organizationCode() + " không hoạt động trong thời gian của lớp.");
        }
        if (guide != null && audience != null) {
            v.check(guide.getAudiences().contains(audience) || audience == Audience.GENERAL, "audience",
                    "Hướng dẫn " + guide.getGuideNumber() + " không dành cho đối tượng " + audience.label() + ".");
        }
        if (guide != null && n.startDate() != null) {
            v.check(!n.startDate().isBefore(guide.getIssuedOn()), "startDate", "Lớp khai giảng trước ngày ban hành hướng dẫn "
                    + guide.getGuideNumber() + " (" + VietnameseFormat.date(guide.getIssuedOn()) + ").");
            v.check(guide.getSupersededOn() == null || n.startDate().isBefore(guide.getSupersededOn()), "guideNumber",
                    "Hướng dẫn " + guide.getGuideNumber() + " đã được thay thế từ ngày "
                            + VietnameseFormat.date(guide.getSupersededOn()) + ".");
        }
        List<Session> sessions = n.sessions() == null ? List.of() : n.sessions();
        Guide g = guide;
        for (int i = 0; i < sessions.size(); i++) {
            Session s = sessions.get(i);
            checkSession(s, n.startDate(), n.endDate(), g, "sessions[" + i + "]", v);
        }
        v.throwIfAny();
        TrainingClass c = new TrainingClass(guide, audience, org.code(), org.path(), VietnameseText.clean(n.organiserName()),
                VietnameseText.clean(n.courseNumber()), n.startDate(), n.endDate(), VietnameseText.clean(n.place()));
        em.persist(c);
        return new Built(c, new ArrayList<>());
    }

    /** After the classes are flushed (their rows exist): their sessions. */
    private void persistSessions(Built b, List<Session> sessions) {
        for (Session s : sessions == null ? List.<Session>of() : sessions) {
            ClassSession cs = new ClassSession(b.cls.getId(), s.date(), s.topicOrder(), null);
            em.persist(cs);
            b.sessions.add(cs);
        }
    }

    private static void checkSession(Session s, LocalDate start, LocalDate end, Guide guide, String field, Violations v) {
        if (s == null || s.date() == null) {
            v.add(field, "Ngày học là bắt buộc.");
            return;
        }
        if (start != null && end != null) {
            TrainingRules.withinClass(s.date(), start, end).ifPresent(m -> v.add(field, m));
        }
        if (s.topicOrder() != null && guide != null) {
            v.check(guide.getTopics().stream().anyMatch(t -> t.getTopicOrder() == s.topicOrder()), field,
                    "Hướng dẫn " + guide.getGuideNumber() + " không có chuyên đề số " + s.topicOrder() + ".");
        }
    }

    public List<ClassSession> addSessions(long classId, List<Session> sessions) {
        Caller caller = access.require(Permission.MANAGE_TRAINING);
        TrainingClass c = openClass(classId, caller);
        Guide guide = em.find(Guide.class, c.getGuideId());
        Violations v = new Violations();
        v.check(sessions != null && !sessions.isEmpty(), "sessions", "Cần ít nhất một buổi học.");
        for (int i = 0; sessions != null && i < sessions.size(); i++) {
            checkSession(sessions.get(i), c.getStartDate(), c.getEndDate(), guide, "sessions[" + i + "]", v);
        }
        v.throwIfAny();
        List<ClassSession> made = new ArrayList<>();
        for (Session s : sessions) {
            ClassSession cs = new ClassSession(c.getId(), s.date(), s.topicOrder(), null);
            em.persist(cs);
            made.add(cs);
        }
        audit.change("TRAINING_SESSIONS_ADDED", "class:" + c.getId(), c.getOrgPath(), null, made.size() + " sessions");
        return made;
    }

    // ================================================================ learners

    public List<Learner> addLearners(long classId, List<NewLearner> learners) {
        Caller caller = access.require(Permission.MANAGE_TRAINING);
        TrainingClass c = openClass(classId, caller);
        if (learners == null || learners.isEmpty()) {
            throw new ProblemException(ProblemType.VALIDATION, "Cần ít nhất một học viên.", Map.of("learners", "Danh sách trống."));
        }
        Lookups lookups = new Lookups();
        lookups.admissions.putAll(admissions.find(learners.stream().map(NewLearner::admissionId).filter(Objects::nonNull).toList()));
        List<String> names = new ArrayList<>();
        learners.stream().map(l -> VietnameseText.fold(VietnameseText.clean(l.fullName()))).filter(Objects::nonNull).forEach(names::add);
        lookups.admissions.values().forEach(a -> names.add(VietnameseText.fold(a.fullName())));
        List<Learner> made = buildLearners(c, learners, caller, lookups, existingEnrolments(names), "");
        made.forEach(em::persist);
        em.flush();
        audit.change("TRAINING_LEARNERS_ADDED", "class:" + c.getId(), c.getOrgPath(), null, made.size() + " learners");
        return made;
    }

    public void removeLearner(long classId, long learnerId) {
        Caller caller = access.require(Permission.MANAGE_TRAINING);
        TrainingClass c = openClass(classId, caller);
        Learner l = em.find(Learner.class, learnerId);
        if (l == null || l.getClassId() != c.getId()) {
            throw ProblemException.notFound("Không tìm thấy học viên số " + learnerId + " trong lớp.");
        }
        if (l.getCertificateNumber() != null) {
            throw ProblemException.conflict("Học viên đã được cấp giấy chứng nhận số " + l.getCertificateNumber()
                    + ": không thể xóa khỏi lớp.");
        }
        em.createQuery("DELETE FROM Absence a WHERE a.learnerId = :l").setParameter("l", learnerId).executeUpdate();
        em.remove(l);
        audit.change("TRAINING_LEARNER_REMOVED", "class:" + c.getId() + "/learner:" + learnerId, c.getOrgPath(), null, null);
    }

    /** Other enrolments by folded name: one query per chunk of names. */
    private Map<String, List<TrainingRules.Enrolment>> existingEnrolments(Collection<String> foldedNames) {
        Map<String, List<TrainingRules.Enrolment>> out = new HashMap<>();
        for (List<String> chunk : chunks(List.copyOf(new LinkedHashSet<>(foldedNames)))) {
            for (Object[] row : em.createQuery("SELECT l.nameFolded, l.birthDate, c.id, c.courseNumber, c.courseType,"
                            + " c.startDate, c.endDate, l.grade FROM Learner l, TrainingClass c WHERE c.id = l.classId"
                            + " AND l.nameFolded IN :n", Object[].class).setParameter("n", chunk).getResultList()) {
                out.computeIfAbsent(row[0] + "|" + row[1], k -> new ArrayList<>()).add(new TrainingRules.Enrolment(
                        (Long) row[2], (String) row[3], (CourseType) row[4], (LocalDate) row[5], (LocalDate) row[6], (Grade) row[7]));
            }
        }
        return out;
    }

    private List<Learner> buildLearners(TrainingClass c, List<NewLearner> learners, Caller caller, Lookups lookups,
                                        Map<String, List<TrainingRules.Enrolment>> enrolments, String prefix) {
        Violations v = new Violations();
        List<Learner> out = new ArrayList<>();
        for (int i = 0; i < learners.size(); i++) {
            NewLearner n = learners.get(i);
            String f = prefix + "learners[" + i + "]";
            Learner l = c.getCourseType() == CourseType.NEW_MEMBER ? newMember(c, n, caller, lookups, f, v)
                    : candidate(c, n, caller, lookups, f, v);
            if (l == null) {
                continue;
            }
            String key = l.getNameFolded() + "|" + l.getBirthDate();
            List<TrainingRules.Enrolment> others = enrolments.computeIfAbsent(key, k -> new ArrayList<>());
            Optional<String> twice = TrainingRules.secondEnrolment(c.getCourseType(), c.getStartDate(), c.getEndDate(), others);
            if (twice.isPresent()) {
                v.add(f, l.getFullName() + ": " + twice.get());
                continue;
            }
            others.add(new TrainingRules.Enrolment(c.getId(), c.getCourseNumber(), c.getCourseType(), c.getStartDate(),
                    c.getEndDate(), null));
            out.add(l);
        }
        v.throwIfAny();
        return out;
    }

    private Learner newMember(TrainingClass c, NewLearner n, Caller caller, Lookups lookups, String f, Violations v) {
        if (n.admissionId() == null) {
            v.add(f + ".admissionId", "Học viên lớp đảng viên mới cần mã hồ sơ kết nạp (admissionId).");
            return null;
        }
        AdmissionRecord a = lookups.admissions.get(n.admissionId());
        if (a == null || !caller.covers(a.orgPath())) {
            v.add(f + ".admissionId", "Không tìm thấy hồ sơ kết nạp số " + n.admissionId() + ".");
            return null;
        }
        if (!a.orgPath().startsWith(c.getOrgPath())) {
            v.add(f + ".admissionId", a.fullName() + ": hồ sơ kết nạp không thuộc cấp ủy tổ chức lớp (" + c.getOrganizationCode() + ").");
            return null;
        }
        Optional<String> problem = TrainingRules.probationary(a.active(),
                a.ceremonyDate() != null ? a.ceremonyDate() : a.decisionDate(), a.probationEnd(), c.getStartDate(), c.getEndDate());
        if (problem.isPresent()) {
            v.add(f + ".admissionId", a.fullName() + ": " + problem.get());
            return null;
        }
        OrganizationRef org = organization(a.organizationCode(), a.decisionDate(), lookups);
        return new Learner(c.getId(), a.fullName(), a.birthDate(), a.gender(), a.ethnicityCode(), a.religion(),
                a.organizationCode(), a.orgPath(), org == null ? a.organizationCode() : org.name(), a.id());
    }

    private Learner candidate(TrainingClass c, NewLearner n, Caller caller, Lookups lookups, String f, Violations v) {
        int before = v.errors().size();
        String name = VietnameseText.clean(n.fullName());
        String nameProblem = vn.ptdv.shared.NameRules.personName(name);
        v.check(nameProblem == null, f + ".fullName", nameProblem);
        v.check(n.birthDate() != null && n.birthDate().isBefore(c.getStartDate()), f + ".birthDate", "Ngày sinh là bắt buộc.");
        v.check(n.gender() != null, f + ".gender", "Giới tính là bắt buộc (MALE hoặc FEMALE).");
        String eth = n.ethnicityCode() == null ? null : Ethnicities.find(n.ethnicityCode()).orElse(null);
        v.check(eth != null, f + ".ethnicityCode", "Mã dân tộc không có trong danh mục.");
        v.check(n.admissionId() == null, f + ".admissionId", "Lớp bồi dưỡng nhận thức về Đảng dành cho quần chúng ưu tú, "
                + "không gắn với hồ sơ kết nạp.");
        OrganizationRef org = null;
        if (n.nominatingOrgCode() == null || n.nominatingOrgCode().isBlank()) {
            v.add(f + ".nominatingOrgCode", "Mã tổ chức đảng giới thiệu học viên là bắt buộc.");
        } else {
            org = organization(n.nominatingOrgCode().strip(), c.getStartDate(), lookups);
            if (org == null || !caller.covers(org.path())) {
                v.add(f + ".nominatingOrgCode", "Không tìm thấy tổ chức đảng có mã " + n.nominatingOrgCode() + ".");
            } else if (!org.path().startsWith(c.getOrgPath())) {
                v.add(f + ".nominatingOrgCode", "Tổ chức " + org.code() + " không trực thuộc cấp ủy tổ chức lớp ("
                        + c.getOrganizationCode() + ").");
            }
        }
        if (v.errors().size() > before) {
            return null;
        }
        return new Learner(c.getId(), name, n.birthDate(), n.gender(), eth, Religions.normalise(n.religion()),
                org.code(), org.path(), org.name(), null);
    }

    private OrganizationRef organization(String code, LocalDate date, Lookups lookups) {
        List<OrganizationRef> records = lookups.orgs.computeIfAbsent(code, organizations::history);
        return records.stream().filter(o -> o.validOn(date)).findFirst()
                .or(() -> records.stream().max(java.util.Comparator.comparing(OrganizationRef::validFrom))).orElse(null);
    }

    // ================================================================ attendance and results

    /** Điểm danh: replaces the class's absences with these (learner id, session id) pairs. */
    public int recordAttendance(long classId, List<long[]> absences) {
        Caller caller = access.require(Permission.MANAGE_TRAINING);
        TrainingClass c = openClass(classId, caller);
        Set<Long> learners = new HashSet<>(learnersOf(classId).stream().map(Learner::getId).toList());
        Set<Long> sessions = new HashSet<>(sessionsOf(classId).stream().map(ClassSession::getId).toList());
        Violations v = new Violations();
        Set<String> seen = new HashSet<>();
        for (int i = 0; i < absences.size(); i++) {
            long[] a = absences.get(i);
            v.check(learners.contains(a[0]), "absences[" + i + "].learnerId", "Học viên " + a[0] + " không có trong lớp.");
            v.check(sessions.contains(a[1]), "absences[" + i + "].sessionId", "Buổi học " + a[1] + " không có trong lớp.");
            v.check(seen.add(a[0] + "/" + a[1]), "absences[" + i + "]", "Trùng lặp.");
        }
        v.throwIfAny();
        em.createQuery("DELETE FROM Absence a WHERE a.classId = :c").setParameter("c", classId).executeUpdate();
        for (long[] a : absences) {
            em.persist(new Absence(classId, a[0], a[1]));
        }
        audit.change("TRAINING_ATTENDANCE_RECORDED", "class:" + c.getId(), c.getOrgPath(), null, absences.size() + " absences");
        return absences.size();
    }

    @Override
    public int recordResults(long classId, List<LearnerResult> results) {
        Caller caller = access.require(Permission.MANAGE_TRAINING);
        TrainingClass c = openClass(classId, caller);
        if (results == null || results.isEmpty()) {
            throw new ProblemException(ProblemType.VALIDATION, "Cần ít nhất một kết quả.", Map.of("results", "Danh sách trống."));
        }
        Violations v = new Violations();
        List<PlannedResult> plan = planResults(c, results, (i, field, message) ->
                v.add("results[" + i + "]" + (field == null ? "" : "." + field), message));
        v.throwIfAny();
        writeResults(c, plan);
        return plan.size();
    }

    /** A row of a class-results spreadsheet: the class it names and the learner's attendance and result. */
    public record ClassResultRow(long classId, LearnerResult result) {
    }

    /**
     * Nhập kết quả học tập từ bảng tính: rows of one or several classes, each row naming its class, checked together
     * with the rules of {@link #recordResults} (a learner of the class, one row per learner, score and grade agreeing,
     * absences on the class's session dates, no failing grade after a certificate); when {@code write} and no row has
     * an error, every class is written in this one transaction. Answers row index → field ({@code classId},
     * {@code learnerId}, {@code fullName}, {@code score}, {@code grade}, {@code absentOn}) → message.
     */
    public Map<Integer, Map<String, String>> importResults(List<ClassResultRow> rows, boolean write) {
        Caller caller = access.require(Permission.MANAGE_TRAINING);
        Map<Integer, Map<String, String>> errors = new java.util.TreeMap<>();
        Map<Long, List<Integer>> byClass = new LinkedHashMap<>();
        for (int i = 0; i < rows.size(); i++) {
            byClass.computeIfAbsent(rows.get(i).classId(), k -> new ArrayList<>()).add(i);
        }
        Map<TrainingClass, List<PlannedResult>> plans = new LinkedHashMap<>();
        byClass.forEach((classId, indexes) -> {
            TrainingClass c;
            try {
                c = findClass(classId, caller);
                TrainingRules.open(c.getStatus()).ifPresent(m -> {
                    throw ProblemException.conflict(m);
                });
            } catch (ProblemException e) {
                indexes.forEach(i -> errors.computeIfAbsent(i, k -> new LinkedHashMap<>()).put("classId", e.getMessage()));
                return;
            }
            List<LearnerResult> results = indexes.stream().map(i -> rows.get(i).result()).toList();
            plans.put(c, planResults(c, results, (j, field, message) -> {
                LearnerResult r = results.get(j);
                String column = field != null ? field : r.learnerId() != null ? "learnerId" : "fullName";
                errors.computeIfAbsent(indexes.get(j), k -> new LinkedHashMap<>()).putIfAbsent(column, message);
            }));
        });
        if (write && errors.isEmpty()) {
            plans.forEach((c, plan) -> {
                em.lock(c, LockModeType.OPTIMISTIC_FORCE_INCREMENT);
                c.touch();
                writeResults(c, plan);
            });
        }
        return errors;
    }

    /** Receives an error of the i-th result; field null: the row as a whole (the learner it names). */
    @FunctionalInterface
    private interface ResultErrors {
        void add(int index, String field, String message);
    }

    /**
     * What will be written for one learner: the result when {@code setResult}, the absences when not null (replacing
     * the recorded ones).
     */
    private record PlannedResult(Learner learner, boolean setResult, Graded graded, List<ClassSession> absences) {
    }

    /** A checked score (one decimal) and its grade. */
    private record Graded(BigDecimal score, Grade grade) {
    }

    /** Checks the results of one class without changing anything; errors go to {@code errors}. */
    private List<PlannedResult> planResults(TrainingClass c, List<LearnerResult> results, ResultErrors errors) {
        List<Learner> learners = learnersOf(c.getId());
        Map<Long, Learner> byId = new HashMap<>();
        Map<String, List<Learner>> byPerson = new HashMap<>();
        learners.forEach(l -> {
            byId.put(l.getId(), l);
            byPerson.computeIfAbsent(l.getNameFolded() + "|" + l.getBirthDate(), k -> new ArrayList<>()).add(l);
        });
        Map<LocalDate, List<ClassSession>> sessionsByDate = new HashMap<>();
        sessionsOf(c.getId()).forEach(s -> sessionsByDate.computeIfAbsent(s.getSessionDate(), k -> new ArrayList<>()).add(s));
        List<PlannedResult> plan = new ArrayList<>();
        Map<Long, Integer> seen = new HashMap<>();
        for (int i = 0; i < results.size(); i++) {
            LearnerResult r = results.get(i);
            Learner l = r.learnerId() != null ? byId.get(r.learnerId()) : single(byPerson.get(
                    VietnameseText.fold(VietnameseText.clean(r.fullName())) + "|" + r.birthDate()));
            if (l == null) {
                errors.add(i, null, "Không có học viên " + (r.learnerId() != null ? "số " + r.learnerId()
                        : Objects.toString(r.fullName(), "") + " (" + (r.birthDate() == null ? "?" : VietnameseFormat.date(r.birthDate())) + ")")
                        + " trong lớp: chỉ ghi kết quả cho học viên đã có tên trong lớp.");
                continue;
            }
            // found by number: a name or birth date given with it must be the learner's (a row pasted under the wrong number)
            boolean otherName = r.learnerId() != null && r.fullName() != null
                    && !VietnameseText.fold(VietnameseText.clean(r.fullName())).equals(l.getNameFolded());
            boolean otherBirth = r.learnerId() != null && r.birthDate() != null && !r.birthDate().equals(l.getBirthDate());
            if (otherName || otherBirth) {
                errors.add(i, otherName ? "fullName" : "birthDate", "Học viên số " + l.getId() + " của lớp là "
                        + l.getFullName() + " (" + VietnameseFormat.date(l.getBirthDate())
                        + "): họ tên hoặc ngày sinh của dòng không khớp.");
                continue;
            }
            Integer first = seen.putIfAbsent(l.getId(), i);
            if (first != null) {
                errors.add(i, null, "Học viên " + l.getFullName() + " có hai dòng kết quả.");
                continue;
            }
            boolean ok = true;
            Graded graded = null;
            if (r.score() != null || r.grade() != null) {
                try {
                    graded = graded(l, r.score(), r.grade(), "");
                } catch (ProblemException e) {
                    int index = i;
                    e.errors().forEach((field, message) -> errors.add(index, field, message));
                    ok = false;
                }
            }
            List<ClassSession> missed = null;
            if (r.absentOn() != null) {
                missed = new ArrayList<>();
                for (LocalDate d : r.absentOn()) {
                    List<ClassSession> on = d == null ? null : sessionsByDate.get(d);
                    if (on == null) {
                        errors.add(i, "absentOn", "Lớp không có buổi học ngày " + (d == null ? "?" : VietnameseFormat.date(d)) + ".");
                        ok = false;
                    } else {
                        missed.addAll(on);
                    }
                }
            }
            if (ok) {
                plan.add(new PlannedResult(l, graded != null, graded, missed));
            }
        }
        return plan;
    }

    private void writeResults(TrainingClass c, List<PlannedResult> plan) {
        for (PlannedResult p : plan) {
            if (p.setResult()) {
                p.learner().result(p.graded().score(), p.graded().grade());
            }
            if (p.absences() != null) {
                em.createQuery("DELETE FROM Absence a WHERE a.learnerId = :l").setParameter("l", p.learner().getId()).executeUpdate();
                for (ClassSession s : p.absences()) {
                    em.persist(new Absence(c.getId(), p.learner().getId(), s.getId()));
                }
            }
        }
        audit.change("TRAINING_RESULTS_RECORDED", "class:" + c.getId(), c.getOrgPath(), null, plan.size() + " learners");
    }

    private static Learner single(List<Learner> found) {
        return found == null || found.size() != 1 ? null : found.get(0);
    }

    /** Sets a learner's result: a score (graded by the scale; a grade given with it must agree) or a grade alone. */
    private void result(Learner l, BigDecimal score, String gradeName, String f) {
        Graded g = graded(l, score, gradeName, f);
        l.result(g.score(), g.grade());
    }

    /** Checks a result without setting it: errors as a problem with fields {@code f}score and {@code f}grade. */
    private Graded graded(Learner l, BigDecimal score, String gradeName, String f) {
        Violations v = new Violations();
        Grade given = gradeName == null || gradeName.isBlank() ? null : enumValue(Grade.class, gradeName, f + "grade", v);
        if (score != null && !GradeScale.validScore(score)) {
            v.add(f + "score", "Điểm phải từ 0 đến 10, tối đa một chữ số thập phân.");
        }
        v.throwIfAny();
        Grade grade = score == null ? given : scale.grade(score);
        if (score != null && given != null && given != grade) {
            v.add(f + "grade", "Điểm " + score.toPlainString().replace('.', ',') + " tương ứng xếp loại " + grade.label()
                    + ", không phải " + given.label() + ".");
        }
        if (l.getCertificateNumber() != null && grade != null && !grade.passed()) {
            v.add(f + "grade", "Học viên đã được cấp giấy chứng nhận số " + l.getCertificateNumber()
                    + ": không thể ghi kết quả Không đạt.");
        }
        v.throwIfAny();
        return new Graded(score == null ? null : score.setScale(1, java.math.RoundingMode.UNNECESSARY), grade);
    }

    // ================================================================ certificates and closing

    /**
     * Cấp giấy chứng nhận: to the given learners with the given numbers, or (when {@code numbers} is empty) to every
     * passed learner without one, numbered {@code prefix}001, {@code prefix}002, ... in name order.
     */
    public List<Learner> issueCertificates(long classId, LocalDate issuedOn, Map<Long, String> numbers, String prefix) {
        Caller caller = access.require(Permission.MANAGE_TRAINING);
        TrainingClass c = openClass(classId, caller);
        List<Learner> learners = learnersOf(classId);
        Violations v = new Violations();
        v.check(issuedOn != null, "issuedOn", "Ngày cấp là bắt buộc.");
        if (learners.isEmpty()) {
            throw new ProblemException(ProblemType.UNPROCESSABLE, "Lớp chưa có học viên nào: không có ai để cấp giấy chứng nhận.");
        }
        Map<Long, String> wanted = new LinkedHashMap<>();
        if (numbers != null && !numbers.isEmpty()) {
            wanted.putAll(numbers);
        } else {
            String p = VietnameseText.clean(prefix);
            v.check(p != null && p.length() <= 50, "numberPrefix", "Cần tiền tố số giấy chứng nhận (ví dụ NTVĐ-BT-2024-) hoặc danh sách số.");
            v.throwIfAny();
            int seq = 1;
            for (Learner l : learners.stream().sorted(LEARNER_ORDER).toList()) {
                if (l.passed() && l.getCertificateNumber() == null) {
                    wanted.put(l.getId(), p + String.format(Locale.ROOT, "%03d", seq++));
                }
            }
            if (wanted.isEmpty()) {
                throw new ProblemException(ProblemType.UNPROCESSABLE, "Không có học viên nào đạt yêu cầu mà chưa được cấp giấy chứng nhận.");
            }
        }
        v.throwIfAny();
        // before any learner changes: a query may flush them
        checkCertificateNumbersFree(new HashSet<>(wanted.values().stream().map(VietnameseText::clean)
                .filter(Objects::nonNull).toList()));
        Map<Long, Learner> byId = new HashMap<>();
        learners.forEach(l -> byId.put(l.getId(), l));
        Set<String> batch = new HashSet<>();
        List<Learner> done = new ArrayList<>();
        List<AdmissionRecords.NewMemberCertificate> newMember = new ArrayList<>();
        for (Map.Entry<Long, String> e : wanted.entrySet()) {
            Learner l = byId.get(e.getKey());
            String f = "certificates[" + e.getKey() + "]";
            if (l == null) {
                v.add(f, "Học viên " + e.getKey() + " không có trong lớp.");
                continue;
            }
            try {
                certify(c, l, VietnameseText.clean(e.getValue()), issuedOn, batch);
                done.add(l);
                if (c.getCourseType() == CourseType.NEW_MEMBER && l.getAdmissionId() != null) {
                    newMember.add(new AdmissionRecords.NewMemberCertificate(l.getAdmissionId(), l.getCertificateNumber(), issuedOn));
                }
            } catch (ProblemException ex) {
                v.add(f, l.getFullName() + ": " + ex.getMessage());
            }
        }
        v.throwIfAny(ProblemType.UNPROCESSABLE);
        em.flush();
        if (!newMember.isEmpty()) {
            admissions.recordNewMemberCertificates(newMember);
        }
        audit.change("TRAINING_CERTIFICATES_ISSUED", "class:" + c.getId(), c.getOrgPath(), null, done.size() + " certificates");
        return done;
    }

    private static void certify(TrainingClass c, Learner l, String number, LocalDate issuedOn, Set<String> batch) {
        if (number == null || number.length() > 60) {
            throw new ProblemException(ProblemType.VALIDATION, "Số giấy chứng nhận là bắt buộc, tối đa 60 ký tự.");
        }
        TrainingRules.certificate(l.getGrade(), l.getCertificateNumber(), issuedOn, c.getEndDate()).ifPresent(m -> {
            throw new ProblemException(ProblemType.UNPROCESSABLE, m);
        });
        if (!batch.add(number)) {
            throw new ProblemException(ProblemType.CONFLICT, "Số giấy chứng nhận " + number + " bị trùng.");
        }
        l.certify(number, issuedOn, c.getCourseType() == CourseType.AWARENESS ? Learner.AWARENESS_FORM : null);
    }

    private void checkCertificateNumbersFree(Set<String> numbers) {
        for (List<String> chunk : chunks(List.copyOf(numbers))) {
            List<String> used = em.createQuery("SELECT l.certificateNumber FROM Learner l WHERE l.certificateNumber IN :n"
                    + "", String.class).setParameter("n", chunk).getResultList();
            if (!used.isEmpty()) {
                throw new ProblemException(ProblemType.CONFLICT, "Số giấy chứng nhận " + used.get(0) + " đã được dùng.",
                        Map.of("certificates", "Số giấy chứng nhận " + used.get(0) + " đã được dùng."));
            }
        }
    }

    /** Bế giảng: closes the class; refused for a class with no learners. */
    public TrainingClass close(long classId) {
        Caller caller = access.require(Permission.MANAGE_TRAINING);
        TrainingClass c = findClass(classId, caller);
        TrainingRules.close(c.getStatus(), learnersOf(classId).size()).ifPresent(m -> {
            throw new ProblemException(ProblemType.UNPROCESSABLE, m);
        });
        em.lock(c, LockModeType.OPTIMISTIC_FORCE_INCREMENT);
        c.close();
        audit.change("TRAINING_CLASS_CLOSED", "class:" + c.getId(), c.getOrgPath(), null, null);
        return c;
    }

    // ================================================================ certificate look-up

    /** A certificate with its learner and class, for a caller who may read named learners of that class. */
    @Transactional(Transactional.TxType.SUPPORTS)
    public Optional<Object[]> certificate(String number) {
        Caller caller = access.require(Permission.READ_TRAINING);
        return certificatesByNumber(List.of(VietnameseText.clean(number))).stream()
                .filter(r -> caller.covers(((TrainingClass) r[1]).getOrgPath())).findFirst();
    }

    /** [Learner, TrainingClass] rows of these certificate numbers (no scope check: for the admission module). */
    public List<Object[]> certificatesByNumber(List<String> numbers) {
        List<Object[]> out = new ArrayList<>();
        for (List<String> chunk : chunks(numbers.stream().filter(Objects::nonNull).distinct().toList())) {
            out.addAll(em.createQuery("SELECT l, c FROM Learner l, TrainingClass c WHERE c.id = l.classId"
                    + " AND l.certificateNumber IN :n", Object[].class).setParameter("n", chunk).getResultList());
        }
        return out;
    }

    // ================================================================ helpers

    private static <E extends Enum<E>> E enumValue(Class<E> type, String value, String field, Violations v) {
        if (value == null || value.isBlank()) {
            v.add(field, "Giá trị là bắt buộc; cho phép: " + names(type) + ".");
            return null;
        }
        try {
            return Enum.valueOf(type, value.strip().toUpperCase(Locale.ROOT));
        } catch (IllegalArgumentException e) {
            v.add(field, "Giá trị '" + value + "' không hợp lệ; cho phép: " + names(type) + ".");
            return null;
        }
    }

    private static String names(Class<? extends Enum<?>> type) {
        return String.join(", ", java.util.Arrays.stream(type.getEnumConstants()).map(Enum::name).toList());
    }

    private static String text(String s, int max) {
        String t = VietnameseText.clean(s);
        return t == null ? null : t.length() > max ? t.substring(0, max) : t;
    }

    private static <T> List<List<T>> chunks(List<T> all) {
        List<List<T>> out = new ArrayList<>();
        for (int from = 0; from < all.size(); from += CHUNK) {
            out.add(all.subList(from, Math.min(all.size(), from + CHUNK)));
        }
        return out;
    }

    /** For views: whether a class is closed. */
    public static boolean closed(TrainingClass c) {
        return c.getStatus() == ClassStatus.CLOSED;
    }
}
