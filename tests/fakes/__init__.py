"""Local stand-ins for outside services, used by tests (real HTTP, no network)."""
