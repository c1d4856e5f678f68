import jakarta.json.JsonObject;
import jakarta.json.JsonValue;
import java.io.FileWriter;
import java.io.PrintWriter;
import java.net.CookieManager;
import java.net.URI;
import java.net.http.HttpClient;
import java.net.http.HttpRequest;
import java.net.http.HttpResponse;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import java.time.Duration;
import java.time.LocalDate;
import java.util.ArrayList;
import java.util.HashMap;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Locale;
import java.util.Map;
import java.util.Set;
import java.util.TreeMap;
import java.util.concurrent.atomic.AtomicLong;

/**
 * The clients of bench/drill-scale (two instances behind HAProxy): {@code mix} runs CLIENTS clients for SECONDS
 * against the balancer, mixing report downloads, admission writes, imports and report jobs; {@code verify} checks
 * afterwards what the clients were told. Every line of the log is flushed at once, so a kill loses nothing:
 * <pre>
 * ROOT  root code of the drill's own tree
 * SENT  number  json           an admission about to be sent (a write, or a row of an import)
 * ACK   number  id|-           acknowledged (201, or the import's 200 for each of its rows)
 * OP    kind    status  ms  epochMs   every request's outcome (status -1: no answer, the connection failed;
 *                                     -3: the job ended FAILED)
 * JOB   id                     a report job accepted (202)
 * RELOGIN                      a signed-in client's session was unknown to the instance that served it
 * </pre>
 * Half of the clients use HTTP Basic (a new connection may reach either instance), half sign in and keep the session
 * cookie and the balancer's cookie (sticky). A signed-in client whose instance died gets 401 from the other one and
 * signs in again (RELOGIN): sessions are kept by the instance that made them (docs/deploying.md "Scaling out").
 */
public class ScaleClient {

    public static void main(String[] a) throws Exception {
        switch (a[0]) {
            case "mix" -> mix(a[1], a[2], Path.of(a[3]), Integer.parseInt(a[4]), Integer.parseInt(a[5]));
            case "verify" -> System.exit(verify(a[1], a[2], Path.of(a[3]), Long.parseLong(a[4]),
                    List.of(a).subList(5, a.length)) ? 0 : 1);
            default -> throw new IllegalArgumentException("unknown command " + a[0]);
        }
    }

    private static final String[] REPORTS = {
        "reports/admission-results?org=LC&year=2024&format=pdf",
        "reports/admission-results?org=LC-BT&year=2024&format=pdf",
        "reports/admission-progress?org=LC&year=2026&period=H1&format=pdf",
        "reports/admission-results?org=LC&year=2025&format=pdf"};
    /** A long list: a few seconds of rendering, so a job is often running when an instance dies. */
    static final String JOB = "reports/admission-list?org=LC&year=2024&format=pdf&async=true";

    /** One client's connection: Basic on a client without cookies, or a session on a client that keeps them. */
    static final class Client {
        final String base;
        final String cred;
        final boolean session;
        final HttpClient http;

        Client(String base, String cred, boolean session) {
            this.base = base;
            this.cred = cred;
            this.session = session;
            HttpClient.Builder b = HttpClient.newBuilder().connectTimeout(Duration.ofSeconds(5))
                    .version(HttpClient.Version.HTTP_1_1);
            if (session) {
                b.cookieHandler(new CookieManager());
            }
            this.http = b.build();
        }

        HttpRequest.Builder request(String path) {
            HttpRequest.Builder r = HttpRequest.newBuilder(URI.create(base + "/" + path)).timeout(Duration.ofSeconds(60));
            if (session) {
                return r.header("X-Requested-With", "XMLHttpRequest");
            }
            return BenchClient.request(base, cred, path).timeout(Duration.ofSeconds(60));
        }

        HttpResponse<byte[]> send(HttpRequest r) throws Exception {
            return http.send(r, HttpResponse.BodyHandlers.ofByteArray());
        }

