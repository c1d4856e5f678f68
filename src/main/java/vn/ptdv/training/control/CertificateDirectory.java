package vn.ptdv.training.control;

import jakarta.enterprise.context.ApplicationScoped;
import jakarta.inject.Inject;
import jakarta.transaction.Transactional;
import java.util.Collection;
import java.util.HashMap;
import java.util.List;
import java.util.Map;
import java.util.Optional;
import vn.ptdv.admission.api.AwarenessCertificate;
import vn.ptdv.admission.api.AwarenessCertificates;
import vn.ptdv.shared.VietnameseText;
import vn.ptdv.training.api.CourseType;
import vn.ptdv.training.entity.Learner;
import vn.ptdv.training.entity.TrainingClass;

/**
 * The training module's answer to the admission module's certificate look-up (the SPI of admission.api). No scope
 * check (the admission module checks its own record's scope), so it is reachable only as {@link AwarenessCertificates}.
 */
@ApplicationScoped
@Transactional(Transactional.TxType.SUPPORTS)
class CertificateDirectory implements AwarenessCertificates {

    @Inject
    LearnerRepository learners;

    @Override
    public Optional<AwarenessCertificate> find(String number) {
        String n = VietnameseText.clean(number);
        return n == null ? Optional.empty() : Optional.ofNullable(findAll(List.of(n)).get(n));
    }

    @Override
    public Map<String, AwarenessCertificate> findAll(Collection<String> numbers) {
        Map<String, AwarenessCertificate> out = new HashMap<>();
        for (CertifiedLearner row : learners.certified(numbers.stream().map(VietnameseText::clean).toList())) {
            Learner l = row.learner();
            TrainingClass c = row.trainingClass();
            out.put(l.getCertificateNumber(), new AwarenessCertificate(l.getCertificateNumber(),
                    c.getCourseType() == CourseType.AWARENESS, l.getCertificateIssuedOn(), l.getFullName(), l.getBirthDate(),
                    c.getOrganiserName(), c.getId(), c.getCourseNumber(), c.getOrgPath(), l.getNominatingOrgPath()));
        }
        return out;
    }
}
