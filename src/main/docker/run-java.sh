#!/bin/sh
# Starts the adapter as the container's process 1 (exec: SIGTERM from the container engine or the
# kubelet reaches the JVM, which then shuts down gracefully). The heap follows the container's
# memory limit: JAVA_MAX_MEM_RATIO percent of it (default 50).
# JAVA_OPTS holds the image's options; JAVA_OPTS_APPEND adds to them.
# shellcheck disable=SC2086
exec java -XX:MaxRAMPercentage="${JAVA_MAX_MEM_RATIO:-50}" $JAVA_OPTS ${JAVA_OPTS_APPEND:-} \
  -jar /deployments/quarkus-run.jar "$@"