        void signIn() throws Exception {
            String[] up = cred.split(":", 2);
            HttpResponse<byte[]> r = send(HttpRequest.newBuilder(URI.create(base + "/auth/login"))
                    .timeout(Duration.ofSeconds(30)).header("Content-Type", "application/json")
                    .header("X-Requested-With", "XMLHttpRequest")
                    .POST(HttpRequest.BodyPublishers.ofString("{\"username\":\"" + up[0] + "\",\"password\":\"" + up[1] + "\"}"))
                    .build());
            if (r.statusCode() != 200) {
                throw new IllegalStateException("sign-in: HTTP " + r.statusCode());
            }
        }
    }

    static void mix(String base, String cred, Path log, int clients, int seconds) throws Exception {
        String root = BenchClient.drillTree(base, cred, "S", "Đảng bộ tỉnh Diễn tập mở rộng");
        String cell = root + "-HA-XA-T1";
        AtomicLong seq = new AtomicLong();
        long end = System.currentTimeMillis() + seconds * 1000L;
        try (PrintWriter out = new PrintWriter(new FileWriter(log.toFile(), StandardCharsets.UTF_8), true)) {
            out.println("ROOT\t" + root);
            List<Thread> threads = new ArrayList<>();
            for (int i = 0; i < clients; i++) {
                int no = i;
                Thread t = new Thread(() -> {
                    Client c = new Client(base, cred, no % 2 == 1);
                    java.util.Random random = new java.util.Random(no);
                    boolean signedIn = false;
                    while (System.currentTimeMillis() < end) {
                        try {
                            if (c.session && !signedIn) {
                                c.signIn();
                                signedIn = true;
                            }
                            int status;
                            long t0 = System.currentTimeMillis();
                            String kind;
                            if (no % 10 == 0) {            // 2 of 20 clients: a report job, waited for
                                kind = "job";
                                status = job(c, out);
                            } else {
                                int dice = random.nextInt(10);
                                if (dice < 5) {
                                    kind = "report";
                                    HttpResponse<byte[]> r = c.send(c.request(REPORTS[random.nextInt(REPORTS.length)]).GET().build());
                                    status = r.statusCode() == 200 && r.body().length > 4 && r.body()[0] == '%' ? 200
                                            : r.statusCode() == 200 ? -2 : r.statusCode();
                                } else if (dice < 9) {
                                    kind = "write";
                                    status = write(c, out, cell, root, seq.incrementAndGet());
                                } else {
                                    kind = "import";
                                    status = importRows(c, out, cell, root, seq);
                                }
                            }
                            synchronized (out) {
                                out.println("OP\t" + kind + "\t" + status + "\t" + (System.currentTimeMillis() - t0)
                                        + "\t" + System.currentTimeMillis());
                            }
                            if (status == 401 && c.session) {
                                signedIn = false;
                                synchronized (out) {
                                    out.println("RELOGIN");
                                }
                            }
                            if (status == 503 || status == 429 || status < 0) {
                                Thread.sleep(500);
                            }
                        } catch (Exception e) {
                            synchronized (out) {
                                out.println("OP\terror\t-1\t0\t" + System.currentTimeMillis() + "\t" + e);
                            }
                            signedIn = false;
                            try {
                                Thread.sleep(500);
                            } catch (InterruptedException ie) {
                                return;
                            }
                        }
                    }
                });
                t.start();
                threads.add(t);
            }
            for (Thread t : threads) {
                t.join();
            }
        }
    }

    private static String admission(String cell, String number, String fullName, long n) {
        return "{\"fullName\":\"" + fullName + "\",\"gender\":\"" + (n % 3 == 0 ? "MALE" : "FEMALE") + "\","
                + "\"birthDate\":\"" + birthDate(n) + "\",\"ethnicityCode\":\"01\",\"religion\":null,"
                + "\"generalEducation\":\"UPPER_SECONDARY\",\"professionalQualification\":\"COLLEGE\","
                + "\"politicalTheory\":\"NONE\",\"occupation\":\"FARMER\",\"youthUnionMember\":" + (n % 2 == 0) + ","
                + "\"organizationCode\":\"" + cell + "\",\"decisionNumber\":\"" + number + "\","
                + "\"decisionDate\":\"2024-05-20\",\"ceremonyDate\":\"2024-06-01\","
                + "\"certificateOverrideReason\":\"Diễn tập hai máy chủ (bench/drill-scale)\"}";
    }

