package vn.ptdv.admission.control;

import java.time.LocalDate;
import java.util.HashMap;
import java.util.List;
import java.util.Locale;
import java.util.Map;
import java.util.function.IntFunction;
import java.util.function.Predicate;
import vn.ptdv.admission.control.AdmissionRepository.NumberOwner;
import vn.ptdv.admission.control.AdmissionRepository.Person;
import vn.ptdv.shared.VietnameseText;

/**
 * Duplicates in one import of admissions: a decision number given on an earlier row or carried by a stored active
 * admission, and the same person (name without case and diacritics, birth date, organisation code) as an earlier row or
 * a stored active admission. Only stored admissions in the caller's scope are seen: one outside it is no duplicate, so
 * that an import cannot tell whether a person or a number exists in another subtree (issue #15). Remembers the rows it
 * has seen; pure (the stored ones are given).
 */
final class AdmissionDuplicates {

    private final Map<String, Long> numbersInUse = new HashMap<>();
    private final Map<String, Long> storedPersons = new HashMap<>();
    private final IntFunction<String> rowName;
    private final Map<String, Integer> fileNumbers = new HashMap<>();
    private final Map<String, Integer> filePersons = new HashMap<>();

    /**
     * @param numbersInUse the stored active admissions of the decision numbers the import names
     * @param persons      the stored active admissions of the organisations the import names
     * @param inScope      whether the caller's scope covers an organisation path (the stored ones outside are not seen)
     * @param rowName      names the i-th row for messages ("dòng 12")
     */
    AdmissionDuplicates(List<NumberOwner> numbersInUse, List<Person> persons, Predicate<String> inScope,
                        IntFunction<String> rowName) {
        this.rowName = rowName;
        numbersInUse.stream().filter(o -> inScope.test(o.orgPath()))
                .forEach(o -> this.numbersInUse.putIfAbsent(o.decisionNumber(), o.admissionId()));
        for (Person p : persons) {
            if (!inScope.test(p.orgPath())) {
                continue;
            }
            String key = personKey(p.fullName(), p.birthDate(), p.organizationCode());
            if (key != null) {
                storedPersons.putIfAbsent(key, p.admissionId());
            }
        }
    }

    /** Same person: name folded (no case, no diacritics), birth date, organisation code; null when one is missing. */
    static String personKey(String fullName, LocalDate birthDate, String organizationCode) {
        String name = VietnameseText.clean(fullName);
        if (name == null || birthDate == null || organizationCode == null || organizationCode.isBlank()) {
            return null;
        }
        return VietnameseText.fold(name) + "|" + birthDate + "|" + organizationCode.strip().toUpperCase(Locale.ROOT);
    }

    /** Why the row's (cleaned) decision number is taken, or null; the first row of a number keeps it. */
    String numberProblem(int row, String number) {
        Integer first = fileNumbers.putIfAbsent(number, row);
        if (first != null) {
            return "Số quyết định " + number + " trùng với " + rowName.apply(first) + ".";
        }
        Long owner = numbersInUse.get(number);
        return owner == null ? null : "Số quyết định " + number + " đã được dùng cho hồ sơ kết nạp số " + owner + ".";
    }

    /** Why the row's person is already admitted, or null (also when the person is not fully given). */
    String personProblem(int row, String fullName, LocalDate birthDate, String organizationCode) {
        String person = personKey(fullName, birthDate, organizationCode);
        if (person == null) {
            return null;
        }
        Integer first = filePersons.putIfAbsent(person, row);
        if (first != null) {
            return "Trùng người với " + rowName.apply(first) + " (cùng họ và tên, ngày sinh và tổ chức đảng).";
        }
        Long stored = storedPersons.get(person);
        return stored == null ? null : "Đã có hồ sơ kết nạp số " + stored + " cùng họ và tên, ngày sinh và tổ chức đảng.";
    }
}
