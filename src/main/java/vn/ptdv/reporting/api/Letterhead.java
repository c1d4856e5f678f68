package vn.ptdv.reporting.api;

import java.time.LocalDate;
import java.util.List;
import java.util.Objects;
import vn.ptdv.shared.VietnameseFormat;
import vn.ptdv.shared.VietnameseText;

/**
 * Thể thức văn bản của Đảng: the layout data that every official party document prints around its content
 * (Hướng dẫn 36-HD/VPTW, docs/domain.md §4). The engine turns it into the header (letterhead) and the footer
 * (nơi nhận + chữ ký); all formatting happens here, in Java, where it is tested. Made by {@link #of}, the one
 * factory of letterheads.
 *
 * @param issuer          cơ quan ban hành, its ký hiệu, địa danh, người ký and nơi nhận
 * @param type            tên loại văn bản ("BÁO CÁO") and its abbreviation in the ký hiệu ("BC")
 * @param title           trích yếu nội dung, e.g. "Kết quả công tác phát triển đảng viên năm 2024"; may be null
 * @param confidentiality dấu chỉ mức độ mật, e.g. "MẬT"; null for ordinary documents
 * @param issue           số và ngày ban hành; null leaves both blank, to be filled in by hand
 *                        ("Số      -BC/BTCTU", "Lào Cai, ngày      tháng      năm 2026" with the current year)
 */
public record Letterhead(Issuer issuer, DocumentType type, String title, String confidentiality, DocumentIssue issue) {

    /** The blank left for a hand-written number: six spaces, as on the printed forms. */
    static final String NUMBER_BLANK = "      ";

    public Letterhead {
        Objects.requireNonNull(issuer, "issuer");
        Objects.requireNonNull(type, "type");
        title = VietnameseText.clean(title);
        confidentiality = VietnameseText.clean(confidentiality);
    }

    /** An ordinary document of the issuer, not yet numbered nor dated. */
    public static Letterhead of(Issuer issuer, DocumentType type, String title) {
        return new Letterhead(issuer, type, title, null, null);
    }

    /** The same document numbered and dated as issued. */
    public Letterhead issued(DocumentIssue documentIssue) {
        return new Letterhead(issuer, type, title, confidentiality, documentIssue);
    }

    /** The same document under another trích yếu (a corrected document names the one it replaces there). */
    public Letterhead titled(String newTitle) {
        return new Letterhead(issuer, type, newTitle, confidentiality, issue);
    }

    /** The same document with a confidentiality mark ("MẬT"). */
    public Letterhead confidential(String mark) {
        return new Letterhead(issuer, type, title, mark, issue);
    }

    public String superiorBody() {
        return issuer.superiorBody();
    }

    public List<String> issuingBody() {
        return issuer.issuingBody();
    }

    public String place() {
        return issuer.place();
    }

    public Signature signature() {
        return issuer.signature();
    }

    public List<String> recipients() {
        return issuer.recipients();
    }

    /** "BÁO CÁO". */
    public String documentType() {
        return type.title();
    }

    /** Ký hiệu: type abbreviation / issuer abbreviation, "BC/BTCTU". */
    public String documentSymbol() {
        return type.abbreviation() + "/" + issuer.symbol();
    }

    /** "Số 57-BC/BTCTU", or "Số      -BC/BTCTU" when the number is to be filled in by hand. */
    public String numberLine() {
        return issue == null ? "Số" + NUMBER_BLANK + "-" + documentSymbol() : "Số " + issue.numberWith(documentSymbol());
    }

    /** "Lào Cai, ngày 31 tháng 12 năm 2024"; with blanks for day and month when the document is not issued yet. */
    public String placeAndDateLine() {
        String dateLine = issue == null ? "ngày      tháng      năm " + LocalDate.now().getYear()
                : VietnameseFormat.placeAndDate("", issue.issuedOn()).substring(", ".length());
        // without a place the line is "Ngày 31 tháng 12 năm 2024"
        return place() == null ? "N" + dateLine.substring(1) : place() + ", " + dateLine;
    }

    /**
     * The line under the title of an appendix: "(Kèm theo Tờ trình số 57-TTr/BTCTU ngày 24/01/2024)", with the blank
     * number and without a date while the document is not issued.
     */
    public String attachmentLine() {
        String name = type.title().toLowerCase(VietnameseText.VI_VN);
        return "(Kèm theo " + Character.toUpperCase(name.charAt(0)) + name.substring(1) + " s" + numberLine().substring(1)
                + (issue == null ? "" : " ngày " + VietnameseFormat.date(issue.issuedOn())) + ")";
    }

    /** The issuing body, one line per element, joined by line breaks. */
    public String issuingBodyText() {
        return String.join("\n", issuingBody());
    }

    /** The recipient lines "- …", one per recipient, joined by line breaks. */
    public String recipientsText() {
        return String.join("\n", recipients().stream().map(r -> r.startsWith("-") ? r : "- " + r).toList());
    }
}
