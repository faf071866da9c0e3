# Shared by ./up and ./admin (sourced, from this directory): the JVM flags Neo4j's own launcher
# passes on Java 17, and the one-time install of the jars (Maven Central) and of KgNeo4jServer.
JVM_OPENS=(-Dio.netty.tryReflectionSetAccessible=true -Dlog4j2.disable.jmx=true
  --add-opens=java.base/java.nio=ALL-UNNAMED --add-opens=java.base/java.io=ALL-UNNAMED
  --add-opens=java.base/sun.nio.ch=ALL-UNNAMED)

install() {
  # Own lock: ./up (under its run dir's lock) and ./admin may install at the same time.
  exec 8>.install.lock
  flock 8
  # Re-fetch when pom.xml changed (stale jars of another version would share the classpath).
  if [[ ! -f lib/.complete || pom.xml -nt lib/.complete ]]; then
    rm -rf lib classes
    for try in 1 2 3 4; do  # Maven Central sometimes answers 429 under bursts
      mvn -q -B dependency:copy-dependencies 2>&1 | sed "s/\x1b\[0m//g" && break  # sed: drop stray colour codes
      (( try == 4 )) && { echo "install: mvn dependency:copy-dependencies failed 4 times" >&2; exit 1; }
      echo "install: mvn failed (try $try), retrying in $((try * 20)) s" >&2
      sleep $((try * 20))
    done
    touch lib/.complete
  fi
  if [[ ! -f classes/KgNeo4jServer.class || KgNeo4jServer.java -nt classes/KgNeo4jServer.class ]]; then
    mkdir -p classes
    javac -nowarn -d classes -cp 'lib/*' KgNeo4jServer.java
  fi
  exec 8>&-
}
