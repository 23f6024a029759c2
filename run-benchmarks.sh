#!/usr/bin/env bash
# Builds the project and runs the benchmarks, writing their reports into docs/:
#   ./run-benchmarks.sh            end to end (fresh embedded stack per run) then JMH micro benchmarks
#   ./run-benchmarks.sh e2e [runs plans tasks latencyPlans queryAssignments]
#   ./run-benchmarks.sh micro      JMH only
#   ./run-benchmarks.sh apart [plans tasks]   the services in their own JVMs: each one's CPU per assignment
# A quick smoke run of the end-to-end part: ./run-benchmarks.sh e2e 1 10 100 5 5000
# The assignments for the queries are spread over 20 departments (JAVA_OPTS=-Ddondoc.bench.departments=1:
# all in one); DONDOC_STACK_JAVA_OPTS adds options to the stack's JVM, e.g. -Xmx6g for 1,000,000.
set -euo pipefail
cd "$(dirname "$0")"
./mvnw -B -q -ntp -DskipTests -pl benchmarks -am package
classpath="benchmarks/target/classes:$(cat benchmarks/target/classpath.txt)"
what="${1:-all}"
[ $# -gt 0 ] && shift
if [ "$what" = all ] || [ "$what" = e2e ]; then
  # the stacks start as ./run-local.sh starts them: from local-run's class-data archive when there is one
  . local-run/class-data.sh
  export_stack_launch
  java ${JAVA_OPTS:-} -cp "$classpath" vn.dondoc.bench.EndToEndBenchmark "$@"
fi
if [ "$what" = apart ]; then
  java ${JAVA_OPTS:-} -cp "$classpath" vn.dondoc.bench.ServicesApartBenchmark "$@"
fi
if [ "$what" = all ] || [ "$what" = micro ]; then
  java -cp "$classpath" org.openjdk.jmh.Main -f 1 -wi 3 -w 2s -i 5 -r 2s -rf text -rff docs/benchmarks-micro.txt
fi
