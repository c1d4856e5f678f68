package vn.ptdv.organization.control;

import static org.junit.jupiter.api.Assertions.assertEquals;

import java.time.LocalDate;
import java.util.List;
import org.junit.jupiter.api.Test;
import vn.ptdv.organization.api.OrganizationKind;
import vn.ptdv.organization.api.OrganizationRef;
import vn.ptdv.testing.Jpa;
import vn.ptdv.testing.JpaTest;
import vn.ptdv.testing.Rows;

/**
 * What a user scoped to a code covers after a reorganisation: the code's records and every record that became one of
 * them (transitively), never a sibling that went elsewhere; the code's newest record last (the audit path).
 */
@JpaTest
class OrganizationScopesTest {

    private static final LocalDate END = LocalDate.of(2025, 6, 30);
    private static final LocalDate START = LocalDate.of(2025, 7, 1);

    @Test
    void aMergedProvinceCoversItsPredecessorsAndACommuneOnlyWhatMergedIntoIt(Jpa jpa) {
        Rows rows = jpa.rows();
        OrganizationRef a = rows.organization("SA", "Đảng bộ tỉnh A", OrganizationKind.PROVINCIAL_COMMITTEE, null, LocalDate.of(2015, 1, 1), END);
        OrganizationRef b = rows.organization("SB", "Đảng bộ tỉnh B", OrganizationKind.PROVINCIAL_COMMITTEE, null, LocalDate.of(2015, 1, 1), END);
        OrganizationRef x = rows.organization("SB-X", "Đảng bộ xã X", OrganizationKind.GRASSROOTS_COMMITTEE, b, LocalDate.of(2015, 1, 1), END);
        OrganizationRef y = rows.organization("SB-Y", "Đảng bộ xã Y", OrganizationKind.GRASSROOTS_COMMITTEE, b, LocalDate.of(2015, 1, 1), END);
        OrganizationRef z = rows.organization("SB-Z", "Đảng bộ xã Z", OrganizationKind.GRASSROOTS_COMMITTEE, b, LocalDate.of(2015, 1, 1), END);
        OrganizationRef merged = rows.organization("SA", "Đảng bộ tỉnh A mới", OrganizationKind.PROVINCIAL_COMMITTEE, null, START, null);
        OrganizationRef commune = rows.organization("SA-XY", "Đảng ủy xã XY", OrganizationKind.GRASSROOTS_COMMITTEE, merged, START, null);
        OrganizationRef other = rows.organization("SA-Z", "Đảng ủy xã Z mới", OrganizationKind.GRASSROOTS_COMMITTEE, merged, START, null);
        link(rows, a, merged);
        link(rows, b, merged);
        link(rows, x, commune);
        link(rows, y, commune);
        link(rows, z, other);
        OrganizationScopes scopes = jpa.bean(OrganizationScopes.class, jpa.bean(OrganizationRepository.class));

        assertEquals(List.of(b.path(), a.path(), merged.path()), scopes.scopePathsOf("SA"));
        assertEquals(List.of(x.path(), y.path(), commune.path()), scopes.scopePathsOf("SA-XY"));
        // no reorganisation behind a code: its own records only, as pathsOf
        assertEquals(scopes.pathsOf("SB-Z"), scopes.scopePathsOf("SB-Z"));
        assertEquals(List.of(), scopes.scopePathsOf("NO-SUCH"));
    }

    private static void link(Rows rows, OrganizationRef from, OrganizationRef to) {
        rows.insert("org_lineage", "predecessor_id", from.id(), "successor_id", to.id(), "change_type", "MERGE",
                "effective_date", START);
    }
}
