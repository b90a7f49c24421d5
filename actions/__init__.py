"""rasa-sdk action server: thin adapters between Rasa's tracker and the core in bot/."""
