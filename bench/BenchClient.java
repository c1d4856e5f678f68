import jakarta.json.Json;
import jakarta.json.JsonObject;
import jakarta.json.JsonReader;
import jakarta.json.JsonValue;
import java.io.FileWriter;
import java.io.IOException;
import java.io.PrintWriter;
import java.io.StringReader;
import java.net.URI;
import java.net.http.HttpClient;
import java.net.http.HttpRequest;
import java.net.http.HttpResponse;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import java.security.MessageDigest;
import java.time.Duration;
import java.util.ArrayList;
import java.util.Base64;
import java.util.Collections;
import java.util.HashMap;
import java.util.HexFormat;
import java.util.List;
import java.util.Locale;
import java.util.Map;
import java.util.UUID;
import java.util.concurrent.ConcurrentHashMap;
import java.util.concurrent.CountDownLatch;
import java.util.concurrent.atomic.AtomicBoolean;
import java.util.concurrent.atomic.AtomicInteger;
import java.util.concurrent.atomic.AtomicLong;
import org.apache.pdfbox.Loader;
import org.apache.pdfbox.pdmodel.PDDocument;
import org.apache.pdfbox.text.PDFTextStripper;

/**
 * The HTTP side of bench/ and of the drills, a single-file Java program (java -cp <test classpath> BenchClient.java):
 * no wrk/hey needed on the machine. Commands (base = http://host:port/ptdv/api, user:password):
 * <pre>
 *   first-report BASE USER:PW PATH SINCE_EPOCH_MS TIMEOUT_S   ms from SINCE to the first 200 on PATH
 *   load BASE USER:PW PATH CLIENTS SECONDS                    latency p50/p95/p99, throughput, errors (JSON)
 *   get BASE USER:PW PATH [OUT_FILE]                          one GET; body to stdout or OUT_FILE; fails unless 2xx
 *   report BASE USER:PW PATH OUT_FILE                         a report, synchronous (200) or as a job (202: polls the
 *                                                             job, then downloads its file); JSON with the job's figures
 *   post BASE USER:PW PATH [JSON]                             one POST; body to stdout; fails unless 2xx
 *   pdf-text FILE                                             the text of a PDF (PDFBox)
 *   pdf-pages FILE                                            the number of pages of a PDF
 *   crash-write BASE USER:PW LOG THREADS                      a test tree, then admissions until the server dies
 *   crash-verify BASE USER:PW LOG                             every acknowledged admission complete; the count fits
 *   downloads BASE USER:PW CLIENTS SECONDS PATH...            concurrent downloads; honours Retry-After; same text
 * </pre>
 * Latencies are measured per request from send to the last byte of the body.
 */
public class BenchClient {

    private static final HttpClient HTTP = HttpClient.newBuilder().connectTimeout(Duration.ofSeconds(5))
            .version(HttpClient.Version.HTTP_1_1).build();

    public static void main(String[] a) throws Exception {
        switch (a[0]) {
            case "first-report" -> firstReport(a[1], a[2], a[3], Long.parseLong(a[4]), Integer.parseInt(a[5]));
            case "load" -> load(a[1], a[2], a[3], Integer.parseInt(a[4]), Integer.parseInt(a[5]));
            case "get" -> get(a[1], a[2], a[3], a.length > 4 ? a[4] : null);
            case "report" -> report(a[1], a[2], a[3], a[4]);
            case "post" -> post(a[1], a[2], a[3], a.length > 4 ? a[4] : "");
            case "pdf-text" -> System.out.print(pdfText(Files.readAllBytes(Path.of(a[1]))));
            case "pdf-pages" -> {
                try (PDDocument doc = Loader.loadPDF(Path.of(a[1]).toFile())) {
                    System.out.println(doc.getNumberOfPages());
                }
            }
            case "crash-write" -> crashWrite(a[1], a[2], Path.of(a[3]), Integer.parseInt(a[4]));
            case "crash-verify" -> System.exit(crashVerify(a[1], a[2], Path.of(a[3])) ? 0 : 1);
            case "import" -> importAdmissions(a[1], a[2], Integer.parseInt(a[3]), a[4]);
            case "downloads" -> System.exit(downloads(a[1], a[2], Integer.parseInt(a[3]), Integer.parseInt(a[4]),
                    List.of(a).subList(5, a.length)) ? 0 : 1);
            default -> throw new IllegalArgumentException("unknown command " + a[0]);
        }
    }

