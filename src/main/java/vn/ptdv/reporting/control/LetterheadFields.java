package vn.ptdv.reporting.control;

import java.util.HashMap;
import java.util.Map;
import vn.ptdv.reporting.api.Letterhead;

/**
 * The letterhead as the single row of the letterhead and signature subreports: every line already formatted, so
 * the templates only place text (fields are named as in {@code reporting/letterhead.jrxml}).
 */
final class LetterheadFields {

    /** Tiêu đề: the party's name, top right of page 1. */
    static final String PARTY_NAME = "ĐẢNG CỘNG SẢN VIỆT NAM";

    private LetterheadFields() {
    }

    static Map<String, Object> of(Letterhead l) {
        Map<String, Object> f = new HashMap<>();
        f.put("partyName", PARTY_NAME);
        f.put("superiorBody", l.superiorBody());
        f.put("issuingBody", l.issuingBodyText());
        f.put("numberLine", l.numberLine());
        f.put("placeAndDate", l.placeAndDateLine());
        f.put("documentType", l.documentType());
        f.put("title", l.title());
        f.put("confidentiality", l.confidentiality());
        f.put("authority", l.signature().authority());
        f.put("position", l.signature().position());
        f.put("signerName", l.signature().signerName());
        f.put("recipients", l.recipients().isEmpty() ? null : l.recipientsText());
        return f;
    }
}
