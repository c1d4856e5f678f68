package vn.ptdv.demo;

import jakarta.annotation.PostConstruct;
import jakarta.annotation.Resource;
import jakarta.ejb.DependsOn;
import jakarta.ejb.Singleton;
import jakarta.ejb.Startup;
import jakarta.ejb.TransactionManagement;
import jakarta.ejb.TransactionManagementType;
import jakarta.inject.Inject;
import jakarta.transaction.UserTransaction;
import java.util.List;
import java.util.logging.Logger;
import org.eclipse.microprofile.config.inject.ConfigProperty;
import vn.ptdv.admission.api.AdmissionBulkLoad;
import vn.ptdv.admission.api.AdmissionRecords;
import vn.ptdv.admission.api.AdmissionRegistry;
import vn.ptdv.admission.api.NewAdmission;
import vn.ptdv.emulation.api.EmulationRegistry;
import vn.ptdv.organization.api.OrganizationBulkLoad;
import vn.ptdv.organization.api.OrganizationDirectory;
import vn.ptdv.organization.api.OrganizationRegistry;
import vn.ptdv.platform.config.PtdvConfig;
import vn.ptdv.platform.security.Access;
import vn.ptdv.platform.security.Role;
import vn.ptdv.platform.security.UserService;
import vn.ptdv.training.api.TrainingRegistry;

/**
 * Loads the Lào Cai 2024 demo dataset into an empty database when {@code ptdv.demo-data=true}. Everything goes in one
 * transaction through the modules' api: a failure leaves the database empty, never half-loaded. Nothing is loaded
 * when the database already holds organisations, so a restart keeps the data.
 */
@Singleton
@Startup
@DependsOn("DatabaseLifecycle")
@TransactionManagement(TransactionManagementType.BEAN)
public class DemoDataLoader {

    private static final Logger LOG = Logger.getLogger(DemoDataLoader.class.getName());

    @Inject
    @ConfigProperty(name = PtdvConfig.DEMO_DATA, defaultValue = "false")
    boolean demoData;

    @Inject
    OrganizationDirectory directory;

    @Inject
    OrganizationRegistry organizations;

    @Inject
    AdmissionRegistry admissions;

    @Inject
    OrganizationBulkLoad bulkOrganizations;

    @Inject
    AdmissionBulkLoad bulkAdmissions;

    @Inject
    EmulationRegistry emulation;

    @Inject
    TrainingRegistry training;

    @Inject
    AdmissionRecords admissionRecords;

    @Resource
    UserTransaction tx;

    @Inject
    vn.ptdv.platform.persistence.PlannerStatistics statistics;

    @Inject
    Access access;

    @Inject
    UserService users;

    /** The demo password of every demo user (README); never used outside demo mode. */
    public static final String DEMO_PASSWORD = "ptdv-demo-2024";

    /** The demo users: name, full name, role, scope. */
    static final List<String[]> DEMO_USERS = List.of(
            new String[] {"tinhuy.admin", "Quản trị Ban Tổ chức Tỉnh ủy", "ADMIN", "LC"},
            new String[] {"lc.viewer", "Cán bộ xem báo cáo tỉnh", "REPORT_VIEWER", "LC"},
            new String[] {"baothang.staff", "Cán bộ nhập liệu Huyện ủy Bảo Thắng", "DATA_ENTRY", "LC-BT"},
            new String[] {"namma.staff", "Cán bộ nhập liệu Đảng ủy xã Nậm Mả", "DATA_ENTRY", "LC-VB-NM"},
            new String[] {"ttct.baothang", "Cán bộ Trung tâm Chính trị huyện Bảo Thắng", "POLITICAL_CENTRE", "LC-BT"},
            new String[] {"thidua.lc", "Thư ký thi đua tỉnh", "EMULATION_SECRETARY", "LC"},
            new String[] {"xabaothang.staff", "Cán bộ nhập liệu Đảng ủy xã Bảo Thắng", "DATA_ENTRY", "LC-BT01"},
            new String[] {"yb.viewer", "Cán bộ xem báo cáo tỉnh Yên Bái (cũ)", "REPORT_VIEWER", "YB"},
            new String[] {"quantri.hethong", "Quản trị hệ thống", "SYSTEM_ADMIN", null});

    @Inject
    vn.ptdv.calendar.api.WorkingDays calendar;

    @Inject
    vn.ptdv.document.api.DocumentRegister documents;

    @Inject
    LaoCaiAwards awards;

