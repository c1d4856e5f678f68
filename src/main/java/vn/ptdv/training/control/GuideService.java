package vn.ptdv.training.control;

import jakarta.enterprise.context.ApplicationScoped;
import jakarta.inject.Inject;
import jakarta.transaction.Transactional;
import java.util.HashMap;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import java.util.Optional;
import vn.ptdv.organization.api.OrganizationDirectory;
import vn.ptdv.organization.api.OrganizationRef;
import vn.ptdv.platform.audit.AuditLog;
import vn.ptdv.platform.rest.ProblemException;
import vn.ptdv.platform.rest.ProblemType;
import vn.ptdv.platform.rest.Violations;
import vn.ptdv.platform.security.Access;
import vn.ptdv.platform.security.Caller;
import vn.ptdv.platform.security.Permission;
import vn.ptdv.shared.VietnameseText;
import vn.ptdv.training.api.CourseType;
import vn.ptdv.training.api.TrainingRegistry.NewGuide;
import vn.ptdv.training.entity.Guide;

/**
 * Course guides (hướng dẫn): read by every role (they are the province's published documents), issued and superseded
 * by the training managers of the issuing committee's scope. Every change is checked in full before anything is written.
 */
@ApplicationScoped
@Transactional
public class GuideService {

    @Inject
    GuideRepository guides;

    @Inject
    OrganizationDirectory organizations;

    @Inject
    Access access;

    @Inject
    AuditLog audit;

    /** The guides with this number (all when null), of this course type (all when null), the newest first. */
    @Transactional(Transactional.TxType.SUPPORTS)
    public List<Guide> guides(String number, CourseType type) {
        access.require(Permission.READ_AGGREGATES);
        List<Guide> all = number == null ? guides.all() : guides.byNumber(VietnameseText.clean(number)).stream().toList();
        return all.stream().filter(g -> type == null || g.getCourseType() == type).toList();
    }

    @Transactional(Transactional.TxType.SUPPORTS)
    public Guide guide(long id) {
        access.require(Permission.READ_AGGREGATES);
        return guides.find(id).orElseThrow(() -> ProblemException.notFound("Không tìm thấy hướng dẫn số " + id + "."));
    }

    /** The guide that this one superseded (its predecessor), if any. */
    @Transactional(Transactional.TxType.SUPPORTS)
    public Optional<Guide> predecessor(Guide g) {
        access.require(Permission.READ_AGGREGATES);
        return guides.predecessorOf(g);
    }

    /** Ban hành: a guide of the caller's scope, superseding an earlier one when it names it. */
    public Guide create(NewGuide request) {
        Caller caller = access.require(Permission.MANAGE_TRAINING);
        Guide g = add(request, caller, new HashMap<>());
        audit.change("TRAINING_GUIDE_CREATED", "guide:" + g.getGuideNumber(), g.getOrgPath(), null, g.getTitle());
        return g;
    }

    /** Guides of one load, in order (a guide may supersede an earlier one of the list); answers number → id. */
    Map<String, Long> createAll(List<NewGuide> requests) {
        Caller caller = access.require(Permission.MANAGE_TRAINING);
        Map<String, Guide> batch = new HashMap<>();
        Map<String, Long> ids = new LinkedHashMap<>();
        for (NewGuide n : requests) {
            Guide g = add(n, caller, batch);
            ids.put(g.getGuideNumber(), g.getId());
        }
        audit.change("TRAINING_GUIDES_LOADED", ids.size() + " guides", null, null, null);
        return ids;
    }

    private Guide add(NewGuide n, Caller caller, Map<String, Guide> batch) {
        Violations v = new Violations();
        GuideRules.Programme programme = GuideRules.check(n, v);
        OrganizationRef org = null;
        if (n.organizationCode() == null) {
            v.add("organizationCode", "Mã cấp ủy ban hành là bắt buộc.");
        } else {
            org = organizations.findCurrentOrLatest(n.organizationCode().strip()).filter(o -> caller.covers(o.path())).orElse(null);
            v.check(org != null, "organizationCode", "Không tìm thấy tổ chức đảng có mã " + n.organizationCode() + ".");
        }
        v.throwIfAny();
        String number = GuideRules.number(n);
        if (batch.containsKey(number) || guides.byNumber(number).isPresent()) {
            throw new ProblemException(ProblemType.CONFLICT, "Hướng dẫn số " + number + " đã có.",
                    Map.of("documentNo", "Số " + number + " đã được dùng."));
        }
        Guide previous = null;
        if (n.supersedes() != null) {
            String supersedes = VietnameseText.clean(n.supersedes());
            // a guide outside the caller's scope is answered as one that does not exist (issue #15)
            previous = batch.containsKey(supersedes) ? batch.get(supersedes)
                    : guides.byNumber(supersedes).filter(g -> caller.covers(g.getOrgPath())).orElse(null);
            GuideRules.supersession(previous, n.supersedes(), n.courseType(), n.issuedOn());
        }
        Guide g = GuideRules.guide(n, org, programme);
        guides.add(g);
        if (previous != null) {
            previous.supersededBy(g, n.issuedOn());
        }
        batch.put(number, g);
        return g;
    }

    /** Thay thế: {@code id} is superseded by the guide numbered {@code successorNumber}; the old one stays readable. */
    public Guide supersede(long id, String successorNumber) {
        Caller caller = access.require(Permission.MANAGE_TRAINING);
        Guide old = guides.find(id).filter(g -> caller.covers(g.getOrgPath()))
                .orElseThrow(() -> ProblemException.notFound("Không tìm thấy hướng dẫn số " + id + "."));
        if (VietnameseText.clean(successorNumber) == null) {
            throw new ProblemException(ProblemType.VALIDATION, "Cần số hướng dẫn thay thế.",
                    Map.of("successorNumber", "Số hướng dẫn thay thế là bắt buộc (ví dụ 146-HD/BTGTU)."));
        }
        Guide successor = guides.byNumber(VietnameseText.clean(successorNumber))
                .orElseThrow(() -> new ProblemException(ProblemType.UNPROCESSABLE, "Không tìm thấy hướng dẫn số "
                        + successorNumber + ".", Map.of("successorNumber", "Không tìm thấy hướng dẫn số " + successorNumber + ".")));
        if (successor.getId().equals(old.getId())) {
            throw new ProblemException(ProblemType.UNPROCESSABLE, "Một hướng dẫn không thể thay thế chính nó.");
        }
        GuideRules.supersession(old, old.getGuideNumber(), successor.getCourseType(), successor.getIssuedOn());
        guides.lock(old);
        old.supersededBy(successor, successor.getIssuedOn());
        audit.change("TRAINING_GUIDE_SUPERSEDED", "guide:" + old.getGuideNumber(), old.getOrgPath(), null,
                "{\"supersededBy\":\"" + successor.getGuideNumber() + "\"}");
        return old;
    }
}
