/** The emulation module's api: the bulk registry for loaders and the code list of quality ratings. */
package vn.ptdv.emulation.api;
