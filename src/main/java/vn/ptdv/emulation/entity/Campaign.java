package vn.ptdv.emulation.entity;

import jakarta.persistence.CascadeType;
import jakarta.persistence.CollectionTable;
import jakarta.persistence.Column;
import jakarta.persistence.ElementCollection;
import jakarta.persistence.Entity;
import jakarta.persistence.FetchType;
import jakarta.persistence.GeneratedValue;
import jakarta.persistence.GenerationType;
import jakarta.persistence.Id;
import jakarta.persistence.JoinColumn;
import jakarta.persistence.NamedQuery;
import jakarta.persistence.OneToMany;
import jakarta.persistence.OrderBy;
import jakarta.persistence.Table;
import jakarta.persistence.TableGenerator;
import jakarta.persistence.Version;
import java.time.Instant;
import java.util.ArrayList;
import java.util.List;

/**
 * Phong trào thi đua chuyên đề: issuing organisation, plan number, period, participants (kinds under a subtree) and
 * award tiers. {@code definitionVersion} grows by one on every change; evaluations store the version they used.
 */
@Entity
@Table(name = "emu_campaign")
@NamedQuery(name = Campaign.BY_CODE, query = "SELECT c FROM Campaign c WHERE c.code = :code")
@NamedQuery(name = Campaign.ALL, query = "SELECT c FROM Campaign c ORDER BY c.fromYear DESC, c.code")
public class Campaign {

    public static final String BY_CODE = "Campaign.byCode";
    public static final String ALL = "Campaign.all";

    @Id
    @GeneratedValue(strategy = GenerationType.TABLE, generator = "emu_campaign")
    @TableGenerator(name = "emu_campaign", table = "ptdv_id_sequence", pkColumnName = "seq_name",
            valueColumnName = "seq_count", pkColumnValue = "emu_campaign", allocationSize = 10)
    private Long id;

    @Column(nullable = false, length = 64)
    private String code;
    @Column(name = "organization_code", nullable = false, length = 64)
    private String organizationCode;
    @Column(name = "org_path", nullable = false, length = 600)
    private String orgPath;
    @Column(name = "plan_number", nullable = false, length = 60)
    private String planNumber;
    @Column(nullable = false, length = 500)
    private String name;
    @Column(name = "from_year", nullable = false)
    private int fromYear;
    @Column(name = "to_year", nullable = false)
    private int toYear;
    @Column(name = "participant_root", nullable = false, length = 64)
    private String participantRoot;
    @ElementCollection(fetch = FetchType.EAGER)
    @CollectionTable(name = "emu_campaign_kind", joinColumns = @JoinColumn(name = "campaign_id"))
    @Column(name = "kind", length = 40)
    private List<String> participantKinds = new ArrayList<>();
    @OneToMany(mappedBy = "campaign", cascade = CascadeType.ALL, orphanRemoval = true, fetch = FetchType.EAGER)
    @OrderBy("tierOrder ASC")
    private List<AwardTier> tiers = new ArrayList<>();
    @Column(name = "award_route", nullable = false, length = 10)
    private String route = "PARTY";
    @Column(name = "award_procedure", nullable = false, length = 12)
    private String procedure = "FULL";
    @Column(name = "granting_body", length = 300)
    private String grantingBody;
    @Column(name = "granting_signer", length = 200)
    private String grantingSigner;
    @Column(name = "definition_version", nullable = false)
    private int definitionVersion;
    @Column(name = "created_at", nullable = false)
    private Instant createdAt;
    @Column(name = "updated_at", nullable = false)
    private Instant updatedAt;
    @Version
    private int version;

    protected Campaign() {
    }

    public Campaign(String code, String organizationCode, String orgPath) {
        this.code = code;
        this.organizationCode = organizationCode;
        this.orgPath = orgPath;
        this.createdAt = Instant.now();
        this.definitionVersion = 0;
    }

    /** Replaces the definition (everything but the code and issuer) and increments the definition version. */
    public void define(String planNumber, String name, int fromYear, int toYear, String participantRoot,
                       List<String> kinds, List<AwardTier> newTiers) {
        this.planNumber = planNumber;
        this.name = name;
        this.fromYear = fromYear;
        this.toYear = toYear;
        this.participantRoot = participantRoot;
        this.participantKinds.clear();
        this.participantKinds.addAll(kinds);
        this.tiers.clear();
        for (AwardTier t : newTiers) {
            t.attachTo(this);
            this.tiers.add(t);
        }
        this.definitionVersion++;
        this.updatedAt = Instant.now();
    }

    /** Tuyến và thủ tục khen thưởng (checked by the caller: set at creation, changed only before a proposal). */
    public void route(String route, String procedure, String grantingBody, String grantingSigner) {
        this.route = route;
        this.procedure = procedure;
        this.grantingBody = grantingBody;
        this.grantingSigner = grantingSigner;
    }

    public String getRoute() {
        return route;
    }

    public String getProcedure() {
        return procedure;
    }

    public String getGrantingBody() {
        return grantingBody;
    }

    public String getGrantingSigner() {
        return grantingSigner;
    }

    public Long getId() {
        return id;
    }

    public String getCode() {
        return code;
    }

    public String getOrganizationCode() {
        return organizationCode;
    }

    public String getOrgPath() {
        return orgPath;
    }

    public String getPlanNumber() {
        return planNumber;
    }

    public String getName() {
        return name;
    }

    public int getFromYear() {
        return fromYear;
    }

    public int getToYear() {
        return toYear;
    }

    public String getParticipantRoot() {
        return participantRoot;
    }

    public List<String> getParticipantKinds() {
        return List.copyOf(participantKinds);
    }

    public List<AwardTier> getTiers() {
        return List.copyOf(tiers);
    }

    public int getDefinitionVersion() {
        return definitionVersion;
    }

    public Instant getCreatedAt() {
        return createdAt;
    }

    public Instant getUpdatedAt() {
        return updatedAt;
    }
}
