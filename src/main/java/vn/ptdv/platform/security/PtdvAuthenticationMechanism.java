package vn.ptdv.platform.security;

import jakarta.enterprise.context.ApplicationScoped;
import jakarta.inject.Inject;
import jakarta.json.Json;
import jakarta.json.JsonObject;
import jakarta.json.JsonReader;
import jakarta.json.JsonString;
import jakarta.security.enterprise.AuthenticationStatus;
import jakarta.security.enterprise.authentication.mechanism.http.HttpAuthenticationMechanism;
import jakarta.security.enterprise.authentication.mechanism.http.HttpMessageContext;
import jakarta.security.enterprise.credential.Password;
import jakarta.security.enterprise.credential.UsernamePasswordCredential;
import jakarta.security.enterprise.identitystore.CredentialValidationResult;
import jakarta.security.enterprise.identitystore.IdentityStoreHandler;
import jakarta.servlet.http.HttpServletRequest;
import jakarta.servlet.http.HttpServletResponse;
import jakarta.servlet.http.HttpSession;
import java.io.ByteArrayInputStream;
import java.io.IOException;
import java.io.InputStream;
import java.io.InputStreamReader;
import java.nio.charset.StandardCharsets;
import java.security.MessageDigest;
import java.security.NoSuchAlgorithmException;
import java.time.Instant;
import java.util.Base64;
import java.util.HexFormat;
import java.util.Locale;
import java.util.Map;
import java.util.Set;
import java.util.concurrent.ConcurrentHashMap;
import java.util.stream.Collectors;

/**
 * Sign-in for PTDV: HTTP Basic for API clients, and a JSON sign-in ({@code POST /ptdv/api/auth/login}) that opens a
 * session for the web pages. Everything else under {@code /api} needs one of the two (web.xml). Failures answer with
 * problem+json; a request from the pages ({@code X-Requested-With}) gets no Basic challenge, so the browser shows no
 * dialog.
 * <ul>
 * <li>A locked account answers exactly like an unknown account or a wrong password (401), also on the remembered Basic
 * path, so that nobody can tell which names exist.</li>
 * <li>Sessions and remembered Basic checks carry the account's credential version: disabling the account, resetting or
 * changing its password ends them at the next request, on every instance.</li>
 * <li>Cross-site requests: a request that changes something is refused (403) when it says it comes from another site
 * ({@code Origin}, {@code Sec-Fetch-Site}); with a session cookie it must also show it comes from our own pages (our
 * {@code Origin}, or {@code X-Requested-With}, which a cross-site form cannot set). The sign-in takes JSON only.</li>
 * <li>Failed sign-ins are counted per client address ({@link SignInThrottle}).</li>
 * </ul>
 */
@ApplicationScoped
public class PtdvAuthenticationMechanism implements HttpAuthenticationMechanism {

    /** Successful Basic checks are remembered briefly, so that a client does not pay for PBKDF2 on every request. */
    private static final long REMEMBER_MILLIS = 60_000;
    /** The largest sign-in body read. */
    static final int MAX_LOGIN_BYTES = 10_000;
    private static final Set<String> SAFE_METHODS = Set.of("GET", "HEAD", "OPTIONS");
    static final String BAD_CREDENTIALS = "Tên đăng nhập hoặc mật khẩu không đúng (tài khoản đăng nhập sai nhiều lần "
            + "sẽ tạm khóa trong ít phút).";

    /** A remembered Basic check: whose, with which credential version, until when. */
    private record Remembered(String username, int credentialVersion, long until) {
    }

    private final Map<String, Remembered> recentlyVerified = new ConcurrentHashMap<>();

    @Inject
    IdentityStoreHandler identityStores;

    @Inject
    UserService users;

    @Inject
    SignInThrottle throttle;

    /** The session attributes that hold the signed-in user of the pages and the credential version of the sign-in. */
    static final String SESSION_USER = "vn.ptdv.user";
    static final String SESSION_VERSION = "vn.ptdv.credential-version";

