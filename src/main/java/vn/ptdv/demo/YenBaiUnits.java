package vn.ptdv.demo;

import java.util.List;

/**
 * The synthetic old Yên Bái province of the demo (2020 – 30/6/2025) and the commune-level committees of the new Lào Cai
 * province from 1/7/2025. Số liệu giả định: the unit names follow the real districts and communes as far as the demo's
 * authors know them, every figure (members, targets, admissions) is invented. The new communes are named after a
 * commune they absorb; which old commune went where is the demo's choice, not the real plan.
 */
final class YenBaiUnits {

    private YenBaiUnits() {
    }

    /**
     * A district of old Yên Bái: code, name, the place ("huyện Lục Yên"), the symbol of its committee, the weights of
     * the peoples among its admissions (1019/QĐ-TCTK-2008 codes), its communes of 2020–2025, and the names of the new
     * commune-level committees it became on 1/7/2025 with their code prefix.
     */
    record District(String code, String name, String place, String issuer, String ethnicMix, List<String> communes,
                    String newPrefix, List<String> newCommunes) {
    }

    static final List<District> DISTRICTS = List.of(
            new District("YB-TP", "Đảng bộ thành phố Yên Bái", "thành phố Yên Bái", "ThU-YB", "01:80,02:8,09:4,06:3,03:3,07:2",
                    List.of("phường Đồng Tâm", "phường Hồng Hà", "phường Minh Tân", "phường Nguyễn Thái Học",
                            "phường Yên Ninh", "phường Yên Thịnh", "phường Nam Cường", "phường Hợp Minh",
                            "phường Nguyễn Phúc", "xã Tân Thịnh", "xã Tuy Lộc", "xã Minh Bảo", "xã Văn Phú",
                            "xã Phúc Lộc", "xã Giới Phiên", "xã Văn Tiến", "xã Âu Lâu"),
                    "LC-YTP", List.of("phường Yên Bái", "phường Nam Cường", "phường Văn Phú", "phường Âu Lâu",
                            "xã Tuy Lộc", "xã Giới Phiên")),
            new District("YB-NL", "Đảng bộ thị xã Nghĩa Lộ", "thị xã Nghĩa Lộ", "TxU-YB", "03:55,01:35,06:4,08:3,09:3",
                    List.of("phường Pú Trạng", "phường Trung Tâm", "phường Tân An", "phường Cầu Thia", "xã Nghĩa Lộ",
                            "xã Nghĩa An", "xã Nghĩa Phúc", "xã Phù Nham", "xã Thanh Lương", "xã Thạch Lương",
                            "xã Hạnh Sơn", "xã Phúc Sơn", "xã Nghĩa Lợi"),
                    "LC-YNL", List.of("phường Nghĩa Lộ", "phường Trung Tâm", "phường Cầu Thia", "xã Phúc Sơn")),
            new District("YB-LY", "Đảng bộ huyện Lục Yên", "huyện Lục Yên", "HU-LY", "02:55,01:20,09:14,07:6,08:3,26:2",
                    List.of("thị trấn Yên Thế", "xã Tân Lĩnh", "xã Khánh Hòa", "xã Minh Xuân", "xã Mai Sơn",
                            "xã Lâm Thượng", "xã Khai Trung", "xã Mường Lai", "xã Tân Lập", "xã Minh Chuẩn",
                            "xã Phúc Lợi", "xã An Phú", "xã Vĩnh Lạc", "xã Liễu Đô", "xã Động Quan", "xã Tân Phượng",
                            "xã Trúc Lâu", "xã Phan Thanh", "xã Yên Thắng", "xã Tô Mậu", "xã Khánh Thiện"),
                    "LC-YLY", List.of("xã Yên Thế", "xã Lục Yên", "xã Khánh Hòa", "xã Lâm Thượng", "xã Mường Lai",
                            "xã Tân Lĩnh", "xã Phúc Lợi")),
            new District("YB-VY", "Đảng bộ huyện Văn Yên", "huyện Văn Yên", "HU-VY", "01:45,09:35,02:14,08:4,03:2",
                    List.of("thị trấn Mậu A", "xã Mậu Đông", "xã An Thịnh", "xã Đông Cuông", "xã Lâm Giang",
                            "xã Châu Quế Thượng", "xã Châu Quế Hạ", "xã Phong Dụ Thượng", "xã Phong Dụ Hạ",
                            "xã Xuân Ái", "xã Yên Hợp", "xã Ngòi A", "xã Đại Sơn", "xã Nà Hẩu", "xã Mỏ Vàng",
                            "xã Viễn Sơn", "xã Xuân Tầm", "xã Yên Phú", "xã Yên Thái", "xã Hoàng Thắng",
                            "xã Quang Minh", "xã Tân Hợp", "xã Đông An", "xã An Bình", "xã Lang Thíp"),
                    "LC-YVY", List.of("xã Mậu A", "xã Xuân Ái", "xã Đông Cuông", "xã Lâm Giang", "xã Châu Quế",
                            "xã Phong Dụ Hạ", "xã Mỏ Vàng", "xã Lang Thíp")),
            new District("YB-MCC", "Đảng bộ huyện Mù Cang Chải", "huyện Mù Cang Chải", "HU-MCC", "08:90,03:6,01:4",
                    List.of("thị trấn Mù Cang Chải", "xã Cao Phạ", "xã Chế Cu Nha", "xã Chế Tạo", "xã Dế Xu Phình",
                            "xã Hồ Bốn", "xã Khao Mang", "xã Kim Nọi", "xã La Pán Tẩn", "xã Lao Chải", "xã Mồ Dề",
                            "xã Nậm Có", "xã Nậm Khắt", "xã Púng Luông"),
                    "LC-YMCC", List.of("xã Mù Cang Chải", "xã Khao Mang", "xã Púng Luông", "xã Lao Chải", "xã Chế Tạo")),
            new District("YB-TY", "Đảng bộ huyện Trấn Yên", "huyện Trấn Yên", "HU-TY", "01:78,02:8,09:6,06:4,03:4",
                    List.of("thị trấn Cổ Phúc", "xã Báo Đáp", "xã Bảo Hưng", "xã Cường Thịnh", "xã Đào Thịnh",
                            "xã Hòa Cuông", "xã Hồng Ca", "xã Hưng Khánh", "xã Hưng Thịnh", "xã Kiên Thành",
                            "xã Lương Thịnh", "xã Minh Quán", "xã Minh Quân", "xã Nga Quán", "xã Quy Mông",
                            "xã Tân Đồng", "xã Vân Hội", "xã Việt Cường", "xã Việt Hồng", "xã Việt Thành", "xã Y Can"),
                    "LC-YTY", List.of("xã Trấn Yên", "xã Quy Mông", "xã Hưng Khánh", "xã Lương Thịnh", "xã Việt Hồng")),
            new District("YB-TT", "Đảng bộ huyện Trạm Tấu", "huyện Trạm Tấu", "HU-TT", "08:80,03:15,01:5",
                    List.of("thị trấn Trạm Tấu", "xã Bản Công", "xã Bản Mù", "xã Hát Lừu", "xã Làng Nhì", "xã Pá Lau",
                            "xã Pá Hu", "xã Phình Hồ", "xã Tà Si Láng", "xã Túc Đán", "xã Xà Hồ"),
                    "LC-YTT", List.of("xã Trạm Tấu", "xã Hạnh Phúc", "xã Phình Hồ")),
            new District("YB-VC", "Đảng bộ huyện Văn Chấn", "huyện Văn Chấn", "HU-VC", "03:40,01:35,08:10,06:7,09:6,02:2",
                    List.of("thị trấn Nông trường Liên Sơn", "thị trấn Nông trường Nghĩa Lộ",
                            "thị trấn Nông trường Trần Phú", "thị trấn Sơn Thịnh", "xã Tú Lệ", "xã Nậm Búng", "xã Gia Hội",
                            "xã Sùng Đô", "xã Nậm Mười", "xã An Lương", "xã Suối Giàng", "xã Suối Bu", "xã Suối Quyền",
                            "xã Sơn Lương", "xã Nghĩa Tâm", "xã Chấn Thịnh", "xã Bình Thuận", "xã Đại Lịch", "xã Minh An",
                            "xã Tân Thịnh", "xã Thượng Bằng La", "xã Cát Thịnh", "xã Nậm Lành", "xã Nghĩa Sơn"),
                    "LC-YVC", List.of("xã Văn Chấn", "xã Sơn Lương", "xã Tú Lệ", "xã Gia Hội", "xã Thượng Bằng La",
                            "xã Chấn Thịnh", "xã Cát Thịnh")),
            new District("YB-YB", "Đảng bộ huyện Yên Bình", "huyện Yên Bình", "HU-YBH", "01:70,02:14,09:8,06:4,07:4",
                    List.of("thị trấn Yên Bình", "thị trấn Thác Bà", "xã Bạch Hà", "xã Bảo Ái", "xã Cảm Ân",
                            "xã Cảm Nhân", "xã Đại Đồng", "xã Đại Minh", "xã Hán Đà", "xã Mông Sơn", "xã Mỹ Gia",
                            "xã Ngọc Chấn", "xã Phúc An", "xã Phúc Ninh", "xã Tân Hương", "xã Tân Nguyên",
                            "xã Thịnh Hưng", "xã Văn Lãng", "xã Vĩnh Kiên", "xã Vũ Linh", "xã Xuân Lai",
                            "xã Xuân Long", "xã Yên Thành"),
                    "LC-YYB", List.of("xã Yên Bình", "xã Thác Bà", "xã Cảm Nhân", "xã Bảo Ái", "xã Yên Thành",
                            "xã Phúc An")));

