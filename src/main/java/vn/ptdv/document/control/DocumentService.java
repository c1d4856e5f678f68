package vn.ptdv.document.control;

import jakarta.enterprise.context.ApplicationScoped;
import jakarta.inject.Inject;
import jakarta.json.bind.Jsonb;
import jakarta.json.bind.JsonbBuilder;
import jakarta.persistence.EntityManager;
import jakarta.persistence.LockModeType;
import jakarta.persistence.PersistenceContext;
import jakarta.transaction.Transactional;
import java.lang.reflect.Type;
import java.security.MessageDigest;
import java.security.NoSuchAlgorithmException;
import java.time.LocalDate;
import java.time.ZoneId;
import java.util.ArrayList;
import java.util.HexFormat;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import java.util.Optional;
import java.util.TreeMap;
import vn.ptdv.document.entity.DocumentFile;
import vn.ptdv.document.entity.IssuedDocument;
import vn.ptdv.organization.api.OrganizationDirectory;
import vn.ptdv.organization.api.OrganizationRef;
import vn.ptdv.platform.audit.AuditLog;
import vn.ptdv.platform.config.YearRange;
import vn.ptdv.platform.rest.ProblemException;
import vn.ptdv.platform.rest.ProblemType;
import vn.ptdv.platform.security.Access;
import vn.ptdv.platform.security.Caller;
import vn.ptdv.platform.security.Permission;
import vn.ptdv.reporting.api.DocumentIssue;
import vn.ptdv.reporting.api.DocumentType;
import vn.ptdv.reporting.api.ReportIssuing;
import vn.ptdv.shared.VietnameseText;

/**
 * Ban hành văn bản: numbers, renders, signs and stores an official document in one transaction (the counter's row
 * lock orders concurrent issues; a failure leaves neither a number nor a document), serves its bytes unchanged, keeps
 * the register, replaces and withdraws documents (never deletes one) and verifies a PDF against the register.
 */
@ApplicationScoped
public class DocumentService {

    static final String NOT_FOUND = "Không tìm thấy văn bản đã ban hành này.";
    private static final Jsonb JSONB = JsonbBuilder.create();
    private static final ZoneId VIETNAM = ZoneId.of("Asia/Ho_Chi_Minh");
    private static final Type PARAMETERS = new TreeMap<String, String>() { }.getClass().getGenericSuperclass();

    @PersistenceContext(unitName = "ptdv")
    EntityManager em;

    @Inject
    Access access;

    @Inject
    ReportIssuing reports;

    @Inject
    DocumentCounter counter;

    @Inject
    SigningKeys keys;

    @Inject
    OrganizationDirectory organizations;

    @Inject
    AuditLog audit;

    @Inject
    YearRange years;

    /** Issues the report: 201 of {@code POST /ptdv/api/documents}. */
    @Transactional
    public IssuedDocument issueDocument(String reportId, Map<String, String> parameters) {
        Caller caller = access.require(Permission.ISSUE_DOCUMENTS);
        if (reportId == null || reportId.isBlank()) {
            throw ProblemException.badParameter("report", "Cần chọn báo cáo để ban hành (report).");
        }
        return issue(caller, reportId.strip(), parameters == null ? Map.of() : parameters, null, null);
    }

    /**
     * Issues the report dated {@code issuedOn}, a day before today (a loader's document of the past, e.g. the demo's
     * award decision of January 2025): numbered in that year's register, otherwise as {@link #issueDocument}.
     */
    @Transactional
    public IssuedDocument issueDocumentOn(String reportId, Map<String, String> parameters, LocalDate issuedOn) {
        Caller caller = access.require(Permission.ISSUE_DOCUMENTS);
        if (reportId == null || reportId.isBlank()) {
            throw ProblemException.badParameter("report", "Cần chọn báo cáo để ban hành (report).");
        }
        if (issuedOn == null || issuedOn.isAfter(LocalDate.now(VIETNAM))) {
            throw ProblemException.badParameter("issuedOn", "Ngày ban hành phải là một ngày đã qua.");
        }
        return issue(caller, reportId.strip(), parameters == null ? Map.of() : parameters, null, issuedOn);
    }

