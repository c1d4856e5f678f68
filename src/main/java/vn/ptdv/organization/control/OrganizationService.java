package vn.ptdv.organization.control;

import jakarta.enterprise.context.ApplicationScoped;
import jakarta.inject.Inject;
import jakarta.persistence.EntityManager;
import jakarta.persistence.LockModeType;
import jakarta.persistence.PersistenceContext;
import jakarta.transaction.Transactional;
import java.time.LocalDate;
import java.util.ArrayList;
import java.util.Comparator;
import java.util.HashMap;
import java.util.List;
import java.util.Locale;
import java.util.Map;
import java.util.Optional;
import vn.ptdv.organization.api.MembershipFigures;
import vn.ptdv.organization.api.NewOrganization;
import vn.ptdv.organization.api.OrganizationDirectory;
import vn.ptdv.organization.api.OrganizationKind;
import vn.ptdv.organization.api.OrganizationRef;
import vn.ptdv.organization.api.OrganizationRegistry;
import vn.ptdv.organization.entity.LineageLink;
import vn.ptdv.organization.entity.LineageType;
import vn.ptdv.organization.entity.MembershipStat;
import vn.ptdv.organization.entity.Organization;
import vn.ptdv.platform.audit.AuditLog;
import vn.ptdv.platform.rest.ProblemException;
import vn.ptdv.platform.security.Access;
import vn.ptdv.platform.security.Caller;
import vn.ptdv.platform.security.Permission;
import vn.ptdv.platform.rest.ProblemType;
import vn.ptdv.platform.rest.Violations;
import vn.ptdv.shared.VietnameseText;

/** Use cases of the organisation tree: open, correct, close, move, merge, split, rename; queries over time. */
@ApplicationScoped
@Transactional
public class OrganizationService implements OrganizationDirectory, OrganizationRegistry {

    @jakarta.annotation.Resource
    jakarta.transaction.TransactionSynchronizationRegistry transactions;

    @PersistenceContext(unitName = "ptdv")
    EntityManager em;

    @Inject
    Access access;

    @Inject
    AuditLog audit;

    @Inject
    IssuerService issuers;

    // ---------------------------------------------------------------- queries

    @Override
    @Transactional(Transactional.TxType.SUPPORTS)
    public Optional<OrganizationRef> find(String code, LocalDate date) {
        return entityOn(code, date).map(Organization::toRef);
    }

    @Override
    @Transactional(Transactional.TxType.SUPPORTS)
    public Optional<OrganizationRef> findCurrentOrLatest(String code) {
        return currentOrLatest(code).map(Organization::toRef);
    }

    @Override
    @Transactional(Transactional.TxType.SUPPORTS)
    public List<OrganizationRef> history(String code) {
        return records(code).stream().map(Organization::toRef).toList();
    }

    @Override
    @Transactional(Transactional.TxType.SUPPORTS)
    public Optional<OrganizationRef> findById(long id) {
        return Optional.ofNullable(em.find(Organization.class, id)).map(Organization::toRef);
    }

    @Override
    @Transactional(Transactional.TxType.SUPPORTS)
    public List<OrganizationRef> childrenValidDuring(long parentId, LocalDate from, LocalDate to) {
        return em.createNamedQuery(Organization.CHILDREN_DURING, Organization.class)
                .setParameter("parentId", parentId).setParameter("from", from).setParameter("to", to)
                .getResultList().stream().map(Organization::toRef).toList();
    }

    @Override
    @Transactional(Transactional.TxType.SUPPORTS)
    public List<OrganizationRef> subtree(String code, LocalDate date) {
        Organization root = entityOn(code, date).orElseThrow(() -> notFound(code, date));
        return em.createNamedQuery(Organization.SUBTREE_ON, Organization.class)
                .setParameter("pattern", root.getPath() + "%").setParameter("date", date)
                .getResultList().stream().map(Organization::toRef).toList();
    }

    @Override
    @Transactional(Transactional.TxType.SUPPORTS)
    public List<OrganizationRef> subtreeValidDuring(OrganizationRef root, LocalDate from, LocalDate to) {
        return em.createQuery("SELECT o FROM Organization o WHERE o.path LIKE :pattern AND o.validFrom <= :to"
                        + " AND (o.validTo IS NULL OR o.validTo >= :from) ORDER BY o.path", Organization.class)
                .setParameter("pattern", root.subtreePattern()).setParameter("from", from).setParameter("to", to)
                .getResultList().stream().map(Organization::toRef).toList();
    }

