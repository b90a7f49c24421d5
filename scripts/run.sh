#!/usr/bin/env bash
# Start the embedded default: action server (:5055), Rasa (:5005, REST + socket.io + API +
# Telegram webhook), the practitioner web app (:8000) and the web chat page (:8080), with
# SQLite files under $INTAKE_DATA_DIR (default ./var). Ctrl-C stops all four.
set -euo pipefail
cd "$(dirname "$0")/.."

export RASA_TELEMETRY_ENABLED=false
export INTAKE_DATA_DIR="${INTAKE_DATA_DIR:-$PWD/var}"
export RASA_TRACKER_DB="${RASA_TRACKER_DB:-$INTAKE_DATA_DIR/rasa_tracker.db}"
RASA_PORT="${RASA_PORT:-5005}"
ACTIONS_PORT="${ACTIONS_PORT:-5055}"
export PRACTITIONER_PORT="${PRACTITIONER_PORT:-8000}"
CHAT_PORT="${CHAT_PORT:-8080}"
export RASA_PORT
export ACTION_ENDPOINT_URL="${ACTION_ENDPOINT_URL:-http://127.0.0.1:$ACTIONS_PORT/webhook}"
export SANIC_HOST=127.0.0.1  # the action server (rasa-sdk binds 0.0.0.0 otherwise): Rasa only
mkdir -p "$INTAKE_DATA_DIR"

BIN=.venv/bin
auth=()
if [ -n "${RASA_AUTH_TOKEN:-}" ]; then auth=(--auth-token "$RASA_AUTH_TOKEN"); fi

pids=()
stop() {
  trap - INT TERM EXIT
  echo; echo "stopping..."
  for pid in "${pids[@]}"; do kill -TERM "$pid" 2>/dev/null || true; done
  wait 2>/dev/null || true
  echo "stopped."
}
trap stop INT TERM EXIT

"$BIN/intake" db upgrade >/dev/null
"$BIN/rasa" run actions --actions actions --port "$ACTIONS_PORT" &
pids+=($!)
"$BIN/rasa" run --model models/intake.tar.gz --endpoints "${RASA_ENDPOINTS:-endpoints.yml}" \
  --credentials credentials.yml --enable-api --interface "${RASA_INTERFACE:-127.0.0.1}" \
  --port "$RASA_PORT" --cors "*" "${auth[@]}" &
pids+=($!)
# The practitioner web app (bot/practitioner): 127.0.0.1 only; HTTPS proxy in front for others.
"$BIN/python" -m bot.practitioner &
pids+=($!)
"$BIN/intake" chat-page --port "$CHAT_PORT" --host "${CHAT_INTERFACE:-127.0.0.1}" >/dev/null &
pids+=($!)

for _ in $(seq 1 120); do
  if curl -fs "http://127.0.0.1:$RASA_PORT/status${RASA_AUTH_TOKEN:+?token=$RASA_AUTH_TOKEN}" >/dev/null 2>&1; then
    cat <<MSG

  The intake assistant is running (data in $INTAKE_DATA_DIR).
    REST:      curl -s localhost:$RASA_PORT/webhooks/rest/webhook -d '{"sender":"patient-1","message":"hi"}'
    web chat:  http://localhost:$CHAT_PORT/chat   (open it in a browser; phone-sized too)
    chat:      .venv/bin/python scripts/chat.py   (a terminal chat, in another terminal)
    summary:   .venv/bin/intake summary patient-1
    practitioner web app: http://127.0.0.1:$PRACTITIONER_PORT  (accounts: .venv/bin/intake practitioner add NAME)
    Telegram:  .venv/bin/intake telegram --polling   (needs TELEGRAM_BOT_TOKEN and
               TELEGRAM_WEBHOOK_SECRET set for both; see README)
  Ctrl-C stops all four.

MSG
    break
  fi
  sleep 1
done
wait -n "${pids[@]}"
