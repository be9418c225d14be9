#!/usr/bin/env bash
# Serves EnrolCheck on http://localhost:${ENROLCHECK_PORT:-8080}: builds whatever is missing or
# older than its sources (frontend dist, backend jar), then runs the jar in the foreground, so
# Ctrl-C stops the server and its embedded PostgreSQL cleanly.
#
# Environment (all optional; see README.md): ENROLCHECK_PORT, ENROLCHECK_DATA_DIR,
# ENROLCHECK_WEB_ROOT, ENROLCHECK_DEMO (default true here), ENROLCHECK_DB_URL/_USER/_PASSWORD,
# JAVA_HOME (a JDK >= 21; otherwise the newest under /usr/lib/jvm), JAVA_OPTS.
set -euo pipefail

REPO_ROOT=$(cd "$(dirname "${BASH_SOURCE[0]}")/.." && pwd)
# shellcheck source=infra/lib/common.sh
source "$REPO_ROOT/infra/lib/common.sh"
# shellcheck source=infra/lib/jdk.sh
source "$REPO_ROOT/infra/lib/jdk.sh"
cd "$REPO_ROOT"

build_frontend() {
  if [[ -n "${ENROLCHECK_WEB_ROOT:-}" ]]; then
    return 0 # the caller serves a SPA of their own
  fi
  require_node
  ensure_node_modules "$REPO_ROOT/frontend"
  frontend_inputs
  if outdated frontend/dist/index.html "${FRONTEND_INPUTS[@]}"; then
    log "building the frontend (npm run build)"
    (cd frontend && npm run build)
    touch frontend/dist/index.html
  fi
}

build_backend() {
  backend_inputs
  if outdated "$BACKEND_JAR_REL" "${BACKEND_INPUTS[@]}"; then
    log "building the backend jar (mvnw package, tests are infra/test.sh's job)"
    (cd backend && ./mvnw -B -ntp -q -DskipTests package)
    # The jar plugin may leave an unchanged jar untouched; mark it as built from these sources.
    touch "$BACKEND_JAR_REL"
  fi
}

build_frontend
build_backend

export ENROLCHECK_WEB_ROOT=${ENROLCHECK_WEB_ROOT:-$REPO_ROOT/frontend/dist}
export ENROLCHECK_DEMO=${ENROLCHECK_DEMO:-true}
port=${ENROLCHECK_PORT:-8080}

cat <<INFO
EnrolCheck
  app:       http://localhost:$port/   (staff: http://localhost:$port/staff)
  GraphiQL:  http://localhost:$port/graphiql
  GraphQL:   http://localhost:$port/graphql   (SDL: http://localhost:$port/graphql/schema)
  data:      ${ENROLCHECK_DB_URL:-embedded PostgreSQL in ${ENROLCHECK_DATA_DIR:-$HOME/.local/share/enrolcheck}}
  demo data: $ENROLCHECK_DEMO
Starting; it says when it is listening. Ctrl-C stops it.
INFO

# exec: the JVM receives Ctrl-C itself and shuts the server and the database down.
# shellcheck disable=SC2086 # JAVA_OPTS is a list of options
exec java ${JAVA_OPTS:-} -jar "$BACKEND_JAR_REL"
