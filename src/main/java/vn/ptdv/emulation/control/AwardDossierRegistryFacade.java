package vn.ptdv.emulation.control;

import jakarta.enterprise.context.ApplicationScoped;
import jakarta.inject.Inject;
import jakarta.transaction.Transactional;
import java.util.List;
import vn.ptdv.emulation.api.AwardDossierRegistry;

/** The loaders' dossier writes ({@link AwardDossierRegistry}) through the services the API uses, checked and audited. */
@ApplicationScoped
@Transactional
public class AwardDossierRegistryFacade implements AwardDossierRegistry {

    @Inject
    EmulationService emulation;

    @Inject
    AwardDossierService dossier;

    @Override
    public List<ProposedUnit> evaluateAndSubmit(String campaign) {
        emulation.evaluate(campaign);
        return emulation.submit(campaign).participants().stream().filter(r -> "PROPOSED".equals(r.outcome()))
                .map(r -> new ProposedUnit(r.rank(), r.code(), r.name(), r.tierProposed(), r.target(), r.admitted(),
                        r.ratioText())).toList();
    }

    @Override
    public void submitReport(String campaign, String unit, ReportSections s) {
        dossier.write(campaign, unit, new AwardDossier.AwardReportSections(s.characteristics(), s.achievements(),
                s.measures()));
        dossier.submit(campaign, unit);
    }

    @Override
    public void review(String campaign, String unit, boolean accepted, String reason) {
        dossier.review(campaign, unit, accepted, reason);
    }

    @Override
    public void recordMeeting(String campaign, Meeting m) {
        dossier.recordMeeting(campaign, new AwardDossier.AwardNewMeeting(m.date(), m.place(), m.chair(), m.secretary(),
                m.members().stream().map(x -> new AwardDossier.AwardCouncilMember(x.fullName(), x.position(), x.present()))
                        .toList(),
                m.votes().stream().map(v -> new AwardDossier.AwardBallot(v.organizationCode(), v.votesFor(),
                        v.votesAgainst(), v.abstaining(), v.secretBallot())).toList()));
    }

    @Override
    public void approve(String campaign, String note) {
        emulation.decide(campaign, true, null, null, note);
    }
}
