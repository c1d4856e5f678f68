package vn.ptdv.emulation.control;

import jakarta.enterprise.context.Dependent;
import jakarta.inject.Inject;
import vn.ptdv.emulation.entity.Campaign;
import vn.ptdv.organization.api.OrganizationDirectory;
import vn.ptdv.organization.api.OrganizationRef;
import vn.ptdv.platform.rest.ProblemException;
import vn.ptdv.platform.security.Caller;

/**
 * Campaigns and organisations as the emulation services look them up for a caller: one outside the caller's scope is
 * answered as one that does not exist.
 */
@Dependent
public class EmulationScope {

    @Inject
    CampaignRepository campaigns;

    @Inject
    OrganizationDirectory organizations;

    /** The campaign of the code whose issuing organisation the caller covers; else 404. */
    Campaign campaign(String code, Caller caller) {
        Campaign c = campaigns.byCode(code).orElse(null);
        if (c == null || !caller.covers(c.getOrgPath())) {
            throw ProblemException.notFound(EmulationService.CAMPAIGN_NOT_FOUND);
        }
        return c;
    }

    /**
     * The campaign of the code, for a caller who covers its issuer or the proposed unit {@code unitCode} (the unit's
     * own staff write its achievement report); else 404.
     */
    Campaign campaignForUnit(String code, String unitCode, Caller caller) {
        Campaign c = campaigns.byCode(code).orElse(null);
        if (c != null && caller.covers(c.getOrgPath())) {
            return c;
        }
        OrganizationRef unit = unitCode == null ? null : organizations.findCurrentOrLatest(unitCode.strip()).orElse(null);
        if (c == null || unit == null || !caller.covers(unit.path())) {
            throw ProblemException.notFound(EmulationService.CAMPAIGN_NOT_FOUND);
        }
        return c;
    }

    /** An organisation (today's record, else the latest) in the caller's scope; otherwise the same 404. */
    OrganizationRef organization(String code, Caller caller) {
        OrganizationRef org = code == null ? null : organizations.findCurrentOrLatest(code.strip()).orElse(null);
        if (org == null || !caller.covers(org.path())) {
            throw ProblemException.notFound("Không tìm thấy tổ chức đảng có mã " + code + ".");
        }
        return org;
    }
}
