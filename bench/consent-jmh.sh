#!/usr/bin/env bash
# The in-process permission check, measured with JMH (org.openjdk.jmh 1.37).
# Usage: bench/consent-jmh.sh [JMH options]   e.g. bench/consent-jmh.sh -t 2
# Compiles module-consent's tests with the JMH annotation processor (profile "benchmarks"), writes the test
# class path and runs lv.balticom.privacy.consent.internal.PermissionCheckBenchmark on it. No mvn install.
set -euo pipefail
cd "$(dirname "$0")/.."
# A build without the profile leaves test classes without JMH's generated harness: compile them anew.
rm -rf module-consent/target/test-classes module-consent/target/generated-test-sources
mvn -B -ntp -q -Pbenchmarks -pl module-consent -am test-compile dependency:build-classpath \
    -Dmdep.outputFile=target/benchmark.classpath -Dmdep.includeScope=test
classpath="module-consent/target/test-classes:module-consent/target/classes:$(cat module-consent/target/benchmark.classpath)"
exec java -Duser.timezone=UTC -cp "$classpath" org.openjdk.jmh.Main PermissionCheckBenchmark "$@"
