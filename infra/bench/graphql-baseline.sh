#!/usr/bin/env bash
# Compares one real GraphQL query with the cheapest possible one on a server that is already
# running on this machine. Starts no server itself.
#
#   infra/bench/graphql-baseline.sh [URL]            default URL: http://127.0.0.1:8080
#   BENCH_DURATION=10s BENCH_CONNECTIONS=8 BENCH_THREADS=1 infra/bench/graphql-baseline.sh
#
# Loopback only: the script refuses any other host. Each wrk run is bounded by its duration.
# Machines here are shared and noisy, so the figure that matters is the ratio between the two
# queries measured back to back in one run, not the absolute requests per second.
set -euo pipefail

URL=${1:-http://127.0.0.1:8080}
URL=${URL%/}
DURATION=${BENCH_DURATION:-10s}
CONNECTIONS=${BENCH_CONNECTIONS:-8}
THREADS=${BENCH_THREADS:-1}

host=$(sed -E 's#^https?://(\[[^]]+\]|[^:/]+).*#\1#' <<<"$URL")
case $host in
  localhost | 127.* | '[::1]') ;;
  *) echo "error: benchmarks target loopback only (localhost, 127.0.0.0/8, [::1]), not '$host'" >&2; exit 2 ;;
esac

if ! command -v wrk >/dev/null; then
  echo "installing wrk with apt" >&2
  sudo=""; ((EUID == 0)) || sudo="sudo -n"
  DEBIAN_FRONTEND=noninteractive $sudo apt-get install -y -q --no-install-recommends wrk >/dev/null ||
    { DEBIAN_FRONTEND=noninteractive $sudo apt-get update -q >/dev/null &&
      DEBIAN_FRONTEND=noninteractive $sudo apt-get install -y -q --no-install-recommends wrk >/dev/null; }
fi

work=$(mktemp -d)
trap 'rm -rf "$work"' EXIT

# Writes a wrk Lua script that POSTs the GraphQL body in $2 and counts answers that are not
# HTTP 200 or carry "errors" (a server may answer 200 with errors: read the body).
write_lua() {
  local file=$1 body=$2
  cat >"$file" <<LUA
wrk.method = "POST"
wrk.headers["Content-Type"] = "application/json"
wrk.headers["Accept"] = "application/graphql-response+json, application/json"
wrk.body = [==[$body]==]
bad = 0  -- global: done() reads it from each thread with thread:get
local threads = {}
function setup(thread) table.insert(threads, thread) end
function init(args) bad = 0 end
function response(status, headers, body)
  if status ~= 200 or string.find(body, '"errors"', 1, true) then bad = bad + 1 end
end
function done(summary, latency, requests)
  local total_bad = 0
  for _, t in ipairs(threads) do total_bad = total_bad + (t:get("bad") or 0) end
  io.write(string.format("RESULT rps=%.1f p99_ms=%.2f requests=%d bad=%d\n",
    summary.requests / (summary.duration / 1e6), latency:percentile(99) / 1000,
    summary.requests, total_bad))
end
LUA
}

# Runs wrk once, prints its summary, and leaves "rps p99_ms bad" in RESULT.
run() {
  local name=$1 body=$2 lua=$work/$1.lua out
  write_lua "$lua" "$body"
  # One short warm-up so the JIT and the pool are not what is measured.
  wrk -t1 -c2 -d3s -s "$lua" "$URL/graphql" >/dev/null
  out=$(wrk -t"$THREADS" -c"$CONNECTIONS" -d"$DURATION" --latency -s "$lua" "$URL/graphql")
  RESULT=$(sed -nE 's/^RESULT rps=([0-9.]+) p99_ms=([0-9.]+) requests=([0-9]+) bad=([0-9]+)$/\1 \2 \4/p' <<<"$out")
  read -r rps p99 bad <<<"$RESULT"
  printf '%-22s %10.1f req/s   p99 %8.2f ms   bad answers %s\n' "$name" "$rps" "$p99" "$bad"
  if ((bad > 0)); then
    echo "error: $name got $bad answers that were not 200 without errors" >&2
    return 1
  fi
}

echo "wrk against $URL/graphql: $THREADS thread(s), $CONNECTIONS connections, $DURATION per query"
run typename '{"query":"{ __typename }"}'
read -r base_rps base_p99 _ <<<"$RESULT"
run colleges-page '{"query":"{ colleges(first: 50) { edges { cursor node { id code name institution { code name } } } pageInfo { hasNextPage endCursor } } }"}'
read -r page_rps page_p99 _ <<<"$RESULT"

awk -v br="$base_rps" -v pr="$page_rps" -v bp="$base_p99" -v pp="$page_p99" 'BEGIN {
  printf "ratio colleges-page / typename: throughput %.3f, p99 latency %.2fx\n", pr / br, pp / bp
}'
