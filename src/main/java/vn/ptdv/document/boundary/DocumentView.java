package vn.ptdv.document.boundary;

import java.time.Instant;
import java.time.LocalDate;
import java.util.Map;
import vn.ptdv.document.entity.IssuedDocument;

/**
 * An entry of the register as the API shows it.
 *
 * @param id         the entry's id
 * @param number     số và ký hiệu, "12-BC/BTCTU"
 * @param sequence   its number in the register of the issuer, year and kind (12)
 * @param kind       the kind's abbreviation (BC, TTr, QĐ, DS, HD, BB)
 * @param issuer     the issuing organisation's code
 * @param year       the register's year
 * @param issuedOn   ngày ban hành
 * @param summary    trích yếu
 * @param report     the report it was issued from
 * @param parameters the report's parameters
 * @param sha256     the SHA-256 of the stored bytes (hex)
 * @param size       the stored file's size in bytes
 * @param signed     whether the stored PDF carries a digital signature
 * @param signer     who signed; null when unsigned
 * @param replaces   the number of the document it replaces, or null
 * @param replacesId the id of the document it replaces, or null
 * @param replacedBy the number of the document that replaced it, or null
 * @param replacedById the id of that document, or null
 * @param withdrawn  whether it was withdrawn
 * @param withdrawalReason why it was withdrawn
 * @param createdBy  who issued it
 * @param createdAt  when
 */
public record DocumentView(long id, String number, int sequence, String kind, String issuer, int year, LocalDate issuedOn,
                           String summary, String report, Map<String, String> parameters, String sha256, long size,
                           boolean signed, String signer, String replaces, Long replacesId, String replacedBy,
                           Long replacedById, boolean withdrawn, String withdrawalReason, String createdBy,
                           Instant createdAt) {

    static DocumentView of(IssuedDocument d, Map<String, String> parameters, String replaces, String replacedBy) {
        return new DocumentView(d.getId(), d.fullNumber(), d.getNumber(), d.getKind(), d.getIssuer(), d.getYear(),
                d.getIssuedOn(), d.getSummary(), d.getReportId(), parameters, d.getSha256(), d.getFileSize(), d.isSigned(),
                d.getSigner(), replaces, d.getReplacesId(), replacedBy, d.getReplacedById(), d.isWithdrawn(),
                d.getWithdrawalReason(), d.getCreatedBy(), d.getCreatedAt());
    }
}
