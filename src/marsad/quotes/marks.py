"""Pairing quotation marks, including the same mark nested inside itself.

``«…»`` and ``“…”`` open and close with different characters, but writers
reverse them (``ل»الرياض»``) and use ``"`` for both; so every mark is read by
its surroundings: a mark with a letter after it and space (or a proclitic)
before it opens, one with a letter before it and space or punctuation after
it closes; a mark spaced on both sides closes an open one, else opens. A stack
then pairs them, which handles
``"... جماعة "نصرة الإسلام والمسلمين" بتشديد ..."``. A mark that never
closes runs to the end of its paragraph.
"""

from __future__ import annotations

import re
from dataclasses import dataclass

OPENERS = "«“„"
CLOSERS = "»”"
SAME = '"'
ALL_MARKS = OPENERS + CLOSERS + SAME
# Letters a quotation mark may be glued after when it opens: لـ"الرياض"، بـ«...».
_PROCLITICS = "وفبلكـ"


@dataclass(frozen=True, slots=True)
class Quoted:
    """A pair of marks: ``open`` and ``close`` are the marks' offsets; ``close`` is
    None when the mark never closes (the span then runs to ``end``)."""

    open: int
    close: int | None
    end: int  # where the content ends (the closing mark, or the paragraph end)
    depth: int

    @property
    def inner(self) -> tuple[int, int]:
        """The content between the marks."""
        return self.open + 1, self.end


def _role(text: str, i: int) -> str:
    """``open``, ``close`` or ``either`` for the mark at ``i``."""
    before = text[i - 1] if i > 0 else " "
    after = text[i + 1] if i + 1 < len(text) else " "
    left_open = before.isspace() or before in "(:،,؛;[-–—" or before in _PROCLITICS
    right_open = not after.isspace() and after not in ".،,؛;:)]!?؟"
    left_close = not before.isspace()
    right_close = after.isspace() or after in ".،,؛;:)]!?؟-–—" or after in ALL_MARKS
    if left_open and right_open and not (left_close and right_close):
        return "open"
    if left_close and right_close and not (left_open and right_open):
        return "close"
    if before.isspace() and after.isspace():
        # Spaced on both sides (لـ « المدينة « ... »إن ... « .): writers who space their
        # marks also reverse them, so the character says nothing; the stack decides.
        return "either"
    ch = text[i]
    if ch in OPENERS:
        return "open"
    if ch in CLOSERS:
        return "close"
    return "either"


def pair_marks(text: str, paragraph_ends: list[int]) -> list[Quoted]:
    """Every quoted stretch of ``text``, outermost first within each paragraph.

    Args:
        text: the document text.
        paragraph_ends: sorted offsets where paragraphs end (newlines, and
            ``len(text)``).
    """
    out: list[Quoted] = []
    if not _MARK_RE.search(text):
        return out
    start = 0
    for end in paragraph_ends:
        if _MARK_RE.search(text, start, end):
            _pair_paragraph(text, start, end, out)
        start = end
    return out


_MARK_RE = re.compile(f"[{re.escape(ALL_MARKS)}]")


def _pair_paragraph(text: str, start: int, end: int, out: list[Quoted]) -> None:
    stack: list[int] = []
    found: list[Quoted] = []
    for m in _MARK_RE.finditer(text, start, end):
        i = m.start()
        role = _role(text, i)
        if role == "either":
            role = "close" if stack else "open"
        elif role == "close" and not stack and _letter_follows(text, i, end):
            role = "open"  # وأضاف ” نحن ...: a reversed mark that can only open
        if role == "open":
            stack.append(i)
        elif stack:
            o = stack.pop()
            found.append(Quoted(o, i, i, len(stack)))
    # Unclosed marks run to the paragraph end (trailing full stop left out).
    stop = end
    while stop > start and text[stop - 1] in " \t\r\n.":
        stop -= 1
    for depth, o in enumerate(stack):
        if stop > o + 1:
            found.append(Quoted(o, None, stop, depth))
    found.sort(key=lambda q: (q.open, -q.end))
    out.extend(found)


def _letter_follows(text: str, i: int, end: int) -> bool:
    j = i + 1
    while j < end and text[j] in " \t\u200e\u200f":
        j += 1
    return j < end and text[j].isalpha()
