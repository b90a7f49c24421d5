"""The practitioner web app and API (Starlette): login, intake list and detail page, trends,
JSON / FHIR R4 API with bearer tokens, and the audit log. Imports no Rasa.

Start it with `make run` (a third process next to Rasa and the action server) or
`python -m bot.practitioner` (127.0.0.1:$PRACTITIONER_PORT, default 8000).
"""
