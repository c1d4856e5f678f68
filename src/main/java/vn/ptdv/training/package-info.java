/**
 * training: course guides (hướng dẫn) of the awareness course and the new-member course, classes organised by the
 * political centres with their learners, attendance, results and certificates; the awareness-certificate lookup used by
 * the admission module (implements {@code vn.ptdv.admission.api.AwarenessCertificates}).
 */
package vn.ptdv.training;
