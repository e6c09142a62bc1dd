#!/usr/bin/env bash
# HTTP load on a running distribution, measured with wrk (Debian package "wrk").
# Usage: bench/http.sh [duration]   (after `mvn -DskipTests package`)
# Unpacks the archive to a temporary folder, starts it on the embedded H2 database, measures the
# start-up time three times and then each endpoint below, and prints wrk's summaries.
set -euo pipefail
cd "$(dirname "$0")/.."
duration=${1:-20s}
archive=$(ls distribution/target/privacy-platform-*.tar.gz | head -n 1)
work=$(mktemp -d)
trap 'kill "${pid:-0}" 2>/dev/null || true; rm -rf "$work"' EXIT
tar -xzf "$archive" -C "$work"
home=$(ls -d "$work"/privacy-platform-*/)
port=18090
password=benchmark-password-1
export MICRONAUT_SERVER_PORT=$port PRIVACY_ADMIN_PASSWORD=$password
unset DATASOURCES_DEFAULT_URL DATASOURCES_DEFAULT_DRIVER_CLASS_NAME DATASOURCES_DEFAULT_USERNAME DATASOURCES_DEFAULT_PASSWORD

start() {
    "$home/bin/privacy-platform" > "$work/platform.log" 2>&1 &
    pid=$!
    for _ in $(seq 1 120); do
        curl -fs "http://127.0.0.1:$port/health" >/dev/null 2>&1 && return 0
        sleep 0.25
    done
    cat "$work/platform.log"; return 1
}
stop() { kill "$pid"; wait "$pid" 2>/dev/null || true; }

echo "## Start-up (first start seeds the catalogue; later starts find it)"
for run in 1 2 3; do
    export PRIVACY_DATA_DIR="$work/data"
    start
    grep -o "Startup completed in [0-9]*ms" "$work/platform.log" | sed "s/^/run $run: /"
    [ "$run" -lt 3 ] && stop
done

auth="Authorization: Basic $(printf 'admin:%s' "$password" | base64)"
cat > "$work/subjects.lua" <<'LUA'
-- Every request a new subject: customer numbers unique across wrk's threads; statuses counted.
local threads = {}
local next_id = 0
function setup(thread)
  next_id = next_id + 1
  thread:set("id", next_id)
  table.insert(threads, thread)
end
function init(args)
  counter = 0
  statuses = {}
end
function request()
  counter = counter + 1
  local number = string.format("B-%d-%d-%d", os.time(), id, counter)
  wrk.headers["Content-Type"] = "application/json"
  return wrk.format("POST", "/api/v1/subjects", nil,
    '{"type":"CLIENT","identifiers":{"customerNumber":"' .. number .. '","email":"' .. number .. '@example.lv"}}')
end
function response(status, headers, body)
  statuses[status] = (statuses[status] or 0) + 1
end
function done(summary, latency, requests)
  local totals = {}
  for _, thread in ipairs(threads) do
    for status, count in pairs(thread:get("statuses")) do
      totals[status] = (totals[status] or 0) + count
    end
  end
  for status, count in pairs(totals) do
    io.write(string.format("  status %d: %d\n", status, count))
  end
end
LUA
for endpoint in ${ENDPOINTS:-/health /api/v1/controller /api/v1/catalog/purposes /api/v1/subjects?customerNumber=B-none}; do
    echo; echo "## GET $endpoint"
    wrk -t2 -c16 -d"$duration" --latency -H "$auth" "http://127.0.0.1:$port$endpoint" | grep -E "Requests/sec|Latency|50%|99%|Non-2xx"
done
echo; echo "## POST /api/v1/subjects (a new subject and its audit entry per request)"
wrk -t2 -c16 -d"$duration" --latency -H "$auth" -s "$work/subjects.lua" "http://127.0.0.1:$port" | grep -E "Requests/sec|Latency|50%|99%|Non-2xx|status"
echo; echo "## GET /api/v1/controller with an API key (Bearer: one SHA-256 and one indexed look-up per request)"
key=$(curl -fs -H "$auth" -H 'Content-Type: application/json' "http://127.0.0.1:$port/api/v1/api-keys" \
    -d '{"name":"benchmark","permissions":["catalog:read"]}' | sed -E 's/.*"secret":"([^"]+)".*/\1/')
wrk -t2 -c16 -d"$duration" --latency -H "Authorization: Bearer $key" "http://127.0.0.1:$port/api/v1/controller" \
    | grep -E "Requests/sec|Latency|50%|99%|Non-2xx"

# A console session: the sign-in form's token and cookie, then the session cookie.
jar="$work/cookies"
token=$(curl -fs -c "$jar" "http://127.0.0.1:$port/console/sign-in" | sed -nE 's/.*name="_csrf" value="([^"]+)".*/\1/p' | head -n 1)
curl -fs -b "$jar" -c "$jar" -o /dev/null "http://127.0.0.1:$port/console/sign-in" \
    --data-urlencode "username=admin" --data-urlencode "password=$password" --data-urlencode "_csrf=$token" \
    --data-urlencode "next=/console"
session=$(awk '$6 == "bpp_session" { print $7 }' "$jar")
for page in ${PAGES:-/console /console/catalog/purposes /console/audit}; do
    echo; echo "## GET $page (a console page drawn by Thymeleaf, with a session)"
    wrk -t2 -c16 -d"$duration" --latency -H "Cookie: bpp_session=$session" "http://127.0.0.1:$port$page" \
        | grep -E "Requests/sec|Latency|50%|99%|Non-2xx"
done

echo; echo "## Audit chain after the load"
curl -fs -H "$auth" "http://127.0.0.1:$port/api/v1/audit/verify"; echo
stop
