package vn.ptdv.emulation.control;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertFalse;
import static org.junit.jupiter.api.Assertions.assertNull;
import static org.junit.jupiter.api.Assertions.assertTrue;

import java.time.LocalDate;
import java.util.List;
import java.util.Map;
import org.junit.jupiter.api.Test;
import vn.ptdv.admission.api.UnitAchievement;
import vn.ptdv.emulation.api.QualityRating;
import vn.ptdv.emulation.control.EligibilityEvaluator.Check;
import vn.ptdv.emulation.control.EligibilityEvaluator.Discipline;
import vn.ptdv.emulation.control.EligibilityEvaluator.Outcome;
import vn.ptdv.emulation.control.EligibilityEvaluator.Participant;
import vn.ptdv.emulation.control.EligibilityEvaluator.Result;
import vn.ptdv.emulation.control.EligibilityEvaluator.TierSpec;

class EligibilityEvaluatorTest {

    static Participant unit(String code, Integer target, long admitted) {
        return unit(code, target, admitted, QualityRating.HOAN_THANH_TOT);
    }

    static Participant unit(String code, Integer target, long admitted, QualityRating rating) {
        return new Participant(code, "Đảng bộ " + code, "Huyện ủy", new UnitAchievement("p/" + code, target,
                LocalDate.of(2024, 2, 1), admitted, admitted / 2, admitted / 3, 1, 2),
                rating == null ? Map.of() : Map.of(2024, rating), List.of(), 0, null);
    }

    static Check only(Criterion c, Participant p) {
        return EligibilityEvaluator.check(0, "Giấy khen", c, p, 2024, 2024);
    }

    static Result of(List<Result> results, String code) {
        return results.stream().filter(r -> r.participant().code().equals(code)).findFirst().orElseThrow();
    }

    @Test
    void targetRatioIsExactAtTheBoundary() {
        assertTrue(only(Criterion.ratioAtLeast(120), unit("A", 100, 120)).met());
        assertFalse(only(Criterion.ratioAtLeast(120), unit("A", 100, 119)).met());
        // 270/222 = 121,6% ≥ 120%; 149,95% would round to 150,0% but is below 150
        Check bt = only(Criterion.ratioAtLeast(120), unit("LC-BT", 222, 270));
        assertTrue(bt.met());
        assertEquals("121,6%", bt.measured());
        assertEquals("Đạt 121,6% chỉ tiêu (270/222), yêu cầu ≥ 120%.", bt.reason());
        assertFalse(only(Criterion.ratioAtLeast(150), unit("X", 2000, 2999)).met());
        assertTrue(only(Criterion.ratioAtLeast(100), unit("X", 5, 5)).met());
    }

    @Test
    void noTargetOrTargetZeroIsNotMetWithItsReason() {
        Check none = only(Criterion.ratioAtLeast(100), unit("A", null, 10));
        assertFalse(none.met());
        assertTrue(none.reason().contains("Chưa đăng ký chỉ tiêu"), none.reason());
        Check zero = only(Criterion.ratioAtLeast(100), unit("A", 0, 10));
        assertFalse(zero.met());
        assertTrue(zero.reason().contains("bằng 0"), zero.reason());
    }

    @Test
    void admittedAndGroupCounts() {
        assertTrue(only(Criterion.admittedAtLeast(10), unit("A", 5, 10)).met());
        assertFalse(only(Criterion.admittedAtLeast(11), unit("A", 5, 10)).met());
        Participant p = unit("A", 5, 12);   // women 6, minorities 4, pupils 1, private 2
        assertTrue(only(Criterion.groupAtLeast(AdmittedGroup.WOMEN, 6), p).met());
        assertFalse(only(Criterion.groupAtLeast(AdmittedGroup.MINORITY, 5), p).met());
        assertTrue(only(Criterion.groupAtLeast(AdmittedGroup.PUPIL_STUDENT, 1), p).met());
        Check priv = only(Criterion.groupAtLeast(AdmittedGroup.PRIVATE_ECONOMIC_UNIT, 3), p);
        assertFalse(priv.met());
        assertEquals("Kết nạp 2 đảng viên trong đơn vị kinh tế tư nhân, yêu cầu ≥ 3.", priv.reason());
    }