    // ---------------------------------------------------------------- scope-checked queries (the boundary's)

    /** The record valid on the date (or today's / the latest when date is null), if the caller may see it; else 404. */
    @Transactional(Transactional.TxType.SUPPORTS)
    public OrganizationRef visible(String code, LocalDate date) {
        Caller caller = access.require(Permission.READ_AGGREGATES);
        Optional<OrganizationRef> o = date == null ? findCurrentOrLatest(code) : find(code, date);
        if (o.isEmpty() || !caller.covers(o.get().path())) {
            if (o.isPresent()) {
                audit.denied(caller.username(), "READ_ORGANIZATION", "outside scope " + caller.scopeCode());
            }
            throw date == null ? ProblemException.notFound("Không tìm thấy tổ chức đảng có mã " + code + ".") : notFound(code, date);
        }
        return o.get();
    }

    /** The records of a code that the caller may see; 404 when there are none. */
    @Transactional(Transactional.TxType.SUPPORTS)
    public List<OrganizationRef> visibleHistory(String code) {
        Caller caller = access.require(Permission.READ_AGGREGATES);
        List<OrganizationRef> records = history(code).stream().filter(o -> caller.covers(o.path())).toList();
        if (records.isEmpty()) {
            throw ProblemException.notFound("Không tìm thấy tổ chức đảng có mã " + code + ".");
        }
        return records;
    }

    /** The subtree of a visible organisation on the date. */
    @Transactional(Transactional.TxType.SUPPORTS)
    public List<OrganizationRef> visibleSubtree(String code, LocalDate date) {
        visible(code, date);
        return subtree(code, date);
    }

    /** Children of the record valid on the date, in Vietnamese name order. */
    @Transactional(Transactional.TxType.SUPPORTS)
    public List<OrganizationRef> children(String code, LocalDate date) {
        visible(code, date);
        Organization parent = entityOn(code, date).orElseThrow(() -> notFound(code, date));
        List<OrganizationRef> children = new ArrayList<>(childrenValidDuring(parent.getId(), date, date));
        children.sort(Comparator.comparing(OrganizationRef::name, VietnameseText.collator()));
        return children;
    }

    /**
     * Search by name: diacritics-insensitive by default ("nam ma" finds "Nậm Mả"), or exact ("Nậm Mả" but not "Nam Mã").
     * Optionally limited to a subtree and to records valid on a date.
     */
    @Transactional(Transactional.TxType.SUPPORTS)
    public List<OrganizationRef> search(String query, boolean exact, String under, LocalDate date, int limit) {
        Caller caller = access.require(Permission.READ_AGGREGATES);
        if (under != null) {
            visible(under, date);
        }
        String text = VietnameseText.clean(query);
        if (text == null || text.length() < 2) {
            throw ProblemException.badParameter("q", "Từ khóa tìm kiếm phải có ít nhất 2 ký tự.");
        }
        StringBuilder jpql = new StringBuilder("SELECT o FROM Organization o WHERE o.nameFolded LIKE :folded" + vn.ptdv.shared.LikePatterns.ESCAPE);
        String pattern = null;
        if (under != null) {
            OrganizationRef root = (date == null ? findCurrentOrLatest(under) : find(under, date))
                    .orElseThrow(() -> ProblemException.notFound("Không tìm thấy tổ chức đảng có mã " + under + "."));
            pattern = root.subtreePattern();
            jpql.append(" AND o.path LIKE :pattern");
        }
        if (date != null) {
            jpql.append(" AND o.validFrom <= :date AND (o.validTo IS NULL OR o.validTo >= :date)");
        }
        var q = em.createQuery(jpql.append(" ORDER BY o.path").toString(), Organization.class)
                .setParameter("folded", vn.ptdv.shared.LikePatterns.containing(VietnameseText.fold(text)));
        if (pattern != null) {
            q.setParameter("pattern", pattern);
        }
        if (date != null) {
            q.setParameter("date", date);
        }
        Locale vi = VietnameseText.VI_VN;
        String lowered = text.toLowerCase(vi);
        return q.setMaxResults(exact || !caller.unrestricted() ? 5000 : limit).getResultList().stream()
                .filter(o -> !exact || o.getName().toLowerCase(vi).contains(lowered))
                .filter(o -> caller.covers(o.getPath()))
                .map(Organization::toRef)
                .sorted(Comparator.comparing(OrganizationRef::name, VietnameseText.collator()))
                .limit(limit)
                .toList();
    }

