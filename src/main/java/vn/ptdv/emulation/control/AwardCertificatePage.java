package vn.ptdv.emulation.control;

/**
 * One page of Giấy khen / Bằng khen (template {@code emulation/award-certificate}), every line formatted here.
 *
 * @param superiorBody    "HUYỆN ỦY BẢO THẮNG" (top left)
 * @param issuingBody     "BAN THƯỜNG VỤ" (bold, under it; lines joined by line breaks)
 * @param grantor         "BAN THƯỜNG VỤ HUYỆN ỦY BẢO THẮNG" (who awards, above the award's name)
 * @param awardName       "GIẤY KHEN" or "BẰNG KHEN"
 * @param awardedTo       the unit's name
 * @param achievementLine "Đã có thành tích xuất sắc trong Phong trào thi đua … năm 2024"
 * @param decisionLine    "Quyết định số 15-QĐ/HU ngày 20/01/2025"
 * @param motto           top right: "ĐẢNG CỘNG SẢN VIỆT NAM" (party route), "CỘNG HÒA XÃ HỘI CHỦ NGHĨA VIỆT NAM" (state)
 * @param mottoSubtitle   under it: "Độc lập - Tự do - Hạnh phúc" (state route); null on the party route
 */
public record AwardCertificatePage(String superiorBody, String issuingBody, String grantor, String awardName,
                                   String awardedTo, String achievementLine, String decisionLine, String placeAndDate,
                                   String signerPosition, String signerName, String motto, String mottoSubtitle) {
}
