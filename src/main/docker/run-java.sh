#!/bin/sh
# Starts the adapter as the container's process 1 (exec: SIGTERM from the container engine or the
# kubelet reaches the JVM, which then shuts down gracefully). The heap follows the container's
# memory limit: JAVA_MAX_MEM_RATIO percent of it (default 50).
# JAVA_OPTS holds the image's options; JAVA_OPTS_APPEND adds to them. The class archive the image
# build made is used: an AOT cache (Java 25+, /deployments/app.aot) or an AppCDS archive
# (/deployments/app-cds.jsa).
cds=""
if [ -f /deployments/app.aot ]; then
  cds="-XX:AOTCache=/deployments/app.aot"
elif [ -f /deployments/app-cds.jsa ]; then
  cds="-XX:SharedArchiveFile=/deployments/app-cds.jsa"
fi
# shellcheck disable=SC2086
exec java -XX:MaxRAMPercentage="${JAVA_MAX_MEM_RATIO:-50}" $JAVA_OPTS $cds ${JAVA_OPTS_APPEND:-} \
  -jar /deployments/quarkus-run.jar "$@"