    // ---- HTTP -------------------------------------------------------------------------------------------------

    static HttpRequest.Builder request(String base, String credentials, String path) {
        return HttpRequest.newBuilder(URI.create(base + "/" + path)).timeout(Duration.ofMinutes(10))
                .header("Authorization", "Basic " + Base64.getEncoder().encodeToString(
                        credentials.getBytes(StandardCharsets.UTF_8)));
    }

    static HttpResponse<byte[]> send(HttpRequest r) throws IOException, InterruptedException {
        return HTTP.send(r, HttpResponse.BodyHandlers.ofByteArray());
    }

    static JsonObject json(byte[] body) {
        try (JsonReader r = Json.createReader(new StringReader(new String(body, StandardCharsets.UTF_8)))) {
            return r.readObject();
        }
    }

    static void firstReport(String base, String cred, String path, long since, int timeoutSeconds) throws Exception {
        long deadline = System.currentTimeMillis() + timeoutSeconds * 1000L;
        while (System.currentTimeMillis() < deadline) {
            try {
                if (send(request(base, cred, path).GET().build()).statusCode() == 200) {
                    System.out.println(System.currentTimeMillis() - since);
                    return;
                }
            } catch (IOException e) {
                // not listening yet
            }
            Thread.sleep(250);
        }
        System.err.println("no report within " + timeoutSeconds + " s");
        System.exit(1);
    }

    static void get(String base, String cred, String path, String out) throws Exception {
        HttpResponse<byte[]> r = send(request(base, cred, path).GET().build());
        emit(r, out);
    }

    /**
     * A report as a user gets it: a 200 is the file; a 202 is a job, polled every 200 ms until DONE (then its file is
     * downloaded) or FAILED/CANCELLED (exit 1). Prints {"job":bool,"state":...,"pagesRendered":n,"bytes":n}.
     */
    static void report(String base, String cred, String path, String out) throws Exception {
        HttpResponse<byte[]> r = send(request(base, cred, path).GET().build());
        if (r.statusCode() == 200) {
            Files.write(Path.of(out), r.body());
            System.out.println("{\"job\":false,\"bytes\":" + r.body().length + "}");
            return;
        }
        if (r.statusCode() != 202) {
            emit(r, out);
            return;
        }
        String location = r.headers().firstValue("Location").orElseThrow();
        String jobPath = location.startsWith("http") ? location.substring(base.length() + 1)
                : location.substring(location.indexOf("/ptdv/api/") + "/ptdv/api/".length());
        JsonObject job = json(r.body());
        while (!List.of("DONE", "FAILED", "CANCELLED", "EXPIRED").contains(job.getString("state"))) {
            Thread.sleep(200);
            job = json(send(request(base, cred, jobPath).GET().build()).body());
        }
        if (!"DONE".equals(job.getString("state"))) {
            System.err.println("job " + job);
            System.exit(1);
        }
        HttpResponse<byte[]> file = send(request(base, cred, jobPath + "/file").GET().build());
        Files.write(Path.of(out), file.body());
        if (file.statusCode() != 200) {
            System.err.println("HTTP " + file.statusCode() + " " + new String(file.body(), StandardCharsets.UTF_8));
            System.exit(1);
        }
        System.out.println("{\"job\":true,\"state\":\"" + job.getString("state") + "\",\"pagesRendered\":"
                + job.getInt("pagesRendered", 0) + ",\"bytes\":" + file.body().length + "}");
    }

    static void post(String base, String cred, String path, String body) throws Exception {
        HttpResponse<byte[]> r = send(request(base, cred, path).header("Content-Type", "application/json")
                .POST(HttpRequest.BodyPublishers.ofString(body)).build());
        emit(r, null);
    }

