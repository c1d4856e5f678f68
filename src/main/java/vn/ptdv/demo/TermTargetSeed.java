package vn.ptdv.demo;

/** A target over a committee term (nhiệm kỳ), e.g. 2020–2025. */
public record TermTargetSeed(String organizationCode, int fromYear, int toYear, int admissions) {
}
