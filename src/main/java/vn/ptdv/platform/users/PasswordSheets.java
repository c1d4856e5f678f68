package vn.ptdv.platform.users;

import jakarta.enterprise.context.ApplicationScoped;
import java.security.SecureRandom;
import java.time.Duration;
import java.time.Instant;
import java.util.HexFormat;
import java.util.List;
import java.util.Map;
import java.util.concurrent.ConcurrentHashMap;

/**
 * The temporary passwords of an import, kept in memory for the one download of their spreadsheet: the first download
 * by the importer takes them out, and they are forgotten after 30 minutes anyway. Never written to disk or database.
 */
@ApplicationScoped
public class PasswordSheets {

    private static final Duration KEEP = Duration.ofMinutes(30);
    private static final SecureRandom RANDOM = new SecureRandom();

    /** One account's line. */
    public record Line(String username, String fullName, String scope, String temporaryPassword) {
    }

    private record Sheet(String owner, Instant expires, List<Line> lines) {
    }

    private final Map<String, Sheet> sheets = new ConcurrentHashMap<>();

    /** Keeps the lines for their owner; returns the token of the download. */
    public String put(String owner, List<Line> lines) {
        Instant now = Instant.now();
        sheets.values().removeIf(s -> s.expires().isBefore(now));
        byte[] token = new byte[18];
        RANDOM.nextBytes(token);
        String id = HexFormat.of().formatHex(token);
        sheets.put(id, new Sheet(owner, now.plus(KEEP), List.copyOf(lines)));
        return id;
    }

    /** The lines, once, for their owner; null when unknown, already taken, expired or another user's. */
    public List<Line> take(String owner, String token) {
        Sheet s = token == null ? null : sheets.get(token);
        if (s == null || !s.owner().equals(owner) || !sheets.remove(token, s) || s.expires().isBefore(Instant.now())) {
            return null;
        }
        return s.lines();
    }
}
