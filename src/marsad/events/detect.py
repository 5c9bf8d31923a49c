"""Find event triggers in text: a lexicon lookup per token, with clitics and fixed phrases.

Pure functions over ``(text, token offsets)``; nothing here builds annotations.
"""

from __future__ import annotations

import re
from collections.abc import Sequence
from dataclasses import dataclass

from marsad.events.lexicon import DEFINITE, POSSESSIVE, PRESENT, VERB, Lexicon
from marsad.text import fold

# Adjectives right after a trigger that set its PLOVER mode (and join the trigger span).
MODE_ADJECTIVES: dict[str, str] = {
    **dict.fromkeys(("جويه", "الجويه", "جوي", "الجوي", "جويا"), "aerial"),
    **dict.fromkeys(("انتحاريه", "الانتحاريه", "انتحاري", "الانتحاري"), "suicide-attack"),
    **dict.fromkeys(("هاتفيه", "الهاتفيه", "هاتفي", "الهاتفي", "هاتفيا"), "phone"),
    **dict.fromkeys(("صاروخيه", "الصاروخيه", "مدفعيه"), "heavy-weapons"),
    **dict.fromkeys(("مسلحه", "المسلحه"), "firearms"),
}
BLOCK_REACH = 3  # refused words count within this many words after the trigger
VERB_GAP = 3  # words allowed between a verb and the rest of its phrase
SPECIFIC_ADJECTIVES = frozenset(fold(w) for w in (
    "حاشدة", "حاشد", "عنيفة", "عنيف", "دامية", "دام", "دامي", "واسعة", "غاضبة", "ضخمة",
    "مسلح", "مسلحة",
))


@dataclass(frozen=True, slots=True)
class Hit:
    """A trigger found in the text (offsets into the original text)."""

    start: int
    end: int
    type: str
    mode: str | None
    lemma: str
    first_token: int
    last_token: int
    verb: bool
    definite: bool
    future_prefix: bool
    source: str
    possessive: bool = False
    moded: bool = False
    present: bool = False


def _strip_count(token_text: str, k: int) -> int:
    """How many original characters hold the first ``k`` folded characters of a token."""
    seen = 0
    for i, ch in enumerate(token_text):
        if seen == k:
            return i
        if fold(ch):
            seen += 1
    return len(token_text)


# Words after which a bare past stem is a verb (قد قتل، الذي خطف، ثم قصف).
_VERB_BEFORE = frozenset({
    "قد", "وقد", "لقد", "فقد", "ثم", "حيث", "بعدما", "عندما", "حين", "حينما", "الذي", "التي",
    "الذين", "كما", "وكان", "كان", "انه", "انها", "لما", "اذ", "لم", "ما", "لا", "لن", "ولا",
    "ولم", "ولن", "وما", "فلا",
})


def _verb_context(folded: Sequence[str], i: int) -> bool:
    """Whether the bare past stem at token ``i`` reads as a verb: clause-initial or after a verb cue."""
    if i == 0:
        return True
    prev = folded[i - 1]
    return not prev or not prev[0].isalnum() or prev in _VERB_BEFORE


def _same_length_table() -> dict[int, str]:
    """Fold table that keeps length: dropped marks become NUL, one-to-many folds stay as they are."""
    table: dict[int, str] = {}
    for code in range(0x00A0, 0x10000):
        ch = chr(code)
        f = fold(ch)
        if f == ch:
            continue
        if f == "":
            table[code] = "\x00"
        elif len(f) == 1:
            table[code] = f
    return table


_SAME_LENGTH = _same_length_table()
_EXPANDING = re.compile("[\uFB50-\uFDFF\uFE70-\uFEFF]")


# Most texts need only the Arabic-block folds: a chain of str.replace (C-speed scans) is
# several times faster than str.translate with a dict; others take translate.
_COMMON = tuple((chr(c), v) for c, v in sorted(_SAME_LENGTH.items())
                if 0x0600 <= c <= 0x06FF or c in (0x00A0, 0x00AB, 0x00BB, 0x2007, 0x202F))
_RARE = re.compile("[" + "".join(re.escape(chr(c)) for c in sorted(_SAME_LENGTH)
                                 if not (0x0600 <= c <= 0x06FF
                                         or c in (0x00A0, 0x00AB, 0x00BB, 0x2007, 0x202F)))
                   + "]")


