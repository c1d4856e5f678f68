package vn.ptdv.demo;

import java.time.LocalDate;
import vn.ptdv.organization.api.OrganizationKind;

/** One party organisation of the demo tree; open-ended (no end date). {@code parentCode} is null only for the root. */
public record OrganizationSeed(String code, String name, OrganizationKind kind, String parentCode, LocalDate validFrom) {
}
