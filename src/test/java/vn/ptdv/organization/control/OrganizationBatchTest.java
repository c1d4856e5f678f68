package vn.ptdv.organization.control;

import static org.junit.jupiter.api.Assertions.assertArrayEquals;
import static org.junit.jupiter.api.Assertions.assertEquals;

import java.time.LocalDate;
import java.util.List;
import java.util.Map;
import org.junit.jupiter.api.Test;
import vn.ptdv.organization.api.NewOrganization;
import vn.ptdv.organization.api.OrganizationKind;

class OrganizationBatchTest {

    private static NewOrganization row(String code, String parent) {
        return new NewOrganization(code, "Tên " + code, OrganizationKind.CELL, parent, LocalDate.of(2025, 1, 1));
    }

    @Test
    void aCodeGivenAgainIsAnErrorOfTheLaterRow() {
        Map<Integer, String> errors = OrganizationBatch.repeatedCodes(
                List.of(row("A", null), row("B", "A"), row(" A ", null), row(null, null)), i -> "dòng " + (i + 2));
        assertEquals(Map.of(2, "Mã tổ chức A trùng với dòng 2."), errors);
    }

    @Test
    void parentsOfTheBatchComeBeforeTheirChildrenWhateverTheRowOrder() {
        // C under B under A, given child first; D's parent is stored, not in the batch
        List<NewOrganization> rows = List.of(row("C", "B"), row("D", "LC"), row("B", "A"), row("A", "LC"));
        int[] levels = OrganizationBatch.levels(rows);
        assertArrayEquals(new int[] {2, 0, 1, 0}, levels);
        assertEquals(List.of(1, 3, 2, 0), OrganizationBatch.parentsFirst(levels));
    }

    @Test
    void aCycleOfParentCodesEndsAtTheDepthLimit() {
        int[] levels = OrganizationBatch.levels(List.of(row("A", "B"), row("B", "A")));
        assertArrayEquals(new int[] {OrganizationBatch.MAX_DEPTH, OrganizationBatch.MAX_DEPTH}, levels);
    }
}
