/**
 * The admission module's api: code lists of admission attributes, the bulk registry for loaders, and (for reports and
 * emulation) read-only figures. Other modules use nothing else of the admission module.
 */
package vn.ptdv.admission.api;
