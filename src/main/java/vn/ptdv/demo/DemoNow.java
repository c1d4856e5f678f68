package vn.ptdv.demo;

import java.util.List;
import vn.ptdv.organization.api.OrganizationBulkLoad.LineageRow;
import vn.ptdv.organization.api.OrganizationBulkLoad.OrganizationRow;

/**
 * The demo through the present ({@link ProvinceNowGenerator}): every organisation record of old Lào Cai, old Yên Bái
 * and the new Lào Cai (parents before children), the lineage of 1/7/2025, and what old Yên Bái and the years 2025–2026
 * add to the Lào Cai dataset (its 2020–2024 records are {@link DemoDataset}'s, unchanged).
 *
 * @param committees     the committees directly under the new province (from 1/7/2025)
 * @param committeeAfter cell code → the code of the committee of {@code committees} that holds the cell from 1/7/2025
 */
record DemoNow(List<OrganizationRow> organizations, List<LineageRow> lineage, List<TargetSeed> targets,
               List<TermTargetSeed> termTargets, List<AdmissionSeed> admissions, List<MembershipSeed> memberships,
               List<OrganizationSeed> committees, java.util.Map<String, String> committeeAfter) {

    DemoNow {
        organizations = List.copyOf(organizations);
        lineage = List.copyOf(lineage);
        targets = List.copyOf(targets);
        termTargets = List.copyOf(termTargets);
        admissions = List.copyOf(admissions);
        memberships = List.copyOf(memberships);
        committees = List.copyOf(committees);
        committeeAfter = java.util.Map.copyOf(committeeAfter);
    }

    /** Every organisation of the three trees as a seed (the name and kind of each code; a code's records agree). */
    List<OrganizationSeed> seeds() {
        return organizations.stream().map(r -> new OrganizationSeed(r.code(), r.name(), r.kind(), r.parentCode(),
                r.validFrom())).toList();
    }
}
