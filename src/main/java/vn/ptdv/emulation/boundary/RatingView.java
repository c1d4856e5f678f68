package vn.ptdv.emulation.boundary;

import java.time.Instant;
import vn.ptdv.emulation.api.QualityRating;
import vn.ptdv.emulation.control.RatingService;
import vn.ptdv.emulation.entity.QualityRatingEntry;

/** Xếp loại chất lượng as the API shows it ({@code rating} absent: not rated that year). */
public record RatingView(String organizationCode, int year, QualityRating rating, String label, String recordedBy,
                         Instant recordedAt) {

    static RatingView of(QualityRatingEntry e) {
        return new RatingView(e.getOrganizationCode(), e.getYear(), e.getRating(), e.getRating().label(),
                e.getRecordedBy(), e.getRecordedAt());
    }

    static RatingView of(RatingService.Rated r) {
        return r.entry().map(RatingView::of).orElse(new RatingView(r.organizationCode(), r.year(), null, null, null, null));
    }
}
