/**
 * organization: the party organisation tree over time (đảng bộ, chi bộ), stable codes, validity intervals, lineage
 * (merge, split, rename, re-parent) and membership statistics.
 */
package vn.ptdv.organization;
