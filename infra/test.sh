#!/usr/bin/env bash
# Runs every test layer of EnrolCheck and ends with one line `total: N passed, N failed`.
#
#   backend         mvnw package: JUnit tests (counted from Surefire's XML) and the jar
#   frontend-unit   npm test: Vitest (counted from test-results/vitest.json)
#   frontend-build  npm run build: one test
#   e2e             the jar on a free port with a fresh data directory, driven by
#                   playwright-core + Debian's chromium, GraphQL over HTTP and WebSocket
#                   (node --test, counted from its TAP summary), plus the server's own
#                   start / clean stop / restart-keeps-data checks
#   compliance      graphql-http's auditServer against the same server: MUST items
#
# A failing layer does not stop the others; the exit status is non-zero when anything failed.
# Logs, screenshots and reports go to artifacts/ (git-ignored).
set -uo pipefail # no -e: a failing layer is counted, not fatal

REPO_ROOT=$(cd "$(dirname "${BASH_SOURCE[0]}")/.." && pwd)
# shellcheck source=infra/lib/common.sh
source "$REPO_ROOT/infra/lib/common.sh"
# shellcheck source=infra/lib/jdk.sh
source "$REPO_ROOT/infra/lib/jdk.sh"
cd "$REPO_ROOT" || exit 1

ARTIFACTS=$REPO_ROOT/artifacts
LOGS=$ARTIFACTS/logs
mkdir -p "$LOGS" "$ARTIFACTS/e2e" "$ARTIFACTS/compliance"
STARTED_AT=$SECONDS
READY_TIMEOUT=${ENROLCHECK_READY_TIMEOUT:-240} # seconds; the first start runs initdb
STOP_TIMEOUT=60

# ---------------------------------------------------------------------------------------------
# Bookkeeping: every layer adds to its own passed/failed counters.
LAYERS=(backend frontend-unit frontend-build e2e compliance)
declare -A PASSED FAILED SECS NOTE
for layer in "${LAYERS[@]}"; do PASSED[$layer]=0 FAILED[$layer]=0 SECS[$layer]=0 NOTE[$layer]=""; done

count() { # layer passed failed
  PASSED[$1]=$((PASSED[$1] + $2))
  FAILED[$1]=$((FAILED[$1] + $3))
}

# A check made by this script itself (not by a test runner): one test, passed or failed.
check() { # layer "what" command...
  local layer=$1 what=$2; shift 2
  if "$@"; then
    echo "ok - $what"
    count "$layer" 1 0
  else
    echo "not ok - $what"
    count "$layer" 0 1
  fi
}

note() { NOTE[$1]="${NOTE[$1]:+${NOTE[$1]}; }$2"; }

# ---------------------------------------------------------------------------------------------
# Result parsers (node, which every layer here needs anyway).

# Sums Surefire's TEST-*.xml: prints "passed failed skipped".
surefire_counts() {
  node - "$1" <<'JS'
const fs = require('fs'), path = require('path');
const dir = process.argv[2];
let tests = 0, failures = 0, errors = 0, skipped = 0, files = 0;
for (const f of fs.existsSync(dir) ? fs.readdirSync(dir) : []) {
  if (!/^TEST-.*\.xml$/.test(f)) continue;
  const head = fs.readFileSync(path.join(dir, f), 'utf8').match(/<testsuite\b[^>]*>/);
  if (!head) continue;
  files++;
  const attr = (n) => Number((head[0].match(new RegExp(`\\b${n}="(\\d+)"`)) || [0, 0])[1]);
  tests += attr('tests'); failures += attr('failures'); errors += attr('errors'); skipped += attr('skipped');
}
console.log(`${tests - failures - errors - skipped} ${failures + errors} ${skipped} ${files}`);
JS
}

