package vn.ptdv.reporting.api;

import vn.ptdv.shared.VietnameseText;

/**
 * Quyền hạn, chức vụ, họ tên người ký: the signature block of a party document (Hướng dẫn 36-HD/VPTW).
 *
 * @param authority  quyền hạn ký, e.g. "T/M BAN THƯỜNG VỤ" or "K/T TRƯỞNG BAN"; null when the head signs directly
 * @param position   chức vụ, e.g. "PHÓ BÍ THƯ"
 * @param signerName họ tên người ký, e.g. "Nguyễn Văn A"; null leaves the line blank for a hand-written name
 */
public record Signature(String authority, String position, String signerName) {

    public Signature {
        authority = VietnameseText.clean(authority);
        position = VietnameseText.clean(position);
        signerName = VietnameseText.clean(signerName);
    }
}
