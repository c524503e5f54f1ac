#!/usr/bin/env bash
# Runs normgraph's whole test suite (unit, store, HTTP and browser tests) with a JDK >= 21.
set -euo pipefail
ROOT="$(cd "$(dirname "${BASH_SOURCE[0]}")" && pwd)"
. "$ROOT/scripts/jdk.sh"
require_maven
cd "$ROOT"
exec mvn -B test "$@"
