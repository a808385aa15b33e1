# Sourced by ./rematch and .ci/run: exports JAVA_HOME for a JDK >= 21 (the build targets Java 21).
# Prefers JAVA_HOME, then java on PATH, then the newest suitable JDK under /usr/lib/jvm.

jdk_release() {
  "$1/bin/java" -XshowSettings:properties -version 2>&1 | sed -n 's/^ *java.specification.version = //p'
}

select_jdk() {
  local candidate release
  local candidates=()
  [ -n "${JAVA_HOME:-}" ] && candidates+=("$JAVA_HOME")
  if command -v java >/dev/null 2>&1; then
    candidates+=("$(dirname "$(dirname "$(readlink -f "$(command -v java)")")")")
  fi
  for candidate in $(ls -d /usr/lib/jvm/*/ 2>/dev/null | sort -rV); do
    candidates+=("${candidate%/}")
  done
  for candidate in "${candidates[@]}"; do
    [ -x "$candidate/bin/javac" ] || continue
    release=$(jdk_release "$candidate")
    if [ -n "$release" ] && [ "${release%%.*}" -ge 21 ]; then
      export JAVA_HOME="$candidate"
      export PATH="$JAVA_HOME/bin:$PATH"
      return 0
    fi
  done
  echo "Rematch needs a JDK 21 or newer; none found (set JAVA_HOME)." >&2
  return 1
}
