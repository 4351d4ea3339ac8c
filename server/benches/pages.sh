#!/usr/bin/env bash
# `make bench-pages`: the public pages under wrk on loopback, beside nginx serving a saved copy
# of the same HTML in the same run (docs/BENCHMARKS.md, "Pages (issue 19)").
#
# For each size in SIZES: a fresh SQLite database with the demo hearing and that many
# published synthetic responses (`ordet demo --responses N`), one release `ordet serve`, which
# is left to index and compute themes until it is idle; then for each page — the hearing page,
# the public list's pages 1 and 200, the response form — ordet and nginx each get wrk for
# BENCH_SECONDS with the same connections. Prints requests/s and p50/p99 for both, the share
# of nginx's rate, and the targets (≥ 25 % of nginx, p99 < 50 ms) as met or missed; "kept"
# is whether the page came from Ordet's kept pages (`x-page-cache`; ORDET_PAGE_CACHE_PAGES=0
# in the environment measures rendering every time).
#
# usage: server/benches/pages.sh [ORDET_BINARY]   (env: SIZES, BENCH_SECONDS, CONNECTIONS)
set -euo pipefail

ordet=${1:-target/release/ordet}
sizes=${SIZES:-10000 100000}
seconds=${BENCH_SECONDS:-10}
connections=${CONNECTIONS:-16}
slug=integrationspolitik-2011-2014
pages=("/hearings/$slug" "/hearings/$slug/responses" "/hearings/$slug/responses?page=200"
  "/hearings/$slug/respond")
names=("hearing page" "list, page 1" "list, page 200" "response form")

free_port() {
  /usr/bin/python3 -c 'import socket; s=socket.socket(); s.bind(("127.0.0.1", 0)); print(s.getsockname()[1])'
}

# Waits until process $1 uses under 5 % of a core over 3 s (indexing and themes done).
wait_idle() {
  local pid=$1 before after
  for _ in $(seq 600); do
    before=$(awk '{print $14 + $15}' "/proc/$pid/stat")
    sleep 3
    after=$(awk '{print $14 + $15}' "/proc/$pid/stat")
    # clock ticks are 1/100 s: under 15 ticks in 3 s is under 5 %
    if (( after - before < 15 )); then return 0; fi
  done
  echo "ordet never became idle" >&2
  return 1
}

# wrk's figures for URL $1: "requests/s p50_ms p99_ms".
measure() {
  local out
  out=$(wrk -t2 -c"$connections" -d"${seconds}s" --latency "$1")
  local rps p50 p99
  rps=$(awk '/^Requests\/sec:/ {print $2}' <<<"$out")
  p50=$(awk '$1 == "50%" {print $2}' <<<"$out")
  p99=$(awk '$1 == "99%" {print $2}' <<<"$out")
  if grep -q "Non-2xx" <<<"$out"; then echo "wrk: $1 answered errors" >&2; fi
  echo "$rps $(to_ms "$p50") $(to_ms "$p99")"
}

# wrk's "812.00us" / "1.23ms" / "1.50s" in milliseconds.
to_ms() {
  awk -v v="$1" 'BEGIN {
    n = v + 0
    if (v ~ /us$/) n = n / 1000; else if (v ~ /ms$/) n = n; else if (v ~ /s$/) n = n * 1000
    printf "%.2f", n }'
}

nginx_conf() {
  local prefix=$1 root=$2 port=$3 user=""
  [ "$(id -u)" = 0 ] && user="user root;"
  cat <<EOF
$user
daemon off;
worker_processes 2;
pid $prefix/nginx.pid;
error_log $prefix/error.log warn;
events { worker_connections 4096; }
http {
    access_log off;
    client_body_temp_path $prefix/body;
    proxy_temp_path $prefix/proxy;
    fastcgi_temp_path $prefix/fastcgi;
    uwsgi_temp_path $prefix/uwsgi;
    scgi_temp_path $prefix/scgi;
    default_type text/html;
    server {
        listen 127.0.0.1:$port;
        root $root;
        location / { try_files /page.html =404; }
    }
}
EOF
}

server=""
nginx=""
trap 'for pid in $server $nginx; do kill "$pid" 2>/dev/null || true; done' EXIT

run_size() {
  local n=$1 dir port base nginx_port
  dir=$(mktemp -d)
  port=$(free_port)
  base="http://127.0.0.1:$port"
  export DATABASE_URL="sqlite://$dir/ordet.db?mode=rwc" ORDET_DATA_DIR="$dir" RUST_LOG=warn
  echo "== $n published responses: loading the demo hearing"
  local started=$SECONDS
  "$ordet" demo --responses "$n" >/dev/null
  echo "   loaded in $((SECONDS - started)) s"
  "$ordet" serve --addr "127.0.0.1:$port" >"$dir/server.log" 2>&1 &
  server=$!
  for _ in $(seq 120); do curl -sf "$base/readyz" >/dev/null && break; sleep 0.5; done
  started=$SECONDS
  wait_idle "$server"
  echo "   indexed and themed, idle after $((SECONDS - started)) s"
  nginx_port=$(free_port)
  mkdir -p "$dir/nginx/root"
  nginx_conf "$dir/nginx" "$dir/nginx/root" "$nginx_port" >"$dir/nginx/nginx.conf"
  printf '| page | kept | Ordet req/s | Ordet p50 / p99 ms | nginx req/s | nginx p50 / p99 ms | share | met |\n'
  printf '|---|---|---|---|---|---|---|---|\n'
  local i
  for i in "${!pages[@]}"; do
    local path=${pages[$i]}
    curl -sf "$base$path" >"$dir/nginx/root/page.html"
    /usr/sbin/nginx -c "$dir/nginx/nginx.conf" -p "$dir/nginx" 2>"$dir/nginx/start.log" &
    nginx=$!
    for _ in $(seq 50); do curl -sf "http://127.0.0.1:$nginx_port/" >/dev/null && break; sleep 0.1; done
    read -r o_rps o_p50 o_p99 < <(measure "$base$path")
    # Whether Ordet answered from its kept pages (server/src/page_cache.rs): hit, miss or none.
    kept=$(curl -s -o /dev/null -D - "$base$path" |
      awk -F': ' 'tolower($1) == "x-page-cache" { sub(/\r$/, "", $2); print $2 }')
    read -r n_rps n_p50 n_p99 < <(measure "http://127.0.0.1:$nginx_port/")
    kill "$nginx"; wait "$nginx" 2>/dev/null || true; nginx=""
    awk -v name="${names[$i]} (${n})" -v kept="${kept:-none}" -v o="$o_rps" -v op50="$o_p50" -v op99="$o_p99" \
      -v x="$n_rps" -v xp50="$n_p50" -v xp99="$n_p99" 'BEGIN {
        share = 100 * o / x
        met = (share >= 25 && op99 < 50) ? "met" : "missed"
        printf "| %s | %s | %.0f | %s / %s | %.0f | %s / %s | %.0f %% | %s |\n",
          name, kept, o, op50, op99, x, xp50, xp99, share, met }'
  done
  kill "$server"; wait "$server" 2>/dev/null || true; server=""
  rm -rf "$dir"
}

echo "load average before: $(cut -d' ' -f1-3 /proc/loadavg); $(nproc) cores; wrk -t2 -c$connections -d${seconds}s"
for n in $sizes; do
  run_size "$n"
  echo "load average: $(cut -d' ' -f1-3 /proc/loadavg)"
done
