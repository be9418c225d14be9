# shellcheck shell=bash
# Sourced by infra/run.sh and infra/test.sh: pick a JDK >= 21 and put it first on PATH.
#
# Why: the machines' default `java` is 17, while the backend needs 21+. A Temurin 25 sits
# under /usr/lib/jvm. Order of preference: JAVA_HOME when it is >= 21, otherwise the newest
# JDK under /usr/lib/jvm (or ENROLCHECK_JVM_DIR). Stops with a clear message when none fits.

ENROLCHECK_MIN_JAVA=21

# Prints the feature (major) version of the JDK at $1, or nothing when it is not a JDK.
enrolcheck_java_major() {
  local home=$1 version=""
  [[ -x "$home/bin/java" ]] || return 0
  if [[ -r "$home/release" ]]; then
    version=$(sed -n 's/^JAVA_VERSION="\{0,1\}\([^"]*\)"\{0,1\}$/\1/p' "$home/release" | head -n1)
  fi
  if [[ -z "$version" ]]; then
    # e.g. openjdk version "17.0.15" 2025-04-15  /  java version "1.8.0_402"
    version=$("$home/bin/java" -version 2>&1 | sed -n 's/.*version "\([^"]*\)".*/\1/p' | head -n1)
  fi
  [[ -n "$version" ]] || return 0
  version=${version#1.}          # 1.8.0 -> 8.0
  echo "${version%%[.+_-]*}"     # 25.0.3 -> 25, 21-ea -> 21
}

enrolcheck_select_jdk() {
  local major best_home="" best_major=0 home
  if [[ -n "${JAVA_HOME:-}" ]]; then
    major=$(enrolcheck_java_major "$JAVA_HOME")
    if [[ -n "$major" && "$major" -ge $ENROLCHECK_MIN_JAVA ]]; then
      best_home=$JAVA_HOME best_major=$major
    fi
  fi
  if [[ -z "$best_home" ]]; then
    for home in "${ENROLCHECK_JVM_DIR:-/usr/lib/jvm}"/*; do
      [[ -d "$home" && ! -L "$home" ]] || continue   # skip symlinked aliases of the same JDK
      major=$(enrolcheck_java_major "$home")
      [[ -n "$major" ]] || continue
      if (( major >= ENROLCHECK_MIN_JAVA && major > best_major )); then
        best_home=$home best_major=$major
      fi
    done
  fi
  if [[ -z "$best_home" ]]; then
    echo "error: EnrolCheck needs a JDK ${ENROLCHECK_MIN_JAVA} or newer." >&2
    echo "  JAVA_HOME=${JAVA_HOME:-<unset>} is not one, and none was found under ${ENROLCHECK_JVM_DIR:-/usr/lib/jvm}." >&2
    echo "  Install one (e.g. Temurin 21 or 25) and set JAVA_HOME to it." >&2
    return 1
  fi
  export JAVA_HOME=$best_home
  export PATH="$JAVA_HOME/bin:$PATH"
  echo "Using JDK $best_major at $JAVA_HOME" >&2
}

enrolcheck_select_jdk || exit 1
