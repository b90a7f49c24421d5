"""Names shared between domain.yml and the action server."""

FORM = "intake_form"
REPLY_SLOT = "intake_reply"
SECTION_SLOT = "intake_section"
CHOICE_ENTITY = "choice"
FREQUENCY_ENTITY = "frequency"
