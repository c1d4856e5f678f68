package vn.ptdv.demo;

import java.util.List;

/**
 * The fixed facts of the 13 units directly under the provincial committee (demo-data.md) and the place names the
 * generator builds their subtrees from. Communes are those of 2020–2024 (before the 2024–2025 mergers); the listed
 * agencies, enterprises and units are plausible; the private companies are invented.
 */
final class LaoCaiUnits {

    private LaoCaiUnits() {
    }

    /**
     * A unit directly under LC. {@code place} names the district ("huyện Văn Bàn") or is null for an affiliated
     * committee; {@code issuer} is the symbol of the committee that signs its admission decisions; {@code
     * minorityShare} the usual share of ethnic minorities among its admissions; {@code ethnicMix} the weights of the
     * minority peoples (1019/QĐ-TCTK-2008 codes).
     */
    record Upper(String code, String name, int target2024, int admitted2024, String place, String issuer,
                 double minorityShare, String ethnicMix, List<String> communes) {

        boolean isDistrict() {
            return place != null;
        }

        /** "Văn Bàn" from "huyện Văn Bàn". */
        String shortPlace() {
            return place.replaceFirst("^(huyện|thị xã|thành phố) ", "");
        }

        /** Huyện ủy, Thành ủy or Thị ủy. */
        String committeeTitle() {
            return place.startsWith("thành phố") ? "Thành ủy" : place.startsWith("thị xã") ? "Thị ủy" : "Huyện ủy";
        }
    }

