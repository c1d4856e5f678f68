package vn.ptdv.demo;

import java.util.ArrayList;
import java.util.List;
import java.util.Set;
import java.util.SplittableRandom;
import vn.ptdv.shared.VietnameseText;

/**
 * Village (thôn, bản) names in the style of the province's peoples, composed from two syllables as most Mông, Hà Nhì,
 * Tày and Giáy village names are (Sín Chải, Lao Chải, Nà Lạn, Khuổi Bó), plus the Kinh-style names of lowland
 * villages (Tân Tiến, Đoàn Kết).
 */
final class PlaceNames {

    private static final List<String> HIGHLAND_FIRST = List.of("Sín", "Lao", "Tả", "Nậm", "Cốc", "Pả", "Lùng", "Séo",
            "Ngải", "Sảng", "Phìn", "Xín", "Mào", "Sản", "Lồ", "Hầu", "Seng", "Lủ", "Sừ", "Cán", "Há", "Tìn", "Na",
            "Mà", "Ngài", "Pờ", "Thài", "Chù", "Dì", "Sa");
    private static final List<String> HIGHLAND_SECOND = List.of("Chải", "Thàng", "Phìn", "Ngài", "Sán", "Lùng", "Chư",
            "Cháng", "Hồ", "Dền", "Sáng", "Tẩn", "Sà", "Mần", "Pan", "Chồ", "Khâu", "Tủng", "Pao", "Cáo", "Xá", "Sung",
            "Ván", "Chảy", "Ngù", "Lử", "Mý", "Giàng", "Tỷ", "Cô");
    private static final List<String> LOWLAND_FIRST = List.of("Nà", "Khuổi", "Làng", "Khe", "Pác", "Cốc", "Phiêng",
            "Tổng", "Nậm", "Pá", "Vi", "Bó", "Mường", "Hốc", "Pằn", "Tát", "Nà Hu", "Bản");
    private static final List<String> LOWLAND_SECOND = List.of("Lạn", "Bó", "Mạ", "Hốc", "Chạn", "Phầy", "Cóc",
            "Khang", "Mòn", "Đẩy", "Ràng", "Mười", "Tát", "Nọi", "Luông", "Khao", "Vài", "Cuông", "Pục", "Bon", "Hản",
            "Chàng", "Pịt", "Mản", "Sâm", "Khiêng");
    private static final List<String> KINH = List.of("Tân Tiến", "Tân Lập", "Thắng Lợi", "Đoàn Kết", "Quyết Tiến",
            "Trung Tâm", "Làng Mới", "Bình Minh", "Thái Bình", "An Thành", "Phú Thịnh", "Hồng Phong", "Tiến Lợi",
            "Minh Khai", "Quang Trung", "Hòa Lạc", "Tân Bình", "Tân Thành", "Văn Tiến", "Hưng Thịnh", "Phú Hà",
            "Cộng Hòa", "Thái Hòa", "An Hồng", "Phú Cường", "Đồng Tâm", "Bảo Vinh", "Tiền Phong", "Khởi Nghĩa");

    private PlaceNames() {
    }

    private static final List<String> HIGHLAND = combine(HIGHLAND_FIRST, HIGHLAND_SECOND, "thôn ");
    private static final List<String> LOWLAND = combine(LOWLAND_FIRST, LOWLAND_SECOND, "bản ");
    private static final List<String> KINH_VILLAGES = KINH.stream().map(k -> "thôn " + k).toList();

    /**
     * {@code count} distinct village names ("thôn Sín Chải", "bản Nà Lạn"), none of whose bare names is in
     * {@code taken}: in the highlands three in four in the Mông/Hà Nhì style, in the lowlands half in the Kinh style.
     */
    static List<String> villages(int count, boolean highland, SplittableRandom rng, Set<String> taken) {
        List<String> main = new ArrayList<>(highland ? HIGHLAND : KINH_VILLAGES);
        List<String> other = new ArrayList<>(LOWLAND);
        int fromMain = (int) Math.round(count * (highland ? 0.75 : 0.5));
        List<String> names = new ArrayList<>();
        take(main, fromMain, rng, taken, names);
        take(other, count - fromMain, rng, taken, names);
        shuffle(names, rng);
        return names;
    }

    private static void take(List<String> candidates, int count, SplittableRandom rng, Set<String> taken,
                             List<String> into) {
        shuffle(candidates, rng);
        int wanted = into.size() + count;
        for (int i = 0; i < candidates.size() && into.size() < wanted; i++) {
            String name = candidates.get(i);
            if (taken.add(name.substring(name.indexOf(' ') + 1))) {
                into.add(name);
            }
        }
        if (into.size() < wanted) {
            throw new IllegalStateException("not enough village names for " + count);
        }
    }

    /** Fisher–Yates with the generator's random source. */
    static <T> void shuffle(List<T> items, SplittableRandom rng) {
        for (int i = items.size() - 1; i > 0; i--) {
            int j = rng.nextInt(i + 1);
            T t = items.get(i);
            items.set(i, items.get(j));
            items.set(j, t);
        }
    }

    private static List<String> combine(List<String> first, List<String> second, String prefix) {
        List<String> names = new ArrayList<>();
        for (String a : first) {
            for (String b : second) {
                if (!a.endsWith(b)) {
                    names.add(VietnameseText.nfc(prefix + a + " " + b));
                }
            }
        }
        return List.copyOf(names);
    }
}
