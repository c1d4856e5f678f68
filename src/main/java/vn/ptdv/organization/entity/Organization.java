package vn.ptdv.organization.entity;

import jakarta.persistence.Column;
import jakarta.persistence.Entity;
import jakarta.persistence.EnumType;
import jakarta.persistence.Enumerated;
import jakarta.persistence.GeneratedValue;
import jakarta.persistence.GenerationType;
import jakarta.persistence.Id;
import jakarta.persistence.NamedQueries;
import jakarta.persistence.NamedQuery;
import jakarta.persistence.Table;
import jakarta.persistence.TableGenerator;
import jakarta.persistence.Version;
import java.time.Instant;
import java.time.LocalDate;
import java.util.Objects;
import vn.ptdv.organization.api.OrganizationKind;
import vn.ptdv.organization.api.OrganizationRef;
import vn.ptdv.shared.VietnameseText;

/**
 * Tổ chức đảng: one record of a party organisation, valid from {@code validFrom} to {@code validTo} (inclusive; open
 * when null). Its parent never changes: moving a unit closes this record and opens a successor.
 */
@Entity
@Table(name = "org_organization")
@NamedQueries({
    @NamedQuery(name = Organization.BY_CODE,
            query = "SELECT o FROM Organization o WHERE o.code = :code ORDER BY o.validFrom"),
    @NamedQuery(name = Organization.CHILDREN_DURING,
            query = "SELECT o FROM Organization o WHERE o.parentId = :parentId AND o.validFrom <= :to"
                    + " AND (o.validTo IS NULL OR o.validTo >= :from) ORDER BY o.code"),
    @NamedQuery(name = Organization.SUBTREE_ON,
            query = "SELECT o FROM Organization o WHERE o.path LIKE :pattern AND o.validFrom <= :date"
                    + " AND (o.validTo IS NULL OR o.validTo >= :date) ORDER BY o.path"),
    @NamedQuery(name = Organization.OPEN_DESCENDANTS,
            query = "SELECT o FROM Organization o WHERE o.path LIKE :pattern AND o.id <> :id"
                    + " AND (o.validTo IS NULL OR o.validTo >= :date) ORDER BY o.path"),
    @NamedQuery(name = Organization.COUNT,
            query = "SELECT COUNT(o) FROM Organization o")
})
public class Organization {

    public static final String BY_CODE = "Organization.byCode";
    public static final String CHILDREN_DURING = "Organization.childrenDuring";
    public static final String SUBTREE_ON = "Organization.subtreeOn";
    public static final String OPEN_DESCENDANTS = "Organization.openDescendants";
    public static final String COUNT = "Organization.count";

    @Id
    @GeneratedValue(strategy = GenerationType.TABLE, generator = "organization")
    @TableGenerator(name = "organization", table = "ptdv_id_sequence", pkColumnName = "seq_name",
            valueColumnName = "seq_count", pkColumnValue = "organization", allocationSize = 50)
    private Long id;

    @Column(nullable = false, length = 64)
    private String code;

    @Column(nullable = false, length = 300)
    private String name;

    @Column(name = "name_folded", nullable = false, length = 300)
    private String nameFolded;

    @Enumerated(EnumType.STRING)
    @Column(nullable = false, length = 40)
    private OrganizationKind kind;

    @Column(name = "parent_id")
    private Long parentId;

    @Column(name = "parent_code", length = 64)
    private String parentCode;

    @Column(nullable = false, length = 600)
    private String path;

    @Column(nullable = false)
    private int depth;

    @Column(name = "valid_from", nullable = false)
    private LocalDate validFrom;

    @Column(name = "valid_to")
    private LocalDate validTo;

    @Column(name = "closed_reason", length = 500)
    private String closedReason;

    @Version
    private int version;

    @Column(name = "created_at", nullable = false)
    private Instant createdAt;

    @Column(name = "updated_at", nullable = false)
    private Instant updatedAt;

    protected Organization() {
        // for JPA
    }

    /** Opens a record under the parent (null for a root). Call {@link #placeUnder} once the id is assigned. */
    public Organization(String code, String name, OrganizationKind kind, Organization parent, LocalDate validFrom) {
        this.code = Objects.requireNonNull(code);
        rename(name);
        this.kind = Objects.requireNonNull(kind);
        this.parentId = parent == null ? null : parent.id;
        this.parentCode = parent == null ? null : parent.code;
        this.depth = parent == null ? 0 : parent.depth + 1;
        this.path = "";
        this.validFrom = Objects.requireNonNull(validFrom);
        this.createdAt = Instant.now();
        this.updatedAt = createdAt;
    }

    /** Sets the materialised path from the parent's and this record's id (fixed width, so SUBSTR can group by level). */
    public void placeUnder(Organization parent) {
        if (id == null) {
            throw new IllegalStateException("The id is assigned on persist");
        }
        this.path = OrganizationRef.pathOf(parent == null ? null : parent.path, id);
    }

    public void rename(String newName) {
        this.name = VietnameseText.clean(newName);
        this.nameFolded = VietnameseText.fold(this.name);
        this.updatedAt = Instant.now();
    }

    public void changeKind(OrganizationKind newKind) {
        this.kind = Objects.requireNonNull(newKind);
        this.updatedAt = Instant.now();
    }

    /** Closes the record: {@code lastDay} is the last day it is valid. */
    public void close(LocalDate lastDay, String reason) {
        this.validTo = lastDay;
        this.closedReason = reason;
        this.updatedAt = Instant.now();
    }

    public boolean validOn(LocalDate date) {
        return !validFrom.isAfter(date) && (validTo == null || !validTo.isBefore(date));
    }

    public OrganizationRef toRef() {
        return new OrganizationRef(id, code, name, kind, parentCode, parentId, path, depth, validFrom, validTo);
    }

    public Long getId() {
        return id;
    }

    public String getCode() {
        return code;
    }

    public String getName() {
        return name;
    }

    public OrganizationKind getKind() {
        return kind;
    }

    public Long getParentId() {
        return parentId;
    }

    public String getParentCode() {
        return parentCode;
    }

    public String getPath() {
        return path;
    }

    public int getDepth() {
        return depth;
    }

    public LocalDate getValidFrom() {
        return validFrom;
    }

    public LocalDate getValidTo() {
        return validTo;
    }

    public String getClosedReason() {
        return closedReason;
    }

    public Instant getUpdatedAt() {
        return updatedAt;
    }

    @Override
    public boolean equals(Object o) {
        return this == o || (o instanceof Organization other && id != null && id.equals(other.id));
    }

    @Override
    public int hashCode() {
        return Objects.hashCode(id);
    }
}