    static final List<Upper> UPPERS = List.of(
            new Upper("LC-TP", "Đảng bộ thành phố Lào Cai", 260, 280, "thành phố Lào Cai", "ThU", 0.25,
                    "02:30,26:16,09:14,07:10,08:10,03:6,38:6,06:4,33:4",
                    List.of("phường Bắc Cường", "phường Bắc Lệnh", "phường Bình Minh", "phường Cốc Lếu",
                            "phường Duyên Hải", "phường Kim Tân", "phường Lào Cai", "phường Nam Cường",
                            "phường Pom Hán", "phường Xuân Tăng", "phường Thống Nhất", "xã Cam Đường",
                            "xã Đồng Tuyển", "xã Hợp Thành", "xã Tả Phời", "xã Vạn Hòa", "xã Cốc San")),
            new Upper("LC-SP", "Đảng bộ thị xã Sa Pa", 150, 165, "thị xã Sa Pa", "TxU", 0.85,
                    "08:52,09:30,26:12,02:4,38:2",
                    List.of("phường Sa Pa", "phường Sa Pả", "phường Ô Quý Hồ", "phường Phan Si Păng",
                            "phường Hàm Rồng", "phường Cầu Mây", "xã Bản Hồ", "xã Hoàng Liên", "xã Liên Minh",
                            "xã Mường Bo", "xã Mường Hoa", "xã Ngũ Chỉ Sơn", "xã Tả Phìn", "xã Tả Van",
                            "xã Thanh Bình", "xã Trung Chải")),
            new Upper("LC-BX", "Đảng bộ huyện Bát Xát", 200, 222, "huyện Bát Xát", "HU-BX", 0.85,
                    "08:32,09:24,26:15,33:15,02:7,38:5,07:2",
                    List.of("thị trấn Bát Xát", "xã A Lù", "xã A Mú Sung", "xã Bản Qua", "xã Bản Vược",
                            "xã Bản Xèo", "xã Cốc Mỳ", "xã Dền Sáng", "xã Dền Thàng", "xã Mường Hum", "xã Mường Vi",
                            "xã Nậm Chạc", "xã Nậm Pung", "xã Pa Cheo", "xã Phìn Ngan", "xã Quang Kim",
                            "xã Sàng Ma Sáo", "xã Tòng Sành", "xã Trịnh Tường", "xã Trung Lèng Hồ", "xã Y Tý",
                            "xã Ngải Thầu")),
            new Upper("LC-MK", "Đảng bộ huyện Mường Khương", 100, 149, "huyện Mường Khương", "HU-MK", 0.88,
                    "08:42,07:34,02:7,09:5,38:5,48:4,26:2,45:1",
                    List.of("thị trấn Mường Khương", "xã Bản Lầu", "xã Bản Sen", "xã Cao Sơn", "xã Dìn Chin",
                            "xã La Pan Tẩn", "xã Lùng Khấu Nhin", "xã Lùng Vai", "xã Nấm Lư", "xã Nậm Chảy",
                            "xã Pha Long", "xã Tả Gia Khâu", "xã Tả Ngài Chồ", "xã Tả Thàng", "xã Thanh Bình",
                            "xã Tung Chung Phố")),
            new Upper("LC-SMC", "Đảng bộ huyện Si Ma Cai", 80, 86, "huyện Si Ma Cai", "HU-SMC", 0.95,
                    "08:80,07:14,38:3,02:2,09:1",
                    List.of("thị trấn Si Ma Cai", "xã Bản Mế", "xã Cán Cấu", "xã Lùng Thẩn", "xã Lử Thẩn",
                            "xã Mản Thẩn", "xã Nàn Sán", "xã Nàn Sín", "xã Quan Hồ Thẩn", "xã Sán Chải",
                            "xã Sín Chéng", "xã Thào Chư Phìn", "xã Cán Hồ")),
            new Upper("LC-BH", "Đảng bộ huyện Bắc Hà", 150, 164, "huyện Bắc Hà", "HU-BH", 0.90,
                    "08:52,02:15,07:14,09:10,38:6,36:2,26:1",
                    List.of("thị trấn Bắc Hà", "xã Bản Cái", "xã Bản Liền", "xã Bản Phố", "xã Bảo Nhai",
                            "xã Cốc Lầu", "xã Cốc Ly", "xã Hoàng Thu Phố", "xã Lùng Cải", "xã Lùng Phình",
                            "xã Na Hối", "xã Nậm Đét", "xã Nậm Khánh", "xã Nậm Lúc", "xã Nậm Mòn", "xã Tả Củ Tỷ",
                            "xã Tả Van Chư", "xã Thải Giàng Phố", "xã Lầu Thí Ngài")),
            new Upper("LC-BT", "Đảng bộ huyện Bảo Thắng", 222, 270, "huyện Bảo Thắng", "HU-BT", 0.45,
                    "02:30,09:24,26:10,08:10,07:10,38:10,03:6",
                    List.of("thị trấn Phố Lu", "thị trấn Tằng Loỏng", "thị trấn Nông trường Phong Hải", "xã Bản Cầm",
                            "xã Bản Phiệt", "xã Gia Phú", "xã Phong Niên", "xã Phú Nhuận", "xã Sơn Hà",
                            "xã Sơn Hải", "xã Thái Niên", "xã Trì Quang", "xã Xuân Giao", "xã Xuân Quang")),
            new Upper("LC-BY", "Đảng bộ huyện Bảo Yên", 200, 221, "huyện Bảo Yên", "HU-BY", 0.68,
                    "02:52,09:24,08:14,07:5,38:5",
                    List.of("thị trấn Phố Ràng", "xã Bảo Hà", "xã Cam Cọn", "xã Điện Quan", "xã Kim Sơn",
                            "xã Lương Sơn", "xã Minh Tân", "xã Nghĩa Đô", "xã Phúc Khánh", "xã Tân Dương",
                            "xã Tân Tiến", "xã Thượng Hà", "xã Việt Tiến", "xã Vĩnh Yên", "xã Xuân Hòa",
                            "xã Xuân Thượng", "xã Yên Sơn")),
            new Upper("LC-VB", "Đảng bộ huyện Văn Bàn", 210, 240, "huyện Văn Bàn", "HU-VB", 0.70,
                    "02:46,09:26,08:17,03:9,26:2",
                    List.of("thị trấn Khánh Yên", "xã Chiềng Ken", "xã Dần Thàng", "xã Dương Quỳ", "xã Hòa Mạc",
                            "xã Khánh Yên Hạ", "xã Khánh Yên Thượng", "xã Khánh Yên Trung", "xã Làng Giàng",
                            "xã Liêm Phú", "xã Minh Lương", "xã Nậm Chày", "xã Nậm Dạng", "xã Nậm Mả", "xã Nậm Tha",
                            "xã Nậm Xé", "xã Nậm Xây", "xã Sơn Thủy", "xã Tân An", "xã Tân Thượng", "xã Thẩm Dương",
                            "xã Văn Sơn", "xã Võ Lao")),
            new Upper("LC-CQDN", "Đảng bộ Khối Cơ quan - Doanh nghiệp tỉnh", 220, 231, null, "ĐUK", 0.40,
                    "02:36,09:15,08:14,26:10,07:10,03:5,38:5,33:5", List.of()),
            new Upper("LC-QS", "Đảng bộ Quân sự tỉnh", 110, 115, null, "ĐUQS", 0.60,
                    "08:26,02:24,09:20,07:10,26:10,33:5,38:5", List.of()),
            new Upper("LC-BP", "Đảng bộ Bộ đội Biên phòng tỉnh", 40, 60, null, "ĐUBP", 0.65,
                    "08:28,02:22,09:20,07:10,26:10,33:6,38:4", List.of()),
            new Upper("LC-CA", "Đảng bộ Công an tỉnh", 80, 84, null, "ĐUCA", 0.45,
                    "02:30,08:22,09:18,07:10,26:10,33:5,38:5", List.of()));

