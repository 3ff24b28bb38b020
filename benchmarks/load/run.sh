#!/usr/bin/env bash
# Webhook-echo load test: the official kik-node echo bot and kik-bot's EchoBot (on bot.serve and as
# KikBotServlet in Jetty 12), each next to the bare server stack it runs on, all in one sitting, against
# the same pre-signed requests and the same stand-in Kik API. Everything listens on 127.0.0.1 only; every
# step is bounded in time; the script stops whatever it started when it ends (or is interrupted).
#
#   benchmarks/load/run.sh                                   # the full run, about 10 minutes
#   TARGETS="serve-echo node-echo" RUNS=1 DURATION=5s benchmarks/load/run.sh   # a smoke run
#   PROFILE=async TARGETS="serve-echo servlet-echo" RUNS=2 benchmarks/load/run.sh   # CPU profile of run 2
#   PROFILE=jfr TARGETS="serve-echo servlet-echo" RUNS=2 benchmarks/load/run.sh     # JFR of run 2
#
# Knobs (environment): TARGETS, RUNS (3), DURATION (15s), WARMUP (5, seconds), CONNECTIONS (32),
# THREADS (2), JAVA_OPTS (-Xmx512m), PROFILE (none, jfr or async), PROFILE_RUN (the last), SKIP_BUILD (0),
# OUT (out/<timestamp>), API_PORT (18080), BOT_PORT (18081), API_DELAY_MS (0: how long the stand-in API
# holds each answer). Results: $OUT/results.csv (one row a run),
# $OUT/summary.md (medians and ratios), and per run the full wrk output, the logs of every process and, when profiling, per Java
# target the profile of one measured run (PROFILE_RUN): $OUT/<target>.jfr (read it with jfr-top.js) or
# $OUT/<target>.collapsed.txt, async-profiler's collapsed stacks (read them with collapsed-top.js).
# Profiles slow the target down: don't mix their numbers with the others'.
set -euo pipefail

HERE=$(cd "$(dirname "$0")" && pwd)
ROOT=$(cd "$HERE/../.." && pwd)
WORK=$HERE/work
OUT=${OUT:-$HERE/out/$(date +%Y%m%d-%H%M%S)}
ALL_TARGETS="node-echo node-bare serve-echo serve-nohandler servlet-echo servlet-nohandler jetty-servlet-bare jetty-handler-bare"
TARGETS=${TARGETS:-$ALL_TARGETS}
RUNS=${RUNS:-3}
DURATION=${DURATION:-15s}
WARMUP=${WARMUP:-5}
CONNECTIONS=${CONNECTIONS:-32}
THREADS=${THREADS:-2}
JAVA_OPTS=${JAVA_OPTS:--Xmx512m}
PROFILE=${PROFILE:-none}
[[ $PROFILE == 1 ]] && PROFILE=jfr
PROFILE_RUN=${PROFILE_RUN:-$RUNS}
SKIP_BUILD=${SKIP_BUILD:-0}
API_PORT=${API_PORT:-18080}
BOT_PORT=${BOT_PORT:-18081}
API_DELAY_MS=${API_DELAY_MS:-0}
BOT_USERNAME=loadbot
API_KEY=5d7a2c3e-8f1b-4a6d-9c2e-0b3f4a5d6e7f # a fixed, made-up key: the stand-in and the bodies agree on it
N_BODIES=1000
API_URL=http://127.0.0.1:$API_PORT
BOT_URL=http://127.0.0.1:$BOT_PORT/incoming
CLK_TCK=$(getconf CLK_TCK)

mkdir -p "$WORK" "$OUT"
log() { echo "[$(date +%H:%M:%S)] $*" | tee -a "$OUT/run.log" >&2; }
die() { log "ERROR: $*"; exit 1; }
calc() { awk "BEGIN { printf \"%.3f\", ($*) }"; } # parenthesised: a bare > in awk's printf is a redirection

