package vn.ptdv.emulation.control;

import jakarta.enterprise.context.ApplicationScoped;
import jakarta.inject.Inject;
import jakarta.json.bind.Jsonb;
import jakarta.json.bind.JsonbBuilder;
import jakarta.transaction.Transactional;
import java.util.ArrayList;
import java.util.List;
import java.util.Map;
import vn.ptdv.emulation.api.CampaignDefinition;
import vn.ptdv.emulation.entity.AwardTier;
import vn.ptdv.emulation.entity.Campaign;
import vn.ptdv.emulation.entity.CriterionEntry;
import vn.ptdv.emulation.entity.Evaluation;
import vn.ptdv.organization.api.OrganizationDirectory;
import vn.ptdv.organization.api.OrganizationRef;
import vn.ptdv.platform.audit.AuditLog;
import vn.ptdv.platform.rest.ProblemException;
import vn.ptdv.platform.rest.ProblemType;
import vn.ptdv.platform.security.Access;
import vn.ptdv.platform.security.Caller;
import vn.ptdv.platform.security.Permission;

/**
 * Phong trào thi đua: created, redefined, read and listed in the caller's scope (a campaign outside it is answered as
 * one that does not exist); every change is audited with the definition before and after.
 */
@ApplicationScoped
@Transactional
public class CampaignService {

    private static final Jsonb JSONB = JsonbBuilder.create();

    @Inject
    CampaignRepository campaigns;

    @Inject
    EmulationScope scope;

    @Inject
    OrganizationDirectory organizations;

    @Inject
    Access access;

    @Inject
    AuditLog audit;

    /** Creates a campaign: its definition is checked first, every error listed with its field path. */
    public CampaignDefinition create(CampaignDefinition d) {
        Caller caller = access.require(Permission.MANAGE_EMULATION);
        CampaignRules.check(d).throwIfAny();
        OrganizationRef issuer = scope.organization(d.organizationCode(), caller);
        if (campaigns.byCode(d.code()).isPresent()) {
            throw ProblemException.conflict("Mã phong trào " + d.code() + " đã được sử dụng.");
        }
        Campaign c = new Campaign(d.code(), issuer.code(), issuer.path());
        define(c, d, issuer, caller);
        c.route(CampaignRules.route(d.route()), CampaignRules.procedure(d.procedure()), text(d.grantingBody()),
                text(d.grantingSigner()));
        campaigns.persist(c);
        campaigns.flush();
        audit.change("EMULATION_CAMPAIGN_CREATED", "campaign:" + c.getCode(), c.getOrgPath(), null,
                JSONB.toJson(CampaignJson.definition(c)));
        return CampaignJson.definition(c);
    }

