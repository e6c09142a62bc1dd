#!/usr/bin/env bash
# The record of processing (GDPR Art. 30) on a running distribution: how long one build takes as JSON
# and as a PDF in each language (curl, one request at a time), then the same under load with wrk
# (Debian package "wrk"). Usage: bench/ropa.sh [duration] [requests]   (after `mvn -DskipTests package`)
# Unpacks the archive to a temporary folder and starts it on the embedded H2 database. Every build reads
# the catalogue and the plugins' contributions and compares the content's hash with the latest version,
# so these are the costs of a real request (no version is added: the content does not change).
set -euo pipefail
cd "$(dirname "$0")/.."
duration=${1:-20s}
requests=${2:-50}
archive=$(ls distribution/target/privacy-platform-*.tar.gz | head -n 1)
work=$(mktemp -d)
trap 'kill "${pid:-0}" 2>/dev/null || true; rm -rf "$work"' EXIT
tar -xzf "$archive" -C "$work"
home=$(ls -d "$work"/privacy-platform-*/)
port=18091
password=benchmark-password-1
export MICRONAUT_SERVER_PORT=$port PRIVACY_ADMIN_PASSWORD=$password PRIVACY_DATA_DIR="$work/data"
unset DATASOURCES_DEFAULT_URL DATASOURCES_DEFAULT_DRIVER_CLASS_NAME DATASOURCES_DEFAULT_USERNAME DATASOURCES_DEFAULT_PASSWORD

"$home/bin/privacy-platform" > "$work/platform.log" 2>&1 &
pid=$!
for _ in $(seq 1 120); do
    curl -fs "http://127.0.0.1:$port/health" >/dev/null 2>&1 && break
    sleep 0.25
done
auth="Authorization: Basic $(printf 'admin:%s' "$password" | base64)"
# An API key: no password check per request, so the numbers are the record's own cost.
key=$(curl -fs -H "$auth" -H 'Content-Type: application/json' "http://127.0.0.1:$port/api/v1/api-keys" \
    -d '{"name":"ropa-benchmark","permissions":["catalog:read"]}' | sed -E 's/.*"secret":"([^"]+)".*/\1/')
bearer="Authorization: Bearer $key"

# One request at a time: the first is the cold one (the first version, class loading, fonts); then
# the median and the slowest of the next $requests, after 20 to warm up.
for endpoint in /api/v1/ropa "/api/v1/ropa.pdf?lang=lv" "/api/v1/ropa.pdf?lang=en"; do
    url="http://127.0.0.1:$port$endpoint"
    first=$(curl -fs -o "$work/answer" -w '%{time_total}' -H "$bearer" "$url")
    size=$(stat -c %s "$work/answer")
    for _ in $(seq 1 20); do curl -fs -o /dev/null -H "$bearer" "$url"; done
    times=$(for _ in $(seq 1 "$requests"); do curl -fs -o /dev/null -w '%{time_total}\n' -H "$bearer" "$url"; done | sort -n)
    median=$(echo "$times" | awk -v n="$requests" 'NR == int((n + 1) / 2)')
    slowest=$(echo "$times" | tail -n 1)
    echo "## GET $endpoint: first ${first}s, then median ${median}s, slowest ${slowest}s of $requests; $size bytes"
done

for endpoint in /api/v1/ropa "/api/v1/ropa.pdf?lang=lv"; do
    echo; echo "## GET $endpoint under load (wrk -t2 -c4)"
    wrk -t2 -c4 -d"$duration" --latency -H "$bearer" "http://127.0.0.1:$port$endpoint" \
        | grep -E "Requests/sec|Latency|50%|99%|Non-2xx"
done
echo; echo "## Versions after the load (one: the content never changed)"
curl -fs -H "$bearer" "http://127.0.0.1:$port/api/v1/ropa" | grep -o '"version":[0-9]*' | head -n 1
kill "$pid"; wait "$pid" 2>/dev/null || true