for tool in wrk node npm java javac mvn curl; do
    command -v "$tool" >/dev/null || die "$tool is missing (wrk: apt-get install -y wrk)"
done
# Whether a TCP connection to 127.0.0.1:PORT succeeds (kik-node never answers a request off its paths).
port_open() { (exec 3<>"/dev/tcp/127.0.0.1/$1") 2>/dev/null; }
for port in "$API_PORT" "$BOT_PORT"; do
    if port_open "$port"; then
        die "something already listens on 127.0.0.1:$port"
    fi
done

STANDIN_PID=
TARGET_PID=
cleanup() {
    for pid in $TARGET_PID $STANDIN_PID; do
        kill -TERM "$pid" 2>/dev/null || true
    done
    for pid in $TARGET_PID $STANDIN_PID; do
        for _ in $(seq 50); do kill -0 "$pid" 2>/dev/null || break; sleep 0.1; done
        kill -KILL "$pid" 2>/dev/null || true
    done
}
trap cleanup EXIT
trap 'exit 130' INT TERM

# ---------------------------------------------------------------------------------------------- build
log "machine: $(nproc) cores, $(free -h | awk '/^Mem:/ {print $2}') RAM; $(java -version 2>&1 | head -1); node $(node --version); $(wrk --version 2>&1 | head -1 | cut -d' ' -f1-2)"
CP_DIR=$WORK/classpath
if [[ $SKIP_BUILD != 1 ]]; then
    log "building kikbot-java (mvn package, no tests) and writing its classpaths"
    rm -rf "$CP_DIR" "$WORK/classes"
    mkdir -p "$CP_DIR"
    (cd "$ROOT" && timeout 600 mvn -B -q -DskipTests package dependency:build-classpath \
        -DincludeScope=runtime "-Dmdep.outputFile=$CP_DIR/runtime-\${project.artifactId}.txt") \
        >"$OUT/build.log" 2>&1 || die "the build failed; see $OUT/build.log"
    # Jetty 12 and the servlet API, exactly as kik-bot's tests use them (the root pom's versions).
    (cd "$ROOT" && timeout 600 mvn -B -q -DskipTests -pl kik-bot -am package dependency:build-classpath \
        -DincludeScope=test -DincludeGroupIds=org.eclipse.jetty,org.eclipse.jetty.ee10,jakarta.servlet \
        "-Dmdep.outputFile=$CP_DIR/jetty-\${project.artifactId}.txt") \
        >>"$OUT/build.log" 2>&1 || die "resolving Jetty failed; see $OUT/build.log"
