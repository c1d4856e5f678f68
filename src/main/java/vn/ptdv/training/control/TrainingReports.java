package vn.ptdv.training.control;

import vn.ptdv.organization.api.IssuerDetails;
import vn.ptdv.reporting.api.Issuer;
import vn.ptdv.reporting.api.Signature;

/** What the training report providers share: the certificates' template and the issuer of a committee's documents. */
final class TrainingReports {

    /** The certificates, one A4 landscape page per learner. */
    static final String CERTIFICATE_TEMPLATE = "training/certificate";

    private TrainingReports() {
    }

    /** The issuer of a committee's documents from its stored issuer details (or their default). */
    static Issuer issuer(IssuerDetails d) {
        return new Issuer(d.superiorBody(), d.issuingBody(), d.symbol(), d.place(),
                new Signature(d.signatureAuthority(), d.signerPosition(), d.signerName()), d.recipients(),
                d.organizationCode());
    }
}