    /** Named units of demo-data.md whose codes are letters, not running numbers: (upper, commune) → code. */
    static final List<String[]> NAMED_COMMUNES = List.of(
            new String[] {"LC-VB", "xã Nậm Mả", "LC-VB-NM", "Chi bộ thôn Nậm Mả", "LC-VB-NM-NM"},
            new String[] {"LC-MK", "thị trấn Mường Khương", "LC-MK-TT", null, null},
            new String[] {"LC-BT", "thị trấn Nông trường Phong Hải", "LC-BT-PH", "Chi bộ thôn Ải Nam", "LC-BT-PH-AN"});

    /** Grassroots committees every district has, "%s" = the district ("huyện Văn Bàn"), "%p" = its short name. */
    static final List<String[]> DISTRICT_COMMITTEES = List.of(
            new String[] {"Đảng bộ Cơ quan Ủy ban nhân dân %s", "AGENCY_UBND"},
            new String[] {"Đảng bộ Khối Đảng - Mặt trận - Đoàn thể %s", "AGENCY_PARTY"},
            new String[] {"Đảng bộ Trung tâm Y tế %s", "HEALTH"},
            new String[] {"Đảng bộ Trường THPT số 1 %p", "UPPER_SCHOOL"},
            new String[] {"Đảng bộ Trường THPT số 2 %p", "UPPER_SCHOOL"},
            new String[] {"Đảng bộ Trường Phổ thông Dân tộc nội trú THCS và THPT %p", "UPPER_SCHOOL"},
            new String[] {"Đảng bộ Phòng Giáo dục và Đào tạo %s", "SCHOOL"},
            new String[] {"Đảng bộ Ban Quản lý dự án đầu tư xây dựng %s", "AGENCY"},
            new String[] {"Đảng bộ Trung tâm Dịch vụ nông nghiệp %s", "AGENCY"},
            new String[] {"Đảng bộ Hạt Kiểm lâm %s", "AGENCY"},
            new String[] {"Đảng bộ Chi cục Thuế khu vực %p", "AGENCY"},
            new String[] {"Đảng bộ Trường Phổ thông Dân tộc bán trú THCS %p", "SCHOOL"},
            new String[] {"Đảng bộ Trường THPT số 3 %p", "UPPER_SCHOOL"},
            new String[] {"Đảng bộ Ban Quản lý rừng phòng hộ %p", "AGENCY"});

    /** Grassroots cells (chi bộ cơ sở) directly under every district committee. */
    static final List<String[]> DISTRICT_GRASSROOTS_CELLS = List.of(
            new String[] {"Chi bộ Trung tâm Giáo dục nghề nghiệp - Giáo dục thường xuyên %s", "SCHOOL"},
            new String[] {"Chi bộ Trung tâm Chính trị %s", "AGENCY"},
            new String[] {"Chi bộ Ngân hàng Chính sách xã hội %s", "AGENCY"},
            new String[] {"Chi bộ Bảo hiểm xã hội %s", "AGENCY"},
            new String[] {"Chi bộ Điện lực %p", "STATE_ENTERPRISE"});

