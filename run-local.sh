#!/usr/bin/env bash
# Builds and starts the whole system on this machine: a real Kafka broker (KRaft), the embedded
# MongoDB-compatible store (data under ./data, or DONDOC_DATA_DIR) and the four services.
set -euo pipefail
cd "$(dirname "$0")"
./mvnw -B -q -ntp -DskipTests -pl local-run -am package
jar=local-run/target/local-run-0.1.0-SNAPSHOT-exec.jar
# JVM options: local-run/jvm.options (heap capped so the whole stack stays within ~1.5 GiB); JAVA_OPTS adds or overrides.
options=$(cat local-run/jvm.options)

# Class-data archive (the JDK's AppCDS): the classes as one start loaded them, read ready-made by the
# next starts (5–10 s less on 2 cores). Made once per build of the jar (the build is reproducible, so
# the same sources give the same jar) by a training start on a temporary data folder, stopped as
# soon as it is up. DONDOC_CDS=off skips it; without an archive the system starts as before.
cds=local-run/target/cds
app="$cds/app/$(basename "$jar")"
# what LocalRun logs when everything is up (ASCII: the console may not be UTF-8)
up="is up in"

# Extracts the jar and starts it once with -XX:ArchiveClassesAtExit; records the jar's hash when
# the start came up and the archive was written.
make_archive() {
  rm -rf "$cds" && mkdir -p "$cds"
  java -Djarmode=tools -jar "$jar" extract --destination "$cds/app" > /dev/null || return 0
  local training pid
  training=$(mktemp -d)
  DONDOC_DATA_DIR="$training/data" java $options -XX:ArchiveClassesAtExit="$cds/app.jsa" -jar "$app" \
    > "$training/start.log" 2>&1 &
  pid=$!
  for _ in $(seq 1 180); do
    if grep -q "$up" "$training/start.log" || ! kill -0 "$pid" 2> /dev/null; then
      break
    fi
    sleep 1
  done
  kill -TERM "$pid" 2> /dev/null || true
  for _ in $(seq 1 60); do
    kill -0 "$pid" 2> /dev/null || break
    sleep 1
  done
  kill -KILL "$pid" 2> /dev/null || true
  wait "$pid" 2> /dev/null || true
  if grep -q "$up" "$training/start.log" && [ -s "$cds/app.jsa" ]; then
    sha1sum "$jar" | cut -d' ' -f1 > "$cds/jar.sha1"
  else
    echo "No class-data archive: the training start did not come up; starting without it"
  fi
  rm -rf "$training"
}

if [ "${DONDOC_CDS:-on}" != off ]; then
  if [ "$(cat "$cds/jar.sha1" 2> /dev/null || true)" != "$(sha1sum "$jar" | cut -d' ' -f1)" ]; then
    echo "Preparing the class-data archive for faster starts (once per build, ~30 s; DONDOC_CDS=off skips it)"
    make_archive
  fi
  if [ -f "$cds/jar.sha1" ]; then
    exec java $options -XX:SharedArchiveFile="$cds/app.jsa" ${JAVA_OPTS:-} -jar "$app" "$@"
  fi
fi
exec java $options ${JAVA_OPTS:-} -jar "$jar" "$@"
