package vn.ptdv.organization.control;

import jakarta.enterprise.context.ApplicationScoped;
import jakarta.inject.Inject;
import jakarta.transaction.Transactional;
import java.util.Optional;
import vn.ptdv.organization.api.IssuerDetails;
import vn.ptdv.organization.api.IssuerDirectory;
import vn.ptdv.organization.api.OrganizationRef;
import vn.ptdv.organization.entity.Issuer;
import vn.ptdv.organization.entity.Organization;

/** The unchecked reads of issuer details for other modules' documents ({@link IssuerDirectory}). */
@ApplicationScoped
@Transactional(Transactional.TxType.SUPPORTS)
public class IssuerDirectoryFacade implements IssuerDirectory {

    @Inject
    IssuerRepository stored;

    @Inject
    OrganizationRepository tree;

    @Override
    public Optional<IssuerDetails> issuer(String code) {
        return stored.find(code).map(Issuer::toDetails);
    }

    @Override
    public IssuerDetails issuerOrDefault(OrganizationRef organization) {
        return issuer(organization.code()).orElseGet(() -> IssuerDefaults.of(organization,
                organization.parentId() == null ? null
                        : tree.find(organization.parentId()).map(Organization::getName).orElse(null)));
    }
}
