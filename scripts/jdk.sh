# Sourced by ./normgraph and ./test.sh: sets JAVA_HOME to a JDK >= 21 (JAVA_HOME, then java on
# PATH, then /usr/lib/jvm/*), or explains what is missing and exits.

java_major() {  # prints the major version of the java binary $1, or 0 (from the JDK's release file: no JVM started)
  local v release
  release="$(dirname "$(dirname "$1")")/release"
  if [ -r "$release" ]; then
    v=$(sed -n 's/^JAVA_VERSION="\([^"]*\)".*/\1/p' "$release" | head -n1)
  fi
  [ -n "${v:-}" ] || v=$("$1" -version 2>&1 | sed -n 's/.*version "\([^"]*\)".*/\1/p' | head -n1)
  v=${v#1.}
  v=${v%%[.+-]*}
  case "$v" in ''|*[!0-9]*) echo 0 ;; *) echo "$v" ;; esac
}

find_jdk() {  # prints a JAVA_HOME whose java is >= 21 and that has javac
  local candidates=() home d
  [ -n "${JAVA_HOME:-}" ] && candidates+=("$JAVA_HOME")
  if command -v java >/dev/null 2>&1; then
    candidates+=("$(dirname "$(dirname "$(readlink -f "$(command -v java)")")")")
  fi
  for d in $(ls -d /usr/lib/jvm/*/ 2>/dev/null | sort -rV); do candidates+=("${d%/}"); done
  for home in "${candidates[@]}"; do
    if [ -x "$home/bin/java" ] && [ -x "$home/bin/javac" ] && [ "$(java_major "$home/bin/java")" -ge 21 ]; then
      echo "$home"; return 0
    fi
  done
  return 1
}

if ! NORMGRAPH_JDK=$(find_jdk); then
  echo "normgraph: no JDK 21 or newer found (looked at JAVA_HOME, java on PATH and /usr/lib/jvm/*)." >&2
  echo "Install one (e.g. a Temurin 21+ JDK) or set JAVA_HOME to it." >&2
  exit 2
fi
export JAVA_HOME="$NORMGRAPH_JDK"

require_maven() {
  if ! command -v mvn >/dev/null 2>&1; then
    echo "normgraph: Maven (mvn) is needed to build normgraph; install it (apt-get install maven)." >&2
    exit 2
  fi
}

# Maven 3.8's bundled Guava uses sun.misc.Unsafe, which JDK 24+ warns about on every build.
if [ "$(java_major "$JAVA_HOME/bin/java")" -ge 24 ]; then
  case " ${MAVEN_OPTS:-} " in *sun-misc-unsafe-memory-access*) ;; *) export MAVEN_OPTS="${MAVEN_OPTS:-} --sun-misc-unsafe-memory-access=allow" ;; esac
fi
