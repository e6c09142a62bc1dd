#!/usr/bin/env bash
# Consent module over HTTP on MariaDB, measured with wrk (Debian package "wrk") and curl.
# Usage: bench/consent.sh [duration] [subjects]   (after `mvn -DskipTests package`; MariaDB at 127.0.0.1:3306, root)
#        DB=h2 bench/consent.sh ...              the same on the embedded H2 database
# Starts the built archive on a fresh database "consent_bench", makes an API key, records subjects, then:
#   1. records consents for 20 s with 16 connections (each: a ledger row and an audit entry, durable);
#   2. GET /health and GET /api/v1/checks with keep-alive and 64 connections, one after the other;
#   3. POST /api/v1/checks with 10,000 checks, ten times.
# and ends with the number of events stored and a verification of the audit chain.
set -euo pipefail
cd "$(dirname "$0")/.."
duration=${1:-20s}
count=${2:-2000}
archive=$(ls distribution/target/privacy-platform-*.tar.gz | head -n 1)
work=$(mktemp -d)
trap 'kill "${pid:-0}" 2>/dev/null || true; rm -rf "$work"' EXIT
tar -xzf "$archive" -C "$work"
home=$(ls -d "$work"/privacy-platform-*/)
port=18091
password=benchmark-password-1
database=consent_bench
export MICRONAUT_SERVER_PORT=$port PRIVACY_ADMIN_PASSWORD=$password PRIVACY_DATA_DIR="$work/data"
unset DATASOURCES_DEFAULT_URL DATASOURCES_DEFAULT_DRIVER_CLASS_NAME DATASOURCES_DEFAULT_USERNAME DATASOURCES_DEFAULT_PASSWORD
if [ "${DB:-mariadb}" = mariadb ]; then
    mariadb -h127.0.0.1 -uroot -e "DROP DATABASE IF EXISTS $database; CREATE DATABASE $database CHARACTER SET utf8mb4 COLLATE utf8mb4_unicode_ci"
    export DATASOURCES_DEFAULT_URL="jdbc:mariadb://127.0.0.1:3306/$database" DATASOURCES_DEFAULT_DRIVER_CLASS_NAME=org.mariadb.jdbc.Driver
    export DATASOURCES_DEFAULT_USERNAME=root DATASOURCES_DEFAULT_PASSWORD=
    stored() { mariadb -h127.0.0.1 -uroot -N -e "SELECT CONCAT('  events stored: ', COUNT(*)) FROM $database.consent_event"; }
else
    stored() { curl -fs -H "$admin" "$base/api/v1/audit?size=1" | grep -oE '"totalItems":[0-9]+' | sed 's/^/  audit entries: /'; }
fi
export DATASOURCES_DEFAULT_MAXIMUM_POOL_SIZE=${POOL:-16}
"$home/bin/privacy-platform" > "$work/platform.log" 2>&1 &
pid=$!
for _ in $(seq 1 240); do curl -fs "http://127.0.0.1:$port/health" >/dev/null 2>&1 && break; sleep 0.25; done
base="http://127.0.0.1:$port"
admin="Authorization: Basic $(printf 'admin:%s' "$password" | base64)"
key=$(curl -fs -H "$admin" -H 'Content-Type: application/json' "$base/api/v1/api-keys" \
    -d '{"name":"consent-benchmark","permissions":["subject:write","consent:write","consent:check","consent:read","catalog:read"]}' \
    | sed -E 's/.*"secret":"([^"]+)".*/\1/')
bearer="Authorization: Bearer $key"

echo "## $count subjects"
config="$work/subjects.curl"
for i in $(seq 1 "$count"); do
    [ "$i" -gt 1 ] && echo "next"
    printf 'url = "%s/api/v1/subjects"\nheader = "%s"\nheader = "Content-Type: application/json"\ndata = "{\\"type\\":\\"CLIENT\\",\\"identifiers\\":{\\"customerNumber\\":\\"BENCH-%d\\"}}"\n' \
        "$base" "$bearer" "$i"
done > "$config"
curl -s -K "$config" | grep -oE '"id":"[0-9a-f-]{36}"' | cut -d'"' -f4 > "$work/subjects.txt"
wc -l < "$work/subjects.txt"