fi
[[ -s $CP_DIR/runtime-examples.txt && -s $CP_DIR/jetty-kik-bot.txt ]] || die "no classpath in $CP_DIR: run without SKIP_BUILD"
CLASSPATH_JAVA="$ROOT/examples/target/classes:$(cat "$CP_DIR/runtime-examples.txt"):$(cat "$CP_DIR/jetty-kik-bot.txt")"
mkdir -p "$WORK/classes"
javac --release 17 -Xlint:all -Werror -d "$WORK/classes" -cp "$CLASSPATH_JAVA" "$HERE"/src/*.java \
    || die "compiling the launcher failed"
CLASSPATH_JAVA="$WORK/classes:$CLASSPATH_JAVA"

log "installing kik-node 2.2.1 (npm)"
npm install --prefix "$HERE/kik-node-echo" --no-audit --no-fund --loglevel=error >"$OUT/npm.log" 2>&1 \
    || die "npm install failed; see $OUT/npm.log"
[[ $(node -p "require('$HERE/kik-node-echo/node_modules/@kikinteractive/kik/package.json').version") == 2.2.1 ]] \
    || die "kik-node is not 2.2.1"

BODIES=$WORK/bodies-data.lua
node "$HERE/gen-bodies.js" --out "$BODIES" --api-key "$API_KEY" --n "$N_BODIES" >>"$OUT/run.log"
export BODIES_DATA=$BODIES WRK_THREADS=$THREADS BOT_USERNAME

ASYNC_PROFILER=
if [[ $PROFILE == async ]]; then
    # async-profiler's agent, from its jar on Maven Central (only the library is used, through jcmd).
    case $(uname -m) in x86_64) platform=linux-x64 ;; aarch64) platform=linux-arm64 ;; *) die "no async-profiler for $(uname -m)" ;; esac
    jar=$HOME/.m2/repository/tools/profiler/async-profiler/3.0/async-profiler-3.0.jar
    [[ -f $jar ]] || mvn -B -q dependency:get -Dartifact=tools.profiler:async-profiler:3.0 >>"$OUT/build.log" 2>&1 \
        || die "could not fetch async-profiler; see $OUT/build.log"
    mkdir -p "$WORK/async-profiler"
    unzip -o -q -j "$jar" "$platform/libasyncProfiler.so" -d "$WORK/async-profiler"
    ASYNC_PROFILER=$WORK/async-profiler/libasyncProfiler.so
fi

# ---------------------------------------------------------------------------------------------- helpers
# Messages the stand-in API has received so far.
api_count() {
    curl -s --max-time 2 "$API_URL/count" | sed -E 's/.*"messages":([0-9]+).*/\1/'
}
# Calls to /v1/message and /v1/broadcast it has answered so far.
api_calls() {
    curl -s --max-time 2 "$API_URL/count" | sed -E 's/.*"calls":([0-9]+).*/\1/'
}

# Waits until the stand-in's count has not changed for 1 s, 10 s at most; prints the seconds waited.
settle() {
    local start last now same=0
    start=$(date +%s.%N)
    last=$(api_count)
    while (( same < 5 )); do
        sleep 0.2
        now=$(api_count)
        if [[ $now == "$last" ]]; then same=$((same + 1)); else same=0; last=$now; fi
        if [[ $(calc "$(date +%s.%N) - $start > 10") != 0.000 ]]; then break; fi
    done
    calc "$(date +%s.%N) - $start"
}

# CPU ticks (user + system) a process has used.
cpu_ticks() {
    awk '{print $14 + $15}' "/proc/$1/stat" 2>/dev/null || echo 0
}

# Busy and total ticks of the whole machine.
machine_ticks() {
    awk '/^cpu / {busy = $2 + $3 + $4 + $7 + $8 + $9; print busy, busy + $5 + $6}' /proc/stat
}

wait_listening() {
    for _ in $(seq 150); do
        if port_open "$1"; then return 0; fi
        kill -0 "$2" 2>/dev/null || return 1
        sleep 0.2
    done
    return 1
}

start_target() {
    local name=$1
    case $name in
        node-echo)
            node "$HERE/kik-node-echo/echo.js" --port "$BOT_PORT" --api "$API_URL" --username "$BOT_USERNAME" \
                --api-key "$API_KEY" >"$OUT/$name.log" 2>&1 &
            ;;
        node-bare)
            node "$HERE/node-bare.js" --port "$BOT_PORT" >"$OUT/$name.log" 2>&1 &
            ;;
        serve-echo | serve-nohandler | servlet-echo | servlet-nohandler | jetty-servlet-bare | jetty-handler-bare)
            # shellcheck disable=SC2086
            java $JAVA_OPTS -cp "$CLASSPATH_JAVA" LoadTarget "$name" "$BOT_PORT" "$API_URL" \
                "$BOT_USERNAME" "$API_KEY" >"$OUT/$name.log" 2>&1 &
            ;;
        *) die "unknown target $name (known: $ALL_TARGETS)" ;;
    esac
    TARGET_PID=$!
}

stop_target() {
    [[ -n $TARGET_PID ]] || return 0
    kill -TERM "$TARGET_PID" 2>/dev/null || true
    for _ in $(seq 100); do kill -0 "$TARGET_PID" 2>/dev/null || break; sleep 0.1; done
    kill -KILL "$TARGET_PID" 2>/dev/null || true
    wait "$TARGET_PID" 2>/dev/null || true
    TARGET_PID=
}