    /** The new commune-level committees of old Lào Cai (NQ 60-NQ/TU: 48 units) by old district, with their code prefix. */
    static final List<String[]> LAO_CAI_NEW = List.of(
            new String[] {"LC-BT", "LC-BT", "xã Bảo Thắng", "xã Phong Hải", "xã Xuân Quang", "xã Tằng Loỏng", "xã Gia Phú"},
            new String[] {"LC-TP", "LC-TP", "phường Lào Cai", "phường Cam Đường", "xã Hợp Thành", "xã Cốc San"},
            new String[] {"LC-BX", "LC-BX", "xã Bát Xát", "xã A Mú Sung", "xã Trịnh Tường", "xã Y Tý", "xã Dền Sáng",
                "xã Bản Xèo", "xã Mường Hum"},
            new String[] {"LC-BY", "LC-BY", "xã Bảo Yên", "xã Nghĩa Đô", "xã Thượng Hà", "xã Xuân Hòa", "xã Phúc Khánh",
                "xã Bảo Hà"},
            new String[] {"LC-VB", "LC-VB", "xã Văn Bàn", "xã Khánh Yên", "xã Võ Lao", "xã Dương Quỳ", "xã Chiềng Ken",
                "xã Minh Lương", "xã Nậm Chày", "xã Nậm Xé"},
            new String[] {"LC-SP", "LC-SP", "phường Sa Pa", "xã Tả Phìn", "xã Tả Van", "xã Ngũ Chỉ Sơn", "xã Bản Hồ",
                "xã Mường Bo"},
            new String[] {"LC-BH", "LC-BH", "xã Bắc Hà", "xã Tả Củ Tỷ", "xã Lùng Phình", "xã Bản Liền", "xã Bảo Nhai",
                "xã Cốc Lầu"},
            new String[] {"LC-SMC", "LC-SMC", "xã Si Ma Cai", "xã Sín Chéng"},
            new String[] {"LC-MK", "LC-MK", "xã Mường Khương", "xã Pha Long", "xã Cao Sơn", "xã Bản Lầu"});

