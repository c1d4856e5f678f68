# Shared by bench/run and bench/drill-*: build, classpath, a Payara Micro server on a free port, the HTTP client.
# Sourced, not run. Every function prints what it does with the time it took.
set -euo pipefail
BENCH_DIR="$(cd "$(dirname "${BASH_SOURCE[0]}")" && pwd)"
ROOT_DIR="$(cd "$BENCH_DIR/.." && pwd)"
WORK="$BENCH_DIR/work"
WAR="$ROOT_DIR/target/ptdv.war"
MICRO="$ROOT_DIR/target/payara-micro.jar"
XMX="${PTDV_BENCH_XMX:-1g}"
ADMIN="quantri.hethong:ptdv-demo-2024"
VIEWER="lc.viewer:ptdv-demo-2024"
WRITER="tinhuy.admin:ptdv-demo-2024"
mkdir -p "$WORK"

log() { printf '[%s] %s\n' "$(date -u +%H:%M:%S)" "$*" >&2; }

# phase NAME CMD...: runs CMD and logs how long it took.
phase() {
    local name="$1"; shift
    local t0; t0=$(date +%s)
    log "$name ..."
    "$@"
    log "$name done in $(( $(date +%s) - t0 )) s"
}

ensure_build() {
    if [[ ! -f "$WAR" || ! -f "$MICRO" ]]; then
        (cd "$ROOT_DIR" && mvn -q -DskipTests package)
    fi
    if [[ ! -f "$WORK/classpath.txt" || "$ROOT_DIR/pom.xml" -nt "$WORK/classpath.txt" ]]; then
        (cd "$ROOT_DIR" && mvn -q dependency:build-classpath -Dmdep.includeScope=test \
            -Dmdep.outputFile="$WORK/classpath.txt" >/dev/null)
    fi
}

# client ARGS...: the Java client (bench/BenchClient.java, compiled once into $WORK/classes, $WORK = bench/work) on the test classpath.
client() {
    compile_clients
    java -cp "$WORK/classes:$(cat "$WORK/classpath.txt")" BenchClient "$@"
}

# scale_client ARGS...: the clients of bench/drill-scale (bench/ScaleClient.java).
scale_client() {
    compile_clients
    java -cp "$WORK/classes:$(cat "$WORK/classpath.txt")" ScaleClient "$@"
}

compile_clients() {
    if [[ ! -f "$WORK/classes/BenchClient.class" || "$BENCH_DIR/BenchClient.java" -nt "$WORK/classes/BenchClient.class"
          || "$BENCH_DIR/ScaleClient.java" -nt "$WORK/classes/ScaleClient.class" ]]; then
        local tmp="$WORK/classes.$$"
        javac -nowarn -d "$tmp" -cp "$(cat "$WORK/classpath.txt")" "$BENCH_DIR/BenchClient.java" "$BENCH_DIR/ScaleClient.java"
        rm -rf "$WORK/classes"; mv "$tmp" "$WORK/classes"
    fi
}

free_port() { python3 -c 'import socket; s=socket.socket(); s.bind(("127.0.0.1",0)); print(s.getsockname()[1])'; }

# demo_copy DIR: DIR becomes a copy of the cached demo database ($WORK/derby-demo, made by bench/run) when there
# is one, so drills do not load the demo again; otherwise DIR is empty and the server loads the demo itself.
demo_copy() {
    rm -rf "$1"; mkdir -p "$1"
    if [[ -f "$WORK/derby-demo/.loaded" ]]; then cp -r "$WORK/derby-demo/ptdv" "$1/ptdv"; fi
}

SERVER_PID=""
# start_server DATA_DIR LOG [extra -D options...]: Payara Micro as the pom's run profile starts it; sets PORT, BASE,
# SERVER_PID, SERVER_STARTED_MS.
start_server() {
    local data="$1" logfile="$2"; shift 2
    PORT=$(free_port)
    BASE="http://127.0.0.1:$PORT/ptdv/api"
    SERVER_STARTED_MS=$(date +%s%3N)
    java "-Xmx$XMX" -Dderby.system.home="$data" -Dptdv.demo-data=true -Declipselink.logging.level=WARNING \
        -Dptdv.backup.dir="$data/backups" "$@" \
        -jar "$MICRO" --deploy "$WAR" --port "$PORT" --nocluster >"$logfile" 2>&1 &
    SERVER_PID=$!
    log "server pid $SERVER_PID on port $PORT (data $data, log $logfile)"
}

# wait_ready TIMEOUT_S: until the LC report answers 200; prints ms since the start.
wait_ready() {
    client first-report "$BASE" "$VIEWER" "reports/admission-results?org=LC&year=2024&format=pdf" \
        "$SERVER_STARTED_MS" "$1"
}

stop_server() {
    if [[ -n "$SERVER_PID" ]] && kill -0 "$SERVER_PID" 2>/dev/null; then
        kill "$SERVER_PID"
        for _ in $(seq 1 120); do kill -0 "$SERVER_PID" 2>/dev/null || break; sleep 0.5; done
        kill -0 "$SERVER_PID" 2>/dev/null && kill -9 "$SERVER_PID"
        wait "$SERVER_PID" 2>/dev/null || true
    fi
    SERVER_PID=""
}

trap stop_server EXIT
