# Finds a JDK 21 or newer for Processware's build and launch scripts and exports JAVA_HOME.
# Sourced, not executed. Order: $JAVA_HOME when it is 21+, else the newest JDK 21+ under
# $PROCESSWARE_JVM_DIR (default /usr/lib/jvm). Tycho 5 and Eclipse 4.39 need Java 21: an older
# JDK fails late with class-version errors, so we stop early with a message that names the fix.

processware_java_feature() { # prints the feature release (17, 21, 25) of the JDK at $1, or nothing
  local release="$1/release" version=""
  [ -x "$1/bin/java" ] && [ -x "$1/bin/javac" ] || return 1
  if [ -f "$release" ]; then
    version=$(sed -n 's/^JAVA_VERSION="\([0-9][0-9]*\).*/\1/p' "$release")
  fi
  if [ -z "$version" ]; then
    version=$("$1/bin/java" -version 2>&1 | sed -n '1s/.*version "\([0-9][0-9]*\).*/\1/p')
  fi
  [ -n "$version" ] && echo "$version"
}

processware_find_jdk() {
  local feature candidate best="" best_feature=0
  if [ -n "${JAVA_HOME:-}" ]; then
    feature=$(processware_java_feature "$JAVA_HOME") || feature=""
    if [ -n "$feature" ] && [ "$feature" -ge 21 ]; then
      export JAVA_HOME
      return 0
    fi
  fi
  for candidate in "${PROCESSWARE_JVM_DIR:-/usr/lib/jvm}"/*; do
    [ -d "$candidate" ] && [ ! -L "$candidate" ] || continue
    feature=$(processware_java_feature "$candidate") || continue
    if [ "$feature" -ge 21 ] && [ "$feature" -gt "$best_feature" ]; then
      best="$candidate"
      best_feature="$feature"
    fi
  done
  if [ -z "$best" ]; then
    echo "processware: no JDK 21 or newer found: JAVA_HOME is ${JAVA_HOME:-unset}${JAVA_HOME:+ (not a JDK 21+)} and ${PROCESSWARE_JVM_DIR:-/usr/lib/jvm} holds none. Install a JDK 21+ under /usr/lib/jvm or point JAVA_HOME at one." >&2
    return 2
  fi
  export JAVA_HOME="$best"
}
