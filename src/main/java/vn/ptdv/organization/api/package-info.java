/**
 * The organization module's api: the only types other modules may use. Organisations are referenced by id, code and
 * materialised path; no JPA relationship crosses into another module.
 */
package vn.ptdv.organization.api;
