package vn.ptdv.reporting.api;

import java.util.Arrays;
import java.util.EnumSet;
import java.util.List;
import java.util.Objects;
import java.util.Set;
import java.util.regex.Pattern;
import vn.ptdv.platform.security.Permission;

/**
 * Định nghĩa báo cáo: what the catalogue shows of a report and what a download of it needs, as data. The download
 * checks every permission once, before the provider is asked anything ({@code reporting.control.ReportDownloads}).
 *
 * @param id          the URL id, lower-case with hyphens ("admission-results"); unique across modules
 * @param title       the Vietnamese title shown in the catalogue
 * @param parameters  the query parameters besides format and pdfa
 * @param permissions what the caller's role needs: DOWNLOAD_REPORTS always; DOWNLOAD_NAMED_LISTS for a list that names
 *                    people; the module's own read permission of what it lists (READ_ADMISSIONS for admissions)
 * @param formats     the formats the report can be rendered to
 */
public record ReportDefinition(String id, String title, List<ReportParameter> parameters, Set<Permission> permissions,
                               Set<ReportFormat> formats) {

    private static final Pattern ID = Pattern.compile("[a-z0-9]+(-[a-z0-9]+)*");

    public ReportDefinition {
        if (id == null || !ID.matcher(id).matches()) {
            throw new IllegalArgumentException("bad report id: " + id);
        }
        Objects.requireNonNull(title, "title");
        parameters = List.copyOf(parameters);
        permissions = Set.copyOf(permissions);
        if (!permissions.contains(Permission.DOWNLOAD_REPORTS)) {
            throw new IllegalArgumentException("every report needs " + Permission.DOWNLOAD_REPORTS);
        }
        formats = Set.copyOf(formats);
        if (formats.isEmpty()) {
            throw new IllegalArgumentException("a report has at least one format");
        }
    }

    /** An aggregate report: any role that may download reports, in PDF, DOCX and XLSX. */
    public static ReportDefinition of(String id, String title, ReportParameter... parameters) {
        return new ReportDefinition(id, title, Arrays.asList(parameters), Set.of(Permission.DOWNLOAD_REPORTS),
                EnumSet.allOf(ReportFormat.class));
    }

    /** The same report listing people by name: it also needs DOWNLOAD_NAMED_LISTS. */
    public ReportDefinition namingPeople() {
        return requiring(Permission.DOWNLOAD_NAMED_LISTS);
    }

    /** The same report needing one more permission. */
    public ReportDefinition requiring(Permission permission) {
        Set<Permission> more = EnumSet.copyOf(permissions);
        more.add(permission);
        return new ReportDefinition(id, title, parameters, more, formats);
    }

    /** The same report in these formats only. */
    public ReportDefinition inFormats(ReportFormat... only) {
        return new ReportDefinition(id, title, parameters, permissions, Set.of(only));
    }

    /** Whether the report names people. */
    public boolean namesPeople() {
        return permissions.contains(Permission.DOWNLOAD_NAMED_LISTS);
    }
}
