#!/usr/bin/env bash
# Starts a local Virtuoso 7 for normgraph in a folder of its own, with the settings the tests use
# (src/test/resources/virtuoso/virtuoso.ini: the query-cost estimator off, no silent truncation),
# a user allowed SPARQL Update, and prints the commands that load and serve normgraph over it.
#   scripts/virtuoso-local.sh start [DIR] [HTTP_PORT]   (default DIR ./data/virtuoso, port 8890)
#   scripts/virtuoso-local.sh stop [DIR]
# Needs virtuoso-t and isql-vt (Debian: apt-get install virtuoso-opensource-7-bin).
set -euo pipefail
ROOT="$(cd "$(dirname "${BASH_SOURCE[0]}")/.." && pwd)"
cmd="${1:-start}"; dir="$(realpath -m "${2:-$ROOT/data/virtuoso}")"; http="${3:-8890}"; isql=$((http + 1000))
case "$cmd" in
  stop)
    if [ -f "$dir/virtuoso.pid" ]; then kill "$(cat "$dir/virtuoso.pid")" && rm -f "$dir/virtuoso.pid" && echo "stopped Virtuoso in $dir"; else echo "no Virtuoso running from $dir" >&2; exit 1; fi
    exit 0 ;;
  start) ;;
  *) echo "usage: $0 start|stop [DIR] [HTTP_PORT]" >&2; exit 2 ;;
esac
command -v virtuoso-t >/dev/null && command -v isql-vt >/dev/null || { echo "virtuoso-t/isql-vt not found: apt-get install virtuoso-opensource-7-bin" >&2; exit 2; }
if [ -f "$dir/virtuoso.pid" ] && kill -0 "$(cat "$dir/virtuoso.pid")" 2>/dev/null; then
  echo "Virtuoso already runs from $dir (credentials in $dir/store.env)"; exit 0
fi
for port in "$http" "$isql"; do
  if (exec 3<>"/dev/tcp/127.0.0.1/$port") 2>/dev/null; then echo "port $port is in use: give another HTTP_PORT (the ISQL port is HTTP_PORT + 1000)" >&2; exit 1; fi
done
mkdir -p "$dir"
first=no; [ -f "$dir/virtuoso.db" ] || first=yes
sed -e "s|\${dir}|$dir|g" -e "s|\${isqlPort}|$isql|g" -e "s|\${httpPort}|$http|g" "$ROOT/src/test/resources/virtuoso/virtuoso.ini" > "$dir/virtuoso.ini"
cd "$dir"
nohup virtuoso-t -f -c "$dir/virtuoso.ini" > "$dir/virtuoso.out" 2>&1 < /dev/null &
echo $! > "$dir/virtuoso.pid"
cd "$ROOT"
for _ in $(seq 1 60); do
  curl -sf -o /dev/null "http://127.0.0.1:$http/sparql?query=ASK%7B%7D" && break
  kill -0 "$(cat "$dir/virtuoso.pid")" 2>/dev/null || break
  sleep 1
done
curl -sf -o /dev/null "http://127.0.0.1:$http/sparql?query=ASK%7B%7D" || { echo "Virtuoso did not start; see $dir/virtuoso.log" >&2; tail -5 "$dir/virtuoso.log" >&2; exit 1; }
if [ "$first" = yes ]; then
  dba="$(head -c 18 /dev/urandom | base64 | tr -dc A-Za-z0-9)"; pw="$(head -c 18 /dev/urandom | base64 | tr -dc A-Za-z0-9)"
  sed -e "s|\${dbaPassword}|$dba|g" -e "s|\${user}|normgraph|g" -e "s|\${password}|$pw|g" "$ROOT/src/test/resources/virtuoso/setup.sql" \
    | grep -v '^--' > "$dir/setup.sql"
  out="$(isql-vt "127.0.0.1:$isql" dba dba "$dir/setup.sql" 2>&1)" || true; rm -f "$dir/setup.sql"
  if grep -q '\*\*\* Error' <<<"$out" || ! grep -qi 'done' <<<"$out"; then echo "setting up Virtuoso's users failed:" >&2; echo "$out" >&2; exit 1; fi
  umask 077
  printf 'NORMGRAPH_STORE_USER=normgraph\nNORMGRAPH_STORE_PASSWORD=%s\nVIRTUOSO_DBA_PASSWORD=%s\n' "$pw" "$dba" > "$dir/store.env"
fi
echo "Virtuoso serves http://127.0.0.1:$http/sparql (data in $dir; stop: $0 stop $dir)"
echo "Load and serve normgraph over it:"
echo "  set -a; . $dir/store.env; set +a"
echo "  ./normgraph load  --store sparql:http://127.0.0.1:$http/sparql --update-url http://127.0.0.1:$http/sparql-auth"
echo "  ./normgraph serve --store sparql:http://127.0.0.1:$http/sparql"
