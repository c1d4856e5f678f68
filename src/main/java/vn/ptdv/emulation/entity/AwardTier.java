package vn.ptdv.emulation.entity;

import jakarta.persistence.CollectionTable;
import jakarta.persistence.Column;
import jakarta.persistence.ElementCollection;
import jakarta.persistence.Entity;
import jakarta.persistence.FetchType;
import jakarta.persistence.GeneratedValue;
import jakarta.persistence.GenerationType;
import jakarta.persistence.Id;
import jakarta.persistence.JoinColumn;
import jakarta.persistence.OrderColumn;
import jakarta.persistence.Table;
import jakarta.persistence.TableGenerator;
import java.util.ArrayList;
import java.util.List;

/** Hình thức khen thưởng of a campaign: its order (0 = highest), quota (null: no limit) and criteria. */
@Entity
@Table(name = "emu_award_tier")
public class AwardTier {

    @Id
    @GeneratedValue(strategy = GenerationType.TABLE, generator = "emu_award_tier")
    @TableGenerator(name = "emu_award_tier", table = "ptdv_id_sequence", pkColumnName = "seq_name",
            valueColumnName = "seq_count", pkColumnValue = "emu_award_tier", allocationSize = 20)
    private Long id;

    @jakarta.persistence.ManyToOne(optional = false)
    @JoinColumn(name = "campaign_id", nullable = false)
    private Campaign campaign;
    @Column(name = "tier_order", nullable = false)
    private int tierOrder;
    @Column(nullable = false, length = 300)
    private String name;
    private Integer quota;
    @ElementCollection(fetch = FetchType.EAGER)
    @CollectionTable(name = "emu_criterion", joinColumns = @JoinColumn(name = "tier_id"))
    @OrderColumn(name = "criterion_order")
    private List<CriterionEntry> criteria = new ArrayList<>();

    protected AwardTier() {
    }

    public AwardTier(int order, String name, Integer quota, List<CriterionEntry> criteria) {
        this.tierOrder = order;
        this.name = name;
        this.quota = quota;
        this.criteria.addAll(criteria);
    }

    void attachTo(Campaign owner) {
        this.campaign = owner;
    }

    public int getOrder() {
        return tierOrder;
    }

    public String getName() {
        return name;
    }

    public Integer getQuota() {
        return quota;
    }

    public List<CriterionEntry> getCriteria() {
        return List.copyOf(criteria);
    }
}