# Vitest's JSON report: prints "passed failed skipped".
vitest_counts() {
  node -e '
const r = JSON.parse(require("fs").readFileSync(process.argv[1], "utf8"));
const skipped = (r.numPendingTests || 0) + (r.numTodoTests || 0);
// A suite that fails to load has no failed test but a failed file: count the file.
const brokenFiles = (r.testResults || []).filter((f) => f.status === "failed" && !(f.assertionResults || []).some((a) => a.status === "failed")).length;
console.log(`${r.numPassedTests} ${r.numFailedTests + brokenFiles} ${skipped}`);
' "$1"
}

# node --test's TAP summary: prints "passed failed skipped" (cancelled counts as failed).
tap_counts() {
  local file=$1 key
  declare -A n=([pass]=0 [fail]=0 [cancelled]=0 [skipped]=0 [todo]=0)
  for key in pass fail cancelled skipped todo; do
    n[$key]=$(grep -E "^# $key [0-9]+$" "$file" | tail -n1 | awk '{print $3}')
    n[$key]=${n[$key]:-0}
  done
  echo "${n[pass]} $((n[fail] + n[cancelled])) $((n[skipped] + n[todo]))"
}

# ---------------------------------------------------------------------------------------------
# Layer: backend. One `mvnw package` runs the tests and builds the jar the e2e layer needs.
# Test failures must not stop the jar (so e2e and compliance still run): they are counted
# from Surefire's XML instead of Maven's exit status.
layer_backend() {
  local reports=backend/target/surefire-reports log=$LOGS/backend-mvn.log rc passed failed skipped files
  rm -rf "$reports"
  log "backend: mvnw package (tests + jar), log in ${log#"$REPO_ROOT"/}"
  (cd backend && ./mvnw -B -ntp package -Dmaven.test.failure.ignore=true) >"$log" 2>&1
  rc=$?
  grep -E 'Tests run:|\[ERROR\]|FAIL|BUILD (SUCCESS|FAILURE)' "$log" | grep -v '^\[INFO\] *$' | tail -n 60
  read -r passed failed skipped files < <(surefire_counts "$reports")
  passed=${passed:-0} failed=${failed:-0} skipped=${skipped:-0} files=${files:-0}
  count backend "$passed" "$failed"
  if ((skipped > 0)); then
    echo "backend: $skipped skipped tests, counted as failed (no test may be skipped)"
    count backend 0 "$skipped"; note backend "$skipped skipped"
  fi
  if ((rc != 0)); then
    echo "backend: mvnw exited $rc; last lines of the log:"; tail -n 40 "$log"
    count backend 0 1; note backend "mvnw exit $rc"
  elif ((files == 0 || passed + failed == 0)); then
    echo "backend: no Surefire report found: no test ran"
    count backend 0 1; note backend "no tests ran"
  fi
  if [[ ! -f $BACKEND_JAR_REL ]]; then
    note backend "no jar"
  fi
}

# Layer: frontend unit tests (Vitest).
layer_frontend_unit() {
  local report=frontend/test-results/vitest.json passed failed skipped
  if ! ensure_node_modules "$REPO_ROOT/frontend"; then
    count frontend-unit 0 1; note frontend-unit "npm ci failed"; return
  fi
  rm -f "$report"
  log "frontend: npm test"
  (cd frontend && CI=true npm test)
  if [[ ! -s $report ]]; then
    echo "frontend: $report was not written"
    count frontend-unit 0 1; note frontend-unit "no report"; return
  fi
  read -r passed failed skipped < <(vitest_counts "$report")
  passed=${passed:-0} failed=${failed:-1} skipped=${skipped:-0} # unreadable report: a failure
  count frontend-unit "$passed" "$failed"
  if ((skipped > 0)); then
    count frontend-unit 0 "$skipped"; note frontend-unit "$skipped skipped"
  fi
  if ((passed + failed == 0)); then
    count frontend-unit 0 1; note frontend-unit "no tests ran"
  fi
}

