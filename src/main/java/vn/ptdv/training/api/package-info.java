/**
 * What other modules (demo, imports) may use of the training module: the bulk writes ({@link
 * vn.ptdv.training.api.TrainingRegistry}) and the enums of its records and views (course type, audience, topic form,
 * grade, the statuses of guides and classes), which JSON-B writes and reads by name.
 */
package vn.ptdv.training.api;
