#!/usr/bin/env bash
# Builds the project and runs the end-to-end benchmark (fresh embedded stack per run); writes
# docs/benchmarks-end-to-end.md. Arguments (optional): runs plans tasks latencyPlans queryAssignments.
# Example, a quick smoke run: ./run-benchmarks.sh 1 10 100 5 5000
set -euo pipefail
cd "$(dirname "$0")"
./mvnw -B -q -ntp -DskipTests -pl benchmarks -am package
exec java -Xmx4g ${JAVA_OPTS:-} -cp "benchmarks/target/classes:$(cat benchmarks/target/classpath.txt)" \
  vn.dondoc.bench.EndToEndBenchmark "$@"
