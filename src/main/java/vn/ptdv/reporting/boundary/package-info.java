/**
 * HTTP access to reports: {@code /ptdv/api/reports} (catalogue) and {@code /ptdv/api/reports/{id}} (download with
 * RFC 6266 file names and {@code Cache-Control: no-store}).
 */
package vn.ptdv.reporting.boundary;