    private static void emit(HttpResponse<byte[]> r, String out) throws IOException {
        if (out == null) {
            System.out.write(r.body());
            System.out.flush();
        } else {
            Files.write(Path.of(out), r.body());
        }
        if (r.statusCode() / 100 != 2) {
            System.err.println("HTTP " + r.statusCode() + " " + new String(r.body(), StandardCharsets.UTF_8));
            System.exit(1);
        }
    }

    // ---- imports ----------------------------------------------------------------------------------------------

    /**
     * ROWS admissions of 2026 in a CSV as a unit would send it (persons drawn for this run, the cells of LC valid on 30/06/2026, decision numbers
     * unique to this run, a missing certificate with its reason), posted as a dry run (twice: the first warms the
     * code path) and then committed, over HTTP/1.1 as docs/using.md (spreadsheet import) asks of long imports. Prints
     * {"rows":n,"dryRunMs":[..],"commitMs":n}; any answer other than 200 fails.
     */
    static void importAdmissions(String base, String cred, int rows, String out) throws Exception {
        HttpResponse<byte[]> tree = send(request(base, cred, "organizations/LC/subtree?date=2026-06-30").GET().build());
        List<String> cells = new ArrayList<>();
        try (JsonReader r = Json.createReader(new StringReader(new String(tree.body(), StandardCharsets.UTF_8)))) {
            r.readArray().forEach(v -> {
                JsonObject o = v.asJsonObject();
                if ("CELL".equals(o.getString("kind"))) {
                    cells.add(o.getString("code"));
                }
            });
        }
        String[] family = {"Nguyễn", "Lò", "Giàng", "Hoàng", "Vàng", "Lý", "Trần", "Phạm"};
        String[] middle = {"Văn", "Thị", "Seo", "Đức", "Minh"};
        String[] given = {"An", "Bình", "Chiến", "Dũng", "Hoa", "Lan", "Mai", "Nam", "Sơn", "Tú"};
        // persons and decision numbers of this run: the committed rows stay in the cached data, and a second run with
        // the same persons would be refused as duplicates (same name, birth date and cell)
        long now = System.currentTimeMillis();
        java.util.Random random = new java.util.Random(now);
        String run = Long.toString(now % 10_000_000L, 36).toUpperCase();
        StringBuilder csv = new StringBuilder("Họ và tên;Giới tính;Ngày sinh;Dân tộc;Giáo dục phổ thông;Trình độ chuyên môn;"
                + "Nghề nghiệp;Mã tổ chức;Số quyết định;Ngày quyết định;Lý do không có giấy chứng nhận hợp lệ\n");
        for (int i = 0; i < rows; i++) {
            csv.append(family[random.nextInt(family.length)]).append(' ').append(middle[random.nextInt(middle.length)])
                    .append(' ').append(given[random.nextInt(given.length)]).append(';')
                    .append(random.nextBoolean() ? "Nam" : "Nữ").append(';')
                    .append(String.format("%02d/%02d/%d", 1 + random.nextInt(28), 1 + random.nextInt(12), 1985 + random.nextInt(15)))
                    .append(";Kinh;Trung học phổ thông;Đại học;Nông dân;").append(cells.get(random.nextInt(cells.size())))
                    .append(';').append(i + 1).append("-QĐ/BENCH-").append(run).append(';')
                    .append(String.format("%02d/%02d/2026", 1 + random.nextInt(28), 1 + random.nextInt(10)))
                    .append(";Giấy chứng nhận thất lạc, đã xác minh với Trung tâm Chính trị\n");
        }
        byte[] body = csv.toString().getBytes(StandardCharsets.UTF_8);
        List<Long> dry = new ArrayList<>();
        for (int i = 0; i < 2; i++) {
            dry.add(timedImport(base, cred, body, true));
        }
        long commit = timedImport(base, cred, body, false);
        String result = "{\"rows\":" + rows + ",\"dryRunMs\":" + dry + ",\"commitMs\":" + commit + "}";
        Files.writeString(Path.of(out), result);
        System.out.println(result);
    }

