package vn.ptdv.demo;

import java.util.ArrayList;
import java.util.List;
import java.util.function.Consumer;
import vn.ptdv.organization.api.OrganizationKind;

/** A node of the generated tree with what the generator needs to know about it (mutable while the tree is built). */
final class Unit {

    final String code;
    final String name;
    final OrganizationKind kind;
    final Unit parent;
    final Setting setting;
    final List<Unit> children = new ArrayList<>();
    /** The usual number of members of a cell (a weight for targets, admissions and membership); 0 for committees. */
    double size;
    /** Cached by {@link #admissionWeight()}, which is asked for only once the tree is complete. */
    private double admissionWeight = -1;

    Unit(String code, String name, OrganizationKind kind, Unit parent, Setting setting) {
        this.code = code;
        this.name = name;
        this.kind = kind;
        this.parent = parent;
        this.setting = setting;
        if (parent != null) {
            parent.children.add(this);
        }
    }

    boolean isCell() {
        return kind == OrganizationKind.CELL || kind == OrganizationKind.GRASSROOTS_CELL;
    }

    /** The unit directly under the province that this unit belongs to (itself for such a unit). */
    Unit upper() {
        Unit u = this;
        while (u.parent != null && u.parent.parent != null) {
            u = u.parent;
        }
        return u;
    }

    boolean isWithin(Unit ancestor) {
        for (Unit u = this; u != null; u = u.parent) {
            if (u == ancestor) {
                return true;
            }
        }
        return false;
    }

    /** This unit and all below it, parents before children, children in creation order. */
    void visit(Consumer<Unit> action) {
        action.accept(this);
        for (Unit child : children) {
            child.visit(action);
        }
    }

    List<Unit> cells() {
        List<Unit> cells = new ArrayList<>();
        visit(u -> {
            if (u.isCell()) {
                cells.add(u);
            }
        });
        return cells;
    }

    /** The sum of the cells' sizes times their admission rates: how many people this subtree usually admits. */
    double admissionWeight() {
        if (admissionWeight < 0) {
            admissionWeight = cells().stream().mapToDouble(c -> c.size * c.setting.admissionRate).sum();
        }
        return admissionWeight;
    }

    @Override
    public String toString() {
        return code;
    }
}
