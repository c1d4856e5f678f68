/**
 * Thi đua – khen thưởng: thematic emulation campaigns (phong trào thi đua chuyên đề) on party-member development,
 * award tiers whose criteria are data, quality ratings and disciplinary actions of organisations, the evaluation of
 * every participant with its reasons, the award proposal (tờ trình) and its decision. Figures come only from
 * {@code vn.ptdv.admission.api}; the tree from {@code vn.ptdv.organization.api}; documents through
 * {@code vn.ptdv.reporting.api}.
 */
package vn.ptdv.emulation;