def fold_same_length(text: str) -> str | None:
    """``text`` folded with its length kept (dropped marks as NUL), or None when it has
    presentation-form ligatures, which fold to several letters."""
    if _EXPANDING.search(text):
        return None
    if _RARE.search(text):
        return text.translate(_SAME_LENGTH)
    for a, b in _COMMON:
        if a in text:
            text = text.replace(a, b)
    return text


def fold_slice(folded: str | None, text: str, a: int, b: int) -> str:
    """The folded form of ``text[a:b]``, from :func:`fold_same_length` when it could be made."""
    if folded is None:
        return fold(text[a:b])
    w = folded[a:b]
    return w.replace("\x00", "") if "\x00" in w else w


def fold_tokens(text: str, tokens: Sequence[tuple[int, int]],
                folded: str | None = None) -> list[str]:
    """The folded form of every token.

    One ``str.translate`` over the whole text instead of one per token.
    """
    if folded is None:
        folded = fold_same_length(text)
    if folded is None:
        return [fold(text[a:b]) for a, b in tokens]
    out = [folded[a:b] for a, b in tokens]
    if "\x00" in folded:
        out = [w.replace("\x00", "") if "\x00" in w else w for w in out]
    return out


def find_triggers(text: str, tokens: Sequence[tuple[int, int]], lexicon: Lexicon,
                  folded: Sequence[str] | None = None) -> list[Hit]:
    """Every trigger in ``text`` (tokens as ``(start, end)`` offsets), left to right.

    A phrase (``وقف إطلاق النار``) is matched before its parts, and the tokens it
    covers are not looked at again. ``folded`` may pass :func:`fold_tokens` already made.
    """
    if folded is None:
        folded = fold_tokens(text, tokens)
    n = len(folded)
    surface = lexicon.surface
    hits: list[Hit] = []
    free = 0  # tokens before this one belong to an earlier phrase
    # One C-speed membership test per token; only the few matches go on.
    for i in [i for i, f in enumerate(folded) if f in surface]:
        if i < free:
            continue
        form = folded[i]
        if len(form) < 3:
            continue
        found = surface[form]
        senses, stripped, fut, key_used = found
        chosen = None
        following = folded[i + 1 : i + 1 + BLOCK_REACH]
        for entry, flags in senses:
            if fut and not flags & PRESENT:
                continue
            if entry.block and any(w in entry.block for w in following):
                chosen = None
                break
            if entry.follow:
                # A verb's subject may come between it and its object (أطلق مسلحون النار).
                gaps = range(VERB_GAP + 1) if flags & VERB else range(1)
                for seq in entry.follow:
                    for gap in gaps:
                        at = i + 1 + gap
                        if tuple(folded[at : at + len(seq)]) == seq:
                            # With the subject in between (وافقت إيران على), the verb
                            # alone is the trigger and the subject stays an argument.
                            chosen = (entry, flags, 0 if gap else len(seq))
                            break
                    if chosen:
                        break
                if chosen:
                    break
                continue
            chosen = (entry, flags, 0)
            break
        if chosen is None:
            continue
        entry, flags, extra = chosen
        last = i + extra
        if (entry.kind == "V" and key_used == entry.lemma and stripped == 0
                and not _verb_context(folded, i)):
            # A bare past stem (قتل، خطف) is as often the verbal noun (قَتْل): read it as
            # a noun, so it must be anchored like one.
            flags &= ~VERB
        mode = entry.mode
        moded = False
        if last + 1 < n and folded[last + 1] in MODE_ADJECTIVES:
            mode = MODE_ADJECTIVES[folded[last + 1]]
            last += 1
            moded = True
        elif last + 1 < n and folded[last + 1] in SPECIFIC_ADJECTIVES:
            # "احتجاجات حاشدة"، "اشتباكات عنيفة": a particular event, not a kind of act.
            moded = True
        tok_start, tok_end = tokens[i]
        start = tok_start + (_strip_count(text[tok_start:tok_end], stripped) if stripped else 0)
        hits.append(Hit(start, tokens[last][1], entry.type, mode, entry.lemma, i, last,
                        bool(flags & VERB), bool(flags & DEFINITE), fut, entry.source,
                        bool(flags & POSSESSIVE), moded or bool(entry.follow),
                        bool(flags & PRESENT)))
        free = last + 1
    return hits
