package vn.ptdv.admission.control;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertFalse;
import static org.junit.jupiter.api.Assertions.assertNull;

import java.time.LocalDate;
import java.util.List;
import org.junit.jupiter.api.Test;
import vn.ptdv.admission.control.AdmissionRepository.NumberOwner;
import vn.ptdv.admission.control.AdmissionRepository.Person;

/** An import's duplicates: a decision number or a person given twice, or already admitted. */
class AdmissionDuplicatesTest {

    private static final LocalDate BORN = LocalDate.of(1998, 4, 12);

    private static AdmissionDuplicates duplicates() {
        return new AdmissionDuplicates(List.of(new NumberOwner("7-QĐ/ĐU", 41L, "/LC/LC-BT/"),
                new NumberOwner("9-QĐ/ĐU", 43L, "/LC/LC-VB/")),
                List.of(new Person(42, "Giàng Thị Mai", BORN, "LC-BT-XA-T1", "/LC/LC-BT/LC-BT-XA/LC-BT-XA-T1/"),
                        new Person(44, "Lý Văn Tả", BORN, "LC-BT-XA-T1", "/LC/LC-VB/LC-BT-XA-T1/")),
                path -> path.startsWith("/LC/LC-BT/"), i -> "dòng " + (i + 2));
    }

    @Test
    void storedAdmissionsOutsideTheCallersScopeAreNotSeen() {
        AdmissionDuplicates d = duplicates();
        assertNull(d.numberProblem(0, "9-QĐ/ĐU"), "a number used only in another subtree is no duplicate");
        assertNull(d.personProblem(1, "Lý Văn Tả", BORN, "LC-BT-XA-T1"), "an admission of a re-parented record elsewhere");
        String again = d.numberProblem(2, "9-QĐ/ĐU");
        assertEquals("Số quyết định 9-QĐ/ĐU trùng với dòng 2.", again, "the import's own rows still count");
        assertFalse(again.contains("43"));
    }

    @Test
    void aDecisionNumberIsTakenByAnEarlierRowOrAStoredAdmission() {
        AdmissionDuplicates d = duplicates();
        assertNull(d.numberProblem(0, "1-QĐ/ĐU"));
        assertEquals("Số quyết định 1-QĐ/ĐU trùng với dòng 2.", d.numberProblem(3, "1-QĐ/ĐU"));
        assertEquals("Số quyết định 7-QĐ/ĐU đã được dùng cho hồ sơ kết nạp số 41.", d.numberProblem(4, "7-QĐ/ĐU"));
    }

    @Test
    void thePersonIsTheFoldedNameBirthDateAndOrganisation() {
        assertEquals("giang thi mai|1998-04-12|LC-BT-XA-T1",
                AdmissionDuplicates.personKey(" GIÀNG thị Mai ", BORN, " lc-bt-xa-t1"));
        assertNull(AdmissionDuplicates.personKey("Giàng Thị Mai", null, "LC-BT-XA-T1"));
        assertNull(AdmissionDuplicates.personKey("Giàng Thị Mai", BORN, " "));
    }

    @Test
    void aPersonIsAlreadyAdmittedByAnEarlierRowOrAStoredAdmission() {
        AdmissionDuplicates d = duplicates();
        assertEquals("Đã có hồ sơ kết nạp số 42 cùng họ và tên, ngày sinh và tổ chức đảng.",
                d.personProblem(0, "Giang Thi Mai", BORN, "LC-BT-XA-T1"));
        assertNull(d.personProblem(1, "Lò Văn Sáng", BORN, "LC-BT-XA-T1"));
        assertNull(d.personProblem(2, "Lò Văn Sáng", BORN.plusDays(1), "LC-BT-XA-T1"), "another birth date: another person");
        assertEquals("Trùng người với dòng 3 (cùng họ và tên, ngày sinh và tổ chức đảng).",
                d.personProblem(5, "LÒ VĂN SÁNG", BORN, "LC-BT-XA-T1"));
        assertNull(d.personProblem(6, null, BORN, "LC-BT-XA-T1"), "an incomplete person is not compared");
    }
}
