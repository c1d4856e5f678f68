package vn.ptdv.platform.audit;

import jakarta.inject.Inject;
import jakarta.ws.rs.container.ContainerRequestContext;
import jakarta.ws.rs.container.ContainerResponseContext;
import jakarta.ws.rs.container.ContainerResponseFilter;
import jakarta.ws.rs.container.ResourceInfo;
import jakarta.ws.rs.core.Context;
import jakarta.ws.rs.ext.Provider;

/**
 * Writes a READ audit entry for every successful answer of a method marked {@link AuditedRead}: who, when, what
 * (the mark), the path and query read, filed under the {@code org} parameter's organisation or the caller's scope.
 */
@Provider
@AuditedRead("")
public class AuditedReadFilter implements ContainerResponseFilter {

    @Context
    ResourceInfo resource;

    @Inject
    AuditLog audit;

    @Override
    public void filter(ContainerRequestContext request, ContainerResponseContext response) {
        if (response.getStatus() < 200 || response.getStatus() >= 300 || resource.getResourceMethod() == null) {
            return;
        }
        AuditedRead mark = resource.getResourceMethod().getAnnotation(AuditedRead.class);
        if (mark == null) {
            mark = resource.getResourceClass().getAnnotation(AuditedRead.class);
        }
        if (mark == null) {
            return;
        }
        var uri = request.getUriInfo();
        audit.read(mark.value(), uri.getPath().replaceFirst("^/", ""), uri.getRequestUri().getRawQuery(), null);
    }
}
