"""A readable, right-to-left-safe text summary of an analysed document."""

from __future__ import annotations

from marsad.document import Document

# First-strong isolate ... pop: keeps an Arabic run from reordering the
# Latin labels and numbers around it in a terminal or log.
_FSI, _PDI = "\u2068", "\u2069"


def iso(text: str | None) -> str:
    """Wrap ``text`` in a bidi isolate (``-`` for nothing)."""
    return f"{_FSI}{text}{_PDI}" if text else "-"


def _clip(text: str, width: int = 90) -> str:
    text = " ".join(text.split())
    return text if len(text) <= width else text[: width - 1] + "…"


def render_table(doc: Document) -> str:
    """The document's entities, quotes and events as plain text sections."""
    lines: list[str] = []
    title = doc.meta.get("title") or doc.meta.get("path") or doc.id
    lines.append(f"Document {iso(str(title))}  ({len(doc.text)} chars, "
                 f"{len(doc.sentences)} sentences, {len(doc.tokens)} tokens)")
    counts: dict[str, int] = {}
    for m in doc.mentions:
        if m.entity:
            counts[m.entity] = counts.get(m.entity, 0) + 1
    lines.append(f"\nEntities ({len(doc.entities)})")
    for e in doc.entities:
        kb = f" {e.kb_id}" if e.kb_id else ""
        roles = f"  roles: {', '.join(iso(r) for r in e.roles)}" if e.roles else ""
        lines.append(f"  {e.id:<4} {e.label:<4} {iso(e.name)}  ~ {e.name_en or '-'}{kb}"
                     f"  x{counts.get(e.id, 0)}{roles}")
    if not doc.entities and doc.mentions:
        lines.append(f"  (mentions without entities: {len(doc.mentions)})")
        for m in doc.mentions:
            lines.append(f"  {m.label:<4} {iso(m.text)} @{m.start}")
    lines.append(f"\nQuotes ({len(doc.quotes)})")
    for q in doc.quotes:
        cue = q.cue.text if q.cue else None
        lines.append(f"  {q.id:<4} {q.kind:<8} {iso(q.speaker.text)} [{q.speaker.kind}]"
                     f" cue {iso(cue)}")
        lines.append(f"       {iso(_clip(q.content.text))}")
    lines.append(f"\nEvents ({len(doc.events)})")
    names = {e.id: e.name_en or e.name for e in doc.entities}
    for v in doc.events:
        mode = f"/{v.mode}" if v.mode else ""
        actor = names.get(v.actor or "")
        recipient = names.get(v.recipient or "")
        where = names.get(v.location or "")
        src = f"  said by {iso(v.said_by)}" if v.said_by else ""
        lines.append(f"  {v.id:<4} {v.type}{mode} [{v.modality}] {iso(v.trigger.text)}: "
                     f"{iso(actor)} -> {iso(recipient)}"
                     f"{'  at ' + iso(where) if where else ''}"
                     f"{'  when ' + iso(v.date.text) if v.date else ''}{src}")
    if doc.failures:
        lines.append(f"\nFailures ({len(doc.failures)})")
        for f in doc.failures:
            lines.append(f"  {f.component}: {f.reason}")
    return "\n".join(lines)
