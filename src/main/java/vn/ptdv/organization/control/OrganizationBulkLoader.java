package vn.ptdv.organization.control;

import jakarta.annotation.Resource;
import jakarta.enterprise.context.ApplicationScoped;
import jakarta.inject.Inject;
import jakarta.transaction.Transactional;
import java.sql.Connection;
import java.sql.SQLException;
import java.util.LinkedHashSet;
import java.util.List;
import java.util.Map;
import java.util.Set;
import java.util.stream.Collectors;
import javax.sql.DataSource;
import vn.ptdv.organization.api.OrganizationBulkLoad;
import vn.ptdv.organization.api.OrganizationRef;
import vn.ptdv.organization.api.OrganizationRegistry.MembershipRecord;
import vn.ptdv.organization.entity.Organization;
import vn.ptdv.platform.audit.AuditLog;
import vn.ptdv.platform.persistence.PtdvDataSource;
import vn.ptdv.platform.rest.ProblemException;
import vn.ptdv.platform.rest.ProblemType;
import vn.ptdv.platform.security.Access;
import vn.ptdv.platform.security.Permission;
import vn.ptdv.shared.BulkInserts;
import vn.ptdv.shared.VietnameseText;

/**
 * {@link OrganizationBulkLoad}: the records a call names are read once (one query per 500 codes), the rows planned and
 * checked in memory ({@link OrganizationTables}), then written with JDBC batches on the transaction's connection.
 */
@ApplicationScoped
@Transactional(Transactional.TxType.MANDATORY)
public class OrganizationBulkLoader implements OrganizationBulkLoad {

    @Resource(lookup = PtdvDataSource.JNDI)
    DataSource dataSource;

    @Inject
    OrganizationRepository tree;

    @Inject
    Access access;

    @Inject
    AuditLog audit;

    @Override
    public List<OrganizationRef> insertOrganizations(List<OrganizationRow> rows) {
        requireSystem();
        // a loader's transaction: the persistence context writes at commit or on flush only, as createAll does
        tree.flushAtCommit();
        Set<String> codes = new LinkedHashSet<>();
        rows.forEach(r -> {
            codes.add(VietnameseText.clean(r.code()));
            codes.add(VietnameseText.clean(r.parentCode()));
        });
        codes.remove(null);
        Map<String, List<OrganizationRef>> stored = stored(codes);
        try (Connection c = dataSource.getConnection()) {
            List<OrganizationRef> planned = OrganizationTables.plan(rows, stored,
                    BulkInserts.reserveIds(c, "organization", rows.size()));
            OrganizationTables.insertOrganizations(c, planned);
            audit.change("ORGANIZATIONS_BULK_LOADED", planned.size() + " organizations", null, null, null);
            return planned;
        } catch (SQLException e) {
            throw new IllegalStateException("Inserting " + rows.size() + " organisations failed", e);
        }
    }

    @Override
    public void insertMemberships(List<MembershipRecord> figures) {
        requireSystem();
        Set<String> codes = figures.stream().map(f -> VietnameseText.clean(f.code()))
                .filter(java.util.Objects::nonNull).collect(Collectors.toCollection(LinkedHashSet::new));
        List<OrganizationTables.Figures> planned = OrganizationTables.planMemberships(figures, stored(codes));
        try (Connection c = dataSource.getConnection()) {
            OrganizationTables.insertMemberships(c, planned, BulkInserts.reserveIds(c, "membership_stat", planned.size()));
            audit.change("MEMBERSHIPS_BULK_LOADED", planned.size() + " membership figures", null, null, null);
        } catch (SQLException e) {
            throw new IllegalStateException("Inserting " + figures.size() + " membership figures failed", e);
        }
    }

    @Override
    public void insertLineage(List<LineageRow> links) {
        requireSystem();
        Set<String> codes = new LinkedHashSet<>();
        links.forEach(l -> {
            codes.add(VietnameseText.clean(l.predecessorCode()));
            codes.add(VietnameseText.clean(l.successorCode()));
        });
        codes.remove(null);
        List<OrganizationTables.Link> planned = OrganizationTables.planLineage(links, stored(codes));
        try (Connection c = dataSource.getConnection()) {
            OrganizationTables.insertLineage(c, planned, BulkInserts.reserveIds(c, "organization_lineage", planned.size()));
            audit.change("LINEAGE_BULK_LOADED", planned.size() + " lineage links", null, null, null);
        } catch (SQLException e) {
            throw new IllegalStateException("Inserting " + links.size() + " lineage links failed", e);
        }
    }

    /** The stored records of the codes, after writing what this transaction holds in the persistence context. */
    private Map<String, List<OrganizationRef>> stored(Set<String> codes) {
        tree.flush();
        Map<String, List<OrganizationRef>> stored = new java.util.HashMap<>();
        tree.records(codes).forEach((code, records) -> stored.put(code, records.stream().map(Organization::toRef).toList()));
        return stored;
    }

    private void requireSystem() {
        if (!access.require(Permission.MANAGE_ORGANIZATIONS).system()) {
            throw new ProblemException(ProblemType.FORBIDDEN, "Chỉ các bộ nạp dữ liệu của hệ thống được nạp hàng loạt.");
        }
    }
}
