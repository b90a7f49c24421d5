"""rasa-sdk action server: thin adapters between Rasa's tracker and the core in bot/."""

from actions import server
from bot import meds

# Build the medicine matcher (spaCy, the lexicon) when the action server starts, not on the
# first patient who types a medicine name (about 3 s on this machine).
meds.warm_up()
server.install()
