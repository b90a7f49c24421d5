"""The web chat page: rasa-webchat (npm, served from node_modules) on Rasa's socket.io channel."""
