/**
 * Văn bản đã ban hành: what other modules may use of the register of issued documents (issue #18). Issuing renders a
 * report through {@code reporting.api.ReportIssuing} with its number and date, signs it (PAdES) and stores its bytes
 * for ever; {@link vn.ptdv.document.api.DocumentRegister} issues and finds documents for other modules.
 */
package vn.ptdv.document.api;