    @Override
    @Transactional(Transactional.TxType.SUPPORTS)
    public MembershipFigures membership(OrganizationRef root, LocalDate date) {
        Object[] row = em.createQuery("SELECT SUM(s.total), SUM(s.women), SUM(s.minorities), SUM(s.probationary)"
                        + " FROM MembershipStat s, Organization o WHERE o.id = s.organizationId AND o.path LIKE :pattern"
                        + " AND o.validFrom <= :date AND (o.validTo IS NULL OR o.validTo >= :date)"
                        + " AND s.asOf = (SELECT MAX(s2.asOf) FROM MembershipStat s2"
                        + "   WHERE s2.organizationId = s.organizationId AND s2.asOf <= :date)", Object[].class)
                .setParameter("pattern", root.subtreePattern()).setParameter("date", date)
                .getSingleResult();
        return row[0] == null ? MembershipFigures.ZERO
                : new MembershipFigures(num(row[0]), num(row[1]), num(row[2]), num(row[3]));
    }

    /** The organisation's own latest figures at or before the date, if any were recorded. */
    @Transactional(Transactional.TxType.SUPPORTS)
    public Optional<MembershipStat> ownMembership(OrganizationRef org, LocalDate date) {
        return em.createQuery("SELECT s FROM MembershipStat s WHERE s.organizationId = :id AND s.asOf <= :date"
                        + " ORDER BY s.asOf DESC", MembershipStat.class)
                .setParameter("id", org.id()).setParameter("date", date).setMaxResults(1)
                .getResultList().stream().findFirst();
    }

    @Transactional(Transactional.TxType.SUPPORTS)
    public List<Lineage> lineage(String code) {
        List<Lineage> result = new ArrayList<>();
        for (Organization o : records(code)) {
            for (LineageLink l : em.createNamedQuery(LineageLink.OF, LineageLink.class).setParameter("id", o.getId()).getResultList()) {
                Organization p = em.find(Organization.class, l.getPredecessorId());
                Organization s = em.find(Organization.class, l.getSuccessorId());
                result.add(new Lineage(l.getType(), l.getEffectiveDate(), p.toRef(), s.toRef(), l.getNote()));
            }
        }
        return result.stream().distinct().toList();
    }

    /** One lineage link, as the API shows it. */
    public record Lineage(LineageType type, LocalDate effectiveDate, OrganizationRef predecessor, OrganizationRef successor, String note) {
    }

    @Override
    @Transactional(Transactional.TxType.SUPPORTS)
    public long count() {
        return em.createNamedQuery(Organization.COUNT, Long.class).getSingleResult();
    }

    // ---------------------------------------------------------------- changes

    /** Opens a new organisation record. */
    public OrganizationRef create(NewOrganization request) {
        Caller caller = access.require(Permission.MANAGE_ORGANIZATIONS);
        checkPlacementInScope(caller, request);
        Organization o = open(request, new HashMap<>());
        audit.change("ORGANIZATION_CREATED", "organization:" + o.getCode(), o.getPath(), null, describe(o));
        return o.toRef();
    }

    private void checkPlacementInScope(Caller caller, NewOrganization request) {
        if (request.parentCode() == null || request.parentCode().isBlank()) {
            if (!caller.unrestricted()) {
                throw new ProblemException(ProblemType.FORBIDDEN, "Chỉ quản trị hệ thống được thành lập tổ chức cấp cao nhất.");
            }
            return;
        }
        boolean parentVisible = history(request.parentCode().strip()).stream().anyMatch(o -> caller.covers(o.path()));
        if (!parentVisible) {
            throw new ProblemException(ProblemType.VALIDATION, "Không tìm thấy tổ chức cấp trên mã " + request.parentCode() + ".",
                    Map.of("parentCode", "Không tìm thấy tổ chức cấp trên"));
        }
    }

    private static String describe(Organization o) {
        return "{\"code\":\"" + o.getCode() + "\",\"name\":\"" + o.getName().replace("\"", "'") + "\",\"kind\":\"" + o.getKind()
                + "\",\"parentCode\":" + (o.getParentCode() == null ? "null" : "\"" + o.getParentCode() + "\"")
                + ",\"validFrom\":\"" + o.getValidFrom() + "\",\"validTo\":" + (o.getValidTo() == null ? "null" : "\"" + o.getValidTo() + "\"") + "}";
    }

