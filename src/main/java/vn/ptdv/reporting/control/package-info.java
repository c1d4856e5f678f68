/**
 * The reporting engine: {@link vn.ptdv.reporting.control.JasperReportEngine} (JasperReports 7.0.6; precompiled
 * templates from the WAR's classpath only, PDF with every font embedded, PDF/A-1b, DOCX, XLSX), the catalogue of
 * CDI-discovered report providers and the validation of download parameters.
 */
package vn.ptdv.reporting.control;