# Layer: the production build of the SPA, which the server under e2e serves.
frontend_build_ok() {
  (cd frontend && npm run build) && [[ -s frontend/dist/index.html ]]
}
layer_frontend_build() {
  if ! ensure_node_modules "$REPO_ROOT/frontend"; then
    count frontend-build 0 1; note frontend-build "npm ci failed"; return
  fi
  log "frontend: npm run build"
  rm -rf frontend/dist
  check frontend-build "npm run build writes frontend/dist/index.html" frontend_build_ok
}

# ---------------------------------------------------------------------------------------------
# The server under test: the built jar on a free loopback port with its own data directory.
SERVER_PID="" SERVER_URL="" SERVER_LOG="" DATA_DIR=""

free_port() {
  node -e 'const s=require("net").createServer();s.listen(0,"127.0.0.1",()=>{console.log(s.address().port);s.close()})'
}

# start_server NAME: starts the jar in its own process group (set -m), so that SIGINT reaches
# it as Ctrl-C would (bash ignores SIGINT in background jobs without job control) and a
# forced stop can take the whole group.
logs_hold_no_id_number() {
  ! grep -qE '\b[1-9][0-9]{5}(19|20)[0-9]{2}(0[1-9]|1[0-2])(0[1-9]|[12][0-9]|3[01])[0-9]{3}[0-9X]\b' "$LOGS"/server-*.log
}

start_server() {
  local name=$1 port
  port=$(free_port)
  SERVER_URL="http://127.0.0.1:$port"
  SERVER_LOG=$LOGS/server-$name.log
  log "starting the server ($name) on $SERVER_URL, data in $DATA_DIR, log in ${SERVER_LOG#"$REPO_ROOT"/}"
  set -m
  # shellcheck disable=SC2086 # JAVA_OPTS is a list of options
  ENROLCHECK_PORT=$port ENROLCHECK_DATA_DIR=$DATA_DIR ENROLCHECK_DEMO=true \
    ENROLCHECK_WEB_ROOT=$REPO_ROOT/frontend/dist \
    java ${JAVA_OPTS:-} -jar "$BACKEND_JAR_REL" >"$SERVER_LOG" 2>&1 &
  SERVER_PID=$!
  set +m
}

# Prints the body of a GET, or nothing (no curl needed: node is here anyway).
http_get() {
  node -e 'fetch(process.argv[1], { signal: AbortSignal.timeout(5000) })
    .then((r) => r.text()).then((t) => process.stdout.write(t)).catch(() => {})' "$1"
}

server_alive() { [[ -n $SERVER_PID ]] && kill -0 "$SERVER_PID" 2>/dev/null; }

wait_ready() {
  local deadline=$((SECONDS + READY_TIMEOUT)) body
  while ((SECONDS < deadline)); do
    if ! server_alive; then
      local status=0
      wait "$SERVER_PID" 2>/dev/null || status=$?
      echo "the server exited (status $status) before it was ready; last lines of ${SERVER_LOG#"$REPO_ROOT"/}:"
      tail -n 60 "$SERVER_LOG"
      SERVER_PID=""
      return 1
    fi
    body=$(http_get "$SERVER_URL/actuator/health/readiness")
    if [[ $body == *'"status":"UP"'* ]]; then
      echo "ready after $((SECONDS - deadline + READY_TIMEOUT)) s"
      return 0
    fi
    sleep 1
  done
  echo "the server was not ready within $READY_TIMEOUT s; last lines of ${SERVER_LOG#"$REPO_ROOT"/}:"
  tail -n 60 "$SERVER_LOG"
  return 1
}

