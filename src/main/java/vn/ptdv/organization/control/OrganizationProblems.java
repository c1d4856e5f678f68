package vn.ptdv.organization.control;

import java.time.LocalDate;
import vn.ptdv.platform.rest.ProblemException;
import vn.ptdv.shared.VietnameseFormat;

/** The 404 answers of the organisation module: the same words for a code that does not exist and one out of scope. */
final class OrganizationProblems {

    private OrganizationProblems() {
    }

    static ProblemException notFound(String code) {
        return ProblemException.notFound("Không tìm thấy tổ chức đảng có mã " + code + ".");
    }

    static ProblemException notFound(String code, LocalDate date) {
        return ProblemException.notFound("Không tìm thấy tổ chức đảng có mã " + code + " còn hiệu lực vào ngày "
                + VietnameseFormat.date(date) + ".");
    }
}
