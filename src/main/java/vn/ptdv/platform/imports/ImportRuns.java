package vn.ptdv.platform.imports;

import jakarta.enterprise.context.ApplicationScoped;
import java.time.Duration;
import java.time.Instant;
import java.util.Comparator;
import java.util.List;
import java.util.UUID;
import java.util.concurrent.ConcurrentHashMap;
import java.util.concurrent.atomic.AtomicInteger;

/**
 * Progress of running imports, in memory: an import is one synchronous request, so a web page gives it a run id
 * ({@code ?run=...}) and polls {@code GET /api/imports/runs} while the upload is processed. Runs are kept an hour.
 */
@ApplicationScoped
public class ImportRuns {

    private static final Duration KEEP = Duration.ofHours(1);

    private final ConcurrentHashMap<String, Run> runs = new ConcurrentHashMap<>();

    /** States of a run. */
    public enum State { RECEIVING, READING, CHECKING, WRITING, DONE, FAILED }

    /** One run: who started it, which kind, how far it is. */
    public static final class Run {
        final String id;
        final String username;
        final String kind;
        final boolean dryRun;
        final Instant startedAt = Instant.now();
        final AtomicInteger rowsRead = new AtomicInteger();
        volatile int totalEstimate = -1;
        volatile State state = State.RECEIVING;
        volatile Instant finishedAt;

        Run(String id, String username, String kind, boolean dryRun) {
            this.id = id;
            this.username = username;
            this.kind = kind;
            this.dryRun = dryRun;
        }

        public String id() {
            return id;
        }

        void state(State s) {
            state = s;
            if (s == State.DONE || s == State.FAILED) {
                finishedAt = Instant.now();
            }
        }

        RunView view() {
            return new RunView(id, kind, dryRun, state.name(), rowsRead.get(), totalEstimate, startedAt, finishedAt);
        }
    }

    /** A run on the wire; {@code totalEstimate} is -1 while unknown. */
    public record RunView(String id, String kind, boolean dryRun, String state, int rowsRead, int totalEstimate,
                          Instant startedAt, Instant finishedAt) {
    }

    /** Starts a run with the caller's id (letters, digits, '-', up to 64) or a new one. */
    public Run start(String requestedId, String username, String kind, boolean dryRun) {
        Instant cutoff = Instant.now().minus(KEEP);
        runs.values().removeIf(r -> r.startedAt.isBefore(cutoff));
        String id = requestedId != null && requestedId.matches("[A-Za-z0-9-]{1,64}") ? requestedId : UUID.randomUUID().toString();
        Run run = new Run(id, username, kind, dryRun);
        runs.put(username + "/" + id, run);
        return run;
    }

    /** The caller's runs, newest first. */
    public List<RunView> of(String username) {
        return runs.values().stream().filter(r -> r.username.equals(username))
                .sorted(Comparator.comparing((Run r) -> r.startedAt).reversed()).map(Run::view).toList();
    }
}
