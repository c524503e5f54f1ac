# Sourced by ./test.sh: makes sure Maven, Chromium and ChromeDriver (for the browser tests) and
# Virtuoso 7 (for the tests against a SPARQL 1.1 server) are installed, installing Debian's packages
# when they are missing and we may (root, apt-get present).
need=()
command -v mvn >/dev/null 2>&1 || need+=(maven)
command -v chromium >/dev/null 2>&1 || need+=(chromium)
command -v chromedriver >/dev/null 2>&1 || need+=(chromium-driver)
command -v virtuoso-t >/dev/null 2>&1 || need+=(virtuoso-opensource-7-bin)
# Chinese glyphs for the browser screenshots (the tests read text, but people look at the pictures):
# installed alongside when we install anything, never required.
if [ ${#need[@]} -gt 0 ] && command -v dpkg >/dev/null 2>&1 && ! dpkg -s fonts-noto-cjk >/dev/null 2>&1; then
  need+=(fonts-noto-cjk)
fi
if [ ${#need[@]} -gt 0 ]; then
  if [ "$(id -u)" = 0 ] && command -v apt-get >/dev/null 2>&1; then
    echo "normgraph: installing ${need[*]} (Debian packages) for the tests" >&2
    export DEBIAN_FRONTEND=noninteractive
    apt-get update -qq >&2
    apt-get install -y -qq "${need[@]}" >&2
  else
    echo "normgraph: the tests need ${need[*]}; install them (e.g. sudo apt-get install ${need[*]})." >&2
    exit 2
  fi
fi