    /**
     * The admissions as rows of the set-based write, the i-th with the i-th certificate of the plan, verified on the
     * date its class issued it (the class's end: the demo's classes give no other date of their certificates).
     */
    private static List<AdmissionBulkLoad.AdmissionRow> rows(List<AdmissionSeed> seeds, LaoCaiTraining.AwarenessPlan plan) {
        java.util.Map<String, java.time.LocalDate> issued = new java.util.HashMap<>();
        plan.classes().forEach(c -> c.learners().forEach(l -> issued.put(l.certificateNumber(),
                c.certificatesIssuedOn() == null ? c.endDate() : c.certificatesIssuedOn())));
        List<AdmissionBulkLoad.AdmissionRow> rows = new java.util.ArrayList<>(seeds.size());
        for (int i = 0; i < seeds.size(); i++) {
            AdmissionSeed a = seeds.get(i);
            String certificate = plan.certificates().get(i);
            if (certificate == null || !issued.containsKey(certificate)) {
                throw new IllegalStateException("no awareness certificate issued for " + a.decisionNumber());
            }
            rows.add(new AdmissionBulkLoad.AdmissionRow(new NewAdmission(a.fullName(), a.gender(), a.birthDate(),
                    a.ethnicityCode(), a.religion(), a.generalEducation(), a.professionalQualification(),
                    a.politicalTheory(), a.occupation(), a.youthUnionMember(), a.organizationCode(), a.decisionNumber(),
                    a.decisionDate(), a.ceremonyDate(), false, a.educationAreaException(), certificate, null),
                    issued.get(certificate), null, null));
        }
        return rows;
    }

    @PostConstruct
    void load() {
        if (!demoData) {
            return;
        }
        access.asSystem(() -> {
            loadAsSystem();
            return null;
        });
    }

