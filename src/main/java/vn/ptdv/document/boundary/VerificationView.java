package vn.ptdv.document.boundary;

import vn.ptdv.document.control.DocumentService;

/**
 * The answer of {@code POST /ptdv/api/documents/verification}.
 *
 * @param known          whether the file is (or claims by its printed number to be) an entry of the register
 * @param matchedBy      "sha256" (identical to the stored bytes), "number" (only the number printed on page 1), or null
 * @param intact         identical to the stored document and, when it is signed, the signature valid over the whole file
 * @param hashMatches    whether its SHA-256 equals the stored document's
 * @param pdf            whether the file is a readable PDF at all
 * @param signatures     how many digital signatures the file carries
 * @param signatureValid whether every signature verifies over its byte range (false without a signature)
 * @param coversWholeDocument whether the last signature covers the whole file
 * @param signatureSigner the certificate name of the file's signature, or null
 * @param sha256         the file's SHA-256
 * @param replaced       whether the entry was replaced by a corrected document
 * @param withdrawn      whether the entry was withdrawn
 * @param message        the answer in one Vietnamese sentence
 * @param document       the register entry (null when unknown; without its id when outside the caller's scope)
 */
public record VerificationView(boolean known, String matchedBy, boolean intact, boolean hashMatches, boolean pdf,
                               int signatures, boolean signatureValid, boolean coversWholeDocument, String signatureSigner,
                               String sha256, boolean replaced, boolean withdrawn, String message, Entry document) {

    /** What the register says of the entry. */
    public record Entry(Long id, String number, java.time.LocalDate issuedOn, String issuer, String summary,
                        boolean signed, String signer, String replacedBy, boolean withdrawn, String withdrawalReason) {
    }

    static VerificationView of(DocumentService.Verification v, String replacedBy) {
        var c = v.check();
        var d = v.document();
        Entry entry = d == null ? null : new Entry(v.inScope() ? d.getId() : null, d.fullNumber(), d.getIssuedOn(),
                d.getIssuer(), d.getSummary(), d.isSigned(), d.getSigner(), replacedBy, d.isWithdrawn(),
                d.getWithdrawalReason());
        boolean replaced = d != null && d.getReplacedById() != null;
        boolean withdrawn = d != null && d.isWithdrawn();
        String message;
        if (!c.pdf() && d == null) {
            message = "Tệp gửi lên không phải là tệp PDF đọc được; không xác minh được.";
        } else if (d == null) {
            message = "Tệp không khớp với văn bản nào trong sổ đăng ký văn bản đi.";
        } else if (!v.intact()) {
            message = "Tệp mang số " + d.fullNumber() + " nhưng KHÔNG còn nguyên vẹn: nội dung khác với văn bản đã ban hành"
                    + (v.hashMatch() ? " (chữ ký số không hợp lệ)." : ".");
        } else {
            message = "Tệp đúng là văn bản số " + d.fullNumber() + " đã ban hành, còn nguyên vẹn"
                    + (d.isSigned() ? ", chữ ký số hợp lệ" : ", không có chữ ký số")
                    + (replaced ? "; văn bản đã được thay thế bởi văn bản số " + replacedBy : "")
                    + (withdrawn ? "; văn bản đã bị thu hồi" : "") + ".";
        }
        return new VerificationView(v.known(), v.matchedBy(), v.intact(), v.hashMatch(), c.pdf(), c.signatures(),
                c.valid(), c.wholeFile(), c.signer(), v.sha256(), replaced, withdrawn, message, entry);
    }
}
