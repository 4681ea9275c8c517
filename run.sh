#!/usr/bin/env bash
# Starts the whole Clientela portal on this machine: the local SMTP sink (GreenMail), Keycloak
# with the clientela realm, and WildFly with the EAR and demo data. Needs only a JDK 17+.
# Ctrl-C stops all three. State (H2 database, Keycloak's store, logs) lives in .run/.
#
#   ./run.sh            build what changed, start, print where to click
#   ./run.sh --reset    start from empty: forget the database, Keycloak's users and the mails
#   ./run.sh --no-build start what was built last
set -euo pipefail

cd "$(dirname "$0")"
ROOT=$(pwd)
RUN="$ROOT/.run"
LOGS="$RUN/logs"

RESET=false
BUILD=true
for arg in "$@"; do
    case "$arg" in
        --reset) RESET=true ;;
        --no-build) BUILD=false ;;
        -h|--help) sed -n '2,9p' "$0" | sed 's/^# \{0,1\}//'; exit 0 ;;
        *) echo "Unknown option: $arg (see ./run.sh --help)" >&2; exit 2 ;;
    esac
done

say() { printf '\033[1m%s\033[0m\n' "$*"; }
fail() { printf '\033[31m%s\033[0m\n' "$*" >&2; exit 1; }
port_busy() { (exec 3<>"/dev/tcp/127.0.0.1/$1") 2>/dev/null; }

# One portal at a time: a second ./run.sh says so instead of tripping over busy ports.
if [[ -f "$RUN/run.pid" ]] && kill -0 "$(cat "$RUN/run.pid")" 2>/dev/null; then
    fail "Clientela is already running (./run.sh pid $(cat "$RUN/run.pid")): open http://localhost:8080/ or stop it with Ctrl-C in its terminal."
fi
for port in 8080 9990 8180 9180 3025 3143 8025; do
    if port_busy "$port"; then
        fail "Port $port is already in use by another program; Clientela needs 8080, 9990, 8180, 9180, 3025, 3143 and 8025."
    fi
done

command -v java >/dev/null || fail "No java on the PATH: install a JDK 17 or newer."
JAVA_MAJOR=$(java -XshowSettings:properties -version 2>&1 | sed -n 's/ *java.specification.version = //p')
[[ "${JAVA_MAJOR%%.*}" -ge 17 ]] || fail "Java $JAVA_MAJOR found; Clientela needs Java 17 or newer."

if $RESET; then
    say "Resetting: removing .run/ (database, Keycloak data, logs)"
    rm -rf "$RUN"
fi
mkdir -p "$LOGS" "$RUN/data"
echo $$ > "$RUN/run.pid"

if $BUILD || [[ ! -f portal-ear/target/clientela.ear ]]; then
    say "Building (first time: downloads WildFly, Keycloak and the libraries, a few minutes)…"
    ./mvnw -q -B -DskipTests -Dspotless.check.skip=true package || fail "The build failed; see the output above."
fi

WILDFLY_HOME=$(ls -d "$ROOT"/portal-ear/target/wildfly-*/ | head -n 1)
KEYCLOAK_DIST=$(ls -d "$ROOT"/keycloak-realm/target/keycloak-*/ | head -n 1)
GREENMAIL_JAR="$ROOT/portal-ear/target/greenmail/greenmail-standalone.jar"

# Keycloak: our own copy, kept between runs so users who registered stay registered. The realm is
# imported on the first start only (Keycloak skips an existing realm; --reset starts over).
if [[ ! -d "$RUN/keycloak" ]]; then
    cp -r "$KEYCLOAK_DIST" "$RUN/keycloak"
    # the integration tests run Keycloak from the distribution itself: their store is not ours
    rm -rf "$RUN/keycloak/data/h2" "$RUN/keycloak/data/transaction-logs"
fi
mkdir -p "$RUN/keycloak/data/import"
REALM_JSON=keycloak-realm/src/main/realm/clientela-realm.json
if [[ -f "$RUN/keycloak/data/import/clientela-realm.json" ]] \
        && ! cmp -s "$REALM_JSON" "$RUN/keycloak/data/import/clientela-realm.json"; then
    say "WARNING: keycloak-realm/ changed since Keycloak's data in .run/ was created, and Keycloak"
    say "         keeps the realm it has. Run ./run.sh --reset to import the new one (registered users are lost)."
else
    # the copy stays as the record of what Keycloak imported, so the warning stays until --reset
    cp "$REALM_JSON" "$RUN/keycloak/data/import/"
fi

# WildFly: configuration fresh from the build each run, database in .run/data.
rm -rf "$RUN/wildfly"
cp -r "$WILDFLY_HOME/standalone" "$RUN/wildfly"
rm -rf "$RUN/wildfly/data" "$RUN/wildfly/tmp" "$RUN/wildfly/log"
cp portal-ear/target/clientela.ear "$RUN/wildfly/deployments/"