    @Override
    public List<OrganizationRef> createAll(List<NewOrganization> organizations) {
        Caller caller = access.require(Permission.MANAGE_ORGANIZATIONS);
        if (!caller.unrestricted()) {
            organizations.forEach(n -> checkPlacementInScope(caller, n));
        }
        em.setFlushMode(jakarta.persistence.FlushModeType.COMMIT);
        // EclipseLink does not keep persist order within a class, and no mapped relationship orders parent before
        // child: open level by level and write each level before the next.
        Map<String, Integer> level = new HashMap<>();
        for (NewOrganization n : organizations) {
            String parent = n.parentCode() == null ? null : n.parentCode().strip();
            level.put(n.code() == null ? "" : n.code().strip(), parent == null || !level.containsKey(parent) ? 0 : level.get(parent) + 1);
        }
        List<NewOrganization> byLevel = new ArrayList<>(organizations);
        byLevel.sort(Comparator.comparingInt(n -> level.get(n.code() == null ? "" : n.code().strip())));
        Map<String, Organization> opened = new HashMap<>();
        int current = -1;
        for (NewOrganization n : byLevel) {
            int l = level.get(n.code() == null ? "" : n.code().strip());
            if (l != current) {
                em.flush();
                current = l;
            }
            Organization o = open(n, opened);
            opened.put(o.getCode(), o);
        }
        em.flush();
        audit.change("ORGANIZATIONS_LOADED", organizations.size() + " organizations", null, null, null);
        return organizations.stream().map(n -> opened.get(n.code().strip()).toRef()).toList();
    }

    /**
     * Imports organisations (a spreadsheet): each row is opened as {@link #create} opens it, parents before children
     * (a parent may be a row of the same file), a code twice in the file is an error. Every row is tried inside this
     * transaction; when a row has an error, or not {@code write}, the transaction is rolled back and nothing stays.
     * Returns the errors: index → field → message.
     */
    public Map<Integer, Map<String, String>> importAll(List<NewOrganization> organizations,
                                                      java.util.function.IntFunction<String> rowName, boolean write) {
        Caller caller = access.require(Permission.MANAGE_ORGANIZATIONS);
        em.setFlushMode(jakarta.persistence.FlushModeType.COMMIT);
        Map<Integer, Map<String, String>> errors = new java.util.TreeMap<>();
        Map<String, Integer> rowOf = new HashMap<>();
        for (int i = 0; i < organizations.size(); i++) {
            String code = VietnameseText.clean(organizations.get(i).code());
            Integer first = code == null ? null : rowOf.putIfAbsent(code, i);
            if (first != null) {
                errors.put(i, Map.of("code", "Mã tổ chức " + code + " trùng với " + rowName.apply(first) + "."));
            }
        }
        List<Integer> order = new ArrayList<>();
        Map<Integer, Integer> level = new HashMap<>();
        for (int i = 0; i < organizations.size(); i++) {
            order.add(i);
            int depth = 0;
            String parent = VietnameseText.clean(organizations.get(i).parentCode());
            while (parent != null && rowOf.containsKey(parent) && depth < 50) {
                depth++;
                parent = VietnameseText.clean(organizations.get(rowOf.get(parent)).parentCode());
            }
            level.put(i, depth);
        }
        order.sort(Comparator.comparingInt(level::get));
        Map<String, Organization> opened = new HashMap<>();
        int current = -1;
        for (int i : order) {
            if (errors.containsKey(i)) {
                continue;
            }
            if (level.get(i) != current) {
                em.flush(); // parents are written before their children (no mapped relationship orders the inserts)
                current = level.get(i);
            }
            try {
                checkPlacementInScope(caller, organizations.get(i));
                Organization o = open(organizations.get(i), opened);
                opened.put(o.getCode(), o);
            } catch (ProblemException e) {
                errors.put(i, e.errors().size() <= 1
                        ? Map.of(e.errors().isEmpty() ? "code" : e.errors().keySet().iterator().next(), e.getMessage())
                        : e.errors());
            }
        }
        if (!errors.isEmpty() || !write) {
            transactions.setRollbackOnly();
            return errors;
        }
        em.flush();
        audit.change("ORGANIZATIONS_IMPORTED", organizations.size() + " organizations", null, null, null);
        return errors;
    }

