package vn.ptdv.admission.entity;

/**
 * How an admission's awareness-course certificate was accepted: VERIFIED against the training module's records, or
 * OVERRIDDEN (admitted without a valid certificate, with a recorded reason: a warning on the record).
 */
public enum CertificateStatus { VERIFIED, OVERRIDDEN }
