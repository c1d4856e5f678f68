package vn.ptdv.demo;

import java.util.List;
import java.util.Map;
import java.util.SplittableRandom;
import vn.ptdv.admission.api.Gender;
import vn.ptdv.shared.VietnameseText;

/**
 * Full names in the naming customs of the province's peoples: family name, a middle element that usually marks the
 * gender (Văn/Thị; A/Seo for Mông men; Láo/Tả for Dao; Giờ/Mì for Hà Nhì), and a given name.
 */
final class PersonNames {

    /** Family names, male middles, female middles, male given names, female given names. */
    private record Custom(List<String> families, List<String> maleMiddles, List<String> femaleMiddles,
                          List<String> maleGiven, List<String> femaleGiven) {
    }

    private static final List<String> KINH_MALE = List.of("Anh", "Bình", "Cường", "Dũng", "Đạt", "Hải", "Hiếu", "Hòa",
            "Hùng", "Huy", "Khánh", "Long", "Mạnh", "Nam", "Phong", "Quân", "Sơn", "Thắng", "Thành", "Trung", "Tuấn",
            "Tùng", "Việt", "Vinh", "Đức", "Hoàng", "Lâm", "Nghĩa", "Quang", "Tiến");
    private static final List<String> KINH_FEMALE = List.of("Anh", "Chi", "Dung", "Giang", "Hà", "Hằng", "Hạnh", "Hiền",
            "Hoa", "Hồng", "Huyền", "Hương", "Lan", "Linh", "Loan", "Mai", "Nga", "Ngân", "Nhung", "Oanh", "Phương",
            "Quỳnh", "Thảo", "Thủy", "Trang", "Vân", "Yến", "Thư", "Ngọc", "Liên");
    private static final List<String> TAY_MALE = List.of("Hùng", "Thắng", "Tuấn", "Dũng", "Quang", "Hưng", "Thành",
            "Cường", "Hải", "Long", "Lâm", "Toàn", "Chiến", "Kiên", "Sơn", "Tiến", "Thao", "Bình", "Khánh", "Đông");
    private static final List<String> TAY_FEMALE = List.of("Lan", "Hoa", "Thu", "Huyền", "Nga", "Liên", "Hương", "Tươi",
            "Ngọc", "Thơm", "Mai", "Hà", "Thảo", "Duyên", "Nhung", "Xuân", "Hiền", "Sen", "Dung", "Chuyên");
    private static final List<String> VAN = List.of("Văn");
    private static final List<String> THI = List.of("Thị");