run_wrk() { # duration file
    timeout 120 wrk -t"$THREADS" -c"$CONNECTIONS" -d"$1" --latency -s "$HERE/bodies.lua" "$BOT_URL" >"$2" 2>&1 || true
}

is_java() { [[ $1 != node-* ]]; }

# async-profiler, loaded into the running target (a value with '=' must be quoted for jcmd).
async_profiler() {
    jcmd "$TARGET_PID" JVMTI.agent_load "$ASYNC_PROFILER" "\"$1\"" >>"$OUT/$target.log" 2>&1 || log "async-profiler: $1 failed"
}

# Profiles one measured run of a Java target, started and stopped through jcmd. async-profiler samples
# with itimer, which charges CPU to whichever thread uses it, short-lived threads included (per-thread
# perf counters miss threads that live for less than one interval).
start_profile() {
    if [[ $PROFILE == async ]]; then
        async_profiler "start,event=itimer,interval=5ms,threads"
    else
        jcmd "$TARGET_PID" JFR.start name=load settings=profile >>"$OUT/$target.log" 2>&1 || log "JFR.start failed"
    fi
}

stop_profile() {
    if [[ $PROFILE == async ]]; then
        async_profiler "stop,collapsed,file=$OUT/$target.collapsed.txt"
    else
        jcmd "$TARGET_PID" JFR.stop name=load "filename=$OUT/$target.jfr" >>"$OUT/$target.log" 2>&1 || log "JFR.stop failed"
    fi
}

# One signed request by hand, before any load: the target must answer it 200.
sanity_request() {
    local line sig body
    line=$(sed -n 3p "$BODIES")
    sig=$(sed -E 's/.*sig = "([0-9A-F]+)".*/\1/' <<<"$line")
    body=$(sed -E 's/.*body = "(.*)"\},$/\1/; s/\\"/"/g' <<<"$line")
    curl -s -o /dev/null -w '%{http_code}' --max-time 10 -H 'Content-Type: application/json' \
        -H "X-Kik-Username: $BOT_USERNAME" -H "X-Kik-Signature: $sig" --data-binary "$body" "$BOT_URL"
}

# ---------------------------------------------------------------------------------------------- run
node "$HERE/stand-in-api.js" --port "$API_PORT" --username "$BOT_USERNAME" --api-key "$API_KEY" \
    --delay-ms "$API_DELAY_MS" >"$OUT/stand-in-api.log" 2>&1 &
STANDIN_PID=$!
wait_listening "$API_PORT" "$STANDIN_PID" || die "the stand-in API did not start; see $OUT/stand-in-api.log"

RESULTS=$OUT/results.csv
echo "target,run,rps,p50_us,p90_us,p99_us,p999_us,max_us,requests,non2xx,connect_err,read_err,write_err,timeout_err,ok_2xx,received,received_minus_2xx,api_calls,rss_kb,threads,target_cpu_pct,standin_cpu_pct,machine_cpu_pct,settle_s" >"$RESULTS"
cat >"$OUT/settings.txt" <<EOF
date=$(date -u +%Y-%m-%dT%H:%M:%SZ) commit=$(git -C "$ROOT" rev-parse --short HEAD) uncommitted_changes=$(git -C "$ROOT" status --porcelain --untracked-files=no | wc -l)
targets=$TARGETS runs=$RUNS duration=$DURATION warmup=${WARMUP}s connections=$CONNECTIONS threads=$THREADS
java_opts=$JAVA_OPTS profile=$PROFILE bodies=$N_BODIES api_delay_ms=$API_DELAY_MS
machine: $(nproc) cores ($(lscpu 2>/dev/null | awk -F: '/Model name/ {gsub(/^ +/, "", $2); print $2}')), $(free -h | awk '/^Mem:/ {print $2}') RAM
$(java -version 2>&1 | head -1); node $(node --version); $(wrk --version 2>&1 | head -1 | cut -d' ' -f1-2)
EOF

