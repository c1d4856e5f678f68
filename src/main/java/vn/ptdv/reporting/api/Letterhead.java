package vn.ptdv.reporting.api;

import java.time.LocalDate;
import java.util.List;
import java.util.Objects;
import vn.ptdv.shared.VietnameseFormat;
import vn.ptdv.shared.VietnameseText;

/**
 * Thể thức văn bản của Đảng: the layout data that every official party document prints around its content
 * (Hướng dẫn 36-HD/VPTW, domain.md §4). The engine turns it into the header (letterhead) and the footer
 * (nơi nhận + chữ ký); all formatting happens here, in Java, where it is tested.
 *
 * @param superiorBody     tên cơ quan cấp trên trực tiếp, e.g. "ĐẢNG BỘ TỈNH LÀO CAI"; null at the top level
 * @param issuingBody      tên cơ quan ban hành, one line per list item: {@code List.of("TỈNH ỦY LÀO CAI")}, or for a
 *                         department {@code List.of("TỈNH ỦY LÀO CAI", "BAN TỔ CHỨC")}
 * @param number           số văn bản; null leaves a blank to be filled by hand ("Số      -BC/BTCTU")
 * @param documentSymbol   ký hiệu, e.g. "BC/BTCTU" (type abbreviation / issuer abbreviation)
 * @param place            địa danh, e.g. "Lào Cai"; null when unknown: the date line then starts with "Ngày"
 * @param date             ngày ban hành; null prints blanks for day and month, to be filled in by hand
 *                         ("Lào Cai, ngày      tháng      năm 2025", with the current year)
 * @param documentType     tên loại văn bản, e.g. "BÁO CÁO", "HƯỚNG DẪN", "TỜ TRÌNH"
 * @param title            trích yếu nội dung, e.g. "Kết quả công tác phát triển đảng viên năm 2024"
 * @param signature        quyền hạn, chức vụ và họ tên người ký
 * @param recipients       nơi nhận, printed as "- …" items; the last one is usually "Lưu Văn phòng"
 * @param confidentiality  dấu chỉ mức độ mật, e.g. "MẬT"; null for ordinary documents
 */
public record Letterhead(String superiorBody, List<String> issuingBody, Integer number, String documentSymbol,
                         String place, LocalDate date, String documentType, String title, Signature signature,
                         List<String> recipients, String confidentiality) {

    /** The blank left for a hand-written number: six spaces, as on the printed forms. */
    static final String NUMBER_BLANK = "      ";

    public Letterhead {
        superiorBody = VietnameseText.clean(superiorBody);
        issuingBody = cleanList(issuingBody);
        if (issuingBody.isEmpty()) {
            throw new IllegalArgumentException("issuingBody is required");
        }
        if (number != null && number < 1) {
            throw new IllegalArgumentException("number must be positive");
        }
        documentSymbol = Objects.requireNonNull(VietnameseText.clean(documentSymbol), "documentSymbol");
        place = VietnameseText.clean(place);
        documentType = VietnameseText.clean(documentType);
        title = VietnameseText.clean(title);
        signature = signature == null ? new Signature(null, null, null) : signature;
        recipients = cleanList(recipients);
        confidentiality = VietnameseText.clean(confidentiality);
    }

    /** A document without a confidentiality mark. */
    public Letterhead(String superiorBody, List<String> issuingBody, Integer number, String documentSymbol,
                      String place, LocalDate date, String documentType, String title, Signature signature,
                      List<String> recipients) {
        this(superiorBody, issuingBody, number, documentSymbol, place, date, documentType, title, signature,
                recipients, null);
    }

    private static List<String> cleanList(List<String> values) {
        return values == null ? List.of()
                : values.stream().map(VietnameseText::clean).filter(Objects::nonNull).toList();
    }

    /** "Số 57-BC/BTCTU", or "Số      -BC/BTCTU" when the number is to be filled in by hand. */
    public String numberLine() {
        return "Số" + (number == null ? NUMBER_BLANK : " " + number) + "-" + documentSymbol;
    }

    /** "Lào Cai, ngày 31 tháng 12 năm 2024"; with blanks for day and month when no date is set yet. */
    public String placeAndDateLine() {
        String dateLine = date == null ? "ngày      tháng      năm " + LocalDate.now().getYear()
                : VietnameseFormat.placeAndDate("", date).substring(", ".length());
        // without a place the line is "Ngày 31 tháng 12 năm 2024"
        return place == null ? "N" + dateLine.substring(1) : place + ", " + dateLine;
    }

    /** The issuing body, one line per element, joined by line breaks. */
    public String issuingBodyText() {
        return String.join("\n", issuingBody);
    }

    /** The recipient lines "- …", one per recipient, joined by line breaks. */
    public String recipientsText() {
        return String.join("\n", recipients.stream().map(r -> r.startsWith("-") ? r : "- " + r).toList());
    }
}