    /** Replaces a campaign's definition (not its code or issuer); the definition version grows by one. */
    public CampaignDefinition update(String code, CampaignDefinition d) {
        Caller caller = access.require(Permission.MANAGE_EMULATION);
        Campaign c = scope.campaign(code, caller);
        // a route or procedure left out keeps the campaign's (clients written before routes existed)
        boolean sameRoute = d.route() == null && d.procedure() == null;
        CampaignDefinition withKey = new CampaignDefinition(c.getCode(), c.getOrganizationCode(), d.planNumber(), d.name(),
                d.fromYear(), d.toYear(), d.participantRoot(), d.participantKinds(), d.tiers(),
                d.route() == null ? c.getRoute() : d.route(), d.procedure() == null ? c.getProcedure() : d.procedure(),
                sameRoute && d.grantingBody() == null ? c.getGrantingBody() : d.grantingBody(),
                sameRoute && d.grantingSigner() == null ? c.getGrantingSigner() : d.grantingSigner());
        CampaignRules.check(withKey).throwIfAny();
        ProposalRules.checkEditable(campaigns.latestEvaluation(c).map(Evaluation::getStatus).orElse(null));
        String route = CampaignRules.route(withKey.route());
        String procedure = CampaignRules.procedure(withKey.procedure());
        boolean routeChanged = !route.equals(c.getRoute()) || !procedure.equals(c.getProcedure())
                || !java.util.Objects.equals(text(withKey.grantingBody()), c.getGrantingBody())
                || !java.util.Objects.equals(text(withKey.grantingSigner()), c.getGrantingSigner());
        if (routeChanged && campaigns.hasProposal(c)) {
            throw ProblemException.conflict("Tuyến và thủ tục khen thưởng chỉ thay đổi được trước khi phong trào có đề nghị"
                    + " khen thưởng đã trình; phong trào " + c.getCode() + " đã có đề nghị.");
        }
        String before = JSONB.toJson(CampaignJson.definition(c));
        OrganizationRef issuer = organizations.findCurrentOrLatest(c.getOrganizationCode()).orElseThrow();
        define(c, withKey, issuer, caller);
        c.route(route, procedure, text(withKey.grantingBody()), text(withKey.grantingSigner()));
        campaigns.flush();
        audit.change("EMULATION_CAMPAIGN_CHANGED", "campaign:" + c.getCode(), c.getOrgPath(), before,
                JSONB.toJson(CampaignJson.definition(c)));
        return CampaignJson.definition(c);
    }

    private void define(Campaign c, CampaignDefinition d, OrganizationRef issuer, Caller caller) {
        String root = d.participantRoot() == null || d.participantRoot().isBlank() ? issuer.code() : d.participantRoot().strip();
        OrganizationRef rootRef = organizations.findCurrentOrLatest(root).orElse(null);
        if (rootRef == null || !rootRef.path().startsWith(issuer.path()) || !caller.covers(rootRef.path())) {
            throw new ProblemException(ProblemType.VALIDATION, "Tổ chức tham gia phải thuộc cây tổ chức của cơ quan phát động.",
                    Map.of("participantRoot", "Không tìm thấy tổ chức " + root + " trong cây tổ chức của " + issuer.code() + "."));
        }
        List<AwardTier> tiers = new ArrayList<>();
        for (int t = 0; t < d.tiers().size(); t++) {
            CampaignDefinition.Tier tier = d.tiers().get(t);
            List<CriterionEntry> criteria = tier.criteria().stream().map(x -> new CriterionEntry(x.type(),
                    JSONB.toJson(x.parameters() == null ? Map.of() : x.parameters()))).toList();
            tiers.add(new AwardTier(t, tier.name().strip(), tier.quota(), criteria));
        }
        c.define(d.planNumber().strip(), d.name().strip(), d.fromYear(), d.toYear(), root, d.participantKinds(), tiers);
    }

    private static String text(String s) {
        return s == null || s.isBlank() ? null : vn.ptdv.shared.VietnameseText.clean(s);
    }

    /** A campaign the caller may see. */
    @Transactional(Transactional.TxType.SUPPORTS)
    public CampaignDefinition find(String code) {
        return CampaignJson.definition(scope.campaign(code, access.require(Permission.READ_AGGREGATES)));
    }

    /** The version of a campaign's definition the caller may see. */
    @Transactional(Transactional.TxType.SUPPORTS)
    public int version(String code) {
        return scope.campaign(code, access.require(Permission.READ_AGGREGATES)).getDefinitionVersion();
    }

    /** The campaigns whose issuing organisation the caller covers, optionally only those issued under an organisation. */
    @Transactional(Transactional.TxType.SUPPORTS)
    public List<CampaignDefinition> list(String under) {
        Caller caller = access.require(Permission.READ_AGGREGATES);
        String prefix = under == null ? null : scope.organization(under, caller).path();
        return campaigns.all().stream()
                .filter(c -> caller.covers(c.getOrgPath()) && (prefix == null || c.getOrgPath().startsWith(prefix)))
                .map(CampaignJson::definition).toList();
    }
}