    /** A birth date of its own for each admission of the run: the same name and birth date is the same person. */
    static LocalDate birthDate(long n) {
        return LocalDate.of(1975, 1, 1).plusDays(n % 9000);
    }

    private static final String[] GIVEN = {"An", "Bình", "Chi", "Dung", "Hoa", "Lan", "Mai", "Sơn"};

    static int write(Client c, PrintWriter out, String cell, String root, long n) throws Exception {
        String number = n + "-QĐ/" + root;
        String body = admission(cell, number, "Lò Thị " + GIVEN[(int) (n % GIVEN.length)], n);
        synchronized (out) {
            out.println("SENT\t" + number + "\t" + body);
        }
        HttpResponse<byte[]> r = c.send(c.request("admissions").header("Content-Type", "application/json")
                .POST(HttpRequest.BodyPublishers.ofString(body)).build());
        if (r.statusCode() == 201) {
            long id = BenchClient.json(r.body()).getJsonNumber("id").longValue();
            synchronized (out) {
                out.println("ACK\t" + number + "\t" + id);
            }
        }
        return r.statusCode();
    }

    /** Five rows in one CSV import (one transaction: all of them or none). */
    static int importRows(Client c, PrintWriter out, String cell, String root, AtomicLong seq) throws Exception {
        StringBuilder csv = new StringBuilder("Họ và tên;Giới tính;Ngày sinh;Dân tộc;Giáo dục phổ thông;"
                + "Trình độ chuyên môn;Nghề nghiệp;Mã tổ chức;Số quyết định;Ngày quyết định;"
                + "Lý do không có giấy chứng nhận hợp lệ\n");
        List<String> numbers = new ArrayList<>();
        for (int i = 0; i < 5; i++) {
            long n = seq.incrementAndGet();
            String number = n + "-QĐ/" + root;
            String name = "Hoàng Văn " + GIVEN[(int) (n % GIVEN.length)];
            numbers.add(number);
            LocalDate born = birthDate(n);
            csv.append(name).append(";Nam;").append(String.format("%02d/%02d/%d", born.getDayOfMonth(),
                    born.getMonthValue(), born.getYear())).append(";Kinh;Trung học phổ thông;Cao đẳng;")
                    .append("Nông dân;").append(cell).append(';').append(number)
                    .append(";20/05/2024;Diễn tập hai máy chủ (bench/drill-scale)\n");
            synchronized (out) {
                out.println("SENT\t" + number + "\t{\"fullName\":\"" + name + "\",\"gender\":\"MALE\","
                        + "\"organizationCode\":\"" + cell + "\",\"decisionNumber\":\"" + number + "\","
                        + "\"decisionDate\":\"2024-05-20\"}");
            }
        }
        HttpResponse<byte[]> r = c.send(c.request("imports/admissions?dryRun=false")
                .header("Content-Type", "text/csv; charset=UTF-8")
                .POST(HttpRequest.BodyPublishers.ofString(csv.toString(), StandardCharsets.UTF_8)).build());
        if (r.statusCode() == 200) {
            synchronized (out) {
                numbers.forEach(n -> out.println("ACK\t" + n + "\t-"));
            }
        }
        return r.statusCode();
    }

