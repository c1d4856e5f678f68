package vn.ptdv.admission.entity;

/** Trạng thái hồ sơ: active, or withdrawn (rút, kept for history and excluded from every count). */
public enum AdmissionStatus {
    ACTIVE,
    WITHDRAWN
}
