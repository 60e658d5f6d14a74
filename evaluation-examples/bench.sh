#!/usr/bin/env bash
# Runs the JMH benchmarks of evaluation-examples (test sources, package vn.danhgia.evaluation.bench):
# CommandLineBenchmark, the command line's whole path beside the library's. Every argument goes to
# JMH's own command line, e.g.
#
#   evaluation-examples/bench.sh CommandLineBenchmark
#   evaluation-examples/bench.sh CommandLineBenchmark -p cadres=100,20000 -p year=2026 -prof gc
#
# It first compiles through the reactor and writes the test classpath to
# evaluation-examples/target/bench.classpath. Environment as for evaluation-rules/bench.sh:
# BENCH_SKIP_BUILD=1, MAVEN_ARGS_BENCH (default -o), BENCH_LOCK (default /tmp/mvn.lock), JAVA.
set -euo pipefail

module=$(cd "$(dirname "$0")" && pwd)
root=$(dirname "$module")
lock=${BENCH_LOCK-/tmp/mvn.lock}
locked=()
if [[ -n "$lock" ]] && command -v flock >/dev/null; then
  locked=(flock "$lock")
fi

cd "$root"
if [[ "${BENCH_SKIP_BUILD:-}" != 1 ]]; then
  # shellcheck disable=SC2086
  "${locked[@]}" mvn -B -q ${MAVEN_ARGS_BENCH--o} -pl evaluation-examples -am test-compile dependency:build-classpath \
    -Dmdep.outputFile=target/bench.classpath -Dmdep.includeScope=test
fi
if [[ ! -s "$module/target/bench.classpath" || ! -d "$module/target/test-classes" ]]; then
  echo "No build to run: run without BENCH_SKIP_BUILD=1 first" >&2
  exit 2
fi

classpath="$(cat "$module/target/bench.classpath"):$module/target/test-classes:$module/target/classes"
cd "$module"
exec "${locked[@]}" "${JAVA:-java}" -cp "$classpath" org.openjdk.jmh.Main "$@"
