package vn.ptdv.training.control;

/** What the training report providers share: their templates. */
final class TrainingReports {

    /** The official documents: course guide, class results, summary. */
    static final String DOCUMENT_TEMPLATE = "training/training-document";
    /** The certificates, one page per learner. */
    static final String CERTIFICATE_TEMPLATE = "training/certificate";

    private TrainingReports() {
    }
}
