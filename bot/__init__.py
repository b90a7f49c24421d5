"""The intake assistant's core: clinical logic as plain functions, importable without Rasa."""
