package vn.ptdv.reporting.api;

import java.util.List;
import java.util.Objects;
import vn.ptdv.shared.VietnameseText;

/**
 * Cơ quan ban hành: who issues an official document and how it signs (Hướng dẫn 36-HD/VPTW, docs/domain.md §4.1).
 * Business modules make one from their organisation's stored issuer details; {@link Letterhead#of} makes the
 * letterhead of a document from it.
 *
 * @param superiorBody tên cơ quan cấp trên trực tiếp, e.g. "ĐẢNG BỘ TỈNH LÀO CAI"; null at the top level
 * @param issuingBody  tên cơ quan ban hành, one line per item: {@code List.of("TỈNH ỦY LÀO CAI", "BAN TỔ CHỨC")}
 * @param symbol       ký hiệu cơ quan, e.g. "BTCTU" (a report is then "Số …-BC/BTCTU")
 * @param place        địa danh, e.g. "Lào Cai"; null when unknown: the date line then starts with "Ngày"
 * @param signature    quyền hạn, chức vụ and họ tên of the signer
 * @param recipients   nơi nhận, printed as "- …" items; the last one is usually "Lưu Văn phòng"
 * @param organizationCode the code of the issuing organisation whose details these are ("LC"): the register of
 *                     issued documents numbers per issuer (sổ đăng ký văn bản đi); null when the module does not say
 */
public record Issuer(String superiorBody, List<String> issuingBody, String symbol, String place, Signature signature,
                     List<String> recipients, String organizationCode) {

    /** An issuer that does not name its organisation (documents that are never issued through the register). */
    public Issuer(String superiorBody, List<String> issuingBody, String symbol, String place, Signature signature,
                  List<String> recipients) {
        this(superiorBody, issuingBody, symbol, place, signature, recipients, null);
    }

    public Issuer {
        superiorBody = VietnameseText.clean(superiorBody);
        issuingBody = cleanList(issuingBody);
        if (issuingBody.isEmpty()) {
            throw new IllegalArgumentException("issuingBody is required");
        }
        symbol = Objects.requireNonNull(VietnameseText.clean(symbol), "symbol");
        place = VietnameseText.clean(place);
        signature = signature == null ? new Signature(null, null, null) : signature;
        recipients = cleanList(recipients);
        organizationCode = VietnameseText.clean(organizationCode);
    }

    static List<String> cleanList(List<String> values) {
        return values == null ? List.of()
                : values.stream().map(VietnameseText::clean).filter(Objects::nonNull).toList();
    }

    /** The same issuer sending the document to other recipients. */
    public Issuer withRecipients(List<String> others) {
        return new Issuer(superiorBody, issuingBody, symbol, place, signature, others, organizationCode);
    }
}