    private Organization open(NewOrganization n, Map<String, Organization> justOpened) {
        Violations v = new Violations();
        String code = n.code() == null ? null : n.code().strip();
        v.check(code != null && OrganizationRules.CODE.matcher(code).matches(), "code",
                "Mã tổ chức chỉ gồm chữ in hoa không dấu, chữ số và dấu gạch ngang (ví dụ LC-VB-NM), tối đa 64 ký tự.");
        String name = VietnameseText.clean(n.name());
        String nameProblem = vn.ptdv.shared.NameRules.organizationName(name);
        v.check(nameProblem == null, "name", nameProblem);
        v.check(name == null || name.length() <= 300, "name", "Tên tổ chức dài tối đa 300 ký tự.");
        v.check(n.kind() != null, "kind", "Loại tổ chức là bắt buộc (PROVINCIAL_COMMITTEE, UPPER_GRASSROOTS_COMMITTEE, "
                + "GRASSROOTS_COMMITTEE, PARTIAL_COMMITTEE, CELL, GRASSROOTS_CELL).");
        v.check(n.validFrom() != null, "validFrom", "Ngày bắt đầu hiệu lực (validFrom) là bắt buộc.");
        Organization parent = null;
        if (n.kind() != null && n.validFrom() != null) {
            String parentCode = VietnameseText.clean(n.parentCode());
            if (OrganizationRules.isRootKind(n.kind())) {
                v.check(parentCode == null, "parentCode", OrganizationRules.placementMessage(n.kind()) + ".");
            } else if (parentCode == null) {
                v.add("parentCode", "Mã tổ chức cấp trên là bắt buộc: " + OrganizationRules.placementMessage(n.kind()) + ".");
            } else {
                Organization p = justOpened.get(parentCode);
                parent = p != null && p.validOn(n.validFrom()) ? p : entityOn(parentCode, n.validFrom()).orElse(null);
                if (parent == null) {
                    v.add("parentCode", "Không có tổ chức cấp trên mã " + parentCode + " còn hiệu lực vào ngày "
                            + vn.ptdv.shared.VietnameseFormat.date(n.validFrom()) + ".");
                } else if (!OrganizationRules.mayStandUnder(n.kind(), parent.getKind())) {
                    v.add("kind", OrganizationRules.placementMessage(n.kind()) + "; " + parent.getCode() + " là "
                            + parent.getKind().label().toLowerCase(Locale.ROOT) + ".");
                }
            }
        }
        v.throwIfAny();
        if (justOpened.containsKey(code) || overlaps(code, n.validFrom())) {
            throw new ProblemException(ProblemType.CONFLICT, "Mã tổ chức " + code
                    + " đã được dùng cho một tổ chức còn hiệu lực trong cùng thời gian.", Map.of("code", "Mã đã tồn tại"));
        }
        Organization o = new Organization(code, name, n.kind(), parent, n.validFrom());
        em.persist(o);
        o.placeUnder(parent);
        return o;
    }

    /** Corrects the name or kind of the current record (no lineage: use rename for a real change of name). */
    public OrganizationRef update(String code, String name, OrganizationKind kind) {
        Caller caller = access.require(Permission.MANAGE_ORGANIZATIONS);
        Organization o = lockedCurrent(code);
        inScope(caller, o);
        String before = describe(o);
        Violations v = new Violations();
        String clean = VietnameseText.clean(name);
        String nameProblem = vn.ptdv.shared.NameRules.organizationName(clean);
        v.check(nameProblem == null, "name", nameProblem);
        v.check(kind != null, "kind", "Loại tổ chức là bắt buộc.");
        if (kind != null && o.getParentId() != null) {
            Organization parent = em.find(Organization.class, o.getParentId());
            v.check(OrganizationRules.mayStandUnder(kind, parent.getKind()), "kind",
                    OrganizationRules.placementMessage(kind) + ".");
        } else if (kind != null) {
            v.check(OrganizationRules.isRootKind(kind), "kind", OrganizationRules.placementMessage(kind) + ".");
        }
        if (kind != null && kind != o.getKind()) {
            for (Organization child : openChildren(o, LocalDate.now())) {
                v.check(OrganizationRules.mayStandUnder(child.getKind(), kind), "kind",
                        "Không thể đổi loại: tổ chức trực thuộc " + child.getCode() + " không thể đứng dưới " + kind.label().toLowerCase(Locale.ROOT) + ".");
            }
        }
        v.throwIfAny();
        o.rename(clean);
        o.changeKind(kind);
        audit.change("ORGANIZATION_UPDATED", "organization:" + o.getCode(), o.getPath(), before, describe(o));
        return o.toRef();
    }