    /** Issues a corrected document from the same report and parameters, with today's data: it replaces {@code id}. */
    @Transactional
    public IssuedDocument replace(long id) {
        Caller caller = access.require(Permission.ISSUE_DOCUMENTS);
        IssuedDocument old = inScope(caller, id);
        em.lock(old, LockModeType.PESSIMISTIC_WRITE);
        if (old.getReplacedById() != null) {
            throw ProblemException.conflict("Văn bản số " + old.fullNumber() + " đã được thay thế bởi văn bản số "
                    + number(old.getReplacedById()) + "; hãy thay thế văn bản mới nhất.");
        }
        if (old.isWithdrawn()) {
            throw ProblemException.conflict("Văn bản số " + old.fullNumber() + " đã bị thu hồi; không thay thế được.");
        }
        IssuedDocument corrected = issue(caller, old.getReportId(), parameters(old.getParameters()), old, null);
        old.replacedBy(corrected.getId());
        audit.change("DOCUMENT_REPLACED", "document:" + old.getId(), old.getOrgPath(),
                "{\"number\":" + JSONB.toJson(old.fullNumber()) + "}",
                "{\"replacedBy\":" + JSONB.toJson(corrected.fullNumber()) + "}");
        return corrected;
    }

    /** Thu hồi: marks the document withdrawn with the reason; it stays in the register and its file stays readable. */
    @Transactional
    public IssuedDocument withdraw(long id, String reason) {
        Caller caller = access.require(Permission.ISSUE_DOCUMENTS);
        String why = VietnameseText.clean(reason);
        if (why == null) {
            throw ProblemException.badParameter("reason", "Cần ghi lý do thu hồi văn bản.");
        }
        if (why.length() > 1000) {
            throw ProblemException.badParameter("reason", "Lý do thu hồi dài quá 1000 ký tự.");
        }
        IssuedDocument d = inScope(caller, id);
        if (d.isWithdrawn()) {
            throw ProblemException.conflict("Văn bản số " + d.fullNumber() + " đã bị thu hồi trước đó.");
        }
        d.withdraw(why, caller.username());
        audit.change("DOCUMENT_WITHDRAWN", "document:" + d.getId(), d.getOrgPath(), null,
                "{\"number\":" + JSONB.toJson(d.fullNumber()) + ",\"reason\":" + JSONB.toJson(why) + "}");
        return d;
    }

    private IssuedDocument issue(Caller caller, String reportId, Map<String, String> parameters, IssuedDocument replaced,
                                 LocalDate issuedOn) {
        ReportIssuing.Prepared prepared = reports.prepare(reportId, parameters);
        if (replaced != null) {
            // the corrected document names the one it replaces in its trích yếu
            String title = prepared.letterhead().title();
            String note = "(thay thế văn bản số " + replaced.fullNumber() + ")";
            prepared = new ReportIssuing.Prepared(prepared.reportId(), prepared.title(), prepared.parameters(),
                    prepared.request().titled(title == null ? note : title + " " + note));
        }
        String issuer = issuerOf(prepared);
        OrganizationRef org = organizations.findCurrentOrLatest(issuer)
                .orElseThrow(() -> ProblemException.notFound("Không tìm thấy tổ chức đảng có mã " + issuer + "."));
        if (!caller.covers(org.path()) && !access.covers(caller, issuer)) {
            throw ProblemException.notFound("Không tìm thấy tổ chức đảng có mã " + issuer + ".");
        }
        LocalDate day = issuedOn == null ? LocalDate.now(VIETNAM) : issuedOn;
        if (day.getYear() < years.min() || day.getYear() > years.max()) {
            throw new ProblemException(ProblemType.UNPROCESSABLE, "Năm " + day.getYear()
                    + " nằm ngoài khoảng năm cấu hình (" + years.min() + "–" + years.max() + "); chưa ban hành được.");
        }
        DocumentType type = prepared.type();
        String kind = DocumentNumbers.stored(type);
        String symbol = DocumentNumbers.symbol(type, prepared.letterhead().issuer().symbol());
        int number = counter.next(issuer, day.getYear(), kind);
        byte[] pdf = reports.render(prepared, new DocumentIssue(String.valueOf(number), day));
        String full = DocumentNumbers.full(number, symbol);
        Optional<SigningKey> key = keys.forIssuer(issuer);
        String signer = null;
        if (key.isPresent()) {
            String person = prepared.letterhead().signature().signerName();
            List<String> lines = new ArrayList<>();
            lines.add("Văn bản số " + full + ", sổ đăng ký văn bản đi PTDV");
            if (replaced != null) {
                lines.add("Thay thế văn bản số " + replaced.fullNumber());
            }
            pdf = PdfSigner.sign(pdf, key.get(), person, "Ban hành văn bản số " + full, prepared.letterhead().place(), lines);
            signer = person == null || person.isBlank() ? key.get().commonName() : person + " (" + key.get().commonName() + ")";
        }
        String summary = prepared.summary();
        IssuedDocument d = new IssuedDocument(new IssuedDocument.Numbered(issuer, kind, number, symbol, day),
                new IssuedDocument.Origin(org.code(), org.path(), reportId, json(prepared.parameters()), summary),
                DocumentNumbers.slug(full) + "-" + prepared.request().fileName() + ".pdf", pdf.length, sha256(pdf), signer,
                replaced == null ? null : replaced.getId(), caller.username());
        em.persist(d);
        em.flush();
        em.persist(new DocumentFile(d.getId(), pdf));
        audit.change("DOCUMENT_ISSUED", "document:" + d.getId(), org.path(), null, "{\"number\":" + JSONB.toJson(full)
                + ",\"report\":" + JSONB.toJson(reportId) + ",\"sha256\":\"" + d.getSha256() + "\"}");
        return d;
    }

