#!/bin/sh
# Starts the portal on Payara Micro, configured only by environment variables (README, "Configuration" and
# "Operations"): the Docker image, compose.yaml and the tests all start it this way.
#
# Alone by default (Hazelcast off). With PORTAL_CLUSTER_MEMBERS ("host:port,host:port", every instance's data
# grid address, its own included) Payara's data grid joins the other instances at those addresses (no
# multicast) and the portal runs in cluster mode: sessions kept in the grid, caches kept in step.
set -eu
here=$(cd "$(dirname "$0")" && pwd)

# On SIGTERM, new requests are answered 503 at once and Payara waits the grace before it stops, so requests
# being answered finish (web/filter/ShutdownDrain); the process is gone well within 30 seconds.
set -- --port "${PORTAL_HTTP_PORT:-8080}" --contextroot / \
    --prebootcommandfile "$here/pre-boot-commands.asadmin" \
    --postbootcommandfile "$here/post-boot-commands.asadmin" \
    --deploy "${PORTAL_WAR:-$here/involve.war}"

# (0 for none: Payara takes only more than 1 ms)
if [ "${PORTAL_SHUTDOWN_GRACE_MS:-10000}" -gt 1 ]; then
    set -- "$@" --shutdowngrace "${PORTAL_SHUTDOWN_GRACE_MS:-10000}"
fi

# Sessions are kept in the data grid only in cluster mode (pre-boot-commands.asadmin reads this): alone, the web
# container would try the absent grid for every session of this distributable application and log each failure.
if [ -n "${PORTAL_CLUSTER_MEMBERS:-}" ]; then
    export INVOLVE_SESSIONS_IN_GRID=true
    set -- "$@" --clustermode "tcpip:$PORTAL_CLUSTER_MEMBERS" \
        --clustername "${PORTAL_CLUSTER_NAME:-involve}" \
        --startport "${PORTAL_CLUSTER_PORT:-6900}" \
        --name "${PORTAL_INSTANCE_NAME:-${HOSTNAME:-portal}}"
    # the address the others reach this one at, where it differs from the one it listens on (NAT, Docker)
    if [ -n "${PORTAL_CLUSTER_ADDRESS:-}" ]; then
        set -- "$@" --hzpublicaddress "$PORTAL_CLUSTER_ADDRESS"
    fi
    # the network interface to listen on (default: all)
    if [ -n "${PORTAL_CLUSTER_INTERFACE:-}" ]; then
        set -- "$@" --interfaces "$PORTAL_CLUSTER_INTERFACE"
    fi
else
    export INVOLVE_SESSIONS_IN_GRID=false
    set -- "$@" --nohazelcast
fi

# shellcheck disable=SC2086 # JAVA_OPTS is a list of options
exec "${JAVA:-java}" ${JAVA_OPTS:--XX:MaxRAMPercentage=75} -jar "${PAYARA_MICRO_JAR:-$here/payara-micro.jar}" "$@"
