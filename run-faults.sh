#!/usr/bin/env bash
# The fault suite (docs/reliability.md): runs the local run in its own process and
#   crash   kills it (kill -9) at a random moment of a 10,000-assignment load and starts it again
#           on the same data, five times;
#   broker  stops its broker for 60 s in the middle of a load;  store  stops its store for 120 s;
#   smtp    stops its mail server for 5 minutes while assignments are emailed;
#   fuzz    sends bad input to every endpoint;
# then checks from the outside that nothing was lost, duplicated or dead-lettered, and writes the
# figures into docs/reliability.md. ./run-faults.sh runs all (about 45 minutes); name scenarios to
# run only those, e.g. ./run-faults.sh crash fuzz. -Dfaults.seed=N in JAVA_OPTS repeats a run.
set -euo pipefail
cd "$(dirname "$0")"
./mvnw -B -q -ntp -DskipTests -pl benchmarks -am package
classpath="benchmarks/target/classes:$(cat benchmarks/target/classpath.txt)"
# the stacks start as ./run-local.sh starts them: from local-run's class-data archive when there is one
. local-run/class-data.sh
export_stack_launch
exec java ${JAVA_OPTS:-} -cp "$classpath" vn.dondoc.faults.FaultSuite "$@"
