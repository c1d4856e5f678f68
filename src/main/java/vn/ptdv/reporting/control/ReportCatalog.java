package vn.ptdv.reporting.control;

import jakarta.enterprise.context.ApplicationScoped;
import jakarta.enterprise.inject.Any;
import jakarta.enterprise.inject.Instance;
import jakarta.inject.Inject;
import java.util.ArrayList;
import java.util.Comparator;
import java.util.List;
import java.util.Optional;
import java.util.logging.Logger;
import vn.ptdv.reporting.api.ReportProvider;
import vn.ptdv.shared.VietnameseText;

/**
 * Danh mục báo cáo: every {@link ReportProvider} that the business modules contribute as CDI beans, looked up by id.
 */
@ApplicationScoped
public class ReportCatalog {

    private static final Logger LOG = Logger.getLogger(ReportCatalog.class.getName());

    @Inject
    @Any
    Instance<ReportProvider> providers;

    /** All providers, sorted by Vietnamese title. */
    public List<ReportProvider> all() {
        List<ReportProvider> list = new ArrayList<>();
        providers.forEach(list::add);
        list.sort(Comparator.comparing(ReportProvider::title, VietnameseText.collator()));
        return list;
    }

    public Optional<ReportProvider> find(String id) {
        List<ReportProvider> matches = all().stream().filter(p -> p.id().equals(id)).toList();
        if (matches.size() > 1) {
            LOG.warning(() -> "Several report providers share the id " + id + "; using the first");
        }
        return matches.stream().findFirst();
    }
}