    private static final Custom KINH = new Custom(
            List.of("Nguyễn", "Nguyễn", "Nguyễn", "Trần", "Lê", "Phạm", "Hoàng", "Vũ", "Đỗ", "Đặng", "Bùi", "Ngô",
                    "Dương", "Phan", "Đinh", "Trịnh", "Lương", "Đào"),
            List.of("Văn", "Văn", "Đức", "Minh", "Quang", "Hữu", "Thành", "Công", "Tiến", "Xuân", "Ngọc", "Mạnh"),
            List.of("Thị", "Thị", "Thị", "Thu", "Thanh", "Ngọc", "Thùy", "Phương", "Hồng", "Minh", "Khánh", "Lan"),
            KINH_MALE, KINH_FEMALE);
    private static final Custom TAY = new Custom(
            List.of("Hoàng", "Nông", "Lương", "La", "Hà", "Đàm", "Ma", "Lưu", "Bế", "Lục", "Hoàng", "Nông"),
            List.of("Văn", "Văn", "Văn", "Đức", "Quang"), List.of("Thị", "Thị", "Thị", "Thu", "Hồng"), TAY_MALE, TAY_FEMALE);
    private static final Custom MONG = new Custom(
            List.of("Giàng", "Sùng", "Vàng", "Lù", "Thào", "Lý", "Hầu", "Mua", "Sình", "Cư", "Ma", "Tráng", "Hờ", "Vừ"),
            List.of("A", "A", "Seo", "Seo", "Văn", "Mí"), THI,
            List.of("Páo", "Mười", "Sử", "Chứ", "Dính", "Lử", "Súng", "Pháng", "Chúng", "Pao", "Dìn", "Sình", "Tủa",
                    "Chu", "Lồng", "Vần", "Sếnh", "Dìa", "Chò", "Quáng", "Xá", "Cở"),
            List.of("Mai", "Dế", "Sung", "Chi", "Mỷ", "Pà", "Dúa", "Dợ", "Sua", "Của", "Ly", "Say", "Máy", "Chơ",
                    "Dung", "Lan", "Hoa", "Súa"));
    private static final Custom DAO = new Custom(
            List.of("Triệu", "Bàn", "Tẩn", "Lý", "Chảo", "Đặng", "Phàn", "Tẩn", "Triệu"),
            List.of("Văn", "Văn", "Láo", "Láo", "Quẩy", "Sành"), List.of("Thị", "Thị", "Tả", "Tà", "Mùi"),
            List.of("Lở", "San", "Phây", "Chài", "Kiềm", "Dùn", "Quẩy", "Tiến", "Thắng", "Vần", "Dào", "Phú", "Chiêu",
                    "Tòng", "Sơn"),
            List.of("Mẩy", "Sảy", "Phẩy", "Chiêu", "Kiều", "Mai", "Xuân", "Dung", "Nhất", "Mùi", "Sinh", "Lan"));
    private static final Custom GIAY = new Custom(List.of("Lù", "Vàng", "Hoàng", "Sần", "Lồ", "Pờ", "Giàng"),
            VAN, THI, TAY_MALE, TAY_FEMALE);
    private static final Custom NUNG = new Custom(List.of("Nông", "Vàng", "Lù", "Hoàng", "Lục", "Sầm", "Lương", "Chẩu"),
            VAN, THI, TAY_MALE, TAY_FEMALE);
    private static final Custom PHU_LA = new Custom(List.of("Ma", "Lò", "Vàng", "Hoàng", "Pờ", "Sần"),
            VAN, THI, TAY_MALE, TAY_FEMALE);
    private static final Custom HA_NHI = new Custom(List.of("Ly", "Chu", "Phu", "Lỳ", "Sừ", "Pờ", "Chang"),
            List.of("Giờ", "Gạ", "Xá", "Chừ", "Lù"), List.of("Mì"),
            List.of("Xá", "Chừ", "Mé", "Gạ", "Lù", "Hừ", "Pá", "Sò", "Chà", "Giờ", "Thó"),
            List.of("Xá", "Chừ", "Pà", "Sá", "Hờ", "Chà", "Sò", "Mé", "Mơ"));
    private static final Custom THAI = new Custom(List.of("Lò", "Lường", "Hà", "Vi", "Cầm", "Điêu"),
            VAN, THI, TAY_MALE, TAY_FEMALE);
    private static final Custom OTHER = new Custom(List.of("Vương", "Lý", "Hoàng", "Lù", "Sền", "Giàng", "Lò", "Sình"),
            VAN, THI, TAY_MALE, TAY_FEMALE);

    private static final Map<String, Custom> BY_ETHNICITY = Map.of("01", KINH, "02", TAY, "08", MONG, "09", DAO,
            "26", GIAY, "07", NUNG, "38", PHU_LA, "33", HA_NHI, "03", THAI);

    private PersonNames() {
    }

    static String of(String ethnicityCode, Gender gender, SplittableRandom rng) {
        Custom c = BY_ETHNICITY.getOrDefault(ethnicityCode, OTHER);
        boolean male = gender == Gender.MALE;
        String family = Quotas.any(c.families(), rng);
        String middle = Quotas.any(male ? c.maleMiddles() : c.femaleMiddles(), rng);
        List<String> given = male ? c.maleGiven() : c.femaleGiven();
        String first = Quotas.any(given, rng);
        if (first.equals(middle)) {
            first = given.get((given.indexOf(first) + 1) % given.size());
        }
        return VietnameseText.nfc(family + " " + middle + " " + first);
    }
}
