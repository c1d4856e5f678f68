package vn.ptdv.platform.config;

/**
 * Every configuration key of PTDV, in one place (MicroProfile Config: system properties, environment variables,
 * META-INF/microprofile-config.properties). docs/configuration.md lists them with their defaults.
 */
public final class PtdvConfig {

    /** {@code true} loads the Lào Cai 2024 demo dataset into an empty database at start-up. */
    public static final String DEMO_DATA = "ptdv.demo-data";

    /**
     * Benchmark data on top of the demo ({@code province}: 5.000 organisations and 100.000 admissions 2015–2024;
     * {@code national}: 60.000 and 1.000.000); empty or {@code demo} for none. Loaded once, with JDBC batches.
     */
    public static final String BENCH_SIZE = "ptdv.bench.size";

    /** The directory under which {@code POST /ptdv/api/admin/backups} writes online backups of an embedded Derby. */
    public static final String BACKUP_DIR = "ptdv.backup.dir";

    /** Minimum age at the admission decision, in full months (18 years). Quy định 24/232/294-QĐ/TW. */
    public static final String RULE_MIN_AGE_MONTHS = "ptdv.rules.admission.min-age-months";
    /** Maximum age without the older-applicant exception, in full months (60 years). */
    public static final String RULE_MAX_AGE_MONTHS = "ptdv.rules.admission.max-age-months";
    /** Minimum general education (trình độ học vấn) in the general case. */
    public static final String RULE_MIN_EDUCATION = "ptdv.rules.admission.min-general-education";
    /** Minimum general education under the mountain/border/ethnic-minority area exception (01-HD/TW §1.2). */
    public static final String RULE_MIN_EDUCATION_AREA_EXCEPTION = "ptdv.rules.admission.min-general-education-area-exception";
    /** Probation length in months, counted from the ceremony (Điều lệ Art. 5). */
    public static final String RULE_PROBATION_MONTHS = "ptdv.rules.admission.probation-months";
    /** Months an awareness-course certificate (mẫu CN-NTVĐ) stays valid for an admission decision (domain.md §1.5). */
    public static final String RULE_AWARENESS_CERTIFICATE_VALIDITY_MONTHS =
            "ptdv.rules.admission.awareness-certificate-validity-months";
    /** Working days from the cell's resolution to the admission decision (29/232-QĐ/TW §4.3.1). */
    public static final String RULE_DECISION_WORKING_DAYS = "ptdv.rules.admission.decision-working-days";
    /** Working days from the end of probation within which the cell considers the recognition (Điều lệ, 294-QĐ/TW). */
    public static final String RULE_CONSIDERATION_WORKING_DAYS = "ptdv.rules.admission.consideration-working-days";
    /**
     * The admission rules are dated: {@code ptdv.rules.admission.<version>.<key>} overrides one of the keys above for
     * one version ({@code 2016}, {@code 2021}, {@code 2025-01}, {@code 2025-07}) and
     * {@code ptdv.rules.admission.<version>.effective-from} moves its start (vn.ptdv.admission.control.AdmissionRuleBook).
     */
    public static final String RULE_VERSION_PREFIX = "ptdv.rules.admission.";
    /** Score (0–10) from which a course result is graded Giỏi. */
    public static final String TRAINING_GRADE_EXCELLENT = "ptdv.rules.training.grade-excellent-min";
    /** Score from which a course result is graded Khá. */
    public static final String TRAINING_GRADE_GOOD = "ptdv.rules.training.grade-good-min";
    /** Score from which a course result is graded Trung bình (passed); below it: Không đạt. */
    public static final String TRAINING_GRADE_PASS = "ptdv.rules.training.grade-pass-min";
    /** Earliest year accepted by reports and year parameters. */
    public static final String MIN_YEAR = "ptdv.years.min";
    /** Latest year accepted by reports and year parameters. */
    public static final String MAX_YEAR = "ptdv.years.max";

