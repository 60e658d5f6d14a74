#!/usr/bin/env bash
# Runs the JMH benchmarks of evaluation-examples (test sources, package vn.danhgia.evaluation.bench):
# CommandLineBenchmark, the command line's whole path beside the library's. Every argument goes to
# JMH's own command line, e.g.
#
#   evaluation-examples/bench.sh CommandLineBenchmark
#   evaluation-examples/bench.sh CommandLineBenchmark -p cadres=100,20000 -p year=2026 -prof gc
#
# The build, the classpath file (evaluation-examples/target/bench.classpath), the lock and the
# environment are those of evaluation-rules/bench.sh, which this runs for this module.
set -euo pipefail
here=$(cd "$(dirname "$0")" && pwd)
BENCH_MODULE=evaluation-examples BENCH_MAIN=org.openjdk.jmh.Main exec "$here/../evaluation-rules/bench.sh" "$@"
