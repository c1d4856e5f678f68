package vn.ptdv.admission.control;

import vn.ptdv.organization.api.IssuerDetails;
import vn.ptdv.reporting.api.Issuer;
import vn.ptdv.reporting.api.Signature;

/** The issuer of an admission document: the organisation's stored issuer details, or their default. */
final class AdmissionLetterheads {

    private AdmissionLetterheads() {
    }

    static Issuer issuer(IssuerDetails d) {
        return new Issuer(d.superiorBody(), d.issuingBody(), d.symbol(), d.place(),
                new Signature(d.signatureAuthority(), d.signerPosition(), d.signerName()), d.recipients(),
                d.organizationCode());
    }
}