cat > "$work/common.lua" <<'LUA'
local ids = {}
for line in io.lines(os.getenv("SUBJECTS")) do ids[#ids + 1] = line end
function pick() return ids[math.random(#ids)] end
local threads = {}
function setup(thread) table.insert(threads, thread) end
function init(args) statuses = {} math.randomseed(os.time() + math.random(1000)) end
function response(status, headers, body) statuses[status] = (statuses[status] or 0) + 1 end
function done(summary, latency, requests)
  local totals = {}
  for _, thread in ipairs(threads) do
    for status, n in pairs(thread:get("statuses")) do totals[status] = (totals[status] or 0) + n end
  end
  for status, n in pairs(totals) do io.write(string.format("  status %d: %d\n", status, n)) end
end
LUA
cat "$work/common.lua" - > "$work/record.lua" <<'LUA'
local channels = {"EMAIL", "SMS", "PHONE_CALL", "POST", "PORTAL", "APP_PUSH", "WHATSAPP", "VIBER", "TELEGRAM", "MESSENGER"}
local decisions = {"GRANTED", "WITHDRAWN"}
function request()
  wrk.headers["Content-Type"] = "application/json"
  return wrk.format("POST", "/api/v1/subjects/" .. pick() .. "/consents", nil,
    '{"purpose":"COMMERCIAL_NOTICES","channel":"' .. channels[math.random(#channels)] .. '","decision":"'
    .. decisions[math.random(2)] .. '","collectedVia":"PORTAL"}')
end
LUA
cat "$work/common.lua" - > "$work/check.lua" <<'LUA'
function request()
  return wrk.format("GET", "/api/v1/checks?subject=" .. pick() .. "&purpose=COMMERCIAL_NOTICES&channel=EMAIL")
end
LUA
# The reference endpoints go through the same Lua machinery, so that wrk spends the same on each request.
cat "$work/common.lua" - > "$work/health.lua" <<'LUA'
function request() return wrk.format("GET", "/health") end
LUA
cat "$work/common.lua" - > "$work/controller.lua" <<'LUA'
function request() return wrk.format("GET", "/api/v1/controller") end
LUA
export SUBJECTS="$work/subjects.txt"

echo; echo "## POST /api/v1/subjects/{id}/consents, ${WRITERS:-16} connections (a ledger row and an audit entry each, committed)"
wrk -t2 -c"${WRITERS:-16}" -d"$duration" --latency -H "$bearer" -s "$work/record.lua" "$base" | grep -E "Requests/sec|Latency|50%|99%|Non-2xx|status"
stored

echo; echo "## GET /api/v1/checks warm-up (10 s, not counted)"
wrk -t2 -c64 -d10s -H "$bearer" -s "$work/check.lua" "$base" | grep -E "Requests/sec"
for round in 1 2; do
    echo; echo "## round $round: GET /health, 64 connections"
    wrk -t2 -c64 -d"$duration" --latency -s "$work/health.lua" "$base" | grep -E "Requests/sec|Latency|50%|99%|Non-2xx|status"
    echo; echo "## round $round: GET /api/v1/checks (API key), 64 connections"
    wrk -t2 -c64 -d"$duration" --latency -H "$bearer" -s "$work/check.lua" "$base" | grep -E "Requests/sec|Latency|50%|99%|Non-2xx|status"
    echo; echo "## round $round: GET /api/v1/controller (the core's, same API key: what signing in costs), 64 connections"
    wrk -t2 -c64 -d"$duration" --latency -H "$bearer" -s "$work/controller.lua" "$base" | grep -E "Requests/sec|Latency|50%|99%|Non-2xx|status"
done

echo; echo "## POST /api/v1/checks with 10,000 checks (seconds, ten times)"
python3 - "$work/subjects.txt" > "$work/batch.json" <<'PY'
import json, random, sys
ids = [line.strip() for line in open(sys.argv[1]) if line.strip()]
random.seed(1)
print(json.dumps({"checks": [{"subject": random.choice(ids), "purpose": "COMMERCIAL_NOTICES", "channel": "EMAIL"}
                             for _ in range(10000)]}))
PY
for i in $(seq 1 10); do
    curl -s -o "$work/batch.out" -w '  %{http_code} %{time_total}\n' -H "$bearer" -H 'Content-Type: application/json' \
        --data-binary @"$work/batch.json" "$base/api/v1/checks"
done
grep -o '"permitted"' "$work/batch.out" | wc -l | sed 's/^/  answers in the last: /'

echo; echo "## Load average after the run (the machine is shared)"; uptime
echo; echo "## Audit chain after the load"
curl -fs -H "$admin" "$base/api/v1/audit/verify"; echo
kill "$pid"; wait "$pid" 2>/dev/null || true

echo; echo "## A restart: the index loaded from the tables"
"$home/bin/privacy-platform" > "$work/platform.log" 2>&1 &
pid=$!
for _ in $(seq 1 240); do curl -fs "$base/health" >/dev/null 2>&1 && break; sleep 0.25; done
grep -o "Consent index loaded.*" "$work/platform.log" || true
kill "$pid"; wait "$pid" 2>/dev/null || true
