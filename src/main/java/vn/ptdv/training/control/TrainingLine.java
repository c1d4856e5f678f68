package vn.ptdv.training.control;

/**
 * One line of a training document's body (template {@code training/training-document}): {@code kind} selects the
 * detail band, the other fields are its cells, all text already formatted in Java (vi-VN: 2.287; 64,0%; 24/01/2024).
 * <ul>
 *   <li>{@code P} paragraph, {@code H} heading, {@code N} italic note;</li>
 *   <li>{@code 4H}/{@code 4}/{@code 4S} a four-column table (STT, text, v1, v2) and its full-width bold total row;</li>
 *   <li>{@code 8H}/{@code 8} the learners table (STT, name, v1 birth date … v6 certificate number);</li>
 *   <li>{@code 9H}/{@code 9}/{@code 9T} the figures table (label, v1 classes … v8 failed) and its total row.</li>
 * </ul>
 */
public record TrainingLine(String kind, String no, String text, String v1, String v2, String v3, String v4, String v5,
                           String v6, String v7, String v8) {

    static TrainingLine paragraph(String text) {
        return new TrainingLine("P", null, text, null, null, null, null, null, null, null, null);
    }

    static TrainingLine heading(String text) {
        return new TrainingLine("H", null, text, null, null, null, null, null, null, null, null);
    }

    static TrainingLine note(String text) {
        return new TrainingLine("N", null, text, null, null, null, null, null, null, null, null);
    }

    static TrainingLine four(String kind, String no, String text, String v1, String v2) {
        return new TrainingLine(kind, no, text, v1, v2, null, null, null, null, null, null);
    }

    static TrainingLine eight(String kind, String no, String text, String v1, String v2, String v3, String v4,
                              String v5, String v6) {
        return new TrainingLine(kind, no, text, v1, v2, v3, v4, v5, v6, null, null);
    }
}
