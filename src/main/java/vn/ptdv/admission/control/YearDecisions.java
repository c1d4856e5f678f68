package vn.ptdv.admission.control;

import java.util.function.Predicate;

/** The decisions at the end of probation taken in a year on a subtree, for the yearly report. */
@FunctionalInterface
public interface YearDecisions {

    /** On the records of the code valid in the year and in scope. */
    AdmissionResultsText.Recognitions of(String code, int year, Predicate<String> inScope);
}
