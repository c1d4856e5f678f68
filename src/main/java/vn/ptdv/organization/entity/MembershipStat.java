package vn.ptdv.organization.entity;

import jakarta.persistence.Column;
import jakarta.persistence.Entity;
import jakarta.persistence.GeneratedValue;
import jakarta.persistence.GenerationType;
import jakarta.persistence.Id;
import jakarta.persistence.Table;
import jakarta.persistence.TableGenerator;
import java.time.LocalDate;

/** Số lượng đảng viên: an organisation's own members on a date. */
@Entity
@Table(name = "org_membership_stat")
public class MembershipStat {

    @Id
    @GeneratedValue(strategy = GenerationType.TABLE, generator = "membership_stat")
    @TableGenerator(name = "membership_stat", table = "ptdv_id_sequence", pkColumnName = "seq_name",
            valueColumnName = "seq_count", pkColumnValue = "membership_stat", allocationSize = 100)
    private Long id;

    @Column(name = "organization_id", nullable = false)
    private long organizationId;

    @Column(name = "as_of", nullable = false)
    private LocalDate asOf;

    private int total;
    private int women;
    private int minorities;
    private int probationary;

    protected MembershipStat() {
    }

    public MembershipStat(long organizationId, LocalDate asOf) {
        this.organizationId = organizationId;
        this.asOf = asOf;
    }

    public void set(int total, int women, int minorities, int probationary) {
        this.total = total;
        this.women = women;
        this.minorities = minorities;
        this.probationary = probationary;
    }

    public long getOrganizationId() {
        return organizationId;
    }

    public LocalDate getAsOf() {
        return asOf;
    }

    public int getTotal() {
        return total;
    }

    public int getWomen() {
        return women;
    }

    public int getMinorities() {
        return minorities;
    }

    public int getProbationary() {
        return probationary;
    }
}
