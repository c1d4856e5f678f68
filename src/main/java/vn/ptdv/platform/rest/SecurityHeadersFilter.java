package vn.ptdv.platform.rest;

import jakarta.inject.Inject;
import jakarta.servlet.Filter;
import jakarta.servlet.FilterChain;
import jakarta.servlet.ServletException;
import jakarta.servlet.ServletRequest;
import jakarta.servlet.ServletResponse;
import jakarta.servlet.annotation.WebFilter;
import jakarta.servlet.http.HttpServletRequest;
import jakarta.servlet.http.HttpServletResponse;
import java.io.IOException;
import java.nio.charset.StandardCharsets;
import org.eclipse.microprofile.config.inject.ConfigProperty;
import vn.ptdv.platform.config.PtdvConfig;

/**
 * Hardening on every response: no MIME sniffing, no referrer, no framing, a strict Content-Security-Policy, no caching
 * of API answers (they hold personal data), revalidation of the web pages' files, no framework banner; and a limit on
 * request bodies (413 beyond it), checked on the declared length and again on the bytes read.
 */
@WebFilter(urlPatterns = "/*", asyncSupported = true)
public class SecurityHeadersFilter implements Filter {

    static final String CSP = "default-src 'self'; script-src 'self'; style-src 'self'; img-src 'self' data:; "
            + "font-src 'self'; connect-src 'self'; form-action 'self'; frame-ancestors 'none'; base-uri 'none'; object-src 'none'";

    @Inject
    @ConfigProperty(name = PtdvConfig.MAX_REQUEST_BYTES, defaultValue = "1048576")
    long maxRequestBytes;

    @Inject
    @ConfigProperty(name = PtdvConfig.IMPORT_MAX_BYTES, defaultValue = "20971520")
    long maxImportBytes;

    @Override
    public void doFilter(ServletRequest req, ServletResponse res, FilterChain chain) throws IOException, ServletException {
        HttpServletRequest request = (HttpServletRequest) req;
        HttpServletResponse response = (HttpServletResponse) res;
        response.setHeader("X-Content-Type-Options", "nosniff");
        response.setHeader("Referrer-Policy", "no-referrer");
        response.setHeader("X-Frame-Options", "DENY");
        response.setHeader("Content-Security-Policy", CSP);
        response.setHeader("Cross-Origin-Opener-Policy", "same-origin");
        response.setHeader("Permissions-Policy", "camera=(), microphone=(), geolocation=()");
        if (request.getRequestURI().startsWith(request.getContextPath() + "/api/")) {
            response.setHeader("Cache-Control", "no-store");
        } else {
            // the web pages' static files: cached, but checked with the server before each use (a new release shows at once)
            response.setHeader("Cache-Control", "no-cache");
        }
        // spreadsheet imports have their own, larger limit (also checked while the file is stored)
        long limit = request.getRequestURI().startsWith(request.getContextPath() + "/api/imports/") ? maxImportBytes : maxRequestBytes;
        if (request.getContentLengthLong() > limit) {
            drain(request, Math.max(16L * 1024 * 1024, 2 * limit));
            response.setStatus(413);
            response.setContentType("application/problem+json;charset=UTF-8");
            response.getOutputStream().write(("{\"type\":\"https://ptdv.vn/problems/payload-too-large\",\"title\":\"Nội dung gửi lên quá lớn\","
                    + "\"status\":413,\"detail\":\"Nội dung gửi lên vượt quá giới hạn " + limit + " byte.\"}")
                    .getBytes(StandardCharsets.UTF_8));
            return;
        }
        // the declared length may be absent (chunked) or false: count what is actually read
        chain.doFilter(new LimitedBodyRequest(request, limit), res);
    }

    /** Reads and drops a moderately large body, so that the client receives the 413 instead of a reset connection. */
    private static void drain(HttpServletRequest request, long upTo) {
        if (request.getContentLengthLong() > upTo) {
            return;
        }
        try (var in = request.getInputStream()) {
            byte[] buffer = new byte[64 * 1024];
            while (in.read(buffer) >= 0) {
                // discard
            }
        } catch (IOException e) {
            // the client gave up; the answer is 413 either way
        }
    }
}
