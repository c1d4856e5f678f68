package vn.ptdv.organization.entity;

import jakarta.persistence.Column;
import jakarta.persistence.Entity;
import jakarta.persistence.Id;
import jakarta.persistence.Table;
import jakarta.persistence.Version;
import java.time.Instant;
import java.util.Arrays;
import java.util.List;
import java.util.Objects;
import vn.ptdv.organization.api.IssuerDetails;

/**
 * Thể thức của cơ quan ban hành: an organisation's issuer details, keyed by its code (which outlives its records).
 * Lists are kept one item per line.
 */
@Entity
@Table(name = "org_issuer")
public class Issuer {

    @Id
    @Column(name = "organization_code", length = 64)
    private String organizationCode;
    @Column(name = "superior_body", length = 200)
    private String superiorBody;
    @Column(name = "issuing_body", nullable = false, length = 400)
    private String issuingBody;
    @Column(nullable = false, length = 30)
    private String symbol;
    @Column(length = 100)
    private String place;
    @Column(name = "signature_authority", length = 100)
    private String signatureAuthority;
    @Column(name = "signer_position", length = 100)
    private String signerPosition;
    @Column(name = "signer_name", length = 100)
    private String signerName;
    @Column(length = 2000)
    private String recipients;
    @Version
    private int version;
    @Column(name = "updated_at", nullable = false)
    private Instant updatedAt;

    protected Issuer() {
        // for JPA
    }

    public Issuer(String organizationCode) {
        this.organizationCode = Objects.requireNonNull(organizationCode);
    }

    /** Replaces every value with the (already validated and cleaned) details. */
    public void set(IssuerDetails d) {
        this.superiorBody = d.superiorBody();
        this.issuingBody = String.join("\n", d.issuingBody());
        this.symbol = d.symbol();
        this.place = d.place();
        this.signatureAuthority = d.signatureAuthority();
        this.signerPosition = d.signerPosition();
        this.signerName = d.signerName();
        this.recipients = d.recipients().isEmpty() ? null : String.join("\n", d.recipients());
        this.updatedAt = Instant.now();
    }

    public IssuerDetails toDetails() {
        return new IssuerDetails(organizationCode, superiorBody, lines(issuingBody), symbol, place, signatureAuthority,
                signerPosition, signerName, lines(recipients), true);
    }

    private static List<String> lines(String s) {
        return s == null || s.isEmpty() ? List.of() : Arrays.asList(s.split("\n"));
    }

    public String getOrganizationCode() {
        return organizationCode;
    }

    public int getVersion() {
        return version;
    }
}
