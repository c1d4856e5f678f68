package vn.ptdv.platform.rest;

import jakarta.ws.rs.ApplicationPath;
import jakarta.ws.rs.core.Application;
import org.eclipse.microprofile.openapi.annotations.OpenAPIDefinition;
import org.eclipse.microprofile.openapi.annotations.info.Info;

/** The REST API of PTDV under {@code /ptdv/api}. */
@ApplicationPath("api")
@OpenAPIDefinition(info = @Info(title = "PTDV – Phát triển đảng viên", version = "0.1",
        description = "Quản lý chỉ tiêu, kết nạp, bồi dưỡng và báo cáo công tác phát triển đảng viên."))
public class PtdvApplication extends Application {
}
