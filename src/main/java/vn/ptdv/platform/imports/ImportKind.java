package vn.ptdv.platform.imports;

import java.util.List;
import vn.ptdv.platform.security.Permission;

/**
 * A kind of spreadsheet PTDV takes in ({@code POST /api/imports/{name}}), implemented by the module that owns the data
 * as a CDI bean: its columns, the permission it needs, and a session that maps rows to the module's requests and calls
 * the same rules and services as the REST API.
 */
public interface ImportKind {

    /** The path segment: admissions, targets, ... */
    String name();

    /** What the file holds, in Vietnamese (sheet title of the template). */
    String title();

    Permission permission();

    List<Column> columns();

    ImportSession open();
}
