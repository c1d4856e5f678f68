package vn.ptdv.platform.security;

import jakarta.enterprise.context.ApplicationScoped;
import jakarta.inject.Inject;
import jakarta.servlet.http.HttpServletRequest;
import java.util.Arrays;
import java.util.Set;
import java.util.concurrent.ConcurrentHashMap;
import java.util.stream.Collectors;
import org.eclipse.microprofile.config.inject.ConfigProperty;
import vn.ptdv.platform.config.PtdvConfig;

/**
 * Failed sign-ins per client address: after {@code ptdv.security.max-failed-sign-ins-per-address} failures within
 * {@code ptdv.security.address-window-minutes}, the address gets 429 for every sign-in, right or wrong, until the
 * window has passed (a guesser spread over many accounts is slowed even though no account locks). In memory, per
 * instance. The client address is the connection's, or the last {@code X-Forwarded-For} entry when the connection
 * comes from a trusted proxy: {@code ptdv.security.trusted-proxies} lists addresses, and {@code local} (the default)
 * stands for this machine's own addresses, loopback included (a reverse proxy on the same machine).
 */
@ApplicationScoped
public class SignInThrottle {

    @Inject
    @ConfigProperty(name = PtdvConfig.SECURITY_MAX_FAILED_PER_ADDRESS, defaultValue = "30")
    int maxFailures;

    @Inject
    @ConfigProperty(name = PtdvConfig.SECURITY_ADDRESS_WINDOW_MINUTES, defaultValue = "15")
    int windowMinutes;

    @Inject
    @ConfigProperty(name = PtdvConfig.SECURITY_TRUSTED_PROXIES, defaultValue = "local")
    String trustedProxies;

    private final ConcurrentHashMap<String, Window> windows = new ConcurrentHashMap<>();
    private volatile Set<String> proxies;

    /** Failures of one address in the current window. */
    private static final class Window {
        final long startedAt;
        int failures;

        Window(long startedAt) {
            this.startedAt = startedAt;
        }
    }

    /** The client's address. */
    public String clientOf(HttpServletRequest request) {
        String remote = request.getRemoteAddr();
        String forwarded = request.getHeader("X-Forwarded-For");
        if (forwarded != null && !forwarded.isBlank() && trusted(remote)) {
            String[] hops = forwarded.split(",");
            String last = hops[hops.length - 1].strip();
            if (!last.isEmpty() && last.length() <= 64) {
                return last;
            }
        }
        return remote;
    }

    /** Whether the connection comes from a trusted reverse proxy (whose X-Forwarded-* headers count). */
    public boolean fromTrustedProxy(HttpServletRequest request) {
        return trusted(request.getRemoteAddr());
    }

    private boolean trusted(String remote) {
        Set<String> p = proxies();
        if (p.contains(remote)) {
            return true;
        }
        if (!p.contains("local") || remote == null) {
            return false;
        }
        try {
            // a literal address: no name look-up happens
            java.net.InetAddress a = java.net.InetAddress.getByName(remote);
            return a.isLoopbackAddress() || java.net.NetworkInterface.getByInetAddress(a) != null;
        } catch (java.io.IOException e) {
            return false;
        }
    }

    /** Seconds the address must still wait, or 0 when it may try. */
    public long waitSeconds(String address) {
        Window w = windows.get(address);
        if (w == null) {
            return 0;
        }
        long remaining = w.startedAt + windowMinutes * 60_000L - System.currentTimeMillis();
        if (remaining <= 0) {
            windows.remove(address, w);
            return 0;
        }
        synchronized (w) {
            return w.failures >= maxFailures ? Math.max(1, remaining / 1000) : 0;
        }
    }

    public void failed(String address) {
        long now = System.currentTimeMillis();
        if (windows.size() > 100_000) {
            windows.entrySet().removeIf(e -> e.getValue().startedAt + windowMinutes * 60_000L < now);
        }
        Window w = windows.compute(address, (k, old) ->
                old == null || old.startedAt + windowMinutes * 60_000L < now ? new Window(now) : old);
        synchronized (w) {
            w.failures++;
        }
    }

    private Set<String> proxies() {
        Set<String> p = proxies;
        if (p == null) {
            p = Arrays.stream(trustedProxies.split(",")).map(String::strip).filter(s -> !s.isEmpty()).collect(Collectors.toSet());
            proxies = p;
        }
        return p;
    }
}
