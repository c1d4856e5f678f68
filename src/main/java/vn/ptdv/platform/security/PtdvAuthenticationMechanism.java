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
import java.io.IOException;
import java.io.InputStreamReader;
import java.nio.charset.StandardCharsets;
import java.security.MessageDigest;
import java.security.NoSuchAlgorithmException;
import java.time.Instant;
import java.util.Base64;
import java.util.HexFormat;
import java.util.Map;
import java.util.concurrent.ConcurrentHashMap;

/**
 * Sign-in for PTDV: HTTP Basic for API clients, and a JSON sign-in ({@code POST /ptdv/api/auth/login}) that opens a
 * session for the web pages. Everything else under {@code /api} needs one of the two (web.xml). Failures answer with
 * problem+json; a request from the pages ({@code X-Requested-With}) gets no Basic challenge, so the browser shows no
 * dialog.
 */
@ApplicationScoped
public class PtdvAuthenticationMechanism implements HttpAuthenticationMechanism {

    /** Successful Basic checks are remembered briefly, so that a client does not pay for PBKDF2 on every request. */
    private static final long REMEMBER_MILLIS = 60_000;
    private final Map<String, Long> recentlyVerified = new ConcurrentHashMap<>();

    @Inject
    IdentityStoreHandler identityStores;

    @Inject
    UserService users;

    /** The session attribute that holds the signed-in user of the pages. */
    static final String SESSION_USER = "vn.ptdv.user";

    @Override
    public AuthenticationStatus validateRequest(HttpServletRequest request, HttpServletResponse response,
                                                HttpMessageContext context) {
        String header = request.getHeader("Authorization");
        if (header != null && header.regionMatches(true, 0, "Basic ", 0, 6)) {
            String[] credentials = decodeBasic(header.substring(6).strip());
            if (credentials == null) {
                return fail(request, response, context, 401, "Tiêu đề Authorization không đúng dạng Basic.");
            }
            return signIn(credentials[0], credentials[1], request, response, context, true);
        }
        if ("POST".equals(request.getMethod()) && request.getRequestURI().endsWith("/api/auth/login")) {
            String[] credentials = readJsonCredentials(request);
            if (credentials == null) {
                return fail(request, response, context, 400, "Gửi {\"username\": ..., \"password\": ...} dạng JSON để đăng nhập.");
            }
            return signIn(credentials[0], credentials[1], request, response, context, false);
        }
        jakarta.servlet.http.HttpSession session = request.getSession(false);
        Object sessionUser = session == null ? null : session.getAttribute(SESSION_USER);
        if (sessionUser instanceof String username) {
            var user = users.find(username).filter(UserAccount::isEnabled);
            if (user.isPresent()) {
                return context.notifyContainerAboutLogin(username, java.util.Set.of(user.get().getRole().name()));
            }
            session.invalidate();
        }
        if (context.isProtected()) {
            return fail(request, response, context, 401, "Cần đăng nhập (HTTP Basic hoặc phiên đăng nhập) để truy cập.");
        }
        return context.doNothing();
    }

    private AuthenticationStatus signIn(String username, String password, HttpServletRequest request,
                                       HttpServletResponse response, HttpMessageContext context, boolean basic) {
        String key = basic ? fingerprint(username, password) : null;
        Long until = key == null ? null : recentlyVerified.get(key);
        if (until != null && until > System.currentTimeMillis()) {
            var role = users.find(username).map(UserAccount::getRole);
            if (role.isPresent()) {
                return context.notifyContainerAboutLogin(username, java.util.Set.of(role.get().name()));
            }
        }
        CredentialValidationResult result = identityStores.validate(
                new UsernamePasswordCredential(username, new Password(password)));
        if (result.getStatus() == CredentialValidationResult.Status.VALID) {
            if (key != null) {
                recentlyVerified.put(key, System.currentTimeMillis() + REMEMBER_MILLIS);
                if (recentlyVerified.size() > 10_000) {
                    recentlyVerified.clear();
                }
            } else {
                // a new session on every sign-in (no session fixation)
                jakarta.servlet.http.HttpSession old = request.getSession(false);
                if (old != null) {
                    old.invalidate();
                }
                request.getSession(true).setAttribute(SESSION_USER, result.getCallerPrincipal().getName());
            }
            return context.notifyContainerAboutLogin(result);
        }
        if (!basic) {
            jakarta.servlet.http.HttpSession old = request.getSession(false);
            if (old != null) {
                old.invalidate();
            }
        }
        boolean locked = users.find(username).map(u -> u.lockedAt(Instant.now())).orElse(false);
        return fail(request, response, context, locked ? 423 : 401, locked
                ? "Tài khoản tạm khóa do đăng nhập sai nhiều lần; hãy thử lại sau hoặc liên hệ quản trị viên."
                : "Tên đăng nhập hoặc mật khẩu không đúng.");
    }

    /** Forgets remembered Basic checks of a user (after a password change). */
    public void forget(String username) {
        recentlyVerified.clear();
    }

    private AuthenticationStatus fail(HttpServletRequest request, HttpServletResponse response, HttpMessageContext context,
                                      int status, String detail) {
        try {
            response.setStatus(status);
            if (status == 401 && request.getHeader("X-Requested-With") == null) {
                response.setHeader("WWW-Authenticate", "Basic realm=\"PTDV\", charset=\"UTF-8\"");
            }
            response.setHeader("Cache-Control", "no-store");
            response.setContentType("application/problem+json;charset=UTF-8");
            String title = switch (status) {
                case 400 -> "Yêu cầu đăng nhập không hợp lệ";
                case 423 -> "Tài khoản tạm khóa";
                default -> "Chưa đăng nhập";
            };
            String type = switch (status) {
                case 400 -> "bad-parameter";
                case 423 -> "locked";
                default -> "unauthorized";
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

    private static String[] readJsonCredentials(HttpServletRequest request) {
        if (request.getContentLength() > 10_000) {
            return null;
        }
        try (JsonReader reader = Json.createReader(new InputStreamReader(request.getInputStream(), StandardCharsets.UTF_8))) {
            JsonObject o = reader.readObject();
            if (!(o.get("username") instanceof JsonString u) || !(o.get("password") instanceof JsonString p)) {
                return null;
            }
            return new String[] {u.getString().strip(), p.getString()};
        } catch (RuntimeException | IOException e) {
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
