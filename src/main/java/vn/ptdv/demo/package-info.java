/**
 * The demo dataset (docs/demo-data.md): a deterministic, in-memory picture of the Lào Cai provincial party organisation
 * for 2020–2024 (organisation tree, targets, admission records, membership statistics), produced by
 * {@link vn.ptdv.demo.LaoCaiDemoGenerator}. A loader elsewhere writes it into the database; this package knows nothing of
 * persistence.
 */
package vn.ptdv.demo;
