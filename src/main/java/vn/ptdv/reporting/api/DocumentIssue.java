package vn.ptdv.reporting.api;

import java.time.LocalDate;
import java.util.Objects;
import vn.ptdv.shared.VietnameseText;

/**
 * Số và ngày ban hành: the number and date under which an official document is issued (docs/domain.md §4.1). A
 * render request that carries one prints "Số 57-BC/BTCTU" and "Lào Cai, ngày 24 tháng 01 năm 2024" in the letterhead
 * instead of the blanks that clerks otherwise fill in by hand ({@link ReportRequest#issued(DocumentIssue)}).
 *
 * @param number   the number as registered: digits only ("57"), then the letterhead adds its ký hiệu
 *                 ("57-BC/BTCTU"); or the whole số và ký hiệu ("146-HD/BTGTU"), printed as it is
 * @param issuedOn ngày ban hành
 */
public record DocumentIssue(String number, LocalDate issuedOn) {

    public DocumentIssue {
        number = VietnameseText.clean(number);
        if (number == null || number.contains("\n")) {
            throw new IllegalArgumentException("number is required, on one line");
        }
        if (number.matches("\\d+") && Long.parseLong(number) < 1) {
            throw new IllegalArgumentException("number must be positive");
        }
        Objects.requireNonNull(issuedOn, "issuedOn");
    }

    /** "57" with the symbol "BC/BTCTU" → "57-BC/BTCTU"; a number that carries its symbol stays as it is. */
    public String numberWith(String symbol) {
        return number.matches("\\d+") ? number + "-" + symbol : number;
    }
}