    /** The affiliated committees' grassroots units: name, setting, C = đảng bộ cơ sở or G = chi bộ cơ sở. */
    static final List<String[]> CQDN_UNITS = List.of(
            u("Cơ quan Văn phòng Tỉnh ủy", "AGENCY", "C"), u("Văn phòng Ủy ban nhân dân tỉnh", "AGENCY", "C"),
            u("Văn phòng Đoàn đại biểu Quốc hội và Hội đồng nhân dân tỉnh", "AGENCY", "C"),
            u("Sở Kế hoạch và Đầu tư", "AGENCY", "C"), u("Sở Tài chính", "AGENCY", "C"), u("Sở Nội vụ", "AGENCY", "C"),
            u("Sở Tư pháp", "AGENCY", "C"), u("Sở Công Thương", "AGENCY", "C"),
            u("Sở Nông nghiệp và Phát triển nông thôn", "AGENCY", "C"),
            u("Sở Giao thông vận tải - Xây dựng", "AGENCY", "C"), u("Sở Tài nguyên và Môi trường", "AGENCY", "C"),
            u("Sở Giáo dục và Đào tạo", "AGENCY", "C"), u("Sở Y tế", "AGENCY", "C"),
            u("Sở Lao động - Thương binh và Xã hội", "AGENCY", "C"), u("Sở Văn hóa và Thể thao", "AGENCY", "C"),
            u("Sở Du lịch", "AGENCY", "C"), u("Sở Thông tin và Truyền thông", "AGENCY", "C"),
            u("Sở Khoa học và Công nghệ", "AGENCY", "C"), u("Sở Ngoại vụ", "AGENCY", "G"),
            u("Thanh tra tỉnh", "AGENCY", "C"), u("Ban Dân tộc tỉnh", "AGENCY", "C"),
            u("Ban Quản lý Khu kinh tế tỉnh", "AGENCY", "C"), u("Cục Thuế tỉnh", "AGENCY", "C"),
            u("Cục Hải quan tỉnh", "AGENCY", "C"), u("Kho bạc Nhà nước tỉnh", "AGENCY", "C"),
            u("Bảo hiểm xã hội tỉnh", "AGENCY", "C"), u("Tòa án nhân dân tỉnh", "AGENCY", "C"),
            u("Viện Kiểm sát nhân dân tỉnh", "AGENCY", "C"), u("Cục Thi hành án dân sự tỉnh", "AGENCY", "C"),
            u("Cục Thống kê tỉnh", "AGENCY", "G"), u("Đài Phát thanh và Truyền hình tỉnh", "AGENCY", "C"),
            u("Báo Lào Cai", "AGENCY", "C"), u("Ngân hàng Nhà nước chi nhánh tỉnh Lào Cai", "AGENCY", "G"),
            u("Trường Chính trị tỉnh", "AGENCY", "C"),
            u("Cơ quan Ủy ban Mặt trận Tổ quốc và các đoàn thể tỉnh", "AGENCY", "C"),
            u("Ban Quản lý dự án đầu tư xây dựng tỉnh", "AGENCY", "C"), u("Chi cục Kiểm lâm tỉnh", "AGENCY", "C"),
            u("Văn phòng Đăng ký đất đai tỉnh", "AGENCY", "C"),
            u("Trung tâm Phục vụ hành chính công tỉnh", "AGENCY", "G"), u("Liên đoàn Lao động tỉnh", "AGENCY", "G"),
            u("Bệnh viện Đa khoa tỉnh", "HEALTH", "C"), u("Bệnh viện Sản Nhi tỉnh", "HEALTH", "C"),
            u("Bệnh viện Y học cổ truyền tỉnh", "HEALTH", "G"), u("Bệnh viện Nội tiết tỉnh", "HEALTH", "G"),
            u("Trung tâm Kiểm soát bệnh tật tỉnh", "HEALTH", "C"),
            u("Trường Cao đẳng Lào Cai", "UPPER_SCHOOL", "C"), u("Trường THPT chuyên Lào Cai", "UPPER_SCHOOL", "C"),
            u("Trường Phổ thông Dân tộc nội trú tỉnh", "UPPER_SCHOOL", "C"),
            u("Công ty TNHH MTV Apatit Việt Nam", "STATE_ENTERPRISE", "C"),
            u("Công ty Điện lực Lào Cai", "STATE_ENTERPRISE", "C"), u("Viễn thông Lào Cai", "STATE_ENTERPRISE", "C"),
            u("Bưu điện tỉnh Lào Cai", "STATE_ENTERPRISE", "C"),
            u("Ngân hàng Nông nghiệp và Phát triển nông thôn chi nhánh tỉnh Lào Cai", "STATE_ENTERPRISE", "C"),
            u("Ngân hàng TMCP Đầu tư và Phát triển Việt Nam chi nhánh Lào Cai", "STATE_ENTERPRISE", "C"),
            u("Ngân hàng TMCP Công Thương Việt Nam chi nhánh Lào Cai", "STATE_ENTERPRISE", "G"),
            u("Ngân hàng TMCP Ngoại thương Việt Nam chi nhánh Lào Cai", "STATE_ENTERPRISE", "G"),
            u("Công ty cổ phần Cấp nước Lào Cai", "STATE_ENTERPRISE", "C"),
            u("Công ty TNHH MTV Xổ số kiến thiết Lào Cai", "STATE_ENTERPRISE", "G"),
            u("Công ty cổ phần Môi trường đô thị Lào Cai", "STATE_ENTERPRISE", "C"),
            u("Công ty TNHH Khoáng sản và Luyện kim Việt - Trung", "STATE_ENTERPRISE", "C"),
            u("Công ty cổ phần DAP số 2 - Vinachem", "STATE_ENTERPRISE", "C"),
            u("Công ty cổ phần Phân lân nung chảy Lào Cai", "STATE_ENTERPRISE", "C"),
            u("Công ty Xăng dầu Lào Cai", "STATE_ENTERPRISE", "C"),
            u("Công ty cổ phần Quản lý và Xây dựng đường bộ Lào Cai", "STATE_ENTERPRISE", "C"),
            u("Công ty TNHH MTV Lâm nghiệp Văn Bàn", "STATE_ENTERPRISE", "C"),
            u("Công ty TNHH MTV Lâm nghiệp Bảo Yên", "STATE_ENTERPRISE", "C"),
            u("Công ty cổ phần Tập đoàn Xây dựng Hoàng Liên", "PRIVATE_ENTERPRISE", "C"),
            u("Công ty cổ phần Du lịch và Dịch vụ Sa Pa", "PRIVATE_ENTERPRISE", "C"),
            u("Công ty TNHH Thương mại Kim Thành", "PRIVATE_ENTERPRISE", "C"),
            u("Công ty cổ phần Chè Bắc Hà", "PRIVATE_ENTERPRISE", "G"),
            u("Công ty cổ phần Vận tải Lào Cai", "PRIVATE_ENTERPRISE", "G"),
            u("Công ty TNHH Nông sản Mường Khương", "PRIVATE_ENTERPRISE", "G"),
            u("Công ty cổ phần Khách sạn Biên Cương", "PRIVATE_ENTERPRISE", "G"),
            u("Công ty cổ phần Xuất nhập khẩu Cửa khẩu Lào Cai", "PRIVATE_ENTERPRISE", "G"),
            u("Công ty TNHH Dược phẩm Hoàng Liên Sơn", "PRIVATE_ENTERPRISE", "G"),
            u("Công ty cổ phần Thủy điện Nậm Xây", "PRIVATE_ENTERPRISE", "G"),
            u("Công ty TNHH Xây dựng và Thương mại Phố Lu", "PRIVATE_ENTERPRISE", "G"),
            u("Công ty cổ phần Phát triển Nông nghiệp Bảo Yên", "PRIVATE_ENTERPRISE", "G"));