    /** The issuing organisation: the letterhead's, else the report's {@code org} parameter. */
    private static String issuerOf(ReportIssuing.Prepared prepared) {
        String code = prepared.letterhead().issuer().organizationCode();
        if (code == null) {
            code = prepared.parameters().get("org");
        }
        if (code == null) {
            throw new ProblemException(ProblemType.UNPROCESSABLE, "Báo cáo '" + prepared.reportId()
                    + "' không cho biết tổ chức ban hành nên không vào sổ đăng ký văn bản được.");
        }
        return code;
    }

    /** An entry the caller may read (DOWNLOAD_REPORTS, in scope): 404 otherwise, as for an entry that does not exist. */
    @Transactional(Transactional.TxType.SUPPORTS)
    public IssuedDocument find(long id) {
        return inScope(access.require(Permission.DOWNLOAD_REPORTS), id);
    }

    /** The stored bytes, audited as a download of the document; the report's own permissions apply. */
    @Transactional(Transactional.TxType.SUPPORTS)
    public byte[] file(long id) {
        IssuedDocument d = find(id);
        reports.requirePermissions(d.getReportId());
        DocumentFile f = em.find(DocumentFile.class, d.getId());
        audit.download("document:" + d.getId(), "number=" + d.fullNumber(), d.getOrgPath(), "OK");
        return f.getBytes();
    }

    /** The register of the caller's scope, filtered: issuer code, year, kind; in order of date, kind and number. */
    @Transactional(Transactional.TxType.SUPPORTS)
    public List<IssuedDocument> register(String issuer, String year, String kind) {
        Caller caller = access.require(Permission.DOWNLOAD_REPORTS);
        Integer y = years.optionalYear("year", year);
        DocumentType type = kind == null || kind.isBlank() ? null : DocumentNumbers.kind(kind);
        String code = VietnameseText.clean(issuer);
        if (code != null && !access.covers(caller, code)) {
            throw ProblemException.notFound("Không tìm thấy tổ chức đảng có mã " + code + ".");
        }
        StringBuilder q = new StringBuilder("SELECT d FROM IssuedDocument d WHERE 1 = 1");
        Map<String, Object> params = new LinkedHashMap<>();
        if (code != null) {
            q.append(" AND d.issuer = :issuer");
            params.put("issuer", code);
        }
        if (y != null) {
            q.append(" AND d.year = :year");
            params.put("year", y);
        }
        if (type != null) {
            q.append(" AND d.kind = :kind");
            params.put("kind", DocumentNumbers.stored(type));
        }
        if (!caller.unrestricted()) {
            List<String> ors = new ArrayList<>();
            List<String> paths = caller.scopePaths();
            for (int i = 0; i < paths.size(); i++) {
                ors.add("d.orgPath LIKE :scope" + i);
                params.put("scope" + i, paths.get(i) + "%");
            }
            q.append(ors.isEmpty() ? " AND 1 = 0" : " AND (" + String.join(" OR ", ors) + ")");
        }
        var query = em.createQuery(q.append(" ORDER BY d.issuedOn, d.issuer, d.kind, d.number").toString(), IssuedDocument.class);
        params.forEach(query::setParameter);
        return query.setMaxResults(5000).getResultList();
    }

