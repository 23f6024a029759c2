#!/usr/bin/env bash
# Builds and starts the whole system on this machine: a real Kafka broker (KRaft), the embedded
# MongoDB-compatible store (data under ./data, or DONDOC_DATA_DIR) and the four services.
set -euo pipefail
cd "$(dirname "$0")"
./mvnw -B -q -ntp -DskipTests -pl local-run -am package
# JVM options: local-run/jvm.options (class-data.sh reads them); JAVA_OPTS adds or overrides.
. local-run/class-data.sh
stack_launch
exec java $options ${JAVA_OPTS:-} "${launch[@]}" "$@"