    static final List<String[]> QS_UNITS = List.of(
            u("Cơ quan Bộ Chỉ huy Quân sự tỉnh", "ARMY", "C"), u("Trung đoàn 254", "ARMY", "C"),
            u("Trường Quân sự tỉnh", "ARMY", "C"), u("Tiểu đoàn Bộ binh 1", "ARMY", "C"),
            u("Tiểu đoàn Bộ binh 2", "ARMY", "C"),
            u("Ban Chỉ huy Quân sự thành phố Lào Cai", "ARMY", "C"), u("Ban Chỉ huy Quân sự thị xã Sa Pa", "ARMY", "C"),
            u("Ban Chỉ huy Quân sự huyện Bát Xát", "ARMY", "C"), u("Ban Chỉ huy Quân sự huyện Mường Khương", "ARMY", "C"),
            u("Ban Chỉ huy Quân sự huyện Si Ma Cai", "ARMY", "C"), u("Ban Chỉ huy Quân sự huyện Bắc Hà", "ARMY", "C"),
            u("Ban Chỉ huy Quân sự huyện Bảo Thắng", "ARMY", "C"), u("Ban Chỉ huy Quân sự huyện Bảo Yên", "ARMY", "C"),
            u("Ban Chỉ huy Quân sự huyện Văn Bàn", "ARMY", "C"), u("Đại đội Trinh sát", "ARMY", "G"),
            u("Đại đội Công binh", "ARMY", "G"), u("Đại đội Thông tin", "ARMY", "G"), u("Đội K92", "ARMY", "G"));

