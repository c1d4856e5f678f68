package vn.ptdv.organization.control;

import jakarta.enterprise.context.ApplicationScoped;
import jakarta.inject.Inject;
import jakarta.transaction.Transactional;
import java.time.LocalDate;
import java.util.ArrayList;
import java.util.Comparator;
import java.util.List;
import java.util.Locale;
import java.util.Optional;
import vn.ptdv.organization.api.OrganizationRef;
import vn.ptdv.organization.entity.LineageLink;
import vn.ptdv.organization.entity.LineageType;
import vn.ptdv.organization.entity.Organization;
import vn.ptdv.platform.audit.AuditLog;
import vn.ptdv.platform.rest.ProblemException;
import vn.ptdv.platform.security.Access;
import vn.ptdv.platform.security.Caller;
import vn.ptdv.platform.security.Permission;
import vn.ptdv.shared.VietnameseText;

/**
 * Reading the tree as a signed-in user: every method checks the caller's permission and scope, and answers an
 * organisation outside the scope with the 404 of one that does not exist. The resources' only way into the tree
 * (the unchecked look-ups of other modules are {@link OrganizationDirectoryFacade}).
 */
@ApplicationScoped
@Transactional(Transactional.TxType.SUPPORTS)
public class OrganizationService {

    @Inject
    OrganizationRepository tree;

    @Inject
    Access access;

    @Inject
    AuditLog audit;

    /** The record valid on the date (or today's / the latest when date is null), if the caller may see it; else 404. */
    public OrganizationRef visible(String code, LocalDate date) {
        Caller caller = access.require(Permission.READ_AGGREGATES);
        Optional<Organization> o = date == null ? tree.currentOrLatest(code) : tree.validOn(code, date);
        if (o.isEmpty() || !caller.covers(o.get().getPath())) {
            if (o.isPresent()) {
                audit.denied(caller.username(), "READ_ORGANIZATION", "outside scope " + caller.scopeCode());
            }
            throw date == null ? OrganizationProblems.notFound(code) : OrganizationProblems.notFound(code, date);
        }
        return o.get().toRef();
    }

    /** The records of a code that the caller may see (404 when there are none), with the code's lineage links. */
    public History history(String code) {
        Caller caller = access.require(Permission.READ_AGGREGATES);
        List<Organization> all = tree.records(code);
        List<OrganizationRef> records = all.stream().filter(o -> caller.covers(o.getPath())).map(Organization::toRef).toList();
        if (records.isEmpty()) {
            throw OrganizationProblems.notFound(code);
        }
        // only links between records of the caller's scope: another subtree's records stay hidden (issue #15)
        List<Lineage> lineage = new ArrayList<>();
        for (Organization o : all) {
            if (!caller.covers(o.getPath())) {
                continue;
            }
            for (LineageLink l : tree.lineageOf(o.getId())) {
                Organization p = tree.find(l.getPredecessorId()).orElseThrow();
                Organization s = tree.find(l.getSuccessorId()).orElseThrow();
                if (caller.covers(p.getPath()) && caller.covers(s.getPath())) {
                    lineage.add(new Lineage(l.getType(), l.getEffectiveDate(), p.toRef(), s.toRef(), l.getNote()));
                }
            }
        }
        return new History(records, lineage.stream().distinct().toList());
    }

    /** A code's records in the caller's scope and every lineage link of the code. */
    public record History(List<OrganizationRef> records, List<Lineage> lineage) {
    }

    /** One lineage link, as the API shows it. */
    public record Lineage(LineageType type, LocalDate effectiveDate, OrganizationRef predecessor, OrganizationRef successor,
                          String note) {
    }

    /** The subtree of a visible organisation on the date, in path order. */
    public List<OrganizationRef> visibleSubtree(String code, LocalDate date) {
        OrganizationRef root = visible(code, date);
        return tree.subtreeOn(root.subtreePattern(), date).stream().map(Organization::toRef).toList();
    }

    /** Children of the visible record valid on the date, in Vietnamese name order. */
    public List<OrganizationRef> children(String code, LocalDate date) {
        OrganizationRef parent = visible(code, date);
        List<OrganizationRef> children = new ArrayList<>(tree.childrenDuring(parent.id(), date, date).stream()
                .map(Organization::toRef).toList());
        children.sort(Comparator.comparing(OrganizationRef::name, VietnameseText.collator()));
        return children;
    }

    /**
     * Search by name: diacritics-insensitive by default ("nam ma" finds "Nậm Mả"), or exact ("Nậm Mả" but not "Nam Mã").
     * Optionally limited to a subtree and to records valid on a date.
     */
    public List<OrganizationRef> search(String query, boolean exact, String under, LocalDate date, int limit) {
        Caller caller = access.require(Permission.READ_AGGREGATES);
        String pattern = under == null ? null : visible(under, date).subtreePattern();
        String text = VietnameseText.clean(query);
        if (text == null || text.length() < 2) {
            throw ProblemException.badParameter("q", "Từ khóa tìm kiếm phải có ít nhất 2 ký tự.");
        }
        Locale vi = VietnameseText.VI_VN;
        String lowered = text.toLowerCase(vi);
        return tree.nameContains(VietnameseText.fold(text), pattern, date, exact || !caller.unrestricted() ? 5000 : limit)
                .stream()
                .filter(o -> !exact || o.getName().toLowerCase(vi).contains(lowered))
                .filter(o -> caller.covers(o.getPath()))
                .map(Organization::toRef)
                .sorted(Comparator.comparing(OrganizationRef::name, VietnameseText.collator()))
                .limit(limit)
                .toList();
    }
}
