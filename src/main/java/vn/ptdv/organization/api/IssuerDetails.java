package vn.ptdv.organization.api;

import java.util.List;

/**
 * Thể thức của cơ quan ban hành: what an organisation's official documents print around their content (Hướng dẫn
 * 36-HD/VPTW, domain.md §4). Keyed by the organisation's code.
 *
 * @param organizationCode   mã tổ chức, e.g. "LC-VB"
 * @param superiorBody       cơ quan cấp trên trực tiếp, upright capitals ("ĐẢNG BỘ TỈNH LÀO CAI"); null at the top
 * @param issuingBody        cơ quan ban hành, one bold line per item ("HUYỆN ỦY VĂN BÀN")
 * @param symbol             ký hiệu cơ quan in the document symbol ("HU", so a report is "Số …-BC/HU")
 * @param place              địa danh ("Văn Bàn"); null prints the date line without a place
 * @param signatureAuthority quyền hạn ký ("T/M BAN THƯỜNG VỤ", "K/T TRƯỞNG BAN"); null when the head signs directly
 * @param signerPosition     chức vụ người ký ("PHÓ BÍ THƯ")
 * @param signerName         họ tên người ký; null leaves the line to be written by hand
 * @param recipients         nơi nhận, without the leading "- "
 * @param stored             whether these details were registered (false: the default derived from the name)
 */
public record IssuerDetails(String organizationCode, String superiorBody, List<String> issuingBody, String symbol,
                            String place, String signatureAuthority, String signerPosition, String signerName,
                            List<String> recipients, boolean stored) {

    public IssuerDetails {
        issuingBody = issuingBody == null ? List.of() : List.copyOf(issuingBody);
        recipients = recipients == null ? List.of() : List.copyOf(recipients);
    }
}
