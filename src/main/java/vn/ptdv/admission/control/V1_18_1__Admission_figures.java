package vn.ptdv.admission.control;

import java.sql.Connection;
import java.sql.PreparedStatement;
import java.sql.ResultSet;
import java.util.TreeMap;
import org.flywaydb.core.api.migration.BaseJavaMigration;
import org.flywaydb.core.api.migration.Context;
import vn.ptdv.admission.control.FigureDelta.Key;

/**
 * Builds adm_figure (V1_18_0) from the admissions an existing database holds: the same {@link FigureDelta} the
 * writers apply, summed in memory per key and inserted in JDBC batches. Found by Flyway in the admission module's
 * migration location (classpath:vn/ptdv/admission/control, see DatabaseLifecycle.flyway).
 */
public class V1_18_1__Admission_figures extends BaseJavaMigration {

    @Override
    public void migrate(Context context) throws Exception {
        Connection c = context.getConnection();
        TreeMap<Key, long[]> figures = FigureDelta.empty();
        try (PreparedStatement ps = c.prepareStatement(FigureTables.FACTS); ResultSet rs = ps.executeQuery()) {
            while (rs.next()) {
                FigureDelta.add(figures, FigureTables.facts(rs), 1);
            }
        }
        if (!figures.isEmpty()) {
            FigureTables.insert(c, figures);
        }
    }
}
