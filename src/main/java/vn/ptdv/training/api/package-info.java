/** What other modules (demo, imports) may use of the training module. */
package vn.ptdv.training.api;