    @Test
    void registrationDeadline() {
        assertTrue(only(Criterion.registeredBy(LocalDate.of(2024, 2, 1)), unit("A", 5, 5)).met());
        assertFalse(only(Criterion.registeredBy(LocalDate.of(2024, 1, 31)), unit("A", 5, 5)).met());
        assertFalse(only(Criterion.registeredBy(LocalDate.of(2024, 1, 31)), unit("A", null, 5)).met());
    }

    @Test
    void qualityRatingEveryYearOfThePeriod() {
        assertTrue(only(Criterion.ratingAtLeast(QualityRating.HOAN_THANH_TOT), unit("A", 5, 5, QualityRating.HOAN_THANH_XUAT_SAC)).met());
        assertTrue(only(Criterion.ratingAtLeast(QualityRating.HOAN_THANH_TOT), unit("A", 5, 5, QualityRating.HOAN_THANH_TOT)).met());
        Check low = only(Criterion.ratingAtLeast(QualityRating.HOAN_THANH_TOT), unit("A", 5, 5, QualityRating.HOAN_THANH));
        assertFalse(low.met());
        assertTrue(low.reason().contains("Hoàn thành nhiệm vụ"), low.reason());
        Check missing = only(Criterion.ratingAtLeast(QualityRating.HOAN_THANH), unit("A", 5, 5, null));
        assertFalse(missing.met());
        assertTrue(missing.reason().contains("chưa có kết quả xếp loại"), missing.reason());
        // a two-year campaign needs both years
        Check twoYears = EligibilityEvaluator.check(0, "T", Criterion.ratingAtLeast(QualityRating.HOAN_THANH),
                unit("A", 5, 5, QualityRating.HOAN_THANH_TOT), 2023, 2024);
        assertFalse(twoYears.met());
    }

    @Test
    void disciplineAndUnresolvedViolations() {
        Participant clean = unit("A", 5, 5);
        assertTrue(only(Criterion.of(CriterionType.NO_DISCIPLINE), clean).met());
        Participant punished = new Participant("B", "B", null, clean.figures(), clean.ratings(),
                List.of(new Discipline(LocalDate.of(2024, 6, 3), "Khiển trách")), 2, null);
        Check d = only(Criterion.of(CriterionType.NO_DISCIPLINE), punished);
        assertFalse(d.met());
        assertEquals("Bị kỷ luật (Khiển trách) ngày 03/06/2024.", d.reason());
        assertTrue(only(Criterion.of(CriterionType.NO_UNRESOLVED_VIOLATION), clean).met());
        assertFalse(only(Criterion.of(CriterionType.NO_UNRESOLVED_VIOLATION), punished).met());
    }

    static final List<TierSpec> TWO_TIERS = List.of(
            new TierSpec("Bằng khen", 2, List.of(Criterion.ratioAtLeast(120),
                    Criterion.ratingAtLeast(QualityRating.HOAN_THANH_TOT))),
            new TierSpec("Giấy khen", 2, List.of(Criterion.ratioAtLeast(100),
                    Criterion.ratingAtLeast(QualityRating.HOAN_THANH_TOT))));