    /** Submits the long list as a job and waits for it to end; the job's last state decides the status. */
    static int job(Client c, PrintWriter out) throws Exception {
        HttpResponse<byte[]> r = c.send(c.request(JOB).GET().build());
        if (r.statusCode() != 202) {
            return r.statusCode();
        }
        String id = BenchClient.json(r.body()).getString("id");
        synchronized (out) {
            out.println("JOB\t" + id);
        }
        for (int i = 0; i < 240; i++) {
            Thread.sleep(500);
            HttpResponse<byte[]> s = c.send(c.request("report-jobs/" + id).GET().build());
            if (s.statusCode() != 200) {
                return s.statusCode();
            }
            String state = BenchClient.json(s.body()).getString("state");
            if (state.equals("DONE")) {
                return 200;
            }
            if (!state.equals("QUEUED") && !state.equals("RUNNING")) {
                return state.equals("FAILED") ? -3 : 500;   // -3: failed (its instance was killed), checked in verify
            }
        }
        return 504;
    }

    // ---- verify -----------------------------------------------------------------------------------------------

    /**
     * After the drill, through the surviving instance: every acknowledged admission is there with what was sent; the
     * tree holds nothing that was not sent and no more than what was acknowledged plus the requests in flight; every
     * job of the run ended (none QUEUED or RUNNING), and each FAILED one, submitted again, is DONE; each kind of
     * request succeeded again after the kill (KILL_MS: when the instance was killed). MORE_JOBS: jobs the drill itself
     * submitted to the instance it then killed.
     */
    static boolean verify(String base, String cred, Path log, long killMs, List<String> moreJobs) throws Exception {
        String root = null;
        Map<String, String> sent = new LinkedHashMap<>();
        Map<String, String> acked = new LinkedHashMap<>();
        List<String> jobs = new ArrayList<>();
        int relogins = 0;
        Map<String, Map<Integer, Integer>> before = new TreeMap<>();
        Map<String, Map<Integer, Integer>> after = new TreeMap<>();
        for (String line : Files.readAllLines(log, StandardCharsets.UTF_8)) {
            String[] f = line.split("\t");
            switch (f[0]) {
                case "ROOT" -> root = f[1];
                case "SENT" -> {
                    if (f.length >= 3) {
                        sent.put(f[1], line.split("\t", 3)[2]);
                    }
                }
                case "ACK" -> acked.put(f[1], f[2]);
                case "JOB" -> jobs.add(f[1]);
                case "RELOGIN" -> relogins++;
                case "OP" -> {
                    if (f.length >= 5) {
                        Map<String, Map<Integer, Integer>> side = Long.parseLong(f[4]) < killMs ? before : after;
                        side.computeIfAbsent(f[1], k -> new TreeMap<>()).merge(Integer.parseInt(f[2]), 1, Integer::sum);
                    }
                }
                default -> {
                    // a line cut off
                }
            }
        }
        jobs.addAll(moreJobs);
        List<String> failures = new ArrayList<>();
        Map<String, JsonObject> stored = new HashMap<>();
        for (int page = 0; ; page++) {
            HttpResponse<byte[]> r = BenchClient.send(BenchClient.request(base, cred, "admissions?org=" + root
                    + "&size=500&page=" + page).GET().build());
            var items = BenchClient.json(r.body()).getJsonArray("items");
            for (JsonValue v : items) {
                stored.put(v.asJsonObject().getString("decisionNumber"), v.asJsonObject());
            }
            if (items.size() < 500) {
                break;
            }
        }
        for (String number : acked.keySet()) {
            JsonObject s = stored.get(number);
            if (s == null) {
                failures.add("acknowledged " + number + " is missing");
                continue;
            }
            String diff = BenchClient.differences(BenchClient.json(sent.get(number).getBytes(StandardCharsets.UTF_8)), s);
            if (!diff.isEmpty()) {
                failures.add("acknowledged " + number + " differs: " + diff);
            }
        }
        for (String number : stored.keySet()) {
            if (!sent.containsKey(number)) {
                failures.add("stored " + number + " was never sent");
            }
        }
        // the rows of a request without an answer may or may not be there; nothing else may
        if (stored.size() < acked.size() || stored.size() > sent.size()) {
            failures.add("stored " + stored.size() + ", acknowledged " + acked.size() + ", sent " + sent.size());
        }
        // the jobs: every one ended; the failed ones again
        int done = 0;
        int failed = 0;
        int resubmittedDone = 0;
        Set<String> lostReasons = new java.util.TreeSet<>();
        for (String id : jobs) {
            String state = awaitJob(base, cred, id, 180);
            if (state.equals("DONE") || state.equals("EXPIRED")) {
                done++;
            } else if (state.equals("FAILED")) {
                failed++;
                lostReasons.add(BenchClient.json(BenchClient.send(BenchClient.request(base, cred, "report-jobs/" + id)
                        .GET().build()).body()).getString("error", ""));
                HttpResponse<byte[]> again = BenchClient.send(BenchClient.request(base, cred, JOB).GET().build());
                String again2 = again.statusCode() == 202 ? awaitJob(base, cred,
                        BenchClient.json(again.body()).getString("id"), 180) : "HTTP " + again.statusCode();
                if (again2.equals("DONE")) {
                    resubmittedDone++;
                } else {
                    failures.add("job " + id + " failed and its resubmission ended " + again2);
                }
            } else {
                failures.add("job " + id + " is still " + state);
            }
        }
        // what a client may be told: success, 401 (its session was on the killed instance), 429/503 (busy), and,
        // for the requests in flight at the kill, 502 or no answer; anything else is a failure
        Set<Integer> expected = Set.of(200, 201, 401, 429, 503);
        Set<Integer> atTheKill = Set.of(502, -1, -3);
        before.forEach((kind, statuses) -> statuses.forEach((status, n) -> {
            if (!expected.contains(status)) {
                failures.add(n + " × HTTP " + status + " for " + kind + " before the kill");
            }
        }));
        after.forEach((kind, statuses) -> statuses.forEach((status, n) -> {
            if (!expected.contains(status) && !atTheKill.contains(status)) {
                failures.add(n + " × HTTP " + status + " for " + kind + " after the kill");
            }
        }));
        for (String kind : List.of("report", "write", "import", "job")) {
            if (after.getOrDefault(kind, Map.of()).getOrDefault(kind.equals("write") ? 201 : 200, 0) == 0) {
                failures.add("no successful " + kind + " after the kill");
            }
        }
        System.out.printf(Locale.ROOT, "{\"root\":\"%s\",\"sent\":%d,\"acknowledged\":%d,\"stored\":%d,\"jobs\":%d,"
                        + "\"jobsDone\":%d,\"jobsFailed\":%d,\"resubmittedDone\":%d,\"relogins\":%d,\"failures\":%d}%n",
                root, sent.size(), acked.size(), stored.size(), jobs.size(), done, failed, resubmittedDone, relogins,
                failures.size());
        System.out.println("  outcomes before the kill (status=count): " + before);
        System.out.println("  outcomes after the kill:                 " + after);
        if (!lostReasons.isEmpty()) {
            System.out.println("  failed jobs' reason: " + lostReasons);
        }
        failures.stream().limit(20).forEach(f -> System.out.println("  " + f));
        boolean pass = failures.isEmpty() && !acked.isEmpty() && !jobs.isEmpty();
        System.out.println(pass ? "PASS scale (clients)" : "FAIL scale (clients)");
        return pass;
    }

    /** Polls a job until it ends (or SECONDS pass): its state. */
    static String awaitJob(String base, String cred, String id, int seconds) throws Exception {
        String state = "?";
        for (int i = 0; i < seconds * 2; i++) {
            HttpResponse<byte[]> r = BenchClient.send(BenchClient.request(base, cred, "report-jobs/" + id).GET().build());
            if (r.statusCode() != 200) {
                return "HTTP " + r.statusCode();
            }
            state = BenchClient.json(r.body()).getString("state");
            if (!state.equals("QUEUED") && !state.equals("RUNNING")) {
                return state;
            }
            Thread.sleep(500);
        }
        return state;
    }

}
