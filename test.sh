#!/usr/bin/env bash
# Runs normgraph's whole test suite (unit, store, HTTP and headless-Chromium browser tests) with a
# JDK >= 21, installing Maven/Chromium/ChromeDriver first if they are missing. Extra arguments go
# to Maven, e.g. ./test.sh -Dtest=CliTest
set -euo pipefail
ROOT="$(cd "$(dirname "${BASH_SOURCE[0]}")" && pwd)"
. "$ROOT/scripts/test-deps.sh"
. "$ROOT/scripts/jdk.sh"
cd "$ROOT"
exec mvn -B test "$@"
