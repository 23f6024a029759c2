#!/usr/bin/env bash
# Prints a bearer token of the development issuer that ./run-local.sh trusts (its RSA key pair is made
# once in ${DONDOC_DATA_DIR:-data}/dev-issuer). Valid 12 hours.
#   ./mint-token.sh OFFICE | LEADERSHIP | PROVINCE [user name]
#   ./mint-token.sh UNIT SKHCN.VP [user name]
# Example: curl -s localhost:8082/overdue -H "Authorization: Bearer $(./mint-token.sh OFFICE)"
set -euo pipefail
cd "$(dirname "$0")"
if [ ! -f local-run/target/classpath.txt ] || [ ! -d local-run/target/classes ]; then
  ./mvnw -B -q -ntp -DskipTests -pl local-run -am package >&2
fi
exec java -cp "local-run/target/classes:$(cat local-run/target/classpath.txt)" vn.dondoc.local.MintToken "$@"
