package vn.ptdv.reporting.boundary;

import jakarta.json.bind.annotation.JsonbPropertyOrder;
import java.util.List;
import vn.ptdv.reporting.api.ReportDefinition;
import vn.ptdv.reporting.api.ReportFormat;
import vn.ptdv.reporting.api.ReportParameter;
import vn.ptdv.reporting.api.ReportProvider;

/** One entry of the report catalogue (danh mục báo cáo) as JSON. */
@JsonbPropertyOrder({"id", "title", "parameters", "formats"})
public record ReportView(String id, String title, List<ParameterView> parameters, List<String> formats) {

    /** A parameter the report accepts; {@code type} is ORGANIZATION, YEAR, TEXT, ID or BOOLEAN. */
    @JsonbPropertyOrder({"name", "label", "type", "required", "description"})
    public record ParameterView(String name, String label, String type, boolean required, String description) {

        static ParameterView of(ReportParameter p) {
            return new ParameterView(p.name(), p.label(), p.type().name(), p.required(), p.description());
        }
    }

    static ReportView of(ReportProvider provider) {
        ReportDefinition d = provider.definition();
        return new ReportView(d.id(), d.title(), d.parameters().stream().map(ParameterView::of).toList(),
                d.formats().stream().sorted().map(ReportFormat::extension).toList());
    }
}