    private static long timedImport(String base, String cred, byte[] body, boolean dryRun) throws Exception {
        long t0 = System.nanoTime();
        HttpResponse<byte[]> r = send(request(base, cred, "imports/admissions?dryRun=" + dryRun)
                .header("Content-Type", "text/csv; charset=UTF-8").POST(HttpRequest.BodyPublishers.ofByteArray(body)).build());
        long ms = (System.nanoTime() - t0) / 1_000_000;
        if (r.statusCode() != 200) {
            System.err.println("HTTP " + r.statusCode() + " " + new String(r.body(), StandardCharsets.UTF_8));
            System.exit(1);
        }
        return ms;
    }

    // ---- load -------------------------------------------------------------------------------------------------

    /** CLIENTS closed-loop clients for SECONDS; 503 is counted (busy) and not retried; any non-200 is an error. */
    static void load(String base, String cred, String path, int clients, int seconds) throws Exception {
        List<Long> latencies = Collections.synchronizedList(new ArrayList<>());
        AtomicInteger errors = new AtomicInteger();
        AtomicInteger busy = new AtomicInteger();
        Map<Integer, AtomicInteger> statuses = new ConcurrentHashMap<>();
        long end = System.nanoTime() + seconds * 1_000_000_000L;
        HttpRequest req = request(base, cred, path).GET().build();
        List<Thread> threads = new ArrayList<>();
        long start = System.nanoTime();
        for (int i = 0; i < clients; i++) {
            Thread t = new Thread(() -> {
                while (System.nanoTime() < end) {
                    long t0 = System.nanoTime();
                    try {
                        HttpResponse<byte[]> r = send(req);
                        long took = System.nanoTime() - t0;
                        statuses.computeIfAbsent(r.statusCode(), s -> new AtomicInteger()).incrementAndGet();
                        if (r.statusCode() == 200 && r.body().length > 0) {
                            latencies.add(took);
                        } else {
                            errors.incrementAndGet();
                            if (r.statusCode() == 503) {
                                busy.incrementAndGet();
                            }
                        }
                    } catch (Exception e) {
                        errors.incrementAndGet();
                        statuses.computeIfAbsent(-1, s -> new AtomicInteger()).incrementAndGet();
                    }
                }
            });
            t.start();
            threads.add(t);
        }
        for (Thread t : threads) {
            t.join();
        }
        double elapsed = (System.nanoTime() - start) / 1e9;
        List<Long> sorted = new ArrayList<>(latencies);
        Collections.sort(sorted);
        System.out.printf(Locale.ROOT, "{\"clients\":%d,\"seconds\":%.1f,\"ok\":%d,\"errors\":%d,\"busy503\":%d,"
                        + "\"p50_ms\":%.1f,\"p95_ms\":%.1f,\"p99_ms\":%.1f,\"max_ms\":%.1f,\"throughput_per_s\":%.2f,\"statuses\":\"%s\"}%n",
                clients, elapsed, sorted.size(), errors.get(), busy.get(), pct(sorted, 0.50), pct(sorted, 0.95),
                pct(sorted, 0.99), pct(sorted, 1.0), sorted.size() / elapsed, statuses);
    }

    static double pct(List<Long> sorted, double q) {
        if (sorted.isEmpty()) {
            return -1;
        }
        return sorted.get(Math.max(0, (int) Math.ceil(q * sorted.size()) - 1)) / 1e6;
    }

    // ---- PDF text ---------------------------------------------------------------------------------------------

    static String pdfText(byte[] pdf) throws IOException {
        try (PDDocument doc = Loader.loadPDF(pdf)) {
            return new PDFTextStripper().getText(doc);
        }
    }

    static String sha256(String text) throws Exception {
        return HexFormat.of().formatHex(MessageDigest.getInstance("SHA-256").digest(text.getBytes(StandardCharsets.UTF_8)));
    }

    // ---- drill: downloads -------------------------------------------------------------------------------------

