package vn.ptdv.document.api;

import java.time.LocalDate;

/**
 * An entry of the register of issued documents as other modules see it.
 *
 * @param id           the register entry's id ({@code GET /ptdv/api/documents/{id}})
 * @param number       số và ký hiệu, "1-QĐ/TU"
 * @param issuedOn     ngày ban hành
 * @param kind         the kind's abbreviation, "QĐ"
 * @param issuer       the issuing organisation's code
 * @param signed       whether the stored PDF carries the issuer's digital signature
 * @param signer       who signed (the certificate's or the letterhead's name); null when unsigned
 * @param withdrawn    whether it was withdrawn (thu hồi)
 * @param replacedById the corrected document that replaces it, or null
 */
public record IssuedDocumentRef(long id, String number, LocalDate issuedOn, String kind, String issuer, boolean signed,
                                String signer, boolean withdrawn, Long replacedById) {

    /** In force: neither withdrawn nor replaced. */
    public boolean inForce() {
        return !withdrawn && replacedById == null;
    }
}
