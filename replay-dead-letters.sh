#!/usr/bin/env bash
# Publishes the records of a dead-letter topic again to the topic each came from, after the cause
# was fixed (docs/events.md, "Replaying a dead-letter topic after a fix"). Records already replayed
# are remembered (consumer group dondoc-dead-letter-replay) and not sent twice.
#   ./replay-dead-letters.sh error.plan-issued.task-service
# DONDOC_KAFKA: the broker's bootstrap servers (default 127.0.0.1:9092, the local run; docker-compose:
# localhost:29092).
set -euo pipefail
cd "$(dirname "$0")"
if [ ! -f local-run/target/classpath.txt ] || [ ! -d local-run/target/classes ]; then
  ./mvnw -B -q -ntp -DskipTests -pl local-run -am package >&2
fi
exec java -cp "local-run/target/classes:$(cat local-run/target/classpath.txt)" vn.dondoc.eventing.DeadLetterReplay "$@"