for target in $TARGETS; do
    log "== $target"
    start_target "$target"
    if ! wait_listening "$BOT_PORT" "$TARGET_PID"; then
        log "$target did not start; see $OUT/$target.log"
        stop_target
        continue
    fi
    status=$(sanity_request)
    if [[ $status != 200 ]]; then
        log "$target answered $status to a signed request; skipping it (see $OUT/$target.log)"
        stop_target
        continue
    fi
    log "warming up for ${WARMUP}s"
    run_wrk "${WARMUP}s" "$OUT/$target-warmup.txt"
    settle >/dev/null
    for run in $(seq "$RUNS"); do
        before=$(api_count); calls_before=$(api_calls)
        t_cpu0=$(cpu_ticks "$TARGET_PID"); s_cpu0=$(cpu_ticks "$STANDIN_PID"); read -r m_busy0 m_all0 < <(machine_ticks)
        profiling=0
        if [[ $PROFILE != none && $run == "$PROFILE_RUN" ]] && is_java "$target"; then
            profiling=1
            start_profile
        fi
        t0=$(date +%s.%N)
        run_wrk "$DURATION" "$OUT/$target-run$run.txt"
        t1=$(date +%s.%N)
        if [[ $profiling == 1 ]]; then
            stop_profile
        fi
        t_cpu1=$(cpu_ticks "$TARGET_PID"); s_cpu1=$(cpu_ticks "$STANDIN_PID"); read -r m_busy1 m_all1 < <(machine_ticks)
        waited=$(settle)
        after=$(api_count); calls_after=$(api_calls)
        rss=$(ps -o rss= -p "$TARGET_PID" | tr -d ' ' || true)
        threads=$(ls "/proc/$TARGET_PID/task" 2>/dev/null | wc -l || true)
        result=$(grep '^RESULT ' "$OUT/$target-run$run.txt" | sed 's/^RESULT //' || true)
        if [[ -z $result ]]; then
            log "run $run: wrk gave no result; see $OUT/$target-run$run.txt"
            continue
        fi
        row=$(RESULT="$result" TARGET="$target" RUN="$run" RECEIVED=$((after - before)) CALLS=$((calls_after - calls_before)) RSS="${rss:-0}" THREADS_N="$threads" \
            T_CPU=$(calc "($t_cpu1 - $t_cpu0) * 100 / $CLK_TCK / ($t1 - $t0)") \
            S_CPU=$(calc "($s_cpu1 - $s_cpu0) * 100 / $CLK_TCK / ($t1 - $t0)") \
            M_CPU=$(calc "($m_busy1 - $m_busy0) * 100 / ($m_all1 - $m_all0)") SETTLE="$waited" node -e '
                const r = JSON.parse(process.env.RESULT), e = process.env;
                const ok = r.requests - r.non2xx, received = Number(e.RECEIVED);
                const f = (x) => Number(x).toFixed(1);
                console.log([e.TARGET, e.RUN, r.rps, r.p50_us, r.p90_us, r.p99_us, r.p999_us, r.max_us, r.requests,
                    r.non2xx, r.connect, r.read, r.write, r.timeout, ok, received, received - ok, e.CALLS, e.RSS, e.THREADS_N,
                    f(e.T_CPU), f(e.S_CPU), f(e.M_CPU), f(e.SETTLE)].join(","));')
        echo "$row" >>"$RESULTS"
        log "run $run: $row"
    done
    stop_target
done

kill -TERM "$STANDIN_PID" 2>/dev/null || true
wait "$STANDIN_PID" 2>/dev/null || true
STANDIN_PID=
node "$HERE/summarize.js" "$RESULTS" "$CONNECTIONS" | tee "$OUT/summary.md"
log "done: $OUT"