    /**
     * CLIENTS clients download the PATHs in turn for SECONDS. A 503 with Retry-After is the server's documented
     * overload answer (RenderingSlots): the client waits as told and asks again, and the drill counts it as
     * "retried", not as an error; anything else but 200 is an error, and so is a 503 that never ends (a request given
     * up after 10 tries). The text of every 10th PDF per path is hashed: all hashes of one path must be equal.
     */
    static boolean downloads(String base, String cred, int clients, int seconds, List<String> paths) throws Exception {
        AtomicInteger ok = new AtomicInteger();
        AtomicInteger errors = new AtomicInteger();
        AtomicInteger retried = new AtomicInteger();
        AtomicInteger compared = new AtomicInteger();
        Map<String, Map<String, Integer>> hashes = new ConcurrentHashMap<>();
        Map<String, AtomicInteger> perPath = new ConcurrentHashMap<>();
        long end = System.nanoTime() + seconds * 1_000_000_000L;
        CountDownLatch done = new CountDownLatch(clients);
        for (int i = 0; i < clients; i++) {
            int first = i;
            new Thread(() -> {
                try {
                    for (int k = first; System.nanoTime() < end; k++) {
                        String path = paths.get(k % paths.size());
                        HttpResponse<byte[]> r = null;
                        for (int attempt = 0; attempt < 10; attempt++) {
                            r = send(request(base, cred, path).GET().build());
                            if (r.statusCode() != 503) {
                                break;
                            }
                            retried.incrementAndGet();
                            long wait = r.headers().firstValueAsLong("Retry-After").orElse(1);
                            Thread.sleep(wait * 1000);
                        }
                        if (r.statusCode() != 200 || r.body().length == 0) {
                            errors.incrementAndGet();
                            System.err.println("HTTP " + r.statusCode() + " for " + path);
                            continue;
                        }
                        ok.incrementAndGet();
                        if (perPath.computeIfAbsent(path, p -> new AtomicInteger()).getAndIncrement() % 10 == 0) {
                            String h = sha256(pdfText(r.body()));
                            hashes.computeIfAbsent(path, p -> new ConcurrentHashMap<>()).merge(h, 1, Integer::sum);
                            compared.incrementAndGet();
                        }
                    }
                } catch (Exception e) {
                    errors.incrementAndGet();
                    System.err.println("client failed: " + e);
                } finally {
                    done.countDown();
                }
            }).start();
        }
        done.await();
        boolean sameText = hashes.values().stream().allMatch(m -> m.size() == 1);
        System.out.printf(Locale.ROOT, "{\"clients\":%d,\"seconds\":%d,\"ok\":%d,\"errors\":%d,\"retried503\":%d,"
                + "\"textsCompared\":%d,\"distinctTextsPerPath\":\"%s\"}%n", clients, seconds, ok.get(), errors.get(),
                retried.get(), compared.get(), hashes.entrySet().stream()
                        .map(e -> e.getKey().replaceAll(".*\\?", "") + "=" + e.getValue().size()).toList());
        boolean pass = errors.get() == 0 && ok.get() > 0 && sameText && compared.get() > 0;
        System.out.println(pass ? "PASS downloads" : "FAIL downloads" + (sameText ? "" : " (different texts)"));
        return pass;
    }

    // ---- drill: crash -----------------------------------------------------------------------------------------

    /**
     * A drill's own tree under a new random code (PREFIX + 8 characters): province, district, commune and one cell
     * ROOT-HA-XA-T1, valid from 2015; answers the root's code.
     */
    static String drillTree(String base, String cred, String prefix, String provinceName) throws Exception {
        String root = prefix + UUID.randomUUID().toString().replace("-", "").substring(0, 8).toUpperCase(Locale.ROOT);
        String[][] tree = {{root, provinceName, "PROVINCIAL_COMMITTEE", null},
                {root + "-HA", "Đảng bộ huyện Diễn tập", "UPPER_GRASSROOTS_COMMITTEE", root},
                {root + "-HA-XA", "Đảng bộ xã Diễn tập", "GRASSROOTS_COMMITTEE", root + "-HA"},
                {root + "-HA-XA-T1", "Chi bộ thôn Diễn tập", "CELL", root + "-HA-XA"}};
        for (String[] o : tree) {
            String body = "{\"code\":\"" + o[0] + "\",\"name\":\"" + o[1] + "\",\"kind\":\"" + o[2] + "\","
                    + (o[3] == null ? "" : "\"parentCode\":\"" + o[3] + "\",") + "\"validFrom\":\"2015-01-01\"}";
            HttpResponse<byte[]> r = send(request(base, cred, "organizations").header("Content-Type", "application/json")
                    .POST(HttpRequest.BodyPublishers.ofString(body)).build());
            if (r.statusCode() != 201) {
                throw new IllegalStateException("organisation " + o[0] + ": HTTP " + r.statusCode());
            }
        }
        return root;
    }

