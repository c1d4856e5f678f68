package vn.ptdv.document.entity;

import jakarta.persistence.Column;
import jakarta.persistence.Entity;
import jakarta.persistence.GeneratedValue;
import jakarta.persistence.GenerationType;
import jakarta.persistence.Id;
import jakarta.persistence.NamedQuery;
import jakarta.persistence.Table;
import jakarta.persistence.TableGenerator;
import jakarta.persistence.Version;
import java.time.Instant;
import java.time.LocalDate;

/**
 * Văn bản đã ban hành: one entry of an issuer's register (sổ đăng ký văn bản đi). Its number, date and bytes never
 * change; a corrected document replaces it (both entries stay) and a withdrawal only marks it.
 */
@Entity
@Table(name = "doc_document")
@NamedQuery(name = IssuedDocument.BY_SHA256, query = "SELECT d FROM IssuedDocument d WHERE d.sha256 = :sha256 ORDER BY d.id")
@NamedQuery(name = IssuedDocument.BY_NUMBER, query = "SELECT d FROM IssuedDocument d WHERE d.number = :number"
        + " AND d.symbol = :symbol ORDER BY d.issuedOn DESC, d.id DESC")
@NamedQuery(name = IssuedDocument.BY_REPORT, query = "SELECT d FROM IssuedDocument d WHERE d.reportId = :report"
        + " ORDER BY d.issuedOn DESC, d.id DESC")
public class IssuedDocument {

    public static final String BY_SHA256 = "IssuedDocument.bySha256";
    public static final String BY_NUMBER = "IssuedDocument.byNumber";
    public static final String BY_REPORT = "IssuedDocument.byReport";

    @Id
    @GeneratedValue(strategy = GenerationType.TABLE, generator = "doc_document")
    @TableGenerator(name = "doc_document", table = "ptdv_id_sequence", pkColumnName = "seq_name",
            valueColumnName = "seq_count", pkColumnValue = "doc_document", allocationSize = 10)
    private Long id;
    @Column(nullable = false)
    private int number;
    @Column(nullable = false, length = 60)
    private String symbol;
    @Column(nullable = false, length = 20)
    private String kind;
    @Column(nullable = false, length = 64)
    private String issuer;
    @Column(name = "org_code", nullable = false, length = 64)
    private String orgCode;
    @Column(name = "org_path", nullable = false, length = 400)
    private String orgPath;
    @Column(name = "doc_year", nullable = false)
    private int year;
    @Column(name = "issued_on", nullable = false)
    private LocalDate issuedOn;
    @Column(nullable = false, length = 1000)
    private String summary;
    @Column(name = "report_id", nullable = false, length = 64)
    private String reportId;
    @Column(nullable = false, length = 4000)
    private String parameters;
    @Column(nullable = false, length = 10)
    private String format;
    @Column(name = "file_name", nullable = false, length = 200)
    private String fileName;
    @Column(name = "file_size", nullable = false)
    private long fileSize;
    @Column(nullable = false, length = 64)
    private String sha256;
    @Column(nullable = false)
    private boolean signed;
    @Column(length = 300)
    private String signer;
    @Column(name = "replaces_id")
    private Long replacesId;
    @Column(name = "replaced_by_id")
    private Long replacedById;
    @Column(nullable = false)
    private boolean withdrawn;
    @Column(name = "withdrawn_at")
    private Instant withdrawnAt;
    @Column(name = "withdrawn_by", length = 64)
    private String withdrawnBy;
    @Column(name = "withdrawal_reason", length = 1000)
    private String withdrawalReason;
    @Column(name = "created_by", nullable = false, length = 64)
    private String createdBy;
    @Column(name = "created_at", nullable = false)
    private Instant createdAt;
    @Version
    private int version;

    protected IssuedDocument() {
    }

    /** The entry of a document just numbered: what it is, where it comes from, its stored file's size and hash. */
    public IssuedDocument(Numbered numbered, Origin origin, String fileName, long fileSize, String sha256, String signer,
                          Long replacesId, String createdBy) {
        this.number = numbered.number();
        this.symbol = numbered.symbol();
        this.kind = numbered.kind();
        this.issuer = numbered.issuer();
        this.year = numbered.issuedOn().getYear();
        this.issuedOn = numbered.issuedOn();
        this.orgCode = origin.orgCode();
        this.orgPath = origin.orgPath();
        this.summary = origin.summary().length() > 1000 ? origin.summary().substring(0, 1000) : origin.summary();
        this.reportId = origin.reportId();
        this.parameters = origin.parameters();
        this.format = "pdf";
        this.fileName = fileName;
        this.fileSize = fileSize;
        this.sha256 = sha256;
        this.signed = signer != null;
        this.signer = signer;
        this.replacesId = replacesId;
        this.createdBy = createdBy;
        this.createdAt = Instant.now();
    }

    /** The number given: issuer, kind, number in the year, ký hiệu, date. */
    public record Numbered(String issuer, String kind, int number, String symbol, LocalDate issuedOn) {
    }

    /** Where the document comes from: the organisation, the report and its parameters (JSON), its trích yếu. */
    public record Origin(String orgCode, String orgPath, String reportId, String parameters, String summary) {
    }

    /** Marks this document as replaced by the corrected one. */
    public void replacedBy(long newId) {
        this.replacedById = newId;
    }

    /** Withdraws the document (thu hồi) with a reason; it stays in the register. */
    public void withdraw(String reason, String by) {
        this.withdrawn = true;
        this.withdrawalReason = reason;
        this.withdrawnBy = by;
        this.withdrawnAt = Instant.now();
    }

    /** "12-BC/BTCTU". */
    public String fullNumber() {
        return number + "-" + symbol;
    }

    public Long getId() {
        return id;
    }

    public int getNumber() {
        return number;
    }

    public String getSymbol() {
        return symbol;
    }

    public String getKind() {
        return kind;
    }

    public String getIssuer() {
        return issuer;
    }

    public String getOrgCode() {
        return orgCode;
    }

    public String getOrgPath() {
        return orgPath;
    }

    public int getYear() {
        return year;
    }

    public LocalDate getIssuedOn() {
        return issuedOn;
    }

    public String getSummary() {
        return summary;
    }

    public String getReportId() {
        return reportId;
    }

    public String getParameters() {
        return parameters;
    }

    public String getFormat() {
        return format;
    }

    public String getFileName() {
        return fileName;
    }

    public long getFileSize() {
        return fileSize;
    }

    public String getSha256() {
        return sha256;
    }

    public boolean isSigned() {
        return signed;
    }

    public String getSigner() {
        return signer;
    }

    public Long getReplacesId() {
        return replacesId;
    }

    public Long getReplacedById() {
        return replacedById;
    }

    public boolean isWithdrawn() {
        return withdrawn;
    }

    public Instant getWithdrawnAt() {
        return withdrawnAt;
    }

    public String getWithdrawnBy() {
        return withdrawnBy;
    }

    public String getWithdrawalReason() {
        return withdrawalReason;
    }

    public String getCreatedBy() {
        return createdBy;
    }

    public Instant getCreatedAt() {
        return createdAt;
    }
}
