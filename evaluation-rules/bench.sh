#!/usr/bin/env bash
# Runs the JMH benchmarks of evaluation-rules (test sources, package vn.danhgia.evaluation.bench).
# Every argument goes to JMH (BenchmarkMain takes JMH's command line), e.g.
#
#   evaluation-rules/bench.sh ThroughputBenchmark -prof gc
#   evaluation-rules/bench.sh ThroughputBenchmark -p cadres=1000,10000 -f 1 -wi 1 -i 1 -w 2s -r 2s
#   evaluation-rules/bench.sh ColdLoadBenchmark
#   evaluation-rules/bench.sh CompileBenchmark
#   evaluation-rules/bench.sh ReloadBenchmark
#   evaluation-rules/bench.sh -l            # list the benchmarks;  -h: JMH's options
#
# It first compiles through the reactor (the module and those it depends on, test classes included)
# and writes the test classpath to the module's target/bench.classpath, then runs
# vn.danhgia.evaluation.bench.BenchmarkMain, which prints JMH's results and, for ThroughputBenchmark,
# a table of cadres per second (engine, baseline, ratio) and bytes allocated per cadre (with -prof gc).
#
# Environment:
#   BENCH_SKIP_BUILD=1   reuse the last build and classpath
#   MAVEN_ARGS_BENCH     extra Maven arguments (default: -o, offline); set to "" to go online
#   BENCH_LOCK           lock file held during the build and the run, so that benchmarks never share
#                        the machine with a build (default /tmp/mvn.lock; "" for none). Do not wrap
#                        this script in the same lock yourself: it would wait for itself.
#   JAVA                 the java to run (default: java on the PATH); forks use the same
#   BENCH_MODULE         the module whose benchmarks run (default evaluation-rules; evaluation-examples/bench.sh
#                        sets evaluation-examples), BENCH_MAIN the class run (default BenchmarkMain)
set -euo pipefail

root=$(cd "$(dirname "$0")/.." && pwd)
name=${BENCH_MODULE:-evaluation-rules}
module=$root/$name
lock=${BENCH_LOCK-/tmp/mvn.lock}
locked=()
if [[ -n "$lock" ]] && command -v flock >/dev/null; then
  locked=(flock "$lock")
fi

cd "$root"
if [[ "${BENCH_SKIP_BUILD:-}" != 1 ]]; then
  # shellcheck disable=SC2086
  "${locked[@]}" mvn -B -q ${MAVEN_ARGS_BENCH--o} -pl "$name" -am test-compile dependency:build-classpath \
    -Dmdep.outputFile=target/bench.classpath -Dmdep.includeScope=test
fi
if [[ ! -s "$module/target/bench.classpath" || ! -d "$module/target/test-classes" ]]; then
  echo "No build to run: run without BENCH_SKIP_BUILD=1 first" >&2
  exit 2
fi

# Through the reactor the classpath already holds evaluation-core's target/classes and test-classes.
classpath="$(cat "$module/target/bench.classpath"):$module/target/test-classes:$module/target/classes"
cd "$module"
exec "${locked[@]}" "${JAVA:-java}" -cp "$classpath" "${BENCH_MAIN:-vn.danhgia.evaluation.bench.BenchmarkMain}" "$@"
