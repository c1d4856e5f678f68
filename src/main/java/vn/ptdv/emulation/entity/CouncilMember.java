package vn.ptdv.emulation.entity;

import jakarta.persistence.Column;
import jakarta.persistence.Embeddable;

/** A member of the council: name, position in the council, present at this meeting. */
@Embeddable
public class CouncilMember {
    @Column(name = "full_name", nullable = false, length = 200)
    private String fullName;
    @Column(nullable = false, length = 300)
    private String position;
    @Column(nullable = false)
    private boolean present;

    protected CouncilMember() {
    }

    public CouncilMember(String fullName, String position, boolean present) {
        this.fullName = fullName;
        this.position = position;
        this.present = present;
    }

    public String getFullName() {
        return fullName;
    }

    public String getPosition() {
        return position;
    }

    public boolean isPresent() {
        return present;
    }
}
