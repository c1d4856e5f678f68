/**
 * The reporting engine: {@link vn.ptdv.reporting.control.JasperReportEngine} (JasperReports 7.0.6; precompiled
 * templates from the WAR's classpath only, PDF with every font embedded, PDF/A-1b, DOCX, XLSX) with the document kit's
 * printing ({@link vn.ptdv.reporting.control.DocumentLines}: blocks to the bands of {@code reporting/document};
 * {@link vn.ptdv.reporting.control.TableLayouts} and {@link vn.ptdv.reporting.control.TableRows}: tables), the
 * catalogue of CDI-discovered report providers, and {@link vn.ptdv.reporting.control.ReportDownloads}, the steps of
 * every download (permissions, parameters, scope, build, audit).
 */
package vn.ptdv.reporting.control;
