package vn.ptdv.emulation.control;

import jakarta.enterprise.context.ApplicationScoped;
import jakarta.inject.Inject;
import jakarta.transaction.Transactional;
import java.util.List;
import vn.ptdv.emulation.api.CampaignDefinition;
import vn.ptdv.emulation.api.EmulationRegistry;

/** The loaders' writes ({@link EmulationRegistry}), checked and audited as a user's would be. */
@ApplicationScoped
@Transactional
public class EmulationRegistryFacade implements EmulationRegistry {

    @Inject
    CampaignService campaigns;

    @Inject
    RatingService ratings;

    @Inject
    DisciplineService disciplines;

    @Override
    public void createCampaigns(List<CampaignDefinition> definitions) {
        definitions.forEach(campaigns::create);
    }

    @Override
    public void recordRatings(List<RatingRecord> records) {
        records.forEach(r -> ratings.rate(r.organizationCode(), r.year(), r.rating()));
    }

    @Override
    public void recordDisciplines(List<DisciplineRecord> records) {
        records.forEach(disciplines::discipline);
    }
}