    @Test
    void quotasDropUnitsToTheNextTierThenOutWithTheTieBreak() {
        List<Result> r = EligibilityEvaluator.evaluate(TWO_TIERS, 2024, 2024, List.of(
                unit("U1", 100, 150), unit("U2", 100, 130), unit("U3", 100, 125),     // all reach Bằng khen
                unit("U4", 100, 110),
                unit("U6", 100, 105), unit("U5", 100, 105),                           // tie: same ratio, same admitted
                unit("U7", 100, 90), unit("U8", 100, 140, QualityRating.HOAN_THANH), unit("U9", null, 50)));
        assertEquals(List.of("U1", "U8", "U2", "U3", "U4", "U5", "U6", "U7", "U9"),
                r.stream().map(x -> x.participant().code()).toList(), "ratio, then admitted, then code");
        assertEquals("Bằng khen", of(r, "U1").tierProposed());
        assertEquals("Bằng khen", of(r, "U2").tierProposed());
        Result u3 = of(r, "U3");
        assertEquals("Bằng khen", u3.tierReached());
        assertEquals("Giấy khen", u3.tierProposed(), "beyond the Bằng khen quota: drops to Giấy khen");
        assertTrue(u3.summary().contains("vượt số lượng Bằng khen"), u3.summary());
        assertEquals("Giấy khen", of(r, "U4").tierProposed());
        Result u5 = of(r, "U5");
        Result u6 = of(r, "U6");
        assertEquals(Outcome.NOT_PROPOSED_QUOTA, u5.outcome(), "Giấy khen is full (U3, U4)");
        assertEquals(Outcome.NOT_PROPOSED_QUOTA, u6.outcome());
        assertTrue(u5.rank() < u6.rank(), "the tie is broken by code");
        assertEquals(Outcome.NOT_ELIGIBLE, of(r, "U7").outcome());
        assertTrue(of(r, "U7").summary().startsWith("Không đủ điều kiện: chỉ đạt 90,0% chỉ tiêu"), of(r, "U7").summary());
        Result u8 = of(r, "U8");
        assertEquals(Outcome.NOT_ELIGIBLE, u8.outcome());
        assertTrue(u8.summary().contains("Hoàn thành nhiệm vụ"), u8.summary());
        assertTrue(of(r, "U9").summary().contains("Chưa đăng ký chỉ tiêu".toLowerCase()), of(r, "U9").summary());
        assertNull(of(r, "U9").ratio());
    }

    @Test
    void tieAtTheQuotaBoundaryGoesToTheLowerCode() {
        List<TierSpec> one = List.of(new TierSpec("Giấy khen", 1, List.of(Criterion.ratioAtLeast(100))));
        List<Result> r = EligibilityEvaluator.evaluate(one, 2024, 2024, List.of(unit("LC-B", 10, 12), unit("LC-A", 10, 12)));
        assertEquals(Outcome.PROPOSED, of(r, "LC-A").outcome());
        assertEquals(Outcome.NOT_PROPOSED_QUOTA, of(r, "LC-B").outcome());
        // same ratio, more admitted wins before the code
        r = EligibilityEvaluator.evaluate(one, 2024, 2024, List.of(unit("LC-A", 10, 12), unit("LC-B", 20, 24)));
        assertEquals(Outcome.PROPOSED, of(r, "LC-B").outcome());
    }

    @Test
    void aUnitClosedDuringThePeriodIsNotEligible() {
        Participant open = unit("A", 10, 20);
        Participant merged = new Participant("B", "B", null, open.figures(), open.ratings(), List.of(), 0,
                LocalDate.of(2024, 6, 30));
        List<Result> r = EligibilityEvaluator.evaluate(TWO_TIERS, 2024, 2024, List.of(open, merged));
        assertEquals(Outcome.PROPOSED, of(r, "A").outcome());
        Result b = of(r, "B");
        assertEquals(Outcome.NOT_ELIGIBLE, b.outcome());
        assertTrue(b.summary().contains("kết thúc hoạt động ngày 30/06/2024"), b.summary());
    }

    @Test
    void resultsAreDeterministic() {
        List<Participant> ps = List.of(unit("C", 10, 11), unit("A", 10, 11), unit("B", 10, 15));
        assertEquals(EligibilityEvaluator.evaluate(TWO_TIERS, 2024, 2024, ps),
                EligibilityEvaluator.evaluate(TWO_TIERS, 2024, 2024, List.of(ps.get(2), ps.get(0), ps.get(1))));
    }
}
