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
import vn.ptdv.admission.api.AdmissionRecords;
import vn.ptdv.admission.api.AdmissionRegistry;
import vn.ptdv.admission.api.NewAdmission;
import vn.ptdv.emulation.api.EmulationRegistry;
import vn.ptdv.organization.api.NewOrganization;
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
    EmulationRegistry emulation;

    @Inject
    TrainingRegistry training;

    @Inject
    AdmissionRecords admissionRecords;

    @Resource
    UserTransaction tx;

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
            new String[] {"quantri.hethong", "Quản trị hệ thống", "SYSTEM_ADMIN", null});

    @Inject
    vn.ptdv.calendar.api.WorkingDays calendar;

    @Inject
    vn.ptdv.document.api.DocumentRegister documents;

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
        DemoDataset data = LaoCaiDemoGenerator.generate();
        try {
            tx.setTransactionTimeout(3600);
            tx.begin();
            organizations.createAll(data.organizations().stream()
                    .map(o -> new NewOrganization(o.code(), o.name(), o.kind(), o.parentCode(), o.validFrom())).toList());
            organizations.recordMemberships(data.memberships().stream()
                    .map(m -> new OrganizationRegistry.MembershipRecord(m.organizationCode(), m.asOf(), m.total(), m.women(),
                            m.minorities(), m.probationary())).toList());
            organizations.registerIssuers(LaoCaiIssuers.all());
            admissions.registerTargets(data.targets().stream()
                    .map(t -> new AdmissionRegistry.TargetRecord(t.organizationCode(), t.year(), t.admissions())).toList());
            admissions.registerTermTargets(data.termTargets().stream()
                    .map(t -> new AdmissionRegistry.TermTargetRecord(t.organizationCode(), t.fromYear(), t.toYear(), t.admissions()))
                    .toList());
            // training before admissions: every admission is checked against its awareness-course certificate
            training.createGuides(LaoCaiTraining.guides());
            LaoCaiTraining.AwarenessPlan awareness = LaoCaiTraining.awareness(data);
            training.recordClasses(awareness.classes());
            List<NewAdmission> records = new java.util.ArrayList<>(data.admissions().size());
            for (int i = 0; i < data.admissions().size(); i++) {
                AdmissionSeed a = data.admissions().get(i);
                records.add(new NewAdmission(a.fullName(), a.gender(), a.birthDate(), a.ethnicityCode(), a.religion(),
                        a.generalEducation(), a.professionalQualification(), a.politicalTheory(), a.occupation(),
                        a.youthUnionMember(), a.organizationCode(), a.decisionNumber(), a.decisionDate(), a.ceremonyDate(),
                        false, a.educationAreaException(), awareness.certificates().get(i), null));
            }
            admissions.recordAll(records);
            // the cells consider and the committees decide at the end of each probation (on the product's calendar)
            admissions.recordProbationReviews(LaoCaiProbations.plan(data.admissions(), calendar.calendar(),
                    LaoCaiProbations.AS_OF));
            // the cells' pools of candidates for the next year, at every point of the path
            admissions.recordCandidates(LaoCaiCandidates.plan(data.organizations()));
            // then the new-member course of every admission, during its probation (recorded on the admission)
            training.recordClasses(LaoCaiTraining.newMember(data, admissionRecords.idsByDecisionNumber(
                    data.admissions().stream().map(AdmissionSeed::decisionNumber).toList())));
            emulation.recordRatings(LaoCaiEmulation.ratings(data.organizations()));
            emulation.recordDisciplines(LaoCaiEmulation.disciplines());
            emulation.createCampaigns(LaoCaiEmulation.campaigns());
            for (String[] u : DEMO_USERS) {
                if (users.find(u[0]).isEmpty()) {
                    users.create(u[0], DEMO_PASSWORD, u[1], java.util.Set.of(Role.valueOf(u[2])), u[3]);
                }
            }
            tx.commit();
        } catch (Exception e) {
            try {
                tx.rollback();
            } catch (Exception ignored) {
                // the original failure is what matters
            }
            throw new IllegalStateException("Loading the demo data failed; the database is left empty", e);
        }
        LOG.info(() -> String.format("Demo data loaded: %d organisations, %d admissions, %d targets in %d ms",
                data.organizations().size(), data.admissions().size(), data.targets().size(),
                (System.nanoTime() - start) / 1_000_000));
        issueDocuments();
    }

    /**
     * Its own step after the data's commit: one issued document of each kind the demo shows in the register (the
     * admission-results report of Lào Cai 2024 and the tờ trình of the LC-PTDV-2024 proposal), signed with the demo's
     * test key. A failure is logged and leaves the data loaded.
     */
    private void issueDocuments() {
        for (java.util.Map<String, String> d : List.of(
                java.util.Map.of("report", "admission-results", "org", "LC", "year", "2024"),
                java.util.Map.of("report", "award-eligibility", "campaign", "LC-PTDV-2024"))) {
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
