#!/usr/bin/env bash
# Start the scale-out profile locally: 2 action servers (:5055, :5056), 2 Rasa processes
# (:5005, :5006, API behind a token) and the practitioner web app (:8000), all sharing one
# PostgreSQL database (tracker store + intake records) and one Redis lock store.
# PostgreSQL and Redis must be running (defaults: 127.0.0.1:5432 as postgres, 127.0.0.1:6379;
# see the README). Put a load balancer in front of the Rasa ports (sticky for socket.io).
# Ctrl-C stops everything.
set -euo pipefail
cd "$(dirname "$0")/.."

export RASA_TELEMETRY_ENABLED=false
export INTAKE_DATA_DIR="${INTAKE_DATA_DIR:-$PWD/var}"
export POSTGRES_HOST="${POSTGRES_HOST:-127.0.0.1}" POSTGRES_PORT="${POSTGRES_PORT:-5432}"
export POSTGRES_DB="${POSTGRES_DB:-intake}" POSTGRES_USER="${POSTGRES_USER:-postgres}"
export POSTGRES_PASSWORD="${POSTGRES_PASSWORD:-}"
export REDIS_HOST="${REDIS_HOST:-127.0.0.1}" REDIS_PORT="${REDIS_PORT:-6379}"
export REDIS_DB="${REDIS_DB:-0}" REDIS_KEY_PREFIX="${REDIS_KEY_PREFIX:-intake}"
pg_url="postgresql+psycopg2://$POSTGRES_USER${POSTGRES_PASSWORD:+:$POSTGRES_PASSWORD}@$POSTGRES_HOST:$POSTGRES_PORT/$POSTGRES_DB"
export INTAKE_DB_URL="${INTAKE_DB_URL:-$pg_url}"
export RASA_TRACKER_DB_URL="${RASA_TRACKER_DB_URL:-$pg_url}"  # for `intake purge` / `review`
export RASA_ENDPOINTS="${RASA_ENDPOINTS:-endpoints.scaled.yml}"
export SANIC_HOST=127.0.0.1  # the action servers: reachable from this machine only
# A Rasa process killed mid-turn leaves its ticket on the patient's Redis lock; the other
# process waits for it to expire before it serves that patient (Rasa's default: 60 s). A turn
# takes well under a second, so 15 s is a wide margin and a short wait after a crash.
export TICKET_LOCK_LIFETIME="${TICKET_LOCK_LIFETIME:-15}"
read -r -a rasa_ports <<<"${RASA_PORTS:-5005 5006}"
read -r -a action_ports <<<"${ACTION_PORTS:-5055 5056}"
export PRACTITIONER_PORT="${PRACTITIONER_PORT:-8000}"
mkdir -p "$INTAKE_DATA_DIR"

# The Rasa HTTP API (trackers, model, ...) is never open in this profile.
token_note="(from RASA_AUTH_TOKEN)"
if [ -z "${RASA_AUTH_TOKEN:-}" ]; then
  token_file="$INTAKE_DATA_DIR/rasa_auth_token"
  token_note="(generated once into $token_file)"
  if [ ! -s "$token_file" ]; then
    (umask 077 && .venv/bin/python -c 'import secrets; print(secrets.token_urlsafe(32))' >"$token_file")
  fi
  RASA_AUTH_TOKEN="$(cat "$token_file")"
fi
export RASA_AUTH_TOKEN

BIN=.venv/bin
if ! "$BIN/python" -c "import redis; redis.Redis(host='$REDIS_HOST', port=$REDIS_PORT).ping()" 2>/dev/null; then
  echo "Redis is not answering on $REDIS_HOST:$REDIS_PORT (see the README: Scale-out)"; exit 1
fi
"$BIN/python" -m scripts.pg_database create "$INTAKE_DB_URL"
"$BIN/intake" db upgrade >/dev/null  # once, before any process starts

pids=()
stop() {
  trap - INT TERM EXIT
  echo; echo "stopping..."
  for pid in "${pids[@]}"; do kill -TERM "$pid" 2>/dev/null || true; done
  wait 2>/dev/null || true
  echo "stopped."
}
trap stop INT TERM EXIT

for port in "${action_ports[@]}"; do
  "$BIN/rasa" run actions --actions actions --port "$port" &
  pids+=($!)
done
for i in "${!rasa_ports[@]}"; do
  action_port="${action_ports[$((i % ${#action_ports[@]}))]}"
  ACTION_ENDPOINT_URL="http://127.0.0.1:$action_port/webhook" \
    "$BIN/rasa" run --model models/intake.tar.gz --endpoints "$RASA_ENDPOINTS" \
    --credentials credentials.yml --enable-api --auth-token "$RASA_AUTH_TOKEN" \
    --interface "${RASA_INTERFACE:-127.0.0.1}" --port "${rasa_ports[$i]}" --cors "*" &
  pids+=($!)
done
"$BIN/python" -m bot.practitioner &
pids+=($!)

up=0
for _ in $(seq 1 180); do
  up=0
  for port in "${rasa_ports[@]}"; do
    if curl -fs "http://127.0.0.1:$port/status?token=$RASA_AUTH_TOKEN" >/dev/null 2>&1; then
      up=$((up + 1))
    fi
  done
  if [ "$up" = "${#rasa_ports[@]}" ]; then
    cat <<MSG

  The scale-out profile is running: Rasa on ${rasa_ports[*]}, actions on ${action_ports[*]},
  PostgreSQL $POSTGRES_HOST:$POSTGRES_PORT/$POSTGRES_DB, Redis $REDIS_HOST:$REDIS_PORT/$REDIS_DB.
    REST (any Rasa port): curl -s localhost:${rasa_ports[0]}/webhooks/rest/webhook -d '{"sender":"patient-1","message":"hi"}'
    HTTP API token:       $RASA_AUTH_TOKEN   $token_note, as ?token=...
    practitioner web app: http://127.0.0.1:$PRACTITIONER_PORT
  Put a load balancer in front of the Rasa ports (sticky sessions for socket.io: README).
  Ctrl-C stops everything.

MSG
    break
  fi
  sleep 1
done
wait -n "${pids[@]}"