    private void loadAsSystem() {
        if (directory.count() > 0) {
            LOG.info("Demo data: the database already holds organisations; nothing loaded");
            return;
        }
        long start = System.nanoTime();
        StepTimes steps = new StepTimes();
        DemoDataset data = LaoCaiDemoGenerator.generate();
        DemoNow now = ProvinceNowGenerator.generate(data);
        steps.step("generation");
        try {
            tx.setTransactionTimeout(3600);
            tx.begin();
            // the three trees (old Lào Cai, old Yên Bái until 30/6/2025, the new Lào Cai from 1/7/2025) and their lineage
            bulkOrganizations.insertOrganizations(now.organizations());
            bulkOrganizations.insertLineage(now.lineage());
            bulkOrganizations.insertMemberships(java.util.stream.Stream.concat(data.memberships().stream(),
                    now.memberships().stream()).map(m -> new OrganizationRegistry.MembershipRecord(m.organizationCode(),
                    m.asOf(), m.total(), m.women(), m.minorities(), m.probationary())).toList());
            steps.step("organisations");
            organizations.registerIssuers(LaoCaiIssuers.all());
            organizations.registerIssuers(LaoCaiIssuers.now(now.committees()));
            steps.step("issuers");
            admissions.registerTargets(data.targets().stream()
                    .map(t -> new AdmissionRegistry.TargetRecord(t.organizationCode(), t.year(), t.admissions())).toList());
            bulkAdmissions.insertTargets(now.targets().stream()
                    .map(t -> new AdmissionRegistry.TargetRecord(t.organizationCode(), t.year(), t.admissions())).toList(),
                    "Nạp dữ liệu");
            steps.step("targets");
            admissions.registerTermTargets(java.util.stream.Stream.concat(data.termTargets().stream(),
                    now.termTargets().stream())
                    .map(t -> new AdmissionRegistry.TermTargetRecord(t.organizationCode(), t.fromYear(), t.toYear(), t.admissions()))
                    .toList());
            steps.step("termTargets");
            // training before admissions: every admission is checked against its awareness-course certificate
            training.createGuides(LaoCaiTraining.guides());
            LaoCaiTraining.AwarenessPlan awareness = LaoCaiTraining.awareness(data);
            training.recordClasses(awareness.classes());
            steps.step("awareness2020-24");
            // the 2020–2024 records in one set-based write, each with its verified certificate (the generator keeps
            // the admission rules, LaoCaiDemoGeneratorTest checks them)
            bulkAdmissions.insertAdmissions(rows(data.admissions(), awareness), "Nạp dữ liệu");
            steps.step("admissions2020-24");
            // old Yên Bái 2020 – 30/6/2025 and the years 2025–2026 of both structures: their awareness classes, then
            // the records in one set-based write, each with its verified certificate (the generator keeps the rules)
            List<OrganizationSeed> seeds = now.seeds();
            LaoCaiTraining.AwarenessPlan later = LaoCaiTraining.awareness(now.admissions(), seeds,
                    ProvinceNowGenerator.SEED + 1, ProvinceNowGenerator.CHANGE, now.committeeAfter());
            training.recordClasses(later.classes());
            steps.step("awarenessLater");
            bulkAdmissions.insertAdmissions(rows(now.admissions(), later), "Nạp dữ liệu");
            steps.step("insertAdmissionsLater");
            List<AdmissionSeed> all = new java.util.ArrayList<>(data.admissions());
            all.addAll(now.admissions());
            // the cells consider and the committees decide at the end of each probation (on the product's calendar)
            admissions.recordProbationReviews(LaoCaiProbations.plan(data.admissions(), calendar.calendar(),
                    LaoCaiProbations.AS_OF));
            steps.step("probations2020-24");
            // the later admissions' probations, considered and decided up to the demo's as-of date
            admissions.recordProbationReviews(LaoCaiProbations.plan(now.admissions(), calendar.calendar(),
                    ProvinceNowGenerator.AS_OF, 5000));
            steps.step("probationsLater");
            // the cells' pools of candidates for the next year, at every point of the path
            admissions.recordCandidates(LaoCaiCandidates.plan(data.organizations()));
            steps.step("candidates");
            // then the new-member course of every admission, during its probation (recorded on the admission)
            training.recordClasses(LaoCaiTraining.newMember(new DemoDataset(data.organizations(), List.of(), List.of(),
                    all, List.of()), admissionRecords.idsByDecisionNumber(all.stream().map(AdmissionSeed::decisionNumber)
                    .toList()), ProvinceNowGenerator.CHANGE, now.committeeAfter(), seeds));
            steps.step("newMemberClasses");
            emulation.recordRatings(LaoCaiEmulation.ratings(data.organizations()));
            emulation.recordDisciplines(LaoCaiEmulation.disciplines());
            emulation.createCampaigns(LaoCaiEmulation.campaigns());
            steps.step("emulation");
            // one password for all of them: hashed once (600.000 iterations, one random salt), not once per user
            String demoHash = users.passwordHash(DEMO_PASSWORD);
            for (String[] u : DEMO_USERS) {
                if (users.find(u[0]).isEmpty()) {
                    users.createHashed(u[0], demoHash, u[1], java.util.Set.of(Role.valueOf(u[2])), u[3]);
                }
            }
            steps.step("users");
            tx.commit();
            steps.step("commit");
        } catch (Exception e) {
            try {
                tx.rollback();
            } catch (Exception ignored) {
                // the original failure is what matters
            }
            throw new IllegalStateException("Loading the demo data failed; the database is left empty", e);
        }
        statistics.refresh();   // PostgreSQL: the planner learns the tables' sizes now, not when autovacuum comes by
        steps.step("statistics");
        LOG.info(() -> String.format("Demo data loaded: %d organisation records, %d admissions, %d targets in %d ms",
                now.organizations().size(), data.admissions().size() + now.admissions().size(),
                data.targets().size() + now.targets().size(),
                (System.nanoTime() - start) / 1_000_000));
        LOG.info(() -> "Demo data load steps: " + steps);
        issueDocuments();
        awards.complete();   // LC-PTDV-2024 and LC-PTDV-2025 through to their decisions (LaoCaiAwards)
    }

    /**
     * Its own step after the data's commit: one issued document of each kind the demo shows in the register (the
     * admission-results report of Lào Cai 2024; the award dossiers' tờ trình and decisions: LaoCaiAwards), signed with the demo's
     * test key. A failure is logged and leaves the data loaded.
     */
    private void issueDocuments() {
        for (java.util.Map<String, String> d : List.of(
                java.util.Map.of("report", "admission-results", "org", "LC", "year", "2024"))) {
            java.util.Map<String, String> parameters = new java.util.HashMap<>(d);
            String report = parameters.remove("report");
            try {
                vn.ptdv.document.api.IssuedDocumentRef issued = documents.issue(report, parameters);
                LOG.info(() -> "Demo data: issued " + report + " as document " + issued.number());
            } catch (RuntimeException e) {
                LOG.log(java.util.logging.Level.WARNING, "Demo data: issuing " + report + " failed", e);
            }
        }
    }
}
