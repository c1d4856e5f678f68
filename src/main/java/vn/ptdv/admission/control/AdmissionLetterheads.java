package vn.ptdv.admission.control;

import vn.ptdv.organization.api.IssuerDetails;
import vn.ptdv.reporting.api.Letterhead;
import vn.ptdv.reporting.api.Signature;

/** The letterhead of an admission document issued by an organisation (its stored or default issuer details). */
final class AdmissionLetterheads {

    private AdmissionLetterheads() {
    }

    /**
     * An unnumbered, undated document ("Số      -BC/BTCTU", dated by hand).
     *
     * @param typeSymbol   "BC" for a báo cáo, "DS" for a danh sách
     * @param documentType "BÁO CÁO", "DANH SÁCH"
     */
    static Letterhead of(IssuerDetails issuer, String typeSymbol, String documentType, String title) {
        return new Letterhead(issuer.superiorBody(), issuer.issuingBody(), null, typeSymbol + "/" + issuer.symbol(),
                issuer.place(), null, documentType, title,
                new Signature(issuer.signatureAuthority(), issuer.signerPosition(), issuer.signerName()),
                issuer.recipients());
    }
}
