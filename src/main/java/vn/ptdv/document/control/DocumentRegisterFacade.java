package vn.ptdv.document.control;

import jakarta.enterprise.context.ApplicationScoped;
import jakarta.inject.Inject;
import jakarta.persistence.EntityManager;
import jakarta.persistence.PersistenceContext;
import jakarta.transaction.Transactional;
import java.time.LocalDate;
import java.util.Map;
import java.util.Optional;
import vn.ptdv.document.api.DocumentRegister;
import vn.ptdv.document.api.IssuedDocumentRef;
import vn.ptdv.document.entity.IssuedDocument;

/**
 * {@link DocumentRegister} for other modules and the demo loader: issuing goes through {@link DocumentService} (every
 * check of {@code POST /ptdv/api/documents}); {@link #inForce} is an unchecked look-up for a module that has checked
 * its own object (the emulation module's campaign) and is out of the resources' reach (ScopeByConstructionTest).
 */
@ApplicationScoped
public class DocumentRegisterFacade implements DocumentRegister {

    @PersistenceContext(unitName = "ptdv")
    EntityManager em;

    @Inject
    DocumentService documents;

    @Override
    @Transactional
    public IssuedDocumentRef issue(String reportId, Map<String, String> parameters) {
        return ref(documents.issueDocument(reportId, parameters));
    }

    @Override
    @Transactional
    public IssuedDocumentRef issueOn(String reportId, Map<String, String> parameters, LocalDate issuedOn) {
        return ref(documents.issueDocumentOn(reportId, parameters, issuedOn));
    }

    @Override
    @Transactional(Transactional.TxType.SUPPORTS)
    public Optional<IssuedDocumentRef> inForce(String reportId, Map<String, String> parameters) {
        String json = DocumentService.json(parameters);
        return em.createNamedQuery(IssuedDocument.BY_REPORT, IssuedDocument.class).setParameter("report", reportId)
                .getResultList().stream().filter(d -> d.getParameters().equals(json))
                .filter(d -> !d.isWithdrawn() && d.getReplacedById() == null).findFirst()
                .map(DocumentRegisterFacade::ref);
    }

    static IssuedDocumentRef ref(IssuedDocument d) {
        return new IssuedDocumentRef(d.getId(), d.fullNumber(), d.getIssuedOn(), d.getKind(), d.getIssuer(), d.isSigned(),
                d.getSigner(), d.isWithdrawn(), d.getReplacedById());
    }
}