    /** The full number of an entry ("12-BC/BTCTU"), or null. */
    public String number(Long id) {
        if (id == null) {
            return null;
        }
        IssuedDocument d = em.find(IssuedDocument.class, id);
        return d == null ? null : d.fullNumber();
    }

    /**
     * Xác minh văn bản: which entry a PDF is (by its SHA-256; else by the number printed on page 1), whether it is intact
     * (the stored bytes' hash, the signature over the whole file), whether it was replaced or withdrawn.
     */
    @Transactional(Transactional.TxType.SUPPORTS)
    public Verification verify(byte[] pdf) {
        Caller caller = access.require(Permission.DOWNLOAD_REPORTS);
        String hash = sha256(pdf);
        PdfSignatures.Check check = PdfSignatures.check(pdf);
        List<IssuedDocument> byHash = em.createNamedQuery(IssuedDocument.BY_SHA256, IssuedDocument.class)
                .setParameter("sha256", hash).getResultList();
        if (!byHash.isEmpty()) {
            IssuedDocument d = byHash.get(0);
            boolean signatureOk = !d.isSigned() || check.valid() && check.wholeFile();
            return new Verification(true, "sha256", signatureOk, true, hash, check, d, caller.covers(d.getOrgPath()));
        }
        Optional<DocumentNumbers.Printed> printed = DocumentNumbers.printed(check.firstPage());
        if (printed.isPresent()) {
            List<IssuedDocument> byNumber = em.createNamedQuery(IssuedDocument.BY_NUMBER, IssuedDocument.class)
                    .setParameter("number", printed.get().number()).setParameter("symbol", printed.get().symbol())
                    .getResultList();
            if (!byNumber.isEmpty()) {
                IssuedDocument d = byNumber.get(0);
                return new Verification(true, "number", false, false, hash, check, d, caller.covers(d.getOrgPath()));
            }
        }
        return new Verification(false, null, false, false, hash, check, null, false);
    }

    /**
     * The answer of a verification.
     *
     * @param known      the file is (or claims to be) an entry of the register
     * @param matchedBy  "sha256" (identical bytes) or "number" (the number printed on it only), null when unknown
     * @param intact     identical to the stored document and, when signed, its signature valid over the whole file
     * @param hashMatch  the SHA-256 equals the stored one
     * @param sha256     the file's SHA-256
     * @param check      what the file says of itself (a PDF? its signatures)
     * @param document   the entry, or null
     * @param inScope    whether the entry lies in the caller's scope (its id and file are then shown)
     */
    public record Verification(boolean known, String matchedBy, boolean intact, boolean hashMatch, String sha256,
                               PdfSignatures.Check check, IssuedDocument document, boolean inScope) {
    }

    private IssuedDocument inScope(Caller caller, long id) {
        IssuedDocument d = em.find(IssuedDocument.class, id);
        if (d == null || !caller.covers(d.getOrgPath())) {
            throw ProblemException.notFound(NOT_FOUND);
        }
        return d;
    }

    /** The parameters as stored: a JSON object with its names sorted, so that equal parameters are equal text. */
    static String json(Map<String, String> parameters) {
        return JSONB.toJson(new TreeMap<>(parameters));
    }

    /** The stored parameters of an entry. */
    public static Map<String, String> parametersOf(IssuedDocument d) {
        return parameters(d.getParameters());
    }

    static Map<String, String> parameters(String json) {
        return JSONB.fromJson(json, PARAMETERS);
    }

    static String sha256(byte[] bytes) {
        try {
            return HexFormat.of().formatHex(MessageDigest.getInstance("SHA-256").digest(bytes));
        } catch (NoSuchAlgorithmException e) {
            throw new IllegalStateException(e);
        }
    }
}
