#!/usr/bin/env bash
# Prints an access token of the local run's identity provider (./run-local.sh must be running): signs
# in as an EXAMPLE account (password dondoc-local) with the authorization code flow. Valid 1 hour.
#   ./mint-token.sh OFFICE | LEADERSHIP [department, default SKHCN]   (vanphong.skhcn, lanhdao.skhcn)
#   ./mint-token.sh PROVINCE                                           (ubnd.tinh)
#   ./mint-token.sh UNIT SKHCN.VP                                      (vp.skhcn)
#   ./mint-token.sh vanphong.sdttg                                     (any example account)
# Example: curl -s localhost:8082/overdue -H "Authorization: Bearer $(./mint-token.sh OFFICE)"
# DONDOC_IDP_PORT (default 9000) or DONDOC_ISSUER: another provider; DONDOC_PASSWORD: another password.
set -euo pipefail
cd "$(dirname "$0")"
if [ ! -f local-run/target/classpath.txt ] || [ ! -d local-run/target/classes ]; then
  ./mvnw -B -q -ntp -DskipTests -pl local-run -am package >&2
fi
exec java -cp "local-run/target/classes:$(cat local-run/target/classpath.txt)" vn.dondoc.local.MintToken "$@"
