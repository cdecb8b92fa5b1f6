#!/bin/sh
# Makes the application's class-data sharing (AppCDS) archive with the JVM that will run it
# (ADR 0017). Starts the packaged application once with placeholder settings that reach no real
# service (port 1 refuses every connection) and with the two start-up steps that need the database
# switched off (Flyway's migration, Hibernate's schema validation), waits until Quarkus reports it
# started (the HTTP server, Hibernate ORM, the Kafka and OIDC clients, the application's beans are
# loaded by then), and stops it; the JVM writes the classes loaded so far to the archive as it
# exits. Classes loaded later are read from the jars as usual. No secret or real address is used.
#
# Usage: appcds-archive.sh ARCHIVE JAR [JVM options...]
#   JAR exactly as the runs will name it (the archive records the class path).
#   An ARCHIVE ending in .aot makes an AOT cache instead (Java 25+, -XX:AOTCacheOutput: the classes
#   loaded and linked, and the profiles, of the same start).
set -u
archive=$1
jar=$2
shift 2
rm -f "$archive"
case "$archive" in
  *.aot) output="-XX:AOTCacheOutput=$archive" ;;
  *) output="-XX:ArchiveClassesAtExit=$archive" ;;
esac
log=$(mktemp)
OKTA_ADAPTER_DB_URL=jdbc:postgresql://127.0.0.1:1/none OKTA_ADAPTER_DB_USER=none OKTA_ADAPTER_DB_PASSWORD=none \
  KAFKA_BOOTSTRAP_SERVERS=127.0.0.1:1 OKTA_ADAPTER_OIDC_ISSUER=http://127.0.0.1:1/none \
  OKTA_ORG_URL=http://127.0.0.1:1 OKTA_ADAPTER_VAULT_URL=http://127.0.0.1:1 \
  QUARKUS_HTTP_PORT=0 QUARKUS_FLYWAY_MIGRATE_AT_START=false \
  QUARKUS_HIBERNATE_ORM_SCHEMA_MANAGEMENT_STRATEGY=none \
  java "$@" -Xlog:cds=off -Xlog:cds+dynamic=off $output -jar "$jar" \
  >"$log" 2>&1 </dev/null &
pid=$!
# Quarkus logs "started in" once every start-up step ran; without that (a failed start) the JVM
# exits by itself and archives what it loaded until then.
i=0
while kill -0 "$pid" 2>/dev/null && ! grep -q "started in" "$log" && [ "$i" -lt 1200 ]; do
  sleep 0.1
  i=$((i + 1))
done
kill -TERM "$pid" 2>/dev/null
wait "$pid" 2>/dev/null
if [ ! -s "$archive" ]; then
  tail -n 30 "$log" >&2
  rm -f "$log"
  echo "AppCDS archive $archive was not written" >&2
  exit 1
fi
rm -f "$log"
echo "AppCDS archive $archive written"
