/**
 * The demo dataset (docs/demo-data.md): a deterministic, in-memory picture of the Lào Cai provincial party organisation
 * for 2020–2024 (organisation tree, targets, admission records, membership statistics), produced by
 * {@link vn.ptdv.demo.LaoCaiDemoGenerator#generate()}. A loader elsewhere writes it into the database; this package
 * knows nothing of persistence.
 *
 * <h2>Choices the spec leaves open</h2>
 * <ul>
 *   <li><b>Tree.</b> LC, the 13 units of demo-data.md; under each district its 2020–2024 communes (xã, phường, thị
 *   trấn; real names) with chi bộ thôn/bản/tổ dân phố, a commune office cell and two school cells, plus district
 *   agencies, schools and centres (đảng bộ cơ sở and chi bộ cơ sở); under the affiliated committees provincial
 *   agencies, hospitals, schools, state and private enterprises (private ones invented), military, border-guard and
 *   police units (district police with a cell per commune police). No đảng bộ bộ phận. All valid from 2015-01-01,
 *   open-ended. Generated codes extend the parent code with two-digit running numbers.</li>
 *   <li><b>Targets.</b> 2024: each grassroots organisation gets at least 1, the rest of its unit's target split by the
 *   organisation's usual admission weight (largest remainder; LC-VB-NM fixed at 6); each grassroots committee's
 *   target is split the same way over its cells, and only cells with a positive share get a target record. 2020–2023:
 *   targets for LC and the 13 units only (86–97% of what they then admitted; LC = sum). Term 2020–2025 targets for LC,
 *   the 13 units (their 2020–2024 targets plus the 2024 target again for 2025), LC-VB-NM = 18 and LC-MK-TT = 100.</li>
 *   <li><b>Admissions.</b> Every admission is made by a chi bộ (CELL or GRASSROOTS_CELL). Province totals 2020–2023:
 *   2.468, 2.196, 2.331, 2.178. Decision numbers: the signing committee's running number, increasing with the date
 *   and restarting with the 2020–2025 term on 1/8/2020, with the issuer's symbol ("1234-QĐ/HU-VB", "…/ThU" thành ủy
 *   Lào Cai, "…/TxU" thị ủy Sa Pa, "…/ĐUK", "…/ĐUQS", "…/ĐUBP", "…/ĐUCA"); unique over the dataset. Decisions fall on
 *   working days; ceremonies 3–25 working days later and never after 31/12/2024.</li>
 *   <li><b>Membership</b> at 31/12/2024 for every cell only (committees have no members of their own here). The
 *   province has 62.400 members; probationary = admissions whose ceremony was in 2024.</li>
 * </ul>
 */
package vn.ptdv.demo;
