package vn.ptdv.emulation.entity;

import jakarta.persistence.Column;
import jakarta.persistence.Entity;
import jakarta.persistence.GeneratedValue;
import jakarta.persistence.GenerationType;
import jakarta.persistence.Id;
import jakarta.persistence.NamedQuery;
import jakarta.persistence.Table;
import jakarta.persistence.TableGenerator;
import java.time.Instant;
import java.time.LocalDate;

/** Kỷ luật tổ chức đảng: a disciplinary action (khiển trách, cảnh cáo, giải tán) against an organisation. */
@Entity
@Table(name = "emu_discipline")
@NamedQuery(name = DisciplinaryAction.OF_CODES, query = "SELECT d FROM DisciplinaryAction d WHERE d.organizationCode IN :codes"
        + " AND d.actionDate >= :from AND d.actionDate <= :to ORDER BY d.actionDate, d.id")
public class DisciplinaryAction {

    public static final String OF_CODES = "DisciplinaryAction.ofCodes";

    @Id
    @GeneratedValue(strategy = GenerationType.TABLE, generator = "emu_discipline")
    @TableGenerator(name = "emu_discipline", table = "ptdv_id_sequence", pkColumnName = "seq_name",
            valueColumnName = "seq_count", pkColumnValue = "emu_discipline", allocationSize = 10)
    private Long id;
    @Column(name = "organization_code", nullable = false, length = 64)
    private String organizationCode;
    @Column(name = "org_path", nullable = false, length = 600)
    private String orgPath;
    @Column(name = "action_date", nullable = false)
    private LocalDate actionDate;
    @Column(name = "action_form", nullable = false, length = 100)
    private String form;
    @Column(name = "decision_number", length = 60)
    private String decisionNumber;
    @Column(length = 1000)
    private String reason;
    @Column(name = "recorded_by", nullable = false, length = 64)
    private String recordedBy;
    @Column(name = "recorded_at", nullable = false)
    private Instant recordedAt;

    protected DisciplinaryAction() {
    }

    public DisciplinaryAction(String organizationCode, String orgPath, LocalDate actionDate, String form,
                              String decisionNumber, String reason, String recordedBy) {
        this.organizationCode = organizationCode;
        this.orgPath = orgPath;
        this.actionDate = actionDate;
        this.form = form;
        this.decisionNumber = decisionNumber;
        this.reason = reason;
        this.recordedBy = recordedBy;
        this.recordedAt = Instant.now();
    }

    public Long getId() {
        return id;
    }

    public String getOrganizationCode() {
        return organizationCode;
    }

    public String getOrgPath() {
        return orgPath;
    }

    public LocalDate getActionDate() {
        return actionDate;
    }

    public String getForm() {
        return form;
    }

    public String getDecisionNumber() {
        return decisionNumber;
    }

    public String getReason() {
        return reason;
    }
}
