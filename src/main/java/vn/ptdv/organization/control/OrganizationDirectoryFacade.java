package vn.ptdv.organization.control;

import jakarta.enterprise.context.ApplicationScoped;
import jakarta.inject.Inject;
import jakarta.transaction.Transactional;
import java.time.LocalDate;
import java.util.ArrayList;
import java.util.Collection;
import java.util.HashMap;
import java.util.HashSet;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import java.util.Optional;
import java.util.Set;
import vn.ptdv.organization.api.LineageBaseline;
import vn.ptdv.organization.entity.LineageLink;
import vn.ptdv.organization.api.MembershipFigures;
import vn.ptdv.organization.api.OrganizationDirectory;
import vn.ptdv.organization.api.OrganizationRef;
import vn.ptdv.organization.entity.Organization;

/**
 * The unchecked look-ups of the tree for other modules ({@link OrganizationDirectory}): they check their caller with the
 * paths they get back. Resources never reach this class (ScopeByConstructionTest); they use {@link OrganizationService}.
 */
@ApplicationScoped
@Transactional(Transactional.TxType.SUPPORTS)
public class OrganizationDirectoryFacade implements OrganizationDirectory {

    @Inject
    OrganizationRepository tree;

    @Inject
    MembershipRepository memberships;

    @Override
    public long count() {
        return tree.count();
    }

    @Override
    public Optional<OrganizationRef> find(String code, LocalDate date) {
        return tree.validOn(code, date).map(Organization::toRef);
    }

    @Override
    public Optional<OrganizationRef> findCurrentOrLatest(String code) {
        return tree.currentOrLatest(code).map(Organization::toRef);
    }

    @Override
    public List<OrganizationRef> history(String code) {
        return tree.records(code).stream().map(Organization::toRef).toList();
    }

    @Override
    public Map<String, List<OrganizationRef>> histories(Collection<String> codes) {
        Map<String, List<OrganizationRef>> out = new LinkedHashMap<>();
        tree.records(codes).forEach((code, records) -> out.put(code, records.stream().map(Organization::toRef).toList()));
        return out;
    }

    @Override
    public Optional<OrganizationRef> findById(long id) {
        return tree.find(id).map(Organization::toRef);
    }

    @Override
    public List<OrganizationRef> childrenValidDuring(long parentId, LocalDate from, LocalDate to) {
        return tree.childrenDuring(parentId, from, to).stream().map(Organization::toRef).toList();
    }

    @Override
    public List<OrganizationRef> subtree(String code, LocalDate date) {
        Organization root = tree.validOn(code, date).orElseThrow(() -> OrganizationProblems.notFound(code, date));
        return tree.subtreeOn(root.getPath() + "%", date).stream().map(Organization::toRef).toList();
    }

    @Override
    public List<OrganizationRef> subtreeValidDuring(OrganizationRef root, LocalDate from, LocalDate to) {
        return tree.subtreeDuring(root.subtreePattern(), from, to).stream().map(Organization::toRef).toList();
    }

    @Override
    public MembershipFigures membership(OrganizationRef root, LocalDate date) {
        return memberships.subtreeSum(root.subtreePattern(), date);
    }

    @Override
    public LineageBaseline baseline(OrganizationRef current, LocalDate on, LocalDate from, LocalDate to) {
        if (!current.validFrom().isAfter(from) && !tree.linksTouching(current.subtreePattern(), from, on)) {
            return LineageBaseline.whole(current, on, from, to);  // nothing moved in or out since: one subtree
        }
        Map<Long, OrganizationRef> records = new HashMap<>();
        // 1. what stands under the organisation now, and everything it came from (every link backwards)
        Set<Long> closure = new HashSet<>();
        List<Long> frontier = new ArrayList<>();
        for (Organization o : tree.subtreeOn(current.subtreePattern(), on)) {
            records.put(o.getId(), o.toRef());
            closure.add(o.getId());
            frontier.add(o.getId());
        }
        while (!frontier.isEmpty()) {
            List<Long> next = new ArrayList<>();
            for (LineageLink l : tree.links(frontier, true)) {
                if (closure.add(l.getPredecessorId())) {
                    next.add(l.getPredecessorId());
                }
            }
            tree.byIds(next).forEach(o -> records.put(o.getId(), o.toRef()));
            frontier = next;
        }
        // 2. the top-most of those valid in the period, and every record below them then
        List<OrganizationRef> tops = LineageArithmetic.tops(closure.stream().map(records::get)
                .filter(r -> r != null && r.validDuring(from, to)).toList());
        Map<Long, OrganizationRef> earlier = new LinkedHashMap<>();
        for (OrganizationRef top : tops) {
            tree.subtreeDuring(top.subtreePattern(), from, to).forEach(o -> earlier.put(o.getId(), o.toRef()));
        }
        records.putAll(earlier);
        // 3. where each of them is now: follow the links forward (and the parents of what was dissolved)
        Map<Long, List<LineageArithmetic.Link>> forward = new HashMap<>();
        Set<Long> asked = new HashSet<>();
        List<Long> pending = earlier.values().stream().filter(r -> !r.validOn(on)).map(OrganizationRef::id).toList();
        while (!pending.isEmpty()) {
            asked.addAll(pending);
            for (LineageLink l : tree.links(pending, false)) {
                forward.computeIfAbsent(l.getPredecessorId(), k -> new ArrayList<>())
                        .add(new LineageArithmetic.Link(l.getPredecessorId(), l.getSuccessorId()));
            }
            // the next step of each chain: its successors, or the parent of a record closed without one
            Set<Long> next = new HashSet<>();
            for (Long id : pending) {
                List<LineageArithmetic.Link> links = forward.getOrDefault(id, List.of());
                links.forEach(l -> next.add(l.successor()));
                OrganizationRef r = records.get(id);
                if (links.isEmpty() && r != null && r.parentId() != null) {
                    next.add(r.parentId());
                }
            }
            tree.byIds(next.stream().filter(id -> !records.containsKey(id)).toList())
                    .forEach(o -> records.put(o.getId(), o.toRef()));
            pending = next.stream().filter(id -> !asked.contains(id) && records.containsKey(id) && !records.get(id).validOn(on))
                    .toList();
        }
        Map<String, String> destinations = LineageArithmetic.belongingTo(current, on, earlier.values(), records, forward);
        // the predecessors named: the top-most records of the period with something that counts
        List<OrganizationRef> named = LineageArithmetic.tops(earlier.values().stream()
                .filter(r -> destinations.containsKey(r.path())).toList());
        return new LineageBaseline(current, on, from, to, named, destinations, false);
    }

    @Override
    public MembershipFigures membership(LineageBaseline baseline) {
        if (baseline.wholeSubtree()) {
            return memberships.subtreeSum(baseline.organization().subtreePattern(), baseline.to());
        }
        long total = 0;
        long women = 0;
        long minorities = 0;
        long probationary = 0;
        for (String pattern : baseline.patterns()) {
            for (Map.Entry<String, MembershipFigures> e : memberships.byPath(pattern, baseline.to()).entrySet()) {
                if (baseline.counts(e.getKey())) {
                    total += e.getValue().total();
                    women += e.getValue().women();
                    minorities += e.getValue().minorities();
                    probationary += e.getValue().probationary();
                }
            }
        }
        return new MembershipFigures(total, women, minorities, probationary);
    }
}