    /** Closes the record valid on {@code lastDay} and its open descendants; {@code lastDay} is their last valid day. */
    public OrganizationRef close(String code, LocalDate lastDay, String reason) {
        Violations v = new Violations();
        v.check(lastDay != null, "lastDay", "Ngày cuối cùng còn hiệu lực (lastDay) là bắt buộc.");
        v.throwIfAny();
        Caller caller = access.require(Permission.MANAGE_ORGANIZATIONS);
        Organization o = entityOn(code, lastDay).orElseThrow(() -> notFound(code, lastDay));
        inScope(caller, o);
        String before = describe(o);
        em.lock(o, LockModeType.OPTIMISTIC_FORCE_INCREMENT);
        List<Organization> closing = new ArrayList<>();
        closing.add(o);
        closing.addAll(openDescendants(o, lastDay));
        for (Organization d : closing) {
            if (d.getValidFrom().isAfter(lastDay)) {
                throw new ProblemException(ProblemType.UNPROCESSABLE, "Không thể giải thể " + code + " từ ngày này: tổ chức "
                        + d.getCode() + " trực thuộc chỉ có hiệu lực từ " + vn.ptdv.shared.VietnameseFormat.date(d.getValidFrom()) + ".");
            }
        }
        String why = VietnameseText.clean(reason);
        for (Organization d : closing) {
            d.close(lastDay, d == o ? why : "Tổ chức cấp trên " + code + " kết thúc hoạt động");
        }
        audit.change("ORGANIZATION_CLOSED", "organization:" + code, o.getPath(), before, describe(o));
        return o.toRef();
    }

    /**
     * Chuyển trực thuộc: moves the unit (with its open subtree) under another parent from {@code effectiveDate}.
     * Old records end the day before; new records keep the codes; lineage links say where each came from.
     */
    public OrganizationRef reparent(String code, String newParentCode, LocalDate effectiveDate, String note) {
        Violations v = new Violations();
        v.check(effectiveDate != null, "effectiveDate", "Ngày hiệu lực (effectiveDate) là bắt buộc.");
        v.check(VietnameseText.clean(newParentCode) != null, "newParentCode", "Mã tổ chức cấp trên mới là bắt buộc.");
        v.throwIfAny();
        Caller caller = access.require(Permission.MANAGE_ORGANIZATIONS);
        Organization o = entityOn(code, effectiveDate).orElseThrow(() -> notFound(code, effectiveDate));
        inScope(caller, o);
        Organization newParent = entityOn(newParentCode.strip(), effectiveDate).filter(np -> caller.covers(np.getPath()))
                .orElseThrow(() -> new ProblemException(
                ProblemType.VALIDATION, "Không có tổ chức mã " + newParentCode + " còn hiệu lực vào ngày hiệu lực.",
                Map.of("newParentCode", "Không tìm thấy tổ chức cấp trên mới")));
        if (newParent.getPath().startsWith(o.getPath())) {
            throw new ProblemException(ProblemType.VALIDATION, "Không thể chuyển một tổ chức vào dưới chính nó hoặc tổ chức trực thuộc nó.",
                    Map.of("newParentCode", "Tổ chức cấp trên mới nằm trong cây của tổ chức được chuyển"));
        }
        if (!OrganizationRules.mayStandUnder(o.getKind(), newParent.getKind())) {
            throw new ProblemException(ProblemType.VALIDATION, OrganizationRules.placementMessage(o.getKind()) + ".",
                    Map.of("newParentCode", OrganizationRules.placementMessage(o.getKind())));
        }
        if (!o.getValidFrom().isBefore(effectiveDate)) {
            throw new ProblemException(ProblemType.UNPROCESSABLE, "Ngày hiệu lực phải sau ngày bắt đầu hiệu lực của " + code + ".");
        }
        String before = describe(o);
        Organization moved = moveSubtree(o, newParent, effectiveDate, LineageType.REPARENT, note);
        audit.change("ORGANIZATION_REPARENTED", "organization:" + code, moved.getPath(), before, describe(moved));
        return moved.toRef();
    }