    /**
     * Creates a test tree, then THREADS writers create admissions until the server stops answering. LOG gets
     * "SENT\tnumber\tbody" before a request and "ACK\tnumber\tid" after its 201, flushed at once.
     */
    static void crashWrite(String base, String cred, Path log, int threads) throws Exception {
        String root = drillTree(base, cred, "K", "Đảng bộ tỉnh Diễn tập");
        String cell = root + "-HA-XA-T1";
        try (PrintWriter out = new PrintWriter(new FileWriter(log.toFile(), StandardCharsets.UTF_8), true)) {
            out.println("ROOT\t" + root);
            AtomicBoolean dead = new AtomicBoolean();
            AtomicLong seq = new AtomicLong();
            java.util.concurrent.atomic.AtomicInteger rejectedInARow = new java.util.concurrent.atomic.AtomicInteger();
            List<Thread> writers = new ArrayList<>();
            String[] given = {"Mai", "Dế", "Sung", "Chi", "Mỷ", "Pà", "Dúa", "Súa"};
            for (int t = 0; t < threads; t++) {
                Thread w = new Thread(() -> {
                    while (!dead.get()) {
                        long n = seq.incrementAndGet();
                        String number = n + "-QĐ/" + root;
                        String body = "{\"fullName\":\"Giàng Thị " + given[(int) (n % given.length)] + "\","
                                + "\"gender\":\"FEMALE\",\"birthDate\":\"" + (1970 + n % 30) + "-04-12\","
                                + "\"ethnicityCode\":\"08\",\"religion\":null,\"generalEducation\":\"UPPER_SECONDARY\","
                                + "\"professionalQualification\":\"COLLEGE\",\"politicalTheory\":\"NONE\","
                                + "\"occupation\":\"FARMER\",\"youthUnionMember\":" + (n % 2 == 0) + ","
                                + "\"organizationCode\":\"" + cell + "\",\"decisionNumber\":\"" + number + "\","
                                + "\"decisionDate\":\"2024-05-20\",\"ceremonyDate\":\"2024-06-01\","
                                // no awareness-course certificate in this tree: the recorded reason (OVERRIDDEN)
                                + "\"certificateOverrideReason\":\"Diễn tập kill -9 (bench/drill-crash)\"}";
                        synchronized (out) {
                            out.println("SENT\t" + number + "\t" + body);
                        }
                        try {
                            HttpResponse<byte[]> r = send(request(base, cred, "admissions")
                                    .header("Content-Type", "application/json")
                                    .POST(HttpRequest.BodyPublishers.ofString(body)).build());
                            if (r.statusCode() == 201) {
                                rejectedInARow.set(0);
                                long id = json(r.body()).getJsonNumber("id").longValue();
                                synchronized (out) {
                                    out.println("ACK\t" + number + "\t" + id);
                                }
                            } else {
                                synchronized (out) {
                                    out.println("REJECTED\t" + number + "\t" + r.statusCode());
                                }
                                if (rejectedInARow.incrementAndGet() == 100) {
                                    // the server refuses every write: a broken drill, not a crash to survive
                                    System.err.println("100 writes refused in a row, the last: HTTP " + r.statusCode()
                                            + " " + new String(r.body(), StandardCharsets.UTF_8));
                                    dead.set(true);
                                }
                            }
                        } catch (IOException | InterruptedException e) {
                            dead.set(true);
                        }
                    }
                });
                w.start();
                writers.add(w);
            }
            for (Thread w : writers) {
                w.join();
            }
        }
    }