    static final List<String[]> BP_UNITS = List.of(
            u("Cơ quan Bộ Chỉ huy Bộ đội Biên phòng tỉnh", "BORDER_GUARD", "C"),
            u("Đồn Biên phòng Y Tý", "BORDER_GUARD", "C"), u("Đồn Biên phòng A Mú Sung", "BORDER_GUARD", "C"),
            u("Đồn Biên phòng Trịnh Tường", "BORDER_GUARD", "C"), u("Đồn Biên phòng Bản Vược", "BORDER_GUARD", "C"),
            u("Đồn Biên phòng Bát Xát", "BORDER_GUARD", "C"),
            u("Đồn Biên phòng Cửa khẩu Quốc tế Lào Cai", "BORDER_GUARD", "C"),
            u("Đồn Biên phòng Cửa khẩu Kim Thành", "BORDER_GUARD", "C"), u("Đồn Biên phòng Bản Lầu", "BORDER_GUARD", "C"),
            u("Đồn Biên phòng Mường Khương", "BORDER_GUARD", "C"), u("Đồn Biên phòng Pha Long", "BORDER_GUARD", "C"),
            u("Đồn Biên phòng Si Ma Cai", "BORDER_GUARD", "C"), u("Đồn Biên phòng Nậm Chảy", "BORDER_GUARD", "C"),
            u("Tiểu đoàn Huấn luyện - Cơ động", "BORDER_GUARD", "C"),
            u("Đội Đặc nhiệm phòng, chống ma túy và tội phạm", "BORDER_GUARD", "G"));

    static final List<String[]> CA_UNITS = List.of(
            u("Công an thành phố Lào Cai", "POLICE", "C"), u("Công an thị xã Sa Pa", "POLICE", "C"),
            u("Công an huyện Bát Xát", "POLICE", "C"), u("Công an huyện Mường Khương", "POLICE", "C"),
            u("Công an huyện Si Ma Cai", "POLICE", "C"), u("Công an huyện Bắc Hà", "POLICE", "C"),
            u("Công an huyện Bảo Thắng", "POLICE", "C"), u("Công an huyện Bảo Yên", "POLICE", "C"),
            u("Công an huyện Văn Bàn", "POLICE", "C"), u("Phòng Tham mưu", "POLICE", "C"),
            u("Phòng Cảnh sát giao thông", "POLICE", "C"), u("Phòng Cảnh sát cơ động", "POLICE", "C"),
            u("Phòng Cảnh sát hình sự", "POLICE", "C"), u("Phòng Cảnh sát điều tra tội phạm về ma túy", "POLICE", "C"),
            u("Phòng Cảnh sát phòng cháy, chữa cháy và cứu nạn, cứu hộ", "POLICE", "C"),
            u("Phòng An ninh kinh tế", "POLICE", "C"), u("Phòng An ninh chính trị nội bộ", "POLICE", "C"),
            u("Phòng An ninh mạng và phòng, chống tội phạm sử dụng công nghệ cao", "POLICE", "C"),
            u("Phòng Cảnh sát kinh tế", "POLICE", "C"),
            u("Phòng Cảnh sát quản lý hành chính về trật tự xã hội", "POLICE", "C"),
            u("Phòng Kỹ thuật hình sự", "POLICE", "C"), u("Phòng Cảnh sát môi trường", "POLICE", "C"),
            u("Phòng Cảnh sát thi hành án hình sự và hỗ trợ tư pháp", "POLICE", "C"), u("Phòng Hồ sơ", "POLICE", "G"), u("Phòng Quản lý xuất nhập cảnh", "POLICE", "C"),
            u("Trại Tạm giam", "POLICE", "C"), u("Phòng Hậu cần", "POLICE", "G"),
            u("Phòng Tổ chức cán bộ", "POLICE", "G"), u("Phòng An ninh đối ngoại", "POLICE", "G"));

