#!/bin/sh
# Makes the application's class-data sharing (AppCDS) archive with the JVM that will run it
# (ADR 0017): starts the packaged application once with placeholder settings that point at no real
# service (port 1 refuses every connection), so the start loads and links most classes (Quarkus,
# Hibernate ORM, Vert.x, Kafka and OIDC clients, the application's beans) and then ends when the
# first connection fails; the JVM writes the classes loaded so far to the archive as it exits.
# Classes loaded later are read from the jars as usual. No secret or real address is involved.
#
# Usage: appcds-archive.sh ARCHIVE JAR [JVM options...]
#   JAR exactly as the runs will name it (the archive records the class path).
set -u
archive=$1
jar=$2
shift 2
rm -f "$archive"
OKTA_ADAPTER_DB_URL=jdbc:postgresql://127.0.0.1:1/none OKTA_ADAPTER_DB_USER=none OKTA_ADAPTER_DB_PASSWORD=none \
  KAFKA_BOOTSTRAP_SERVERS=127.0.0.1:1 OKTA_ADAPTER_OIDC_ISSUER=http://127.0.0.1:1/none \
  OKTA_ORG_URL=http://127.0.0.1:1 OKTA_ADAPTER_VAULT_URL=http://127.0.0.1:1 \
  QUARKUS_LOG_LEVEL=ERROR \
  java "$@" -Xshare:auto -Xlog:cds=off -Xlog:cds+dynamic=off -XX:ArchiveClassesAtExit="$archive" -jar "$jar" </dev/null
# The start is expected to fail (nothing to connect to); only a missing archive is an error.
if [ ! -s "$archive" ]; then
  echo "AppCDS archive $archive was not written" >&2
  exit 1
fi
echo "AppCDS archive $archive written"