    @Override
    public AuthenticationStatus validateRequest(HttpServletRequest request, HttpServletResponse response,
                                                HttpMessageContext context) {
        boolean unsafe = !SAFE_METHODS.contains(request.getMethod());
        if (unsafe && crossSite(request)) {
            return fail(request, response, 403, "csrf", "Yêu cầu thay đổi dữ liệu gửi từ một trang web khác bị từ chối.");
        }
        String header = request.getHeader("Authorization");
        if (header != null && header.regionMatches(true, 0, "Basic ", 0, 6)) {
            String[] credentials = decodeBasic(header.substring(6).strip());
            if (credentials == null) {
                return fail(request, response, 401, "unauthorized", "Tiêu đề Authorization không đúng dạng Basic.");
            }
            return signIn(credentials[0], credentials[1], request, response, context, true);
        }
        if ("POST".equals(request.getMethod()) && request.getRequestURI().endsWith("/api/auth/login")) {
            String type = request.getContentType() == null ? "" : request.getContentType().toLowerCase(Locale.ROOT);
            if (!type.startsWith("application/json")) {
                return fail(request, response, 415, "unsupported-media-type",
                        "Đăng nhập chỉ nhận nội dung application/json: {\"username\": ..., \"password\": ...}.");
            }
            String[] credentials;
            try {
                credentials = readJsonCredentials(request);
            } catch (TooLarge e) {
                return fail(request, response, 413, "payload-too-large",
                        "Nội dung đăng nhập vượt quá " + MAX_LOGIN_BYTES + " byte.");
            }
            if (credentials == null) {
                return fail(request, response, 400, "bad-parameter", "Gửi {\"username\": ..., \"password\": ...} dạng JSON để đăng nhập.");
            }
            return signIn(credentials[0], credentials[1], request, response, context, false);
        }
        HttpSession session = request.getSession(false);
        Object sessionUser = session == null ? null : session.getAttribute(SESSION_USER);
        if (sessionUser instanceof String username) {
            Object version = session.getAttribute(SESSION_VERSION);
            var user = users.find(username).filter(UserAccount::isEnabled)
                    .filter(u -> version instanceof Integer v && v == u.getCredentialVersion());
            if (user.isPresent()) {
                if (unsafe && !fromOurPages(request)) {
                    return fail(request, response, 403, "csrf",
                            "Yêu cầu thay đổi dữ liệu bằng phiên đăng nhập phải gửi từ các trang của PTDV.");
                }
                return context.notifyContainerAboutLogin(username, roleNames(user.get()));
            }
            invalidate(session);
        }
        if (context.isProtected()) {
            return fail(request, response, 401, "unauthorized", "Cần đăng nhập (HTTP Basic hoặc phiên đăng nhập) để truy cập.");
        }
        return context.doNothing();
    }

    private AuthenticationStatus signIn(String username, String password, HttpServletRequest request,
                                        HttpServletResponse response, HttpMessageContext context, boolean basic) {
        // the throttle comes first: a throttled address gets 429 even for credentials verified a moment ago
        String address = throttle.clientOf(request);
        long wait = throttle.waitSeconds(address);
        if (wait > 0) {
            response.setHeader("Retry-After", Long.toString(wait));
            return fail(request, response, 429, "too-many-requests", "Có quá nhiều lần đăng nhập sai từ địa chỉ này; hãy thử lại sau "
                    + Math.max(1, (wait + 59) / 60) + " phút.");
        }
        String key = basic ? fingerprint(username, password) : null;
        Remembered remembered = key == null ? null : recentlyVerified.get(key);
        if (remembered != null) {
            var user = users.find(username).filter(UserAccount::isEnabled)
                    .filter(u -> u.getCredentialVersion() == remembered.credentialVersion())
                    .filter(u -> !u.lockedAt(Instant.now()));
            if (remembered.until() > System.currentTimeMillis() && user.isPresent()) {
                return context.notifyContainerAboutLogin(username, roleNames(user.get()));
            }
            recentlyVerified.remove(key);
        }
        CredentialValidationResult result = identityStores.validate(
                new UsernamePasswordCredential(username, new Password(password)));
        if (result.getStatus() == CredentialValidationResult.Status.VALID) {
            UserAccount account = users.find(username).orElseThrow();
            if (key != null) {
                if (recentlyVerified.size() > 10_000) {
                    recentlyVerified.clear();
                }
                recentlyVerified.put(key, new Remembered(username, account.getCredentialVersion(),
                        System.currentTimeMillis() + REMEMBER_MILLIS));
            } else {
                // a new session on every sign-in (no session fixation)
                invalidate(request.getSession(false));
                HttpSession session = request.getSession(true);
                session.setAttribute(SESSION_USER, account.getUsername());
                session.setAttribute(SESSION_VERSION, account.getCredentialVersion());
                SessionCookies.harden(request, response, throttle);
            }
            return context.notifyContainerAboutLogin(result);
        }
        throttle.failed(address);
        if (!basic) {
            invalidate(request.getSession(false));
        }
        return fail(request, response, 401, "unauthorized", BAD_CREDENTIALS);
    }

    /** The session's credential version after the user changed their own password: this session stays, others end. */
    public void keepSession(HttpServletRequest request, int credentialVersion) {
        HttpSession session = request.getSession(false);
        if (session != null && session.getAttribute(SESSION_USER) != null) {
            session.setAttribute(SESSION_VERSION, credentialVersion);
        }
    }

    private static Set<String> roleNames(UserAccount user) {
        return user.getRoles().stream().map(Role::name).collect(Collectors.toSet());
    }

    private static void invalidate(HttpSession session) {
        if (session != null) {
            try {
                session.invalidate();
            } catch (IllegalStateException e) {
                // already invalid
            }
        }
    }