    /** Cells under a grassroots committee of each setting (the committee's own departments, wards, companies …). */
    static final List<String> AGENCY_CELLS = List.of("Văn phòng", "Thanh tra", "Phòng Kế hoạch - Tài chính",
            "Phòng Tổ chức cán bộ", "Phòng Nghiệp vụ 1", "Phòng Nghiệp vụ 2", "Phòng Nghiệp vụ 3", "Phòng Pháp chế",
            "Trung tâm Công nghệ thông tin", "Trung tâm Dịch vụ", "Phòng Tổng hợp", "Phòng Kiểm tra");
    static final List<String> UBND_CELLS = List.of("Văn phòng Hội đồng nhân dân và Ủy ban nhân dân",
            "Phòng Tài chính - Kế hoạch", "Phòng Nội vụ", "Phòng Tư pháp", "Phòng Tài nguyên và Môi trường",
            "Phòng Kinh tế và Hạ tầng", "Phòng Nông nghiệp và Phát triển nông thôn", "Phòng Văn hóa và Thông tin",
            "Phòng Lao động - Thương binh và Xã hội", "Phòng Dân tộc", "Thanh tra",
            "Trung tâm Văn hóa, Thể thao và Truyền thông");
    static final List<String> PARTY_CELLS = List.of("Văn phòng %c", "Ban Tổ chức %c", "Ban Tuyên giáo %c",
            "Ủy ban Kiểm tra %c", "Ban Dân vận %c", "Ủy ban Mặt trận Tổ quốc", "Các đoàn thể");
    static final List<String> HEALTH_CELLS = List.of("Khoa Nội", "Khoa Ngoại", "Khoa Sản", "Khoa Nhi",
            "Khoa Hồi sức tích cực - Chống độc", "Khoa Khám bệnh", "Khoa Dược", "Khoa Xét nghiệm",
            "Khoa Chẩn đoán hình ảnh", "Phòng Kế hoạch tổng hợp", "Phòng Điều dưỡng", "Khoa Truyền nhiễm",
            "Khoa Y tế công cộng");
    static final List<String> UPPER_SCHOOL_CELLS = List.of("Tổ Toán - Tin", "Tổ Ngữ văn", "Tổ Khoa học tự nhiên",
            "Tổ Khoa học xã hội", "Tổ Ngoại ngữ", "Văn phòng", "Tổ Thể dục - Quốc phòng");
    static final List<String> COLLEGE_CELLS = List.of("Khoa Sư phạm", "Khoa Kỹ thuật - Công nghệ", "Khoa Nông Lâm",
            "Khoa Kinh tế - Du lịch", "Khoa Y Dược", "Khoa Văn hóa cơ bản", "Phòng Đào tạo", "Văn phòng",
            "Học sinh - Sinh viên");
    static final List<String> SCHOOL_CELLS = List.of("Cơ quan Phòng Giáo dục và Đào tạo", "Trường Mầm non số 1",
            "Trường Mầm non số 2", "Trường Tiểu học số 1", "Trường Tiểu học số 2", "Trường THCS số 1",
            "Trường THCS số 2", "Trường Phổ thông Dân tộc bán trú");
    static final List<String> ENTERPRISE_CELLS = List.of("Văn phòng công ty", "Phòng Kỹ thuật", "Phòng Kinh doanh",
            "Phân xưởng 1", "Phân xưởng 2", "Xí nghiệp 1", "Xí nghiệp 2", "Đội Vận hành", "Chi nhánh Sa Pa",
            "Chi nhánh Bảo Thắng", "Phòng Tài chính - Kế toán", "Đội Xây lắp");
    static final List<String> ARMY_CELLS = List.of("Ban Tham mưu", "Ban Chính trị", "Ban Hậu cần - Kỹ thuật",
            "Đại đội 1", "Đại đội 2", "Đại đội 3", "Tiểu đoàn 1", "Tiểu đoàn 2", "Cơ quan", "Đại đội Bộ binh");
    static final List<String> BORDER_CELLS = List.of("Chỉ huy", "Đội Vận động quần chúng", "Đội Trinh sát",
            "Đội Tuần tra, kiểm soát", "Trạm Kiểm soát Biên phòng", "Đội Phòng, chống ma túy và tội phạm",
            "Đội Hành chính", "Tổ Công tác");
    static final List<String> POLICE_CELLS = List.of("Đội Tham mưu - Tổng hợp", "Đội An ninh",
            "Đội Cảnh sát hình sự", "Đội Cảnh sát giao thông - Trật tự", "Đội Cảnh sát điều tra", "Đội Hậu cần",
            "Đội 1", "Đội 2", "Đội 3");

    private static String[] u(String name, String setting, String kind) {
        return new String[] {name, setting, kind};
    }
}
