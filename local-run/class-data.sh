# Sourced by run-local.sh, run-benchmarks.sh and run-faults.sh once local-run's jar is built. Sets
# $options to the stack's JVM options (local-run/jvm.options: heap capped so the whole stack stays
# within ~1.5 GiB). stack_launch sets the array `launch`: the java arguments that start the local
# run, from its class-data archive when there is one; export_stack_launch hands them to the
# benchmark and fault harnesses (DONDOC_STACK_LAUNCH, read by LocalRunProcess).
#
# Class-data archive (the JDK's AppCDS): the classes as one start loaded them, read ready-made by the
# next starts (5–10 s less on 2 cores). Made once per build of the jar (the build is reproducible, so
# the same sources give the same jar) by a training start on a temporary data folder, stopped as
# soon as it is up. DONDOC_CDS=off skips it; without an archive the system starts as before.
options=$(cat local-run/jvm.options)
jar=local-run/target/local-run-0.1.0-SNAPSHOT-exec.jar
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

stack_launch() {
  launch=(-jar "$jar")
  if [ "${DONDOC_CDS:-on}" != off ]; then
    if [ "$(cat "$cds/jar.sha1" 2> /dev/null || true)" != "$(sha1sum "$jar" | cut -d' ' -f1)" ]; then
      echo "Preparing the class-data archive for faster starts (once per build, ~30 s; DONDOC_CDS=off skips it)"
      make_archive
    fi
    if [ -f "$cds/jar.sha1" ]; then
      launch=(-XX:SharedArchiveFile="$cds/app.jsa" -jar "$app")
    fi
  fi
}

export_stack_launch() {
  stack_launch
  export DONDOC_STACK_LAUNCH="${launch[*]}"
}
