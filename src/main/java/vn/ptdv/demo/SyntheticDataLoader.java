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
import java.util.Map;
import java.util.logging.Logger;
import org.eclipse.microprofile.config.inject.ConfigProperty;
import vn.ptdv.admission.api.AdmissionBulkLoad;
import vn.ptdv.admission.api.AdmissionBulkLoad.AdmissionRow;
import vn.ptdv.admission.api.NewAdmission;
import vn.ptdv.organization.api.OrganizationBulkLoad;
import vn.ptdv.organization.api.OrganizationBulkLoad.OrganizationRow;
import vn.ptdv.organization.api.OrganizationDirectory;
import vn.ptdv.organization.api.OrganizationRef;
import vn.ptdv.platform.config.PtdvConfig;
import vn.ptdv.platform.security.Access;

/**
 * Loads the benchmark sizes of {@link SyntheticDataGenerator} when {@code ptdv.bench.size=province|national}, after
 * the demo. 1.000.000 admissions one by one through JPA would take hours, so this goes through the owning modules'
 * bulk loads ({@link OrganizationBulkLoad}, {@link AdmissionBulkLoad}: JDBC batches that store what the modules would
 * store, with identifiers the servers' own inserts continue above). One transaction per province: a province is there
 * completely or not at all, and a restart loads the provinces still missing. Not written: the creation events of the
 * records, targets and membership of the extra organisations.
 */
@Singleton
@Startup
@DependsOn("DemoDataLoader")
@TransactionManagement(TransactionManagementType.BEAN)
public class SyntheticDataLoader {

    private static final Logger LOG = Logger.getLogger(SyntheticDataLoader.class.getName());

    @Inject
    @ConfigProperty(name = PtdvConfig.BENCH_SIZE, defaultValue = "demo")
    String size;

    @Inject
    OrganizationDirectory directory;

    @Inject
    OrganizationBulkLoad organizations;

    @Inject
    AdmissionBulkLoad admissions;

    @Inject
    Access access;

    @Resource
    UserTransaction tx;

    @PostConstruct
    void load() {
        if (size.isBlank() || size.strip().equalsIgnoreCase("demo")) {
            return;
        }
        SyntheticDataGenerator.Size s = SyntheticDataGenerator.Size.of(size);
        access.asSystem(() -> {
            loadAsSystem(s);
            return null;
        });
    }

    // not an overload of load(): the container finds the @PostConstruct method by name
    private void loadAsSystem(SyntheticDataGenerator.Size s) {
        long start = System.nanoTime();
        OrganizationRef laoCai = directory.findCurrentOrLatest("LC")
                .orElseThrow(() -> new IllegalStateException("ptdv.bench.size needs the demo data (ptdv.demo-data=true)"));
        Map<Integer, Long> demo = admissions.admissionsPerYear(laoCai, SyntheticDataGenerator.FIRST_YEAR,
                SyntheticDataGenerator.LAST_YEAR);
        int[] loaded = {0};
        SyntheticDataGenerator.generate(s, year -> demo.getOrDefault(year, 0L).intValue(), new SyntheticDataGenerator.Sink() {
            private boolean skip;

            @Override
            public void province(int index, String rootCode, List<SyntheticDataGenerator.OrganizationRow> rows) {
                String marker = index == 0 ? SyntheticDataGenerator.firstExtraCellCode() : rootCode;
                skip = !directory.history(marker).isEmpty();
                if (!skip) {
                    inTransaction(true, false, () -> organizations.insertOrganizations(rows.stream()
                            .map(r -> new OrganizationRow(r.code(), r.name(), r.kind(), r.parentCode(),
                                    LaoCaiDemoGenerator.VALID_FROM, null)).toList()));
                }
            }

            @Override
            public void admissions(int province, int year, List<AdmissionSeed> seeds) {
                if (skip) {
                    return;
                }
                boolean last = year == SyntheticDataGenerator.LAST_YEAR;
                inTransaction(false, last, () -> admissions.insertAdmissions(seeds.stream().map(a -> AdmissionRow.of(
                        new NewAdmission(a.fullName(), a.gender(), a.birthDate(), a.ethnicityCode(), a.religion(),
                                a.generalEducation(), a.professionalQualification(), a.politicalTheory(), a.occupation(),
                                a.youthUnionMember(), a.organizationCode(), a.decisionNumber(), a.decisionDate(),
                                a.ceremonyDate(), false, a.educationAreaException()))).toList(), null));
                loaded[0] += seeds.size();
                if (last) {
                    LOG.info(() -> "Bench data: province " + SyntheticDataGenerator.rootCode(province) + " committed");
                }
            }
        });
        LOG.info(() -> String.format("Bench data (%s): %d admissions loaded in %d ms", s, loaded[0],
                (System.nanoTime() - start) / 1_000_000));
    }

    /** Runs a step of the province's transaction: begun by its first step, committed by its last, rolled back on failure. */
    private void inTransaction(boolean begin, boolean commit, Runnable step) {
        try {
            if (begin) {
                tx.setTransactionTimeout(3600);
                tx.begin();
            }
            step.run();
            if (commit) {
                tx.commit();
            }
        } catch (Exception e) {
            try {
                tx.rollback();
            } catch (Exception ignored) {
                // the original failure is what matters
            }
            throw new IllegalStateException("Loading the bench data failed; the current province is rolled back", e);
        }
    }
}
