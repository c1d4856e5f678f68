package vn.ptdv.emulation.control;

import jakarta.enterprise.context.ApplicationScoped;
import jakarta.inject.Inject;
import jakarta.transaction.Transactional;
import java.util.Optional;
import vn.ptdv.emulation.api.QualityRating;
import vn.ptdv.emulation.entity.QualityRatingEntry;
import vn.ptdv.organization.api.OrganizationRef;
import vn.ptdv.platform.audit.AuditLog;
import vn.ptdv.platform.security.Access;
import vn.ptdv.platform.security.Caller;
import vn.ptdv.platform.security.Permission;

/** Xếp loại chất lượng tổ chức đảng per year, recorded and read in the caller's scope. */
@ApplicationScoped
@Transactional
public class RatingService {

    @Inject
    RatingRepository ratings;

    @Inject
    EmulationScope scope;

    @Inject
    Access access;

    @Inject
    AuditLog audit;

    /** Records or replaces the quality rating of an organisation for a year. */
    public QualityRatingEntry rate(String orgCode, int year, QualityRating rating) {
        Caller caller = access.require(Permission.MANAGE_EMULATION);
        OrganizationRef org = scope.organization(orgCode, caller);
        QualityRatingEntry entry = ratings.of(org.code(), year).orElse(null);
        String before = entry == null ? null : "{\"rating\":\"" + entry.getRating() + "\"}";
        if (entry == null) {
            entry = new QualityRatingEntry(org.code(), org.path(), year);
            entry.rate(rating, caller.username());
            ratings.persist(entry);
        } else {
            entry.rate(rating, caller.username());
        }
        audit.change("EMULATION_RATING_RECORDED", "rating:" + org.code() + "/" + year, org.path(), before,
                "{\"rating\":\"" + rating + "\"}");
        return entry;
    }

    /** The rating of an organisation in scope for a year, if one is recorded. */
    @Transactional(Transactional.TxType.SUPPORTS)
    public Rated rating(String orgCode, int year) {
        OrganizationRef org = scope.organization(orgCode, access.require(Permission.READ_AGGREGATES));
        return new Rated(org.code(), year, ratings.of(org.code(), year));
    }

    /** An organisation's year and its rating, if recorded. */
    public record Rated(String organizationCode, int year, Optional<QualityRatingEntry> entry) {
    }
}
