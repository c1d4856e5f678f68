package vn.ptdv.training.api;

import java.math.BigDecimal;
import java.time.LocalDate;
import java.util.List;
import java.util.Map;
import vn.ptdv.admission.api.Gender;

/**
 * Bulk writes of the training module for loaders (demo data, spreadsheet imports). Each call is one transaction and
 * checks the same rules as the REST endpoints: the first invalid row rejects the whole call with a problem.
 */
public interface TrainingRegistry {

    /** Records course guides (in order: a guide may supersede an earlier one of the list); answers number → id. */
    Map<String, Long> createGuides(List<NewGuide> guides);

    /** Records whole classes with their sessions, learners, results and certificates; answers the class ids in order. */
    List<Long> recordClasses(List<NewClass> classes);

    /**
     * Ghi kết quả học tập: attendance, score and/or grade of many learners of one class in one transaction (imports).
     * A learner is identified by {@code learnerId}, or by full name and birth date within the class. A null score
     * keeps the grade given (or none); a score gives its grade by the configured scale (a grade given with it must agree).
     * {@code absentOn}: the session dates the learner missed (replaces the learner's recorded absences; null keeps them).
     *
     * @return the number of learners updated
     */
    int recordResults(long classId, List<LearnerResult> results);

    /** A course guide. {@code supersedes}: the number of an earlier guide that this one replaces (or null). */
    record NewGuide(int documentNo, String symbol, String organizationCode, String parentIssuer, String issuer,
                    String place, LocalDate issuedOn, String title, CourseType courseType, List<Audience> audiences,
                    int durationDays, List<Topic> topics, String purpose, String organisationText,
                    String responsibilities, String assessment, String grading, String certificateRules,
                    String signerTitle, String signerName, boolean reconstructed, String supersedes) {
    }

    /** A topic (chuyên đề) of a guide's programme. */
    record Topic(int order, String title, int periods, TopicForm form) {
    }

    /** A class with everything recorded for it. {@code certificatesIssuedOn}: date of the certificates given below. */
    record NewClass(String guideNumber, Audience audience, String organizationCode, String organiserName,
                    String courseNumber, LocalDate startDate, LocalDate endDate, String place, List<Session> sessions,
                    List<NewLearner> learners, LocalDate certificatesIssuedOn, boolean closed) {
    }

    /** A session (buổi học) and the topic taught (null: none). */
    record Session(LocalDate date, Integer topicOrder) {
    }

    /**
     * A learner: a candidate nominated by {@code nominatingOrgCode} (awareness course), or a probationary member
     * ({@code admissionId}, new-member course: name, birth date, gender, ethnicity and organisation come from the
     * admission). {@code absentSessions}: indexes into the class's sessions. {@code certificateNumber}: issued when
     * not null (the learner must have passed).
     */
    record NewLearner(String fullName, LocalDate birthDate, Gender gender, String ethnicityCode, String religion,
                      String nominatingOrgCode, Long admissionId, BigDecimal score, List<Integer> absentSessions,
                      String certificateNumber) {
    }

    /** A learner's attendance and result in a class (see {@link #recordResults}). */
    record LearnerResult(Long learnerId, String fullName, LocalDate birthDate, List<LocalDate> absentOn,
                         BigDecimal score, Grade grade) {
    }
}