    /** A browser says the request comes from another site. */
    static boolean crossSite(HttpServletRequest request) {
        String fetchSite = request.getHeader("Sec-Fetch-Site");
        if ("cross-site".equalsIgnoreCase(fetchSite)) {
            return true;
        }
        String origin = request.getHeader("Origin");
        return origin != null && !sameOrigin(origin, request);
    }

    /** A session request that changes something must show it comes from our pages. */
    static boolean fromOurPages(HttpServletRequest request) {
        String origin = request.getHeader("Origin");
        return (origin != null && sameOrigin(origin, request)) || request.getHeader("X-Requested-With") != null;
    }

    /** Whether the Origin names the host the request was sent to (the scheme may differ behind a TLS proxy). */
    static boolean sameOrigin(String origin, HttpServletRequest request) {
        if ("null".equals(origin)) {
            return false;
        }
        try {
            String authority = java.net.URI.create(origin.strip()).getRawAuthority();
            String host = request.getHeader("Host");
            if (authority == null || host == null) {
                return false;
            }
            return authority.equalsIgnoreCase(host.strip()) || authority.equalsIgnoreCase(withDefaultPort(host.strip(), origin))
                    || withDefaultPort(authority, origin).equalsIgnoreCase(host.strip());
        } catch (IllegalArgumentException e) {
            return false;
        }
    }

    private static String withDefaultPort(String authority, String origin) {
        if (authority.contains(":") && !authority.endsWith("]")) {
            return authority;
        }
        return authority + (origin.startsWith("https:") ? ":443" : ":80");
    }

    private static AuthenticationStatus fail(HttpServletRequest request, HttpServletResponse response, int status,
                                             String type, String detail) {
        try {
            response.setStatus(status);
            if (status == 401 && request.getHeader("X-Requested-With") == null) {
                response.setHeader("WWW-Authenticate", "Basic realm=\"PTDV\", charset=\"UTF-8\"");
            }
            response.setHeader("Cache-Control", "no-store");
            response.setContentType("application/problem+json;charset=UTF-8");
            String title = switch (status) {
                case 400 -> "Yêu cầu đăng nhập không hợp lệ";
                case 403 -> "Không có quyền";
                case 413 -> "Nội dung gửi lên quá lớn";
                case 415 -> "Kiểu nội dung không được hỗ trợ";
                case 429 -> "Quá nhiều yêu cầu";
                default -> "Chưa đăng nhập";
            };
            String body = Json.createObjectBuilder().add("type", "https://ptdv.vn/problems/" + type).add("title", title)
                    .add("status", status).add("detail", detail).build().toString();
            byte[] bytes = body.getBytes(StandardCharsets.UTF_8);
            response.setContentLength(bytes.length);
            response.getOutputStream().write(bytes);
            // commit now, so that no server replaces the problem with an error page of its own (WildFly would)
            response.flushBuffer();
        } catch (IOException e) {
            // the client went away
        }
        return AuthenticationStatus.SEND_FAILURE;
    }

    private static String[] decodeBasic(String encoded) {
        try {
            String decoded = new String(Base64.getDecoder().decode(encoded), StandardCharsets.UTF_8);
            int colon = decoded.indexOf(':');
            return colon <= 0 ? null : new String[] {decoded.substring(0, colon), decoded.substring(colon + 1)};
        } catch (IllegalArgumentException e) {
            return null;
        }
    }

    /** Thrown when the sign-in body is longer than {@link #MAX_LOGIN_BYTES}, counted as read (chunked bodies too). */
    static final class TooLarge extends RuntimeException {
        TooLarge() {
            super(null, null, false, false);
        }
    }

    private static String[] readJsonCredentials(HttpServletRequest request) {
        byte[] body;
        try (InputStream in = request.getInputStream()) {
            body = in.readNBytes(MAX_LOGIN_BYTES + 1);
            if (body.length > MAX_LOGIN_BYTES) {
                throw new TooLarge();
            }
        } catch (IOException e) {
            return null;
        }
        try (JsonReader reader = Json.createReader(new InputStreamReader(new ByteArrayInputStream(body), StandardCharsets.UTF_8))) {
            JsonObject o = reader.readObject();
            if (!(o.get("username") instanceof JsonString u) || !(o.get("password") instanceof JsonString p)) {
                return null;
            }
            return new String[] {u.getString().strip(), p.getString()};
        } catch (RuntimeException e) {
            return null;
        }
    }

    private static String fingerprint(String username, String password) {
        try {
            MessageDigest digest = MessageDigest.getInstance("SHA-256");
            return HexFormat.of().formatHex(digest.digest((username + '\u0000' + password).getBytes(StandardCharsets.UTF_8)));
        } catch (NoSuchAlgorithmException e) {
            throw new IllegalStateException(e);
        }
    }
}
