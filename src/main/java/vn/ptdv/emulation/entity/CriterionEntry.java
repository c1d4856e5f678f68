package vn.ptdv.emulation.entity;

import jakarta.persistence.Column;
import jakarta.persistence.Embeddable;

/** Tiêu chí: a criterion type and its parameters as a JSON object ({"percent":120}). */
@Embeddable
public class CriterionEntry {

    @Column(name = "criterion_type", nullable = false, length = 40)
    private String type;
    @Column(nullable = false, length = 2000)
    private String parameters;

    protected CriterionEntry() {
    }

    public CriterionEntry(String type, String parameters) {
        this.type = type;
        this.parameters = parameters;
    }

    public String getType() {
        return type;
    }

    public String getParameters() {
        return parameters;
    }
}
