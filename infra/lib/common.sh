# shellcheck shell=bash
# Helpers shared by infra/run.sh and infra/test.sh. Source after setting REPO_ROOT.

log() {
  if [[ -t 2 ]]; then printf '\033[1m==> %s\033[0m\n' "$*" >&2; else printf '==> %s\n' "$*" >&2; fi
}
warn() { printf 'warning: %s\n' "$*" >&2; }

require_node() {
  if ! command -v node >/dev/null || ! command -v npm >/dev/null; then
    echo "error: Node.js 20.19+ and npm are needed (not found on PATH)." >&2
    return 1
  fi
}

# npm ci in $1 when node_modules is missing or was installed from another package-lock.json.
# A hash of the lock file is kept inside node_modules: mtimes lie after a git checkout.
ensure_node_modules() {
  local dir=$1 stamp want
  stamp="$dir/node_modules/.enrolcheck-lock.sha256"
  want=$(sha256sum "$dir/package-lock.json" | cut -d' ' -f1)
  if [[ -d "$dir/node_modules" && -f "$stamp" && "$(cat "$stamp")" == "$want" ]]; then
    return 0
  fi
  log "npm ci in ${dir#"$REPO_ROOT"/}"
  (cd "$dir" && npm ci --no-audit --no-fund --loglevel=error) || return 1
  echo "$want" >"$stamp"
}

# True when $1 is missing or any file under the other arguments is newer than it.
outdated() {
  local target=$1; shift
  [[ -e "$target" ]] || return 0
  local path
  for path in "$@"; do
    [[ -e "$path" ]] || continue
    if [[ -n "$(find "$path" -newer "$target" -type f -not -path '*/node_modules/*' -print -quit)" ]]; then
      return 0
    fi
  done
  return 1
}

# Inputs of the frontend build (codegen reads ../schema); globs that match nothing stay
# literal and are skipped by outdated().
frontend_inputs() {
  local f=$REPO_ROOT/frontend
  # shellcheck disable=SC2034 # read by the scripts that source this file
  FRONTEND_INPUTS=("$f/src" "$f/public" "$f/index.html" "$f/package.json" "$f/package-lock.json"
    "$f"/vite.config.* "$f"/tsconfig*.json "$f"/codegen.* "$REPO_ROOT/schema")
}

# Inputs of the backend jar (the schema is copied onto its classpath).
backend_inputs() {
  local b=$REPO_ROOT/backend
  # shellcheck disable=SC2034 # read by the scripts that source this file
  BACKEND_INPUTS=("$b/src/main" "$b/pom.xml" "$b/.mvn" "$REPO_ROOT/schema")
}

# shellcheck disable=SC2034 # read by the scripts that source this file
BACKEND_JAR_REL=backend/target/enrolcheck.jar
