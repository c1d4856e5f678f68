package vn.ptdv.platform.security;

import jakarta.servlet.http.HttpServletRequest;
import jakarta.servlet.http.HttpServletResponse;
import java.util.ArrayList;
import java.util.List;
import java.util.Locale;

/**
 * The session cookie as PTDV wants it on every server: {@code HttpOnly; SameSite=Strict}, and {@code Secure} when the
 * request came over HTTPS (directly or through a trusted proxy that says so in {@code X-Forwarded-Proto}).
 * <p>Payara Micro ignores the {@code SameSite} attribute of web.xml's {@code cookie-config} and writes
 * {@code JSESSIONID=…; Path=/ptdv; HttpOnly}; it writes the header when the session is created, so the sign-in
 * rewrites it here. WildFly (Undertow) writes the cookie when the response is committed, after this class has run,
 * and ignores web.xml's attribute as well: there {@code WEB-INF/undertow-handlers.conf} adds it
 * ({@code samesite-cookie(mode=Strict, cookie-pattern=JSESSIONID)}); behind HTTPS, {@code Secure} is the server's
 * setting (docs/using.md, "Signing in").
 */
final class SessionCookies {

    private SessionCookies() {
    }

    static void harden(HttpServletRequest request, HttpServletResponse response, SignInThrottle proxies) {
        String name = request.getServletContext().getSessionCookieConfig().getName();
        String cookieName = (name == null || name.isBlank() ? "JSESSIONID" : name) + "=";
        boolean secure = request.isSecure() || (proxies.fromTrustedProxy(request)
                && "https".equalsIgnoreCase(request.getHeader("X-Forwarded-Proto")));
        List<String> headers = new ArrayList<>(response.getHeaders("Set-Cookie"));
        if (headers.stream().noneMatch(h -> h.startsWith(cookieName))) {
            return;
        }
        boolean first = true;
        for (String h : headers) {
            String value = h.startsWith(cookieName) ? hardened(h, secure) : h;
            if (first) {
                response.setHeader("Set-Cookie", value);
                first = false;
            } else {
                response.addHeader("Set-Cookie", value);
            }
        }
    }

    static String hardened(String cookie, boolean secure) {
        String lower = cookie.toLowerCase(Locale.ROOT);
        StringBuilder b = new StringBuilder(cookie.replaceAll("(?i);\\s*SameSite=[^;]*", ""));
        if (!lower.contains("httponly")) {
            b.append("; HttpOnly");
        }
        b.append("; SameSite=Strict");
        if (secure && !lower.matches(".*;\\s*secure(;.*|$)")) {
            b.append("; Secure");
        }
        return b.toString();
    }
}