    private Organization moveSubtree(Organization o, Organization newParent, LocalDate effectiveDate, LineageType type, String note) {
        List<Organization> subtree = new ArrayList<>();
        subtree.add(o);
        subtree.addAll(openDescendants(o, effectiveDate));
        Map<Long, Organization> successorOf = new HashMap<>();
        Organization top = null;
        for (Organization old : subtree) {
            Organization parent = old == o ? newParent : successorOf.get(old.getParentId());
            old.close(effectiveDate.minusDays(1), type == LineageType.REPARENT ? "Chuyển trực thuộc " + newParent.getCode() : note);
            LocalDate from = old.getValidFrom().isAfter(effectiveDate) ? old.getValidFrom() : effectiveDate;
            Organization moved = new Organization(old.getCode(), old.getName(), old.getKind(), parent, from);
            em.persist(moved);
            moved.placeUnder(parent);
            em.flush(); // no mapped relationship orders the inserts: the successor row must exist before its link
            em.persist(new LineageLink(old.getId(), moved.getId(), type, effectiveDate, note));
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
        Violations v = new Violations();
        v.check(type != null && type != LineageType.REPARENT, "type", "Loại thay đổi phải là MERGE, SPLIT hoặc RENAME (dùng reparent để chuyển trực thuộc).");
        v.check(effectiveDate != null, "effectiveDate", "Ngày hiệu lực (effectiveDate) là bắt buộc.");
        v.check(predecessorCodes != null && !predecessorCodes.isEmpty(), "predecessors", "Cần ít nhất một tổ chức trước thay đổi.");
        v.check(successors != null && !successors.isEmpty(), "successors", "Cần ít nhất một tổ chức sau thay đổi.");
        v.throwIfAny();
        v.check(type != LineageType.MERGE || (predecessorCodes.size() >= 2 && successors.size() == 1), "predecessors",
                "Hợp nhất cần từ hai tổ chức trở lên và đúng một tổ chức mới.");
        v.check(type != LineageType.SPLIT || (predecessorCodes.size() == 1 && successors.size() >= 2), "successors",
                "Chia tách cần đúng một tổ chức và từ hai tổ chức mới trở lên.");
        v.check(type != LineageType.RENAME || (predecessorCodes.size() == 1 && successors.size() == 1), "successors",
                "Đổi tên cần đúng một tổ chức trước và một tổ chức sau.");
        v.throwIfAny();
        Caller caller = access.require(Permission.MANAGE_ORGANIZATIONS);
        LocalDate lastDay = effectiveDate.minusDays(1);
        List<Organization> predecessors = new ArrayList<>();
        for (String c : predecessorCodes) {
            Organization p = entityOn(c.strip(), lastDay).filter(x -> caller.covers(x.getPath())).orElseThrow(() -> new ProblemException(ProblemType.VALIDATION,
                    "Tổ chức " + c + " không còn hiệu lực vào ngày trước ngày hiệu lực.", Map.of("predecessors", "Không tìm thấy " + c)));
            if (p.getValidTo() != null && !p.getValidTo().isBefore(effectiveDate) || p.getValidTo() != null && p.getValidTo().isBefore(lastDay)) {
                throw new ProblemException(ProblemType.UNPROCESSABLE, "Tổ chức " + c + " đã có ngày kết thúc khác.");
            }
            predecessors.add(p);
        }
        List<List<Organization>> childrenToMove = new ArrayList<>();
        for (Organization p : predecessors) {
            List<Organization> children = openChildren(p, effectiveDate);
            if (!children.isEmpty() && successors.size() > 1) {
                throw new ProblemException(ProblemType.UNPROCESSABLE, "Tổ chức " + p.getCode() + " còn " + children.size()
                        + " tổ chức trực thuộc: hãy chuyển trực thuộc hoặc giải thể chúng trước khi chia tách.");
            }
            childrenToMove.add(children);
        }
        for (Organization p : predecessors) {
            p.close(lastDay, note);
        }
        em.flush();
        Map<String, Organization> none = new HashMap<>();
        List<Organization> opened = new ArrayList<>();
        for (NewOrganization s : successors) {
            if (s.parentCode() != null) {
                checkPlacementInScope(caller, s);
            }
            NewOrganization dated = new NewOrganization(s.code(), s.name(), s.kind(),
                    s.parentCode() != null ? s.parentCode() : (type == LineageType.RENAME ? predecessors.get(0).getParentCode() : null),
                    effectiveDate);
            opened.add(open(dated, none));
        }
        em.flush();
        for (Organization p : predecessors) {
            for (Organization s : opened) {
                em.persist(new LineageLink(p.getId(), s.getId(), type, effectiveDate, VietnameseText.clean(note)));
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
                    String.join(",", predecessorCodes), describe(s));
        }
        return opened.stream().map(Organization::toRef).toList();
    }

    /** Records an organisation's own membership figures on a date (replacing figures of the same date). */
    public MembershipFigures recordMembership(String code, LocalDate asOf, int total, int women, int minorities, int probationary) {
        Violations v = new Violations();
        v.check(total >= 0, "total", "Tổng số đảng viên không được âm.");
        v.check(women >= 0 && women <= total, "women", "Số đảng viên nữ phải từ 0 đến tổng số.");
        v.check(minorities >= 0 && minorities <= total, "minorities", "Số đảng viên dân tộc thiểu số phải từ 0 đến tổng số.");
        v.check(probationary >= 0 && probationary <= total, "probationary", "Số đảng viên dự bị phải từ 0 đến tổng số.");
        v.throwIfAny();
        Caller caller = access.require(Permission.WRITE_ADMISSIONS);
        Organization o = entityOn(code, asOf).orElseThrow(() -> notFound(code, asOf));
        inScope(caller, o);
        MembershipStat stat = em.createQuery("SELECT s FROM MembershipStat s WHERE s.organizationId = :id AND s.asOf = :d", MembershipStat.class)
                .setParameter("id", o.getId()).setParameter("d", asOf).getResultList().stream().findFirst()
                .orElseGet(() -> {
                    MembershipStat s = new MembershipStat(o.getId(), asOf);
                    em.persist(s);
                    return s;
                });
        String before = stat.getTotal() + "/" + stat.getWomen() + "/" + stat.getMinorities() + "/" + stat.getProbationary();
        stat.set(total, women, minorities, probationary);
        if (!caller.system()) {
            audit.change("MEMBERSHIP_RECORDED", "organization:" + code + "@" + asOf, o.getPath(), before,
                    total + "/" + women + "/" + minorities + "/" + probationary);
        }
        return new MembershipFigures(total, women, minorities, probationary);
    }

    @Override
    public void recordMemberships(List<MembershipRecord> records) {
        for (MembershipRecord r : records) {
            recordMembership(r.code(), r.asOf(), r.total(), r.women(), r.minorities(), r.probationary());
        }
    }

    @Override
    public void registerIssuers(List<vn.ptdv.organization.api.IssuerDetails> details) {
        issuers.putAll(details);
    }

    // ---------------------------------------------------------------- helpers

    private void inScope(Caller caller, Organization o) {
        if (!caller.covers(o.getPath())) {
            audit.denied(caller.username(), "MANAGE_ORGANIZATION", "outside scope " + caller.scopeCode());
            throw ProblemException.notFound("Không tìm thấy tổ chức đảng có mã " + o.getCode() + ".");
        }
    }

    private List<Organization> records(String code) {
        return em.createNamedQuery(Organization.BY_CODE, Organization.class).setParameter("code", code).getResultList();
    }

    private Optional<Organization> entityOn(String code, LocalDate date) {
        if (code == null || date == null) {
            return Optional.empty();
        }
        return records(code.strip()).stream().filter(o -> o.validOn(date)).findFirst();
    }

    private Optional<Organization> currentOrLatest(String code) {
        if (code == null) {
            return Optional.empty();
        }
        List<Organization> all = records(code.strip());
        LocalDate today = LocalDate.now();
        return all.stream().filter(o -> o.validOn(today)).findFirst()
                .or(() -> all.isEmpty() ? Optional.empty() : Optional.of(all.get(all.size() - 1)));
    }

    private Organization lockedCurrent(String code) {
        Organization o = currentOrLatest(code).orElseThrow(() -> ProblemException.notFound("Không tìm thấy tổ chức đảng có mã " + code + "."));
        em.lock(o, LockModeType.OPTIMISTIC_FORCE_INCREMENT);
        return o;
    }

    private boolean overlaps(String code, LocalDate from) {
        return records(code).stream().anyMatch(o -> o.getValidTo() == null || !o.getValidTo().isBefore(from));
    }

    private List<Organization> openDescendants(Organization o, LocalDate date) {
        return em.createNamedQuery(Organization.OPEN_DESCENDANTS, Organization.class)
                .setParameter("pattern", o.getPath() + "%").setParameter("id", o.getId()).setParameter("date", date)
                .getResultList();
    }

    private List<Organization> openChildren(Organization o, LocalDate date) {
        return openDescendants(o, date).stream().filter(d -> o.getId().equals(d.getParentId())).toList();
    }

    private static ProblemException notFound(String code, LocalDate date) {
        return ProblemException.notFound("Không tìm thấy tổ chức đảng có mã " + code + " còn hiệu lực vào ngày "
                + vn.ptdv.shared.VietnameseFormat.date(date) + ".");
    }

    private static long num(Object o) {
        return o == null ? 0 : ((Number) o).longValue();
    }
}
