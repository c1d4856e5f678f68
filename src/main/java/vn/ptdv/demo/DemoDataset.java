package vn.ptdv.demo;

import java.util.List;

/** The whole demo dataset; organisations are in parent-before-child order. All lists are unmodifiable. */
public record DemoDataset(
        List<OrganizationSeed> organizations,
        List<TargetSeed> targets,
        List<TermTargetSeed> termTargets,
        List<AdmissionSeed> admissions,
        List<MembershipSeed> memberships) {

    public DemoDataset {
        organizations = List.copyOf(organizations);
        targets = List.copyOf(targets);
        termTargets = List.copyOf(termTargets);
        admissions = List.copyOf(admissions);
        memberships = List.copyOf(memberships);
    }
}