    /** Old Yên Bái's affiliated committees: code, name, symbol, and their grassroots units (name, setting, C or G). */
    static final List<String> YB_CQ_UNITS = List.of("Cơ quan Văn phòng Tỉnh ủy|AGENCY|C",
            "Văn phòng Ủy ban nhân dân tỉnh|AGENCY|C", "Sở Tài chính|AGENCY|C", "Sở Nội vụ|AGENCY|C",
            "Sở Giáo dục và Đào tạo|AGENCY|C", "Sở Y tế|AGENCY|C", "Sở Nông nghiệp và Phát triển nông thôn|AGENCY|C",
            "Sở Kế hoạch và Đầu tư|AGENCY|G", "Báo Yên Bái|AGENCY|G", "Trường Chính trị tỉnh|AGENCY|G",
            "Cơ quan Ủy ban Mặt trận Tổ quốc và các đoàn thể tỉnh|AGENCY|C", "Bệnh viện Đa khoa tỉnh|HEALTH|C",
            "Trường Cao đẳng Yên Bái|UPPER_SCHOOL|C", "Trường THPT chuyên Nguyễn Tất Thành|UPPER_SCHOOL|C",
            "Cục Thuế tỉnh|AGENCY|C", "Kho bạc Nhà nước tỉnh|AGENCY|G", "Công ty Điện lực Yên Bái|STATE_ENTERPRISE|C",
            "Công ty cổ phần Môi trường và Dịch vụ đô thị Yên Bái|STATE_ENTERPRISE|G",
            "Công ty cổ phần Khoáng sản Yên Bái|PRIVATE_ENTERPRISE|G",
            "Công ty TNHH Đá quý Lục Yên|PRIVATE_ENTERPRISE|G");
    static final List<String> YB_QS_UNITS = List.of("Cơ quan Bộ Chỉ huy Quân sự tỉnh|ARMY|C", "Trung đoàn 280|ARMY|C",
            "Ban Chỉ huy Quân sự thành phố Yên Bái|ARMY|C", "Ban Chỉ huy Quân sự huyện Văn Chấn|ARMY|C",
            "Ban Chỉ huy Quân sự huyện Lục Yên|ARMY|C", "Đại đội Trinh sát|ARMY|G");
    static final List<String> YB_CA_UNITS = List.of("Công an thành phố Yên Bái|POLICE|C", "Công an huyện Văn Yên|POLICE|C",
            "Công an huyện Văn Chấn|POLICE|C", "Công an huyện Lục Yên|POLICE|C", "Phòng Tham mưu|POLICE|C",
            "Phòng Cảnh sát giao thông|POLICE|C", "Phòng An ninh chính trị nội bộ|POLICE|C", "Phòng Hậu cần|POLICE|G");
}
