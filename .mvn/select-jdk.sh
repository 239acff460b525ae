# Sourced by ./mvnw: Tongxin needs a JDK 21+. When JAVA_HOME (or the java on PATH)
# is older, pick the newest JDK 21+ found in the usual install folders.
tongxin_java_major() {
  "$1" -XshowSettings:properties -version 2>&1 | sed -n 's/^ *java\.specification\.version = \([0-9]*\).*/\1/p' | head -n 1
}
tongxin_current_java="java"
[ -n "${JAVA_HOME-}" ] && [ -x "${JAVA_HOME}/bin/java" ] && tongxin_current_java="${JAVA_HOME}/bin/java"
tongxin_major="$(tongxin_java_major "$tongxin_current_java" 2>/dev/null || true)"
if [ -z "$tongxin_major" ] || [ "$tongxin_major" -lt 21 ]; then
  tongxin_best="" tongxin_best_major=0
  for tongxin_root in /usr/lib/jvm /opt/java /opt /usr/local/lib/jvm "${HOME-}/.sdkman/candidates/java"; do
    [ -d "$tongxin_root" ] || continue
    for tongxin_dir in $(ls -1 "$tongxin_root" 2>/dev/null); do
      tongxin_home="$tongxin_root/$tongxin_dir"
      [ -x "$tongxin_home/bin/javac" ] || continue
      tongxin_m="$(tongxin_java_major "$tongxin_home/bin/java" 2>/dev/null || true)"
      [ -n "$tongxin_m" ] || continue
      if [ "$tongxin_m" -ge 21 ] && [ "$tongxin_m" -gt "$tongxin_best_major" ]; then
        tongxin_best="$tongxin_home" tongxin_best_major="$tongxin_m"
      fi
    done
  done
  if [ -n "$tongxin_best" ]; then
    JAVA_HOME="$tongxin_best"; export JAVA_HOME
    PATH="$JAVA_HOME/bin:$PATH"; export PATH
  else
    echo "同心平台需要 JDK 21 或更高版本；请安装后设置 JAVA_HOME。" >&2
    exit 1
  fi
fi
