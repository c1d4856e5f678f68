package vn.ptdv.emulation.control;

import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import vn.ptdv.platform.rest.ProblemException;
import vn.ptdv.platform.rest.ProblemType;

/**
 * The emulation council's meeting on a proposal (Luật Thi đua, khen thưởng 2022; each council's working rules set the
 * figures, so they are configuration): the meeting is valid with at least {@code quorum} of its members present; an
 * award passes with "for" from at least {@code approvalPercent}% of the members present; the tiers named in
 * {@code secretBallotTiers} are voted by secret ballot. Pure: every check throws the 422 the API answers.
 */
final class CouncilRules {

    /** The configured figures: quorum as a fraction, the approval percentage, the secret-ballot tier prefixes. */
    record Settings(int quorumNumerator, int quorumDenominator, int approvalPercent, List<String> secretBallotTiers) {

        /** "2/3", "70", "Bằng khen;Cờ thi đua". */
        static Settings parse(String quorum, int approvalPercent, String secretBallotTiers) {
            String[] q = quorum.strip().split("/");
            int n = Integer.parseInt(q[0].strip());
            int d = q.length > 1 ? Integer.parseInt(q[1].strip()) : 1;
            if (n < 0 || d <= 0 || n > d || approvalPercent < 1 || approvalPercent > 100) {
                throw new IllegalArgumentException("Cấu hình Hội đồng Thi đua – Khen thưởng không hợp lệ: " + quorum + ", "
                        + approvalPercent);
            }
            List<String> tiers = secretBallotTiers == null ? List.of() : java.util.Arrays.stream(secretBallotTiers.split(";"))
                    .map(String::strip).filter(t -> !t.isEmpty()).toList();
            return new Settings(n, d, approvalPercent, tiers);
        }

        boolean secretBallot(String tier) {
            return tier != null && secretBallotTiers.stream().anyMatch(tier::startsWith);
        }
    }

    /** One vote as asked: the unit's index in the request, its tier, the three counts, secret or not. */
    record Ballot(int index, String tier, int votesFor, int votesAgainst, int abstaining, boolean secretBallot) {
    }

    /** The result of one vote: passed, or refused with the reason printed in the minutes. */
    record Outcome(boolean passed, String reason) {
    }

    private CouncilRules() {
    }

    /** The meeting is valid: at least one member, a quorum present (422 with the counts otherwise). */
    static void checkQuorum(int members, int present, Settings s) {
        if (members == 0) {
            throw new ProblemException(ProblemType.VALIDATION, "Biên bản họp cần danh sách thành viên Hội đồng.",
                    Map.of("members", "Chưa có thành viên"));
        }
        if ((long) present * s.quorumDenominator() < (long) members * s.quorumNumerator()) {
            throw new ProblemException(ProblemType.UNPROCESSABLE, "Phiên họp chỉ có " + present + "/" + members
                    + " thành viên Hội đồng dự họp, chưa đủ " + s.quorumNumerator() + "/" + s.quorumDenominator()
                    + " số thành viên theo quy chế; kết quả biểu quyết không có hiệu lực.");
        }
    }

    /** Each ballot's counts fit the members present and its form fits its tier; every error named votes[i]. */
    static void checkBallots(List<Ballot> ballots, int present, Settings s) {
        Map<String, String> errors = new LinkedHashMap<>();
        for (Ballot b : ballots) {
            String field = "votes[" + b.index() + "]";
            if (b.votesFor() < 0 || b.votesAgainst() < 0 || b.abstaining() < 0) {
                errors.put(field, "Số phiếu không được âm");
            } else if (b.votesFor() + b.votesAgainst() + b.abstaining() > present) {
                errors.put(field, "Tổng số phiếu (" + (b.votesFor() + b.votesAgainst() + b.abstaining())
                        + ") vượt số thành viên dự họp (" + present + ")");
            } else if (s.secretBallot(b.tier()) && !b.secretBallot()) {
                errors.put(field, "Hình thức \"" + b.tier() + "\" phải biểu quyết bằng phiếu kín");
            }
        }
        if (!errors.isEmpty()) {
            throw new ProblemException(ProblemType.VALIDATION, "Kết quả biểu quyết không hợp lệ.", errors);
        }
    }

    /** Passed with "for" from at least the approval percentage of the members present; else refused, with the reason. */
    static Outcome outcome(Ballot b, int present, Settings s) {
        boolean passed = (long) b.votesFor() * 100 >= (long) present * s.approvalPercent();
        if (passed) {
            return new Outcome(true, null);
        }
        return new Outcome(false, "Không đạt tỷ lệ phiếu đồng ý: " + b.votesFor() + "/" + present + " thành viên dự họp ("
                + vn.ptdv.shared.VietnameseFormat.percent(b.votesFor(), present) + "), cần từ " + s.approvalPercent() + "% trở lên");
    }
}