    /** After the restart: every acknowledged admission there with every sent value; the count fits; none partial. */
    static boolean crashVerify(String base, String cred, Path log) throws Exception {
        String root = null;
        Map<String, String> sent = new HashMap<>();
        Map<String, Long> acked = new HashMap<>();
        int rejected = 0;
        for (String line : Files.readAllLines(log, StandardCharsets.UTF_8)) {
            String[] f = line.split("\t", 3);
            switch (f[0]) {
                case "ROOT" -> root = f[1];
                case "SENT" -> {
                    if (f.length == 3) {
                        sent.put(f[1], f[2]);
                    }
                }
                case "ACK" -> acked.put(f[1], Long.parseLong(f[2]));
                case "REJECTED" -> rejected++;
                default -> {
                    // a line cut by the kill
                }
            }
        }
        List<String> failures = new ArrayList<>();
        for (Map.Entry<String, Long> e : acked.entrySet()) {
            HttpResponse<byte[]> r = send(request(base, cred, "admissions/" + e.getValue()).GET().build());
            if (r.statusCode() != 200) {
                failures.add("acknowledged " + e.getKey() + " (id " + e.getValue() + "): HTTP " + r.statusCode());
                continue;
            }
            String diff = differences(json(sent.get(e.getKey()).getBytes(StandardCharsets.UTF_8)), json(r.body()));
            if (!diff.isEmpty()) {
                failures.add("acknowledged " + e.getKey() + " differs: " + diff);
            }
        }
        // Every stored record of the drill's tree: complete, and one the client sent.
        int stored = 0;
        for (int page = 0; ; page++) {
            JsonObject p = json(send(request(base, cred, "admissions?org=" + root + "&size=500&page=" + page).GET().build()).body());
            var items = p.getJsonArray("items");
            for (JsonValue v : items) {
                JsonObject a = v.asJsonObject();
                stored++;
                String number = a.getString("decisionNumber");
                String body = sent.get(number);
                if (body == null) {
                    failures.add("stored record " + number + " was never sent");
                } else {
                    String diff = differences(json(body.getBytes(StandardCharsets.UTF_8)), a);
                    if (!diff.isEmpty()) {
                        failures.add("stored record " + number + " is not what was sent: " + diff);
                    }
                }
            }
            if (items.size() < 500) {
                break;
            }
        }
        int inFlight = sent.size() - acked.size() - rejected;
        if (stored < acked.size() || stored > acked.size() + inFlight) {
            failures.add("stored " + stored + ", acknowledged " + acked.size() + ", in flight " + inFlight);
        }
        System.out.printf(Locale.ROOT, "{\"sent\":%d,\"acknowledged\":%d,\"rejected\":%d,\"inFlight\":%d,\"stored\":%d,"
                + "\"failures\":%d}%n", sent.size(), acked.size(), rejected, inFlight, stored, failures.size());
        failures.stream().limit(20).forEach(f -> System.out.println("  " + f));
        boolean pass = failures.isEmpty() && !acked.isEmpty();
        System.out.println(pass ? "PASS crash" : "FAIL crash" + (acked.isEmpty() ? " (nothing was acknowledged)" : ""));
        return pass;
    }

    /** The members of {@code sent} whose value in {@code stored} differs (strings, booleans, null). */
    static String differences(JsonObject sent, JsonObject stored) {
        StringBuilder d = new StringBuilder();
        for (Map.Entry<String, JsonValue> e : sent.entrySet()) {
            JsonValue s = stored.get(e.getKey());
            if (s == null && e.getValue().getValueType() == JsonValue.ValueType.NULL) {
                continue;
            }
            if (s == null || !s.equals(e.getValue())) {
                d.append(e.getKey()).append(": sent ").append(e.getValue()).append(", stored ").append(s).append("; ");
            }
        }
        return d.toString();
    }
}
