#!/usr/bin/env bash
# Runs the in-process benchmarks (JUnit tag "bench": the whole server on a random loopback port over
# an embedded PostgreSQL, driven over HTTP) and prints their figures.
#
#   infra/bench/run.sh              every class tagged "bench" (roster import vs COPY, records page vs
#                                   { __typename }, and any other *Benchmark, e.g. PhotoImportBenchmark)
#   infra/bench/run.sh import       RosterImportBenchmark only
#   infra/bench/run.sh records      RecordsPageBenchmark only
#   infra/bench/run.sh statistics   StatisticsBenchmark only (1,000,000 records; campaign statistics)
#   infra/bench/run.sh confirmations  ConfirmationBenchmark only (durable confirmations vs { __typename })
#   infra/bench/run.sh tokens       TokenVerificationBenchmark only (token verified vs cached)
#   infra/bench/run.sh SomeBenchmark  one class by name
#   BENCH_MAVEN_ARGS="-o -Dbench.import.rows=20000" infra/bench/run.sh import
#
# Each benchmark is bounded (a fixed number of rows and requests) and stops by itself. Figures go to
# artifacts/bench/import.txt and artifacts/bench/records.txt; compare the ratios between commits,
# not the absolute rows/s or requests/s (2 shared cores: see infra/bench/README.md).
set -euo pipefail

REPO_ROOT=$(cd "$(dirname "${BASH_SOURCE[0]}")/../.." && pwd)
cd "$REPO_ROOT"

if [[ -f infra/lib/jdk.sh ]]; then
  # shellcheck disable=SC1091
  source infra/lib/jdk.sh # picks JAVA_HOME >= 21 or the newest JDK under /usr/lib/jvm, or exits
else
  best=""
  for home in /usr/lib/jvm/*; do
    [[ -x "$home/bin/java" && ! -L "$home" ]] || continue
    major=$("$home/bin/java" -version 2>&1 | sed -n 's/.*version "\([0-9]*\).*/\1/p' | head -n1)
    if [[ -n "$major" && "$major" -ge 21 && "$major" -gt "${best_major:-0}" ]]; then best=$home best_major=$major; fi
  done
  [[ -n "$best" ]] || { echo "error: the benchmarks need a JDK 21 or newer under /usr/lib/jvm" >&2; exit 1; }
  export JAVA_HOME=$best PATH="$best/bin:$PATH"
fi

case ${1:-all} in
  all) tests=(); reports=(import records statistics tokens) ;;
  import) tests=(-Dtest=RosterImportBenchmark); reports=(import) ;;
  records) tests=(-Dtest=RecordsPageBenchmark); reports=(records) ;;
  statistics) tests=(-Dtest=StatisticsBenchmark); reports=(statistics) ;;
  confirmations) tests=(-Dtest=ConfirmationBenchmark); reports=(confirmations) ;;
  tokens) tests=(-Dtest=TokenVerificationBenchmark); reports=(tokens) ;;
  *Benchmark) tests=(-Dtest="$1"); reports=() ;;
  *) echo "usage: infra/bench/run.sh [all|import|records|statistics|tokens|<Name>Benchmark]" >&2; exit 2 ;;
esac

mkdir -p artifacts/bench
for name in "${reports[@]}"; do rm -f "artifacts/bench/$name.txt"; done
started=$(mktemp)
trap 'rm -f "$started"' EXIT

# -Dsurefire.excludedGroups= lifts the default exclusion of the tag; -Dgroups=bench runs only it
# (the POM includes *Benchmark classes, which the tag otherwise keeps out of a plain run).
set +e
# shellcheck disable=SC2086 # BENCH_MAVEN_ARGS is a list of options
(cd backend && ./mvnw -B -ntp -q test -Dsurefire.excludedGroups= -Dgroups=bench ${tests[@]+"${tests[@]}"} \
  ${BENCH_MAVEN_ARGS:-})
rc=$?
set -e

for name in "${reports[@]}"; do
  echo
  if [[ -f "artifacts/bench/$name.txt" ]]; then
    cat "artifacts/bench/$name.txt"
  else
    echo "no figures in artifacts/bench/$name.txt: see backend/target/surefire-reports/*Benchmark*" >&2
    ((rc != 0)) || rc=1
  fi
done
others=$(find backend/target/surefire-reports -name '*Benchmark-output.txt' -newer "$started" \
  ! -name '*RosterImportBenchmark*' ! -name '*RecordsPageBenchmark*' ! -name '*TokenVerificationBenchmark*' ! -name '*StatisticsBenchmark*' 2>/dev/null || true)
if [[ -n "$others" ]]; then
  echo
  echo "other benchmarks printed to:"
  while IFS= read -r file; do echo "  $file"; done <<<"$others"
fi
if ((rc != 0)); then
  echo "error: a benchmark failed (exit $rc); its report is in backend/target/surefire-reports/" >&2
fi
exit "$rc"
