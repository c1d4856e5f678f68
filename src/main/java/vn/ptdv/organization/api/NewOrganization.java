package vn.ptdv.organization.api;

import java.time.LocalDate;

/** What it takes to open an organisation record. */
public record NewOrganization(String code, String name, OrganizationKind kind, String parentCode, LocalDate validFrom) {
}