# Demo-only secrets and settings: production sets these in its own environment.
export PORTAL_CLIENT_SECRET="${PORTAL_CLIENT_SECRET:-portal-demo-secret}"
export ERP_CLIENT_SECRET="${ERP_CLIENT_SECRET:-erp-demo-secret}"
export KC_BOOTSTRAP_ADMIN_USERNAME="${KC_BOOTSTRAP_ADMIN_USERNAME:-admin}"
export KC_BOOTSTRAP_ADMIN_PASSWORD="${KC_BOOTSTRAP_ADMIN_PASSWORD:-admin}"
export SMTP_HOST=localhost SMTP_PORT=3025
export LAUNCH_JBOSS_IN_BACKGROUND=1
# a fixed 1 GB heap: with WildFly's default (up to 512 MB, from 64 MB) the kept pages left the
# young generation so small that it was collected several times a second under load. The parallel
# collector: on two cores G1 stopped the server 30-120 ms for each young collection, mostly
# scanning roots, where the parallel one takes 4-10 ms (docs/benchmarks.md)
export JBOSS_JAVA_SIZING="${JBOSS_JAVA_SIZING:--Xms1g -Xmx1g -XX:+UseParallelGC}"

PIDS=()
stop_all() {
    trap - INT TERM EXIT
    trap '' PIPE # the terminal (or a pipe) may be gone already: stopping the servers matters more
    rm -f "$RUN/run.pid"
    [[ ${#PIDS[@]} -gt 0 ]] || return 0
    echo
    say "Stopping Clientela…"
    for pid in "${PIDS[@]}"; do
        pkill -TERM -P "$pid" 2>/dev/null || true
        kill -TERM "$pid" 2>/dev/null || true
    done
    for pid in "${PIDS[@]}"; do
        for _ in $(seq 1 60); do kill -0 "$pid" 2>/dev/null || break; sleep 0.5; done
        kill -KILL "$pid" 2>/dev/null || true
    done
    say "Stopped. Data kept in .run/ (./run.sh --reset forgets it)."
    exit 0
}
trap stop_all INT TERM EXIT

wait_for() { # what, seconds, command...
    local what=$1 seconds=$2; shift 2
    for _ in $(seq 1 "$((seconds * 2))"); do
        if "$@" >/dev/null 2>&1; then return 0; fi
        sleep 0.5
    done
    fail "$what did not come up in ${seconds}s; see $LOGS/"
}
http_ok() ( # a GET answered 200, with nothing but bash (a fresh machine may lack curl)
    host_port=${1#http://}; host_port=${host_port%%/*}
    path=/${1#http://*/}
    exec 3<>"/dev/tcp/${host_port%:*}/${host_port#*:}" || exit 1
    printf 'GET %s HTTP/1.0\r\nHost: %s\r\n\r\n' "$path" "$host_port" >&3
    head -n 1 <&3 | grep -q ' 200 '
)

say "Starting the SMTP sink (GreenMail: SMTP 3025, IMAP 3143, API 8025)…"
java -Dgreenmail.setup.test.smtp -Dgreenmail.setup.test.imap -Dgreenmail.hostname=127.0.0.1 \
    -Dgreenmail.auth.disabled -Dgreenmail.api.hostname=127.0.0.1 -Dgreenmail.api.port=8025 \
    -jar "$GREENMAIL_JAR" > "$LOGS/greenmail.log" 2>&1 &
PIDS+=($!)

say "Starting Keycloak on 8180…"
"$RUN/keycloak/bin/kc.sh" start-dev --http-host=127.0.0.1 --http-port=8180 \
    --http-management-port=9180 --import-realm > "$LOGS/keycloak.log" 2>&1 &
PIDS+=($!)

say "Starting WildFly on 8080…"
"$WILDFLY_HOME/bin/standalone.sh" -Djboss.server.base.dir="$RUN/wildfly" \
    -Djboss.bind.address=127.0.0.1 -Djboss.bind.address.management=127.0.0.1 \
    -Dclientela.data.dir="$RUN/data" -Dclientela.demo-data=true > "$LOGS/wildfly.log" 2>&1 &
PIDS+=($!)

wait_for "GreenMail" 60 port_busy 3025
wait_for "Keycloak" 180 http_ok http://127.0.0.1:8180/realms/clientela/.well-known/openid-configuration
wait_for "WildFly" 180 test -e "$RUN/wildfly/deployments/clientela.ear.deployed" -o -e "$RUN/wildfly/deployments/clientela.ear.failed"
[[ -e "$RUN/wildfly/deployments/clientela.ear.failed" ]] && fail "The EAR failed to deploy; see $LOGS/wildfly.log"
wait_for "The portal" 60 http_ok http://127.0.0.1:8080/

cat <<EOF

$(say "Clientela is running.")

  Portal              http://localhost:8080/
  Back office         http://localhost:8080/staff/
  Keycloak            http://localhost:8180/  (admin console: admin / admin)
  Mails (GreenMail)   http://localhost:8025/  (REST API; IMAP on 3143, any user = the address)

  Demo users, password Clientela-demo1 for all (demo only):
    customer   Olena Kovalenko   customer
    customer2  Ivan Petrov       customer (Bulgarian)
    editor     Maria Ivanova     content-manager
    agent      Taras Shevchuk    support-agent
    sales      Dmitri Sokolov    sales-manager
    admin      Admin Clientela   admin

  Logs in .run/logs/. Press Ctrl-C to stop everything.
EOF

wait -n "${PIDS[@]}" || true
say "A server stopped unexpectedly; see $LOGS/."
exit 1
