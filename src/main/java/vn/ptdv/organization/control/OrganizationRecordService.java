package vn.ptdv.organization.control;

import jakarta.enterprise.context.ApplicationScoped;
import jakarta.inject.Inject;
import jakarta.transaction.TransactionSynchronizationRegistry;
import jakarta.transaction.Transactional;
import java.time.LocalDate;
import java.util.ArrayList;
import java.util.HashMap;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import java.util.function.IntFunction;
import vn.ptdv.organization.api.NewOrganization;
import vn.ptdv.organization.api.OrganizationKind;
import vn.ptdv.organization.api.OrganizationRef;
import vn.ptdv.organization.entity.Organization;
import vn.ptdv.platform.audit.AuditLog;
import vn.ptdv.platform.rest.ProblemException;
import vn.ptdv.platform.rest.Violations;
import vn.ptdv.platform.security.Access;
import vn.ptdv.platform.security.Caller;
import vn.ptdv.platform.security.Permission;
import vn.ptdv.shared.NameRules;
import vn.ptdv.shared.VietnameseText;

/**
 * Records of the tree as a user changes them: thành lập (open), nhập từ bảng tính (import), đính chính (correct the
 * name or kind), giải thể (close). Every change needs MANAGE_ORGANIZATIONS and the caller's scope, and is audited.
 */
@ApplicationScoped
@Transactional
public class OrganizationRecordService {

    @jakarta.annotation.Resource
    TransactionSynchronizationRegistry transactions;

    @Inject
    OrganizationRepository tree;

    @Inject
    OrganizationWriter writer;

    @Inject
    Access access;

    @Inject
    AuditLog audit;

    /** Opens a new organisation record. */
    public OrganizationRef create(NewOrganization request) {
        Caller caller = access.require(Permission.MANAGE_ORGANIZATIONS);
        writer.checkPlacementInScope(caller, request);
        Organization o = writer.open(request, new HashMap<>());
        audit.change("ORGANIZATION_CREATED", "organization:" + o.getCode(), o.getPath(), null, OrganizationWriter.describe(o));
        return o.toRef();
    }

    /**
     * Imports organisations (a spreadsheet): each row is opened as {@link #create} opens it, parents before children
     * (a parent may be a row of the same file), a code twice in the file is an error. Every row is tried inside this
     * transaction; when a row has an error, or not {@code write}, the transaction is rolled back and nothing stays.
     * Returns the errors: index → field → message.
     */
    public Map<Integer, Map<String, String>> importAll(List<NewOrganization> organizations, IntFunction<String> rowName,
                                                      boolean write) {
        Caller caller = access.require(Permission.MANAGE_ORGANIZATIONS);
        tree.flushAtCommit();
        Map<Integer, Map<String, String>> errors = new java.util.TreeMap<>();
        OrganizationBatch.repeatedCodes(organizations, rowName).forEach((i, message) -> errors.put(i, Map.of("code", message)));
        int[] levels = OrganizationBatch.levels(organizations);
        Map<String, Organization> opened = new HashMap<>();
        int current = -1;
        for (int i : OrganizationBatch.parentsFirst(levels)) {
            if (errors.containsKey(i)) {
                continue;
            }
            if (levels[i] != current) {
                tree.flush(); // parents are written before their children (no mapped relationship orders the inserts)
                current = levels[i];
            }
            try {
                writer.checkPlacementInScope(caller, organizations.get(i));
                Organization o = writer.open(organizations.get(i), opened);
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
        tree.flush();
        audit.change("ORGANIZATIONS_IMPORTED", organizations.size() + " organizations", null, null, null);
        return errors;
    }

    /** Corrects the name or kind of the current record (no lineage: use rename for a real change of name). */
    public OrganizationRef update(String code, String name, OrganizationKind kind) {
        Caller caller = access.require(Permission.MANAGE_ORGANIZATIONS);
        Organization o = tree.currentOrLatest(code).orElseThrow(() -> OrganizationProblems.notFound(code));
        tree.lock(o);
        writer.inScope(caller, o);
        String before = OrganizationWriter.describe(o);
        Violations v = new Violations();
        String clean = VietnameseText.clean(name);
        String nameProblem = NameRules.organizationName(clean);
        v.check(nameProblem == null, "name", nameProblem);
        v.check(kind != null, "kind", "Loại tổ chức là bắt buộc.");
        OrganizationKind parentKind = o.getParentId() == null ? null
                : tree.find(o.getParentId()).map(Organization::getKind).orElseThrow();
        Map<String, OrganizationKind> openUnits = new LinkedHashMap<>();
        if (kind != null && kind != o.getKind()) {
            tree.openChildren(o, LocalDate.now()).forEach(c -> openUnits.put(c.getCode(), c.getKind()));
        }
        OrganizationRules.checkKind(v, kind, o.getKind(), parentKind, openUnits);
        v.throwIfAny();
        o.rename(clean);
        o.changeKind(kind);
        audit.change("ORGANIZATION_UPDATED", "organization:" + o.getCode(), o.getPath(), before, OrganizationWriter.describe(o));
        return o.toRef();
    }

    /** Closes the record valid on {@code lastDay} and its open descendants; {@code lastDay} is their last valid day. */
    public OrganizationRef close(String code, LocalDate lastDay, String reason) {
        TransitionRules.checkClosing(lastDay);
        Caller caller = access.require(Permission.MANAGE_ORGANIZATIONS);
        Organization o = tree.validOn(code, lastDay).orElseThrow(() -> OrganizationProblems.notFound(code, lastDay));
        writer.inScope(caller, o);
        String before = OrganizationWriter.describe(o);
        tree.lock(o);
        List<Organization> closing = new ArrayList<>();
        closing.add(o);
        closing.addAll(tree.openDescendants(o, lastDay));
        for (Organization d : closing) {
            TransitionRules.checkClosable(code, lastDay, d.getCode(), d.getValidFrom());
        }
        String why = VietnameseText.clean(reason);
        for (Organization d : closing) {
            d.close(lastDay, d == o ? why : "Tổ chức cấp trên " + code + " kết thúc hoạt động");
        }
        audit.change("ORGANIZATION_CLOSED", "organization:" + code, o.getPath(), before, OrganizationWriter.describe(o));
        return o.toRef();
    }
}