printed_listening() {
  local port=${SERVER_URL##*:}
  grep -q "EnrolCheck is listening on http://localhost:$port" "$SERVER_LOG"
}

# PIDs of PostgreSQL processes working on our data directory. pg_ctl detaches the postmaster
# from the JVM's process group, so it is found by its data directory (unique to this run).
postgres_pids() {
  [[ -n $DATA_DIR ]] && pgrep -f -- "-D $DATA_DIR" || true
}

# stop_server SIGNAL: a clean stop ends the JVM and its PostgreSQL within STOP_TIMEOUT and
# leaves no postmaster.pid behind (PostgreSQL removes it on an orderly shutdown).
stop_server() {
  local signal=$1 deadline pids
  [[ -n $SERVER_PID ]] || return 1
  kill -s "$signal" "$SERVER_PID" 2>/dev/null
  deadline=$((SECONDS + STOP_TIMEOUT))
  while server_alive && ((SECONDS < deadline)); do sleep 0.5; done
  if server_alive; then
    echo "the server did not stop within $STOP_TIMEOUT s after SIG$signal"
    kill_server_group; return 1
  fi
  wait "$SERVER_PID" 2>/dev/null
  SERVER_PID=""
  deadline=$((SECONDS + 15)) # the postmaster may take a moment after the JVM is gone
  while [[ -n $(postgres_pids) ]] && ((SECONDS < deadline)); do sleep 0.5; done
  pids=$(postgres_pids)
  if [[ -n $pids ]]; then
    echo "PostgreSQL was left running after SIG$signal:"; ps -o pid,args -p "${pids//$'\n'/,}"
    kill_postgres; return 1
  fi
  if [[ -n $(find "$DATA_DIR" -name postmaster.pid -print -quit 2>/dev/null) ]]; then
    echo "PostgreSQL left its postmaster.pid: it was not shut down cleanly"; return 1
  fi
}

# Fast shutdown (SIGINT) of a leftover postmaster, by the PID it wrote itself.
kill_postgres() {
  local pidfile pid deadline
  while read -r pidfile; do
    pid=$(head -n1 "$pidfile")
    [[ $pid =~ ^[0-9]+$ ]] || continue
    kill -INT "$pid" 2>/dev/null || continue
    deadline=$((SECONDS + 10))
    while kill -0 "$pid" 2>/dev/null && ((SECONDS < deadline)); do sleep 0.5; done
  done < <(find "$DATA_DIR" -name postmaster.pid 2>/dev/null)
}

kill_server_group() {
  if [[ -n $SERVER_PID ]]; then
    kill -KILL -- "-$SERVER_PID" 2>/dev/null
    wait "$SERVER_PID" 2>/dev/null
    SERVER_PID=""
  fi
  [[ -z $DATA_DIR ]] || kill_postgres
}

cleanup() {
  kill_server_group
  if [[ -n $DATA_DIR ]]; then rm -rf "$DATA_DIR"; fi
}
trap cleanup EXIT
trap 'echo "interrupted"; exit 130' INT TERM

# ---------------------------------------------------------------------------------------------
# Layer: end-to-end prerequisites. Debian's chromium (browsers cannot be downloaded here) and
# a CJK font so that Chinese renders.
ensure_chromium() {
  # (fc-list's output is read whole: `fc-list | grep -q` can die of SIGPIPE under pipefail.)
  if [[ -x /usr/bin/chromium && $(fc-list : family 2>/dev/null) == *'Noto Sans CJK'* ]]; then
    return 0
  fi
  log "installing chromium and fonts-noto-cjk with apt"
  local sudo=""
  ((EUID == 0)) || sudo="sudo -n"
  export DEBIAN_FRONTEND=noninteractive
  if ! { $sudo apt-get update -q && $sudo apt-get install -y -q --no-install-recommends \
    chromium fonts-noto-cjk; } >"$LOGS/apt.log" 2>&1; then
    tail -n 20 "$LOGS/apt.log"
    return 1
  fi
  [[ -x /usr/bin/chromium ]]
}

# run_node_tests DIR: node --test on infra/e2e/DIR/*.test.mjs; counts into layer e2e from
# the TAP report (the spec reporter is for people).
run_node_tests() {
  local dir=$1 tap=$ARTIFACTS/e2e/$1.tap passed failed skipped
  rm -f "$tap"
  (cd infra/e2e && ENROLCHECK_URL=$SERVER_URL ENROLCHECK_ARTIFACTS=$ARTIFACTS/e2e \
    ENROLCHECK_E2E_STATE=$ARTIFACTS/e2e/reference-before-restart.json \
    node --test --test-concurrency=1 --test-timeout=180000 \
      --test-reporter=spec --test-reporter-destination=stdout \
      --test-reporter=tap --test-reporter-destination="$tap" "$dir"/*.test.mjs)
  if ! grep -qE '^# pass [0-9]+$' "$tap" 2>/dev/null; then
    echo "e2e ($dir): node --test wrote no summary"
    count e2e 0 1; return
  fi
  read -r passed failed skipped < <(tap_counts "$tap")
  count e2e "$passed" "$failed"
  ((skipped == 0)) || { count e2e 0 "$skipped"; note e2e "$skipped skipped"; }
  ((passed + failed > 0)) || { count e2e 0 1; note e2e "$dir: no tests ran"; }
}

# Layer: compliance, against whichever server is running.
layer_compliance() {
  local summary=$ARTIFACTS/compliance/summary.json passed failed warnings notices
  if ! ensure_node_modules "$REPO_ROOT/infra/compliance"; then
    count compliance 0 1; note compliance "npm ci failed"; return
  fi
  if ! server_alive; then
    echo "compliance: no server is running"
    count compliance 0 1; note compliance "no server"; return
  fi
  rm -f "$summary"
  log "compliance: graphql-http auditServer against $SERVER_URL/graphql"
  (cd infra/compliance && ENROLCHECK_URL=$SERVER_URL node audit.mjs "$summary") |
    tee "$ARTIFACTS/compliance/audit.txt"
  if [[ ! -s $summary ]]; then
    count compliance 0 1; note compliance "no summary"; return
  fi
  read -r passed failed warnings notices < <(node -e '
const s = JSON.parse(require("fs").readFileSync(process.argv[1], "utf8"));
console.log(s.passed, s.failed, s.warnings, s.notices);' "$summary")
  count compliance "$passed" "$failed"
  ((warnings + notices == 0)) || note compliance "SHOULD/MAY not met: $warnings warn, $notices notice"
  ((passed + failed > 0)) || { count compliance 0 1; note compliance "no audits ran"; }
}

# The server layers: e2e (browser and API tests, then stop / restart / stop) and compliance,
# which runs against the first server while it is up.
layers_e2e_and_compliance() {
  local t0=$SECONDS t1
  if ((RUN[e2e])); then
    if ! check e2e "chromium and fonts-noto-cjk are installed" ensure_chromium; then
      note e2e "no chromium"
    fi
    if ! ensure_node_modules "$REPO_ROOT/infra/e2e"; then
      count e2e 0 1; note e2e "npm ci failed"
    fi
  fi
  if [[ ! -f $BACKEND_JAR_REL ]]; then
    echo "$BACKEND_JAR_REL was not built: no server to test"
    for layer in e2e compliance; do
      ((RUN[$layer])) && { count "$layer" 0 1; note "$layer" "no jar"; }
    done
    SECS[e2e]=$((SECONDS - t0)); return
  fi
  DATA_DIR=$(mktemp -d "${TMPDIR:-/tmp}/enrolcheck-e2e-data.XXXXXX")
  # Nothing of an earlier run may be mistaken for this one's (the restart test reads a snapshot).
  rm -rf "${ARTIFACTS:?}/e2e" && mkdir -p "$ARTIFACTS/e2e"

  start_server first
  if ! wait_ready; then
    for layer in e2e compliance; do
      ((RUN[$layer])) && { count "$layer" 0 1; note "$layer" "server not ready"; }
    done
    kill_server_group; SECS[e2e]=$((SECONDS - t0)); return
  fi
  if ((RUN[e2e])); then
    count e2e 1 0 && echo "ok - the server becomes ready on a fresh data directory"
    check e2e "the server prints where it listens" printed_listening
    log "e2e: browser and API tests"
    run_node_tests tests
  fi
  SECS[e2e]=$((SECONDS - t0))

  if ((RUN[compliance])); then
    t1=$SECONDS
    layer_compliance
    SECS[compliance]=$((SECONDS - t1))
  fi

  t0=$SECONDS
  if ((RUN[e2e])); then
    log "e2e: Ctrl-C (SIGINT) stops the server, then it starts again on the same data"
    check e2e "SIGINT stops the server and its PostgreSQL cleanly" stop_server INT
    start_server second
    if check e2e "the server starts again on the same data directory" wait_ready; then
      run_node_tests restart
      check e2e "SIGTERM stops the server and its PostgreSQL cleanly" stop_server TERM
    fi
    # The demo imported 5,000 students with real-format ID numbers; none may reach a log.
    check e2e "the server logs hold no full ID number" logs_hold_no_id_number
  fi
  kill_server_group
  SECS[e2e]=$((SECS[e2e] + SECONDS - t0))
}

timed() { # layer function
  local t0=$SECONDS
  "$2"
  SECS[$1]=$((SECONDS - t0))
}

# ---------------------------------------------------------------------------------------------
# Which layers: all by default; `infra/test.sh e2e compliance` runs only those (for work on
# one layer; what they need but did not build themselves is built without being counted).
declare -A RUN
for layer in "${LAYERS[@]}"; do RUN[$layer]=$(($# == 0)); done
for arg in "$@"; do
  [[ -v "RUN[$arg]" ]] || { echo "unknown layer '$arg'; layers: ${LAYERS[*]}" >&2; exit 2; }
  RUN[$arg]=1
done

require_node || exit 1
((RUN[backend])) && timed backend layer_backend
((RUN[frontend-unit])) && timed frontend-unit layer_frontend_unit
((RUN[frontend-build])) && timed frontend-build layer_frontend_build
if ((RUN[e2e] || RUN[compliance])); then
  backend_inputs
  if ((!RUN[backend])) && outdated "$BACKEND_JAR_REL" "${BACKEND_INPUTS[@]}"; then
    log "building the backend jar (not counted: the backend layer was not asked for)"
    (cd backend && ./mvnw -B -ntp -q -DskipTests package) && touch "$BACKEND_JAR_REL"
  fi
  frontend_inputs
  if ((!RUN[frontend-build])) && outdated frontend/dist/index.html "${FRONTEND_INPUTS[@]}"; then
    log "building the frontend (not counted: the frontend-build layer was not asked for)"
    ensure_node_modules "$REPO_ROOT/frontend" && (cd frontend && npm run build)
  fi
  layers_e2e_and_compliance
fi

# Summary. The table's rows deliberately do not look like "N passed, N failed" lines: only
# the last line of the output is the closing line.
total_passed=0 total_failed=0
echo
printf '%-16s %7s %7s %8s  %s\n' layer passed failed seconds notes
for layer in "${LAYERS[@]}"; do
  ((RUN[$layer])) || continue
  printf '%-16s %7d %7d %8d  %s\n' "$layer" "${PASSED[$layer]}" "${FAILED[$layer]}" "${SECS[$layer]}" "${NOTE[$layer]}"
  total_passed=$((total_passed + PASSED[$layer]))
  total_failed=$((total_failed + FAILED[$layer]))
done
elapsed=$((SECONDS - STARTED_AT))
printf 'wall-clock %dm%02ds; logs, screenshots and reports in %s\n' $((elapsed / 60)) $((elapsed % 60)) "${ARTIFACTS#"$REPO_ROOT"/}/"
echo "total: $total_passed passed, $total_failed failed"
((total_failed == 0))
