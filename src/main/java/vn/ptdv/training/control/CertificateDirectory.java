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
import vn.ptdv.training.entity.CourseType;
import vn.ptdv.training.entity.Learner;
import vn.ptdv.training.entity.TrainingClass;

/** The training module's answer to the admission module's certificate look-up (the SPI of admission.api). */
@ApplicationScoped
@Transactional(Transactional.TxType.SUPPORTS)
public class CertificateDirectory implements AwarenessCertificates {

    @Inject
    TrainingService training;

    @Override
    public Optional<AwarenessCertificate> find(String number) {
        String n = VietnameseText.clean(number);
        return n == null ? Optional.empty() : Optional.ofNullable(findAll(List.of(n)).get(n));
    }

    @Override
    public Map<String, AwarenessCertificate> findAll(Collection<String> numbers) {
        Map<String, AwarenessCertificate> out = new HashMap<>();
        for (Object[] row : training.certificatesByNumber(numbers.stream().map(VietnameseText::clean).toList())) {
            Learner l = (Learner) row[0];
            TrainingClass c = (TrainingClass) row[1];
            out.put(l.getCertificateNumber(), new AwarenessCertificate(l.getCertificateNumber(),
                    c.getCourseType() == CourseType.AWARENESS, l.getCertificateIssuedOn(), l.getFullName(), l.getBirthDate(),
                    c.getOrganiserName(), c.getId(), c.getCourseNumber()));
        }
        return out;
    }
}
