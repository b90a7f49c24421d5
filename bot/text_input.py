"""Patient text as the store can keep it: any str in, storable text out, never an error.

Text reaches the actions from every channel (REST, socket.io, Telegram). A str can hold what
no database column takes: NUL (PostgreSQL refuses it), lone UTF-16 surrogates (not encodable
as UTF-8, so SQLite and PostgreSQL both refuse them) and other control characters. They are
not words a patient typed, so they are dropped (surrogates become U+FFFD) before the core
sees the text.
"""

from __future__ import annotations

import re

# C0 controls except tab, newline and carriage return; DEL and the C1 controls.
_CONTROL_RE = re.compile(r"[\x00-\x08\x0b\x0c\x0e-\x1f\x7f-\x9f]")
_SURROGATE_RE = re.compile(r"[\ud800-\udfff]")
REPLACEMENT = "\ufffd"


def has_unstorable_characters(text: str) -> bool:
    """True when `text` holds a control character or a lone surrogate."""
    return bool(_CONTROL_RE.search(text) or _SURROGATE_RE.search(text))


def storable_text(text: object) -> str:
    """`text` without control characters and with lone surrogates replaced; "" for non-str."""
    if not isinstance(text, str):
        return ""
    return _SURROGATE_RE.sub(REPLACEMENT, _CONTROL_RE.sub("", text))
