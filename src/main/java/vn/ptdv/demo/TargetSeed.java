package vn.ptdv.demo;

/** A registered yearly target (chỉ tiêu kết nạp đảng viên) of one organisation. */
public record TargetSeed(String organizationCode, int year, int admissions) {
}
