package vn.ptdv.organization.control;

import jakarta.enterprise.context.ApplicationScoped;
import jakarta.inject.Inject;
import jakarta.transaction.Transactional;
import java.time.LocalDate;
import java.util.ArrayList;
import java.util.HashMap;
import java.util.List;
import java.util.Locale;
import java.util.Map;
import vn.ptdv.organization.api.NewOrganization;
import vn.ptdv.organization.api.OrganizationRef;
import vn.ptdv.organization.entity.LineageLink;
import vn.ptdv.organization.entity.LineageType;
import vn.ptdv.organization.entity.Organization;
import vn.ptdv.platform.audit.AuditLog;
import vn.ptdv.platform.rest.ProblemException;
import vn.ptdv.platform.rest.ProblemType;
import vn.ptdv.platform.security.Access;
import vn.ptdv.platform.security.Caller;
import vn.ptdv.platform.security.Permission;
import vn.ptdv.shared.VietnameseText;

/**
 * The changes of units over time that close records and open successors linked by lineage: chuyển trực thuộc
 * (re-parent), hợp nhất (merge), chia tách (split), đổi tên (rename). Shapes are {@link TransitionRules}'.
 */
@ApplicationScoped
@Transactional
public class OrganizationTransitionService {

    @Inject
    OrganizationRepository tree;

    @Inject
    OrganizationWriter writer;

    @Inject
    Access access;

    @Inject
    AuditLog audit;

    /**
     * Chuyển trực thuộc: moves the unit (with its open subtree) under another parent from {@code effectiveDate}.
     * Old records end the day before; new records keep the codes; lineage links say where each came from.
     */
    public OrganizationRef reparent(String code, String newParentCode, LocalDate effectiveDate, String note) {
        TransitionRules.checkMove(newParentCode, effectiveDate);
        Caller caller = access.require(Permission.MANAGE_ORGANIZATIONS);
        Organization o = tree.validOn(code, effectiveDate).orElseThrow(() -> OrganizationProblems.notFound(code, effectiveDate));
        writer.inScope(caller, o);
        Organization newParent = tree.validOn(newParentCode.strip(), effectiveDate).filter(np -> caller.covers(np.getPath()))
                .orElseThrow(() -> new ProblemException(
                ProblemType.VALIDATION, "Không có tổ chức mã " + newParentCode + " còn hiệu lực vào ngày hiệu lực.",
                Map.of("newParentCode", "Không tìm thấy tổ chức cấp trên mới")));
        TransitionRules.checkMoveTarget(code, o.getPath(), o.getKind(), o.getValidFrom(), newParent.getPath(),
                newParent.getKind(), effectiveDate);
        String before = OrganizationWriter.describe(o);
        Organization moved = moveSubtree(o, newParent, effectiveDate, LineageType.REPARENT, note);
        audit.change("ORGANIZATION_REPARENTED", "organization:" + code, moved.getPath(), before, OrganizationWriter.describe(moved));
        return moved.toRef();
    }

    private Organization moveSubtree(Organization o, Organization newParent, LocalDate effectiveDate, LineageType type, String note) {
        List<Organization> subtree = new ArrayList<>();
        subtree.add(o);
        subtree.addAll(tree.openDescendants(o, effectiveDate));
        Map<Long, Organization> successorOf = new HashMap<>();
        Organization top = null;
        for (Organization old : subtree) {
            Organization parent = old == o ? newParent : successorOf.get(old.getParentId());
            old.close(effectiveDate.minusDays(1), type == LineageType.REPARENT ? "Chuyển trực thuộc " + newParent.getCode() : note);
            LocalDate from = old.getValidFrom().isAfter(effectiveDate) ? old.getValidFrom() : effectiveDate;
            Organization moved = new Organization(old.getCode(), old.getName(), old.getKind(), parent, from);
            tree.persist(moved);
            moved.placeUnder(parent);
            tree.flush(); // no mapped relationship orders the inserts: the successor row must exist before its link
            tree.persist(new LineageLink(old.getId(), moved.getId(), type, effectiveDate, note));
            successorOf.put(old.getId(), moved);
            if (old == o) {
                top = moved;
            }
        }
        return top;
    }

    /**
     * Hợp nhất, chia tách, đổi tên: closes the predecessors the day before {@code effectiveDate} and opens the
     * successors. With one successor (merge, rename) the predecessors' open units move under it; a split needs the
     * predecessor's units moved or closed first.
     */
    public List<OrganizationRef> transition(LineageType type, LocalDate effectiveDate, List<String> predecessorCodes,
                                            List<NewOrganization> successors, String note) {
        TransitionRules.checkShape(type, effectiveDate, predecessorCodes, successors);
        Caller caller = access.require(Permission.MANAGE_ORGANIZATIONS);
        LocalDate lastDay = effectiveDate.minusDays(1);
        List<Organization> predecessors = new ArrayList<>();
        for (String c : predecessorCodes) {
            Organization p = tree.validOn(c.strip(), lastDay).filter(x -> caller.covers(x.getPath())).orElseThrow(() -> new ProblemException(ProblemType.VALIDATION,
                    "Tổ chức " + c + " không còn hiệu lực vào ngày trước ngày hiệu lực.", Map.of("predecessors", "Không tìm thấy " + c)));
            TransitionRules.checkPredecessorEnd(c, p.getValidTo(), effectiveDate);
            predecessors.add(p);
        }
        List<List<Organization>> childrenToMove = new ArrayList<>();
        for (Organization p : predecessors) {
            List<Organization> children = tree.openChildren(p, effectiveDate);
            TransitionRules.checkNoUnitsLeft(p.getCode(), children.size(), successors.size());
            childrenToMove.add(children);
        }
        List<NewOrganization> placed = new ArrayList<>();
        for (NewOrganization s : successors) {
            NewOrganization dated = new NewOrganization(s.code(), s.name(), s.kind(),
                    TransitionRules.successorParent(type, s, predecessors.get(0).getParentCode()), effectiveDate);
            // where the successor goes, given or not (a merge or split without parentCode makes a top-level committee);
            // a rename stays under the predecessor's parent
            if (s.parentCode() != null || type != LineageType.RENAME) {
                writer.checkPlacementInScope(caller, dated);
            }
            placed.add(dated);
        }
        for (Organization p : predecessors) {
            p.close(lastDay, note);
        }
        tree.flush();
        Map<String, Organization> none = new HashMap<>();
        List<Organization> opened = new ArrayList<>();
        for (NewOrganization dated : placed) {
            opened.add(writer.open(dated, none));
        }
        tree.flush();
        for (Organization p : predecessors) {
            for (Organization s : opened) {
                tree.persist(new LineageLink(p.getId(), s.getId(), type, effectiveDate, VietnameseText.clean(note)));
            }
        }
        if (opened.size() == 1) {
            for (List<Organization> children : childrenToMove) {
                for (Organization child : children) {
                    // the child record is still open: move it (and its subtree) under the successor
                    moveSubtree(child, opened.get(0), effectiveDate, LineageType.REPARENT,
                            "Theo " + type.name().toLowerCase(Locale.ROOT) + " của tổ chức cấp trên");
                }
            }
        }
        for (Organization s : opened) {
            audit.change("ORGANIZATION_" + type.name(), "organization:" + s.getCode(), s.getPath(),
                    String.join(",", predecessorCodes), OrganizationWriter.describe(s));
        }
        return opened.stream().map(Organization::toRef).toList();
    }
}
