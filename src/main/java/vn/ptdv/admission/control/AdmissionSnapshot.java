package vn.ptdv.admission.control;

import jakarta.json.Json;
import jakarta.json.JsonBuilderFactory;
import jakarta.json.JsonObjectBuilder;
import vn.ptdv.admission.entity.Admission;
import vn.ptdv.admission.entity.AdmissionValues;

/**
 * The values of an admission record as its history and the audit trail keep them: a JSON object in this field order,
 * enums by name, absent values as null (the text JSON-B wrote for the same values before).
 */
final class AdmissionSnapshot {

    /** One factory: {@code Json.createObjectBuilder()} looks the provider up again on every call. */
    private static final JsonBuilderFactory JSON = Json.createBuilderFactory(java.util.Map.of());

    private AdmissionSnapshot() {
    }

    static String of(Admission a) {
        JsonObjectBuilder b = JSON.createObjectBuilder();
        AdmissionValues v = a.values();
        put(b, "fullName", v.fullName());
        put(b, "gender", v.gender());
        put(b, "birthDate", String.valueOf(v.birthDate()));
        put(b, "ethnicityCode", v.ethnicityCode());
        put(b, "religion", v.religion());
        put(b, "generalEducation", v.generalEducation());
        put(b, "professionalQualification", v.professionalQualification());
        put(b, "politicalTheory", v.politicalTheory());
        put(b, "occupation", v.occupation());
        b.add("youthUnionMember", v.youthUnionMember());
        put(b, "organizationCode", v.organizationCode());
        put(b, "decisionNumber", v.decisionNumber());
        put(b, "decisionDate", String.valueOf(v.decisionDate()));
        put(b, "ceremonyDate", String.valueOf(v.ceremonyDate()));
        put(b, "awarenessCertificateNumber", a.getAwarenessCertNumber());
        put(b, "awarenessCertificateIssuedOn", a.getAwarenessCertIssuedOn() == null ? null : a.getAwarenessCertIssuedOn().toString());
        put(b, "awarenessCertificateStatus", a.getAwarenessCertStatus());
        put(b, "certificateOverrideReason", a.getCertOverrideReason());
        put(b, "status", a.getStatus());
        return b.build().toString();
    }

    private static void put(JsonObjectBuilder b, String key, Object value) {
        if (value == null) {
            b.addNull(key);
        } else {
            b.add(key, value instanceof Enum<?> e ? e.name() : value.toString());
        }
    }
}