    /** Failed sign-ins in a row before an account is locked. */
    public static final String SECURITY_MAX_FAILED_SIGN_INS = "ptdv.security.max-failed-sign-ins";
    /** Minutes an account stays locked after too many failed sign-ins. */
    public static final String SECURITY_LOCK_MINUTES = "ptdv.security.lock-minutes";
    /** Failed sign-ins from one client address within the window below before that address must wait (429). */
    public static final String SECURITY_MAX_FAILED_PER_ADDRESS = "ptdv.security.max-failed-sign-ins-per-address";
    /** Minutes over which failed sign-ins of one client address are counted (and the wait after too many). */
    public static final String SECURITY_ADDRESS_WINDOW_MINUTES = "ptdv.security.address-window-minutes";
    /**
     * Addresses of reverse proxies whose {@code X-Forwarded-For} names the client (comma-separated); other senders'
     * headers are ignored. Default {@code local}: this machine's own addresses (a proxy on the same machine).
     */
    public static final String SECURITY_TRUSTED_PROXIES = "ptdv.security.trusted-proxies";
    /** Largest request body accepted, in bytes (counted as read, whatever Content-Length says). */
    public static final String MAX_REQUEST_BYTES = "ptdv.http.max-request-bytes";
    /** Largest spreadsheet accepted by {@code POST /api/imports/{kind}}, in bytes (20 MiB); the general limit does not apply there. */
    public static final String IMPORT_MAX_BYTES = "ptdv.imports.max-bytes";
    /** Most data rows an import reads; a longer file is refused (400) without reading further. */
    public static final String IMPORT_MAX_ROWS = "ptdv.imports.max-rows";
    /** Most row errors an import answers with; beyond them the answer says how many more there were. */
    public static final String IMPORT_MAX_ERRORS = "ptdv.imports.max-errors";
    /** Reports rendered at the same time; beyond it requests wait in line (see the next two). */
    public static final String MAX_CONCURRENT_REPORTS = "ptdv.reports.max-concurrent";
    /** Seconds a report request waits in line for a rendering slot before the answer is 503 with Retry-After. */
    public static final String REPORTS_SLOT_WAIT_SECONDS = "ptdv.reports.slot-wait-seconds";
    /** Report requests allowed to wait in line; one more is answered 503 with Retry-After at once. */
    public static final String REPORTS_MAX_WAITING = "ptdv.reports.max-waiting";
    /** Pages of a long (streamed) list kept in memory while filling; the rest goes to a swap file. */
    public static final String REPORTS_VIRTUALIZER_PAGES = "ptdv.reports.virtualizer-pages";
    /** Directory of the virtualizer's swap files; default the JVM's temporary directory. */
    public static final String REPORTS_SWAP_DIRECTORY = "ptdv.reports.swap-directory";
    /** A report estimated above this many rows (or asked with async=true) runs as an asynchronous job (202). */
    public static final String REPORTS_ASYNC_THRESHOLD_ROWS = "ptdv.reports.async-threshold-rows";
    /** Report jobs rendered at the same time on one instance. */
    public static final String REPORTS_JOB_WORKERS = "ptdv.reports.jobs.workers";
    /** Report jobs waiting on one instance; beyond it the answer is 429 with Retry-After. */
    public static final String REPORTS_JOB_QUEUE = "ptdv.reports.jobs.queue-capacity";
    /** Name of this instance in the job table (default the host name): a restart fails its unfinished jobs. */
    public static final String REPORTS_JOB_NODE = "ptdv.reports.jobs.node";
    /** Seconds without a heartbeat after which another instance fails an instance's unfinished jobs. */
    public static final String REPORTS_JOB_NODE_TIMEOUT = "ptdv.reports.jobs.node-timeout-seconds";
    /** Hours a finished job's file can be downloaded; then it is deleted and the job EXPIRED. */
    public static final String REPORTS_JOB_EXPIRY_HOURS = "ptdv.reports.jobs.expiry-hours";

    /** User name of the first system administrator of a new installation. */
    public static final String INITIAL_ADMIN = "ptdv.security.initial-admin";
    /** Password of the first system administrator; the account is created at start-up when it does not exist. */
    public static final String INITIAL_ADMIN_PASSWORD = "ptdv.security.initial-admin-password";

    private PtdvConfig() {
    }

    /**
     * Issued documents: the PKCS#12 key store that signs every issuer's documents (a file path); none configured means
     * documents are issued unsigned (in demo mode a test key store under {@code derby.system.home} is made instead).
     * {@code ptdv.documents.signing.<ISSUER>.keystore} (and {@code .password}, {@code .alias}) overrides it for the
     * issuer with that organisation code ({@code ptdv.documents.signing.LC.keystore}).
     */
    public static final String DOCUMENTS_SIGNING_KEYSTORE = "ptdv.documents.signing.keystore";
    /** The password of the signing key store (and of its key). */
    public static final String DOCUMENTS_SIGNING_PASSWORD = "ptdv.documents.signing.password";
    /** The alias of the signing key in the key store; default its first key entry. */
    public static final String DOCUMENTS_SIGNING_ALIAS = "ptdv.documents.signing.alias";
    /** The prefix of the per-issuer overrides: {@code ptdv.documents.signing.<ISSUER>.keystore|password|alias}. */
    public static final String DOCUMENTS_SIGNING_PREFIX = "ptdv.documents.signing.";

    /** Emulation council: the share of its members that must be present for a valid meeting (a fraction, "2/3"). */
    public static final String COUNCIL_QUORUM = "ptdv.emulation.council.quorum";
    /** Emulation council: the percentage of the members present whose "for" an award needs (70 or more by default). */
    public static final String COUNCIL_APPROVAL_PERCENT = "ptdv.emulation.council.approval-percent";
    /** Emulation council: tiers voted by secret ballot, as name prefixes separated by ";" ("Bằng khen;Cờ thi đua"). */
    public static final String COUNCIL_SECRET_BALLOT_TIERS = "ptdv.emulation.council.secret-ballot-tiers";
}
