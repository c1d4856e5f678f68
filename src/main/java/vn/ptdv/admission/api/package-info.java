/**
 * The admission module's api: code lists of admission attributes, the bulk registry and the set-based bulk load for
 * loaders, and (for reports and emulation) read-only figures. Other modules use nothing else of the admission module.
 * None of these checks the caller's scope: the calling module does (resources never reach them).
 */
package vn.ptdv.admission.api;
