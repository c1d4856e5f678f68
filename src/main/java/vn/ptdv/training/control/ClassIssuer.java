package vn.ptdv.training.control;

import java.util.List;
import vn.ptdv.organization.api.IssuerDetails;
import vn.ptdv.reporting.api.Issuer;
import vn.ptdv.reporting.api.Signature;
import vn.ptdv.shared.VietnameseText;

/**
 * Who issues the documents of a class (class results, certificates). A political centre ("Trung tâm Chính trị huyện
 * Bảo Thắng") prints under its committee ("HUYỆN ỦY BẢO THẮNG" / "TRUNG TÂM CHÍNH TRỊ") and its director signs; where
 * no centre exists the committee organises the class itself ("Đảng ủy Quân sự tỉnh") and issues with its own thể thức.
 *
 * @param superiorBody upright line above the issuer
 * @param issuingBody  the issuer in bold capitals, one line per element
 * @param symbol       ký hiệu cơ quan ("TTCT", "ĐU")
 * @param certifier    who certifies on a certificate ("GIÁM ĐỐC TRUNG TÂM CHÍNH TRỊ HUYỆN BẢO THẮNG")
 */
public record ClassIssuer(String superiorBody, List<String> issuingBody, String symbol, String place, String authority,
                          String position, String signerName, String certifier) {

    /** The issuer of a class's documents from the organiser's name and its committee's thể thức. */
    public static ClassIssuer of(String organiserName, IssuerDetails committee) {
        String committeeLine = String.join(" ", committee.issuingBody());
        if (organiserName.regionMatches(true, 0, "Trung tâm", 0, "Trung tâm".length())) {
            return new ClassIssuer(committeeLine, List.of(centreOnly(organiserName)), "TTCT", committee.place(), null,
                    "GIÁM ĐỐC", null, ("Giám đốc " + organiserName).toUpperCase(VietnameseText.VI_VN));
        }
        return new ClassIssuer(committee.superiorBody(), committee.issuingBody(), committee.symbol(), committee.place(),
                committee.signatureAuthority(), committee.signerPosition(), committee.signerName(), committeeLine);
    }

    /** The issuer of the class's official documents, sending them to {@code recipients}. */
    public Issuer documents(List<String> recipients) {
        return new Issuer(superiorBody, issuingBody, symbol, place, new Signature(authority, position, signerName),
                recipients);
    }

    /** The same issuer signed by a named person (the centre's director is not stored: null leaves the line blank). */
    public ClassIssuer withSigner(String name) {
        return new ClassIssuer(superiorBody, issuingBody, symbol, place, authority, position, name, certifier);
    }

    /** "Trung tâm Chính trị huyện Bảo Thắng" → "TRUNG TÂM CHÍNH TRỊ": the district stands in the superior body above. */
    static String centreOnly(String centreName) {
        String upper = centreName.toUpperCase(VietnameseText.VI_VN);
        for (String unit : List.of(" HUYỆN ", " THÀNH PHỐ ", " THỊ XÃ ", " QUẬN ", " TỈNH ")) {
            int at = upper.indexOf(unit);
            if (at > 0) {
                return upper.substring(0, at);
            }
        }
        return upper;
    }
}
