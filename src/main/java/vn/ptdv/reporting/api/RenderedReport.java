package vn.ptdv.reporting.api;

/**
 * Kết quả kết xuất: metadata of one rendered document.
 *
 * @param format the format written
 * @param pages  the number of pages of the filled report (before export)
 * @param pdfA   whether PDF/A-1b was written
 */
public record RenderedReport(ReportFormat format, int pages, boolean pdfA) {
}
