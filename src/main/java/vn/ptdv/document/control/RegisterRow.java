package vn.ptdv.document.control;

/**
 * One line of SỔ ĐĂNG KÝ VĂN BẢN ĐI (template {@code document/document-register}), every value formatted here.
 *
 * @param ordinal  số thứ tự
 * @param number   số, ký hiệu ("12-BC/BTCTU")
 * @param issuedOn ngày tháng ("03/12/2026")
 * @param kind     tên loại ("Báo cáo")
 * @param summary  trích yếu nội dung
 * @param signer   người ký
 * @param status   "Còn hiệu lực", "Đã được thay thế bởi số …", "Đã thu hồi: …"
 */
public record RegisterRow(String ordinal, String number, String issuedOn, String kind, String summary, String signer,
                          String status) {
}
