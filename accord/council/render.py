"""Minutes and communiqué of a council meeting, as Markdown and as PDF.

Pure functions over the value objects of :mod:`accord.council.models`: the
service loads a :class:`~accord.council.models.Meeting` and hands it here; no
database, no clock. The output is deterministic (same meeting, same bytes of
Markdown) because tests and caches compare it.

* :func:`minutes_markdown` — the internal record: participants, agenda,
  decisions with procedure, reservations and statements, decisions not
  adopted with the objections that stood, state of the joint actions.
* :func:`communique_markdown` — the public text: who met, where, when, under
  whose chairmanship, the main topics and the decisions adopted. No
  reservations, objections or internal positions.
* :func:`to_pdf` — renders that Markdown to PDF with an embedded, subset
  font covering Chinese, Cyrillic and Latin (Noto Sans CJK SC from Debian's
  ``fonts-noto-cjk``; ``scripts/ensure-fonts.sh`` installs it).
"""

from __future__ import annotations

import functools
import os
import re
import shutil
import subprocess
from collections.abc import Iterable, Sequence
from dataclasses import dataclass
from datetime import UTC, date, datetime
from pathlib import Path
from zoneinfo import ZoneInfo, ZoneInfoNotFoundError

from fpdf import FPDF, FontFace, TextStyle
from markdown_it import MarkdownIt
from markdown_it.token import Token

from accord.council.models import (
    AgendaItem,
    Decision,
    DecisionKind,
    DecisionStatus,
    Delegation,
    JointAction,
    Meeting,
    MeetingFormat,
    MeetingStatus,
    Participant,
    ParticipantRole,
    PositionKind,
    PositionRecord,
    Procedure,
    Standing,
    Task,
    TaskStatus,
    standing_objections,
)

__all__ = [
    "FontNotFoundError",
    "communique_markdown",
    "escape_markdown",
    "minutes_markdown",
    "to_pdf",
]

# ----------------------------------------------------------------- labels

_MONTHS = (
    "January", "February", "March", "April", "May", "June",
    "July", "August", "September", "October", "November", "December",
)  # fmt: skip

# The order in which delegations are listed: members first, as in the
# minutes of the SCO and most intergovernmental bodies.
_STANDING_ORDER = (Standing.MEMBER, Standing.OBSERVER, Standing.DIALOGUE_PARTNER, Standing.BODY, Standing.GUEST)
_STANDING_HEADINGS = {
    Standing.MEMBER: "Members",
    Standing.OBSERVER: "Observers",
    Standing.DIALOGUE_PARTNER: "Dialogue partners",
    Standing.BODY: "Permanent bodies",
    Standing.GUEST: "Guests",
}
_ROLE_ORDER = (ParticipantRole.HEAD, ParticipantRole.DEPUTY, ParticipantRole.MEMBER, ParticipantRole.EXPERT)
_ROLE_LABELS = {
    ParticipantRole.HEAD: "head of delegation",
    ParticipantRole.DEPUTY: "deputy head of delegation",
    ParticipantRole.MEMBER: "member of delegation",
    ParticipantRole.EXPERT: "expert",
}
_FORMAT_LABELS = {
    MeetingFormat.IN_PERSON: "in person",
    MeetingFormat.ONLINE: "online",
    MeetingFormat.HYBRID: "hybrid (in person and online)",
}
_STATUS_LABELS = {
    MeetingStatus.PLANNED: "planned",
    MeetingStatus.IN_SESSION: "in session",
    MeetingStatus.CLOSED: "closed",
}
_TASK_STATUS_LABELS = {
    TaskStatus.NOT_STARTED: "not started",
    TaskStatus.IN_PROGRESS: "in progress",
    TaskStatus.DONE: "done",
    TaskStatus.CANCELLED: "cancelled",
}
_LANGUAGE_NAMES = {"en": "English", "ru": "Russian", "zh": "Chinese", "fr": "French", "es": "Spanish", "ar": "Arabic"}


def _ordinal(n: int) -> str:
    """13 -> '13th', 21 -> '21st', 112 -> '112th'."""
    suffix = "th" if 10 <= n % 100 <= 20 else {1: "st", 2: "nd", 3: "rd"}.get(n % 10, "th")
    return f"{n}{suffix}"


def _date(d: date) -> str:
    """'22 May 2018': day-month-year with the month spelt out, unambiguous for every delegation."""
    return f"{d.day} {_MONTHS[d.month - 1]} {d.year}"


def _date_range(start: date, end: date) -> str:
    """'21–22 May 2018', '30 May – 2 June 2018', '30 December 2018 – 2 January 2019'."""
    if end <= start:
        return _date(start)
    if start.year != end.year:
        return f"{_date(start)} – {_date(end)}"
    if start.month != end.month:
        return f"{start.day} {_MONTHS[start.month - 1]} – {_date(end)}"
    return f"{start.day}–{_date(end)}"


def _zone(name: str) -> ZoneInfo:
    try:
        return ZoneInfo(name)
    except (ZoneInfoNotFoundError, ValueError):
        # A bad zone name must not make the minutes unprintable: show UTC,
        # which the label then says.
        return ZoneInfo("UTC")


def _as_utc(t: datetime) -> datetime:
    # SQLite hands datetimes back naive; the models store UTC.
    return t.replace(tzinfo=UTC) if t.tzinfo is None else t.astimezone(UTC)


def _datetime_local(t: datetime, timezone: str) -> str:
    """'30 May 2018, 18:00 (Asia/Shanghai; 10:00 UTC)': local time for the alliance, UTC for everyone else."""
    zone = _zone(timezone)
    utc = _as_utc(t)
    local = utc.astimezone(zone)
    if zone.key == "UTC":
        return f"{_date(utc.date())}, {utc:%H:%M} UTC"
    utc_part = f"{utc:%H:%M} UTC" if utc.date() == local.date() else f"{_date(utc.date())}, {utc:%H:%M} UTC"
    return f"{_date(local.date())}, {local:%H:%M} ({zone.key}; {utc_part})"


def _percent(p: float) -> str:
    """45.0 -> '45%', 37.5 -> '37.5%'."""
    text = f"{p:.1f}".removesuffix(".0")
    return f"{text}%"


# ----------------------------------------------------------------- escaping

# Inline constructs of CommonMark/GFM that user text must not trigger:
# emphasis, code, links/images, autolinks and raw HTML, entities, table
# cells, strikethrough, headings (also a closing '#' sequence), and the
# backslash itself.
_INLINE_SPECIAL = re.compile(r"([\\`*_\[\]<>|~&#])")
# Block constructs that only matter at the start of a line: a quote ('>'),
# a bullet ('- ', '+ '), a thematic break ('---'), a setext underline
# ('==='), an ordered-list marker ('1. ', '2) '). '1.1' or '-5' start no
# block and stay as they are, for readable Markdown.
_LINE_START = re.compile(r"^(?:>|[-+](?=\s|$)|-(?=[-\s]*$)|=(?=[=\s]*$)|\d{1,9}(?=[.)](?:\s|$)))")


def escape_markdown(text: str) -> str:
    """Escape user text for use inline in Markdown (a table cell, a list item, a heading).

    Whitespace (newlines included) collapses to single spaces, so the text
    cannot end a table row or start a block of its own; every character that
    could open an inline construct is backslash-escaped, and so is a
    line-start marker ('- ', '1. ', '> '...), since the text may begin a line.
    """
    flat = " ".join(text.split())
    flat = _INLINE_SPECIAL.sub(r"\\\1", flat)
    m = _LINE_START.match(flat)
    if m is None:
        return flat
    marker = m.group()
    if marker.isdigit():  # '1. ' -> '1\. ': escape the delimiter after the number
        return f"{marker}\\{flat[len(marker) :]}"
    return f"\\{flat}"


def _paragraphs(text: str) -> list[str]:
    """User text as escaped Markdown paragraphs: one per non-empty line (operative paragraphs of a decision)."""
    return [escape_markdown(line) for line in text.splitlines() if line.strip()]


def _natural_key(s: str) -> tuple[tuple[int, str], ...]:
    """Sort 'SCS-13/2' before 'SCS-13/10' and '1.2' before '1.10'."""
    return tuple((int(part), "") if part.isdigit() else (0, part) for part in re.split(r"(\d+)", s) if part)


# ----------------------------------------------------------------- lookups


@dataclass(frozen=True)
class _Context:
    """What several sections need: party names and the agenda numbering."""

    meeting: Meeting
    party_names: dict[str, str]
    item_numbers: dict[int, str]

    @classmethod
    def of(cls, m: Meeting) -> _Context:
        names = {d.party_code: d.name for d in m.delegations if d.party_code}
        numbers: dict[int, str] = {}

        def walk(items: Iterable[AgendaItem]) -> None:
            for item in items:
                numbers[item.id] = item.number
                walk(item.children)

        walk(m.agenda)
        return cls(m, names, numbers)

    def party(self, code: str | None) -> str:
        """A party's name as its delegation is called; the bare code when it sent none."""
        if not code:
            return ""
        return self.party_names.get(code, code)

    def parties(self, codes: Iterable[str]) -> str:
        return ", ".join(escape_markdown(self.party(c)) for c in codes)


def _ordered_delegations(delegations: Sequence[Delegation]) -> list[Delegation]:
    # Stable: within a standing the service's order (protocol order) is kept.
    rank = {s: i for i, s in enumerate(_STANDING_ORDER)}
    return sorted(delegations, key=lambda d: rank.get(d.standing, len(rank)))


def _ordered_participants(participants: Sequence[Participant]) -> list[Participant]:
    rank = {r: i for i, r in enumerate(_ROLE_ORDER)}
    return sorted(participants, key=lambda p: rank.get(p.role, len(rank)))


def _head(d: Delegation) -> Participant | None:
    heads = [p for p in d.participants if p.role is ParticipantRole.HEAD]
    return heads[0] if heads else None


def _decision_text(d: Decision, lang: str, languages: Sequence[str]) -> tuple[str, str] | None:
    """The decision's text in ``lang``, else in the first of the meeting's languages that has one, else any."""
    if d.texts.get(lang, "").strip():
        return lang, d.texts[lang]
    for code in (*languages, *d.texts):
        if d.texts.get(code, "").strip():
            return code, d.texts[code]
    return None


def _adopted(m: Meeting) -> list[Decision]:
    adopted = [d for d in m.decisions if d.status is DecisionStatus.ADOPTED]
    # Numbered decisions in number order; any unnumbered ones after, by id.
    return sorted(adopted, key=lambda d: (d.number is None, _natural_key(d.number or ""), d.id))


def _by_time(positions: Iterable[PositionRecord]) -> list[PositionRecord]:
    return sorted(positions, key=lambda p: _as_utc(p.at))


def _standing_objections(d: Decision) -> list[str]:
    return standing_objections(d.positions)


def _title(m: Meeting) -> str:
    return m.title.strip() or f"{_ordinal(m.ordinal)} {m.series_name}"


def _venue_phrase(m: Meeting) -> str:
    venue = escape_markdown(m.venue)
    if m.format is MeetingFormat.ONLINE:
        return "online"
    if m.format is MeetingFormat.HYBRID:
        return f"in {venue} and online" if venue else "in hybrid format"
    return f"in {venue}" if venue else ""


def _chair_line(ctx: _Context) -> str:
    m = ctx.meeting
    if not m.chair:
        return ""
    line = f"{escape_markdown(m.chair)}"
    if m.chair_title:
        line += f", {escape_markdown(m.chair_title)}"
    if m.presidency:
        line += f" ({escape_markdown(ctx.party(m.presidency))})"
    return line


# ----------------------------------------------------------------- minutes


def minutes_markdown(m: Meeting, *, lang: str = "en") -> str:
    """The minutes of meeting ``m`` as Markdown.

    Decision texts are given in ``lang`` where a text in that language
    exists, else in the first of the meeting's languages that has one (the
    language is then named). Headings and labels are in English.
    """
    ctx = _Context.of(m)
    out: list[str] = [f"# Minutes of the {escape_markdown(_title(m))}", ""]
    if m.status is not MeetingStatus.CLOSED:
        out += [f"**Provisional: the meeting is {_STATUS_LABELS[m.status]}.**", ""]
    out += _minutes_header(ctx)
    out += _participants_section(ctx)
    if m.side_meetings:
        out += ["## Side meetings", ""]
        out += [f"- {escape_markdown(s)}" for s in m.side_meetings]
        out.append("")
    out += _agenda_section(m.agenda, marks=True)
    out += _adopted_section(ctx, lang)
    out += _pending_section(ctx)
    out += _not_adopted_section(ctx)
    out += _actions_section(ctx)
    return "\n".join(out).rstrip("\n") + "\n"


def _minutes_header(ctx: _Context) -> list[str]:
    m = ctx.meeting
    rows = [
        ("Series", f"{escape_markdown(m.series_name)}, {_ordinal(m.ordinal)} meeting"),
        ("Dates", _date_range(m.start, m.end)),
        ("Venue", escape_markdown(m.venue) if m.venue else "—"),
        ("Format", _FORMAT_LABELS[m.format]),
    ]
    if m.presidency:
        rows.append(("Presidency", escape_markdown(ctx.party(m.presidency))))
    if m.host:
        rows.append(("Host", escape_markdown(ctx.party(m.host))))
    if m.chair:
        rows.append(("Chair", _chair_line(ctx)))
    if m.prepares:
        rows.append(("In preparation of", escape_markdown(m.prepares)))
    if m.languages:
        rows.append(("Working languages", ", ".join(_LANGUAGE_NAMES.get(c, c) for c in m.languages)))
    return [*(f"- **{label}:** {value}" for label, value in rows), ""]


def _participant_line(p: Participant) -> str:
    line = f"**{escape_markdown(p.name)}**"
    if p.title:
        line += f", {escape_markdown(p.title)}"
    line += f" — {_ROLE_LABELS[p.role]}"
    if p.attended is True:
        line += " (present)"
    elif p.attended is False:
        line += " (absent)"
    return f"- {line}"


def _participants_section(ctx: _Context) -> list[str]:
    out = ["## Participants", ""]
    if not ctx.meeting.delegations:
        return [*out, "No delegations were recorded.", ""]
    current: Standing | None = None
    for d in _ordered_delegations(ctx.meeting.delegations):
        if d.standing is not current:
            current = d.standing
            out += [f"### {_STANDING_HEADINGS[current]}", ""]
        out += [f"#### {escape_markdown(d.name)}", ""]
        if d.participants:
            out += [_participant_line(p) for p in _ordered_participants(d.participants)]
        else:
            out.append("- No participants recorded.")
        out.append("")
    return out


def _agenda_lines(items: Sequence[AgendaItem], depth: int, marks: bool) -> list[str]:
    lines: list[str] = []
    for item in items:
        text = f"{'  ' * depth}- **{escape_markdown(item.number)}** {escape_markdown(item.title)}"
        if marks and item.carried_over_from:
            text += f" (carried over from {escape_markdown(item.carried_over_from)})"
        lines.append(text)
        lines += _agenda_lines(item.children, depth + 1, marks)
    return lines


def _agenda_section(agenda: Sequence[AgendaItem], *, marks: bool) -> list[str]:
    out = ["## Agenda", ""]
    if not agenda:
        return [*out, "No agenda was recorded.", ""]
    return [*out, *_agenda_lines(agenda, 0, marks), ""]


def _procedure_line(ctx: _Context, d: Decision) -> str:
    tz = ctx.meeting.timezone
    if d.procedure is Procedure.SILENCE:
        text = "adopted by silence procedure" if d.status is DecisionStatus.ADOPTED else "silence procedure"
        if d.deadline is not None:
            text += f", silence period ending {_datetime_local(d.deadline, tz)}"
        return text
    text = "adopted in session" if d.status is DecisionStatus.ADOPTED else "in session"
    if d.decided_at is not None and d.status is DecisionStatus.ADOPTED:
        text += f" on {_date(_as_utc(d.decided_at).astimezone(_zone(tz)).date())}"
    return text


def _decision_facts(ctx: _Context, d: Decision) -> list[str]:
    facts = [f"- **Procedure:** {_procedure_line(ctx, d)}"]
    if d.agenda_item_id is not None and d.agenda_item_id in ctx.item_numbers:
        facts.append(f"- **Agenda item:** {escape_markdown(ctx.item_numbers[d.agenda_item_id])}")
    if d.sponsor:
        facts.append(f"- **Submitted by:** {escape_markdown(ctx.party(d.sponsor))}")
    if d.concerned_party and d.kind in (DecisionKind.ADMISSION, DecisionKind.SUSPENSION):
        facts.append(f"- **Concerning:** {escape_markdown(ctx.party(d.concerned_party))}")
    return facts


def _position_lines(ctx: _Context, positions: Sequence[PositionRecord]) -> list[str]:
    return [
        f"- **{escape_markdown(ctx.party(p.party_code))}** ({_date(_as_utc(p.at).date())}): {escape_markdown(p.text)}"
        for p in _by_time(positions)
    ]


def _adopted_section(ctx: _Context, lang: str) -> list[str]:
    m = ctx.meeting
    out = ["## Decisions adopted", ""]
    adopted = _adopted(m)
    if not adopted:
        return [*out, "No decisions were adopted.", ""]
    for d in adopted:
        label = f"Decision {escape_markdown(d.number)}" if d.number else "Decision (unnumbered)"
        out += [f"### {label}: {escape_markdown(d.title)}", ""]
        out += [*_decision_facts(ctx, d), ""]
        text = _decision_text(d, lang, m.languages)
        if text is None:
            out += ["No text was recorded.", ""]
        else:
            text_lang, body = text
            if text_lang != lang:
                out += [f"**Text in {_LANGUAGE_NAMES.get(text_lang, text_lang)} (no {lang} text recorded):**", ""]
            for para in _paragraphs(body):
                out += [para, ""]
        reservations = d.reservations
        if reservations:
            out += ["**Reservations:**", "", *_position_lines(ctx, reservations), ""]
        statements = [p for p in d.positions if p.kind is PositionKind.STATEMENT]
        if statements:
            out += ["**Statements:**", "", *_position_lines(ctx, statements), ""]
    return out


def _pending_section(ctx: _Context) -> list[str]:
    pending = sorted((d for d in ctx.meeting.decisions if d.status is DecisionStatus.OPEN), key=lambda d: d.id)
    if not pending:
        return []
    out = ["## Draft decisions pending", ""]
    for d in pending:
        line = f"- **{escape_markdown(d.title)}** — {_procedure_line(ctx, d)}"
        objecting = _standing_objections(d)
        if objecting:
            line += f"; objections: {ctx.parties(objecting)}"
        out.append(line)
    return [*out, ""]


def _not_adopted_section(ctx: _Context) -> list[str]:
    rejected = sorted((d for d in ctx.meeting.decisions if d.status is DecisionStatus.NOT_ADOPTED), key=lambda d: d.id)
    if not rejected:
        return []
    out = ["## Draft decisions not adopted", ""]
    for d in rejected:
        line = f"- **{escape_markdown(d.title)}**"
        if d.agenda_item_id is not None and d.agenda_item_id in ctx.item_numbers:
            line += f" (item {escape_markdown(ctx.item_numbers[d.agenda_item_id])})"
        objecting = _standing_objections(d)
        if objecting:
            line += f" — objections maintained by: {ctx.parties(objecting)}"
        elif d.procedure is Procedure.SILENCE:
            line += " — silence broken"
        out.append(line)
    return [*out, ""]


def _is_overdue(due: date | None, done: bool, on: date) -> bool:
    return due is not None and due < on and not done


def _task_row(t: Task, ctx: _Context, on: date) -> str:
    finished = t.status in (TaskStatus.DONE, TaskStatus.CANCELLED)
    due = _date(t.due) if t.due else "—"
    if _is_overdue(t.due, finished, on):
        due += " **(overdue)**"
    progress = "100%" if t.status is TaskStatus.DONE else _percent(t.progress)
    cells = [
        escape_markdown(t.title),
        escape_markdown(ctx.party(t.owner)),
        due,
        _TASK_STATUS_LABELS[t.status],
        f"{t.weight:g}",
        progress,
    ]
    return "| " + " | ".join(cells) + " |"


def _action_block(ctx: _Context, a: JointAction) -> list[str]:
    # "Overdue" is judged on the meeting's last day: the minutes record the
    # state the council saw, not the state on the day they are printed.
    on = ctx.meeting.end
    progress = a.progress
    heading = f"### {escape_markdown(a.title)}"
    if a.decision_number:
        heading += f" (Decision {escape_markdown(a.decision_number)})"
    out = [heading, ""]
    if a.objective:
        out.append(f"- **Objective:** {escape_markdown(a.objective)}")
    out.append(f"- **Lead:** {escape_markdown(ctx.party(a.lead))}")
    others = [c for c in a.participants if c != a.lead]
    out.append(f"- **Participants:** {ctx.parties(others) if others else '—'}")
    if a.start:
        out.append(f"- **Start:** {_date(a.start)}")
    due = _date(a.due) if a.due else "—"
    if _is_overdue(a.due, progress >= 100.0, on):
        due += " — **overdue**"
    out.append(f"- **Due:** {due}")
    out.append(f"- **Progress:** {_percent(progress)}")
    if a.reports:
        last = max(a.reports, key=lambda r: _as_utc(r.at))
        task_titles = {t.id: t.title for t in a.tasks}
        # Straight quotes: the CJK font's curly quotes are full-width.
        about = f' on task "{escape_markdown(task_titles[last.task_id])}"' if last.task_id in task_titles else ""
        out.append(
            f"- **Last report:** {_date(_as_utc(last.at).date())}, {escape_markdown(ctx.party(last.party_code))}"
            f"{about} ({_percent(last.progress)}): {escape_markdown(last.text)}"
        )
    else:
        out.append("- **Last report:** none")
    out.append("")
    if a.tasks:
        out += [
            "| Task | Owner | Due | Status | Weight | Progress |",
            "| --- | --- | --- | --- | ---: | ---: |",
            *(_task_row(t, ctx, on) for t in a.tasks),
            "",
        ]
    return out


def _actions_section(ctx: _Context) -> list[str]:
    out = ["## State of joint actions", ""]
    if not ctx.meeting.actions:
        return [*out, "No joint actions are under way.", ""]
    on = ctx.meeting.end
    out.append(f"As at {_date(on)}.")
    out.append("")
    for a in ctx.meeting.actions:
        out += _action_block(ctx, a)
    return out


# ----------------------------------------------------------------- communiqué


def communique_markdown(m: Meeting, *, lang: str = "en") -> str:
    """The press communiqué of meeting ``m`` as Markdown.

    Public facts only: who met, where and when, under whose chairmanship,
    the event it prepares, the main topics (top-level agenda titles) and the
    decisions adopted (numbers and titles). Where the council adopted a
    communiqué text (a decision of kind ``communique``), that text, in
    ``lang`` when available, is its body. Reservations, objections,
    statements and drafts not adopted are never shown.
    """
    ctx = _Context.of(m)
    title = escape_markdown(_title(m))
    out = [f"# Press communiqué: {title}", ""]
    if m.status is not MeetingStatus.CLOSED:
        out += ["**Draft.**", ""]
    sentence = f"The {title} was held"
    place = _venue_phrase(m)
    if place:
        sentence += f" {place}"
    sentence += f" on {_date_range(m.start, m.end)}"
    if m.chair:
        sentence += f", under the chairmanship of {_chair_line(ctx)}"
    out += [sentence + ".", ""]
    if m.prepares:
        out += [f"The meeting prepared the {escape_markdown(m.prepares)}.", ""]

    heads = _communique_heads(m)
    if heads:
        out += ["The meeting was attended by:", "", *heads, ""]

    topics = [escape_markdown(item.title) for item in m.agenda]
    if topics:
        out += ["The participants discussed:", "", *(f"- {t}" for t in topics), ""]

    adopted = _adopted(m)
    statement = next((d for d in adopted if d.kind is DecisionKind.COMMUNIQUE), None)
    if statement is not None:
        text = _decision_text(statement, lang, m.languages)
        if text is not None:
            for para in _paragraphs(text[1]):
                out += [para, ""]
    listed = [d for d in adopted if d is not statement]
    if listed:
        out += ["The meeting adopted the following decisions:", ""]
        for d in listed:
            number = f"**{escape_markdown(d.number)}** " if d.number else ""
            out.append(f"- {number}{escape_markdown(d.title)}")
        out.append("")
    return "\n".join(out).rstrip("\n") + "\n"


def _communique_heads(m: Meeting) -> list[str]:
    """Heads of delegation (not those recorded absent), members first."""
    lines: list[str] = []
    for d in _ordered_delegations(m.delegations):
        head = _head(d)
        if head is None or head.attended is False:
            continue
        who = escape_markdown(head.name)
        if head.title:
            who += f", {escape_markdown(head.title)}"
        lines.append(f"- {who} ({escape_markdown(d.name)})")
    return lines


# ----------------------------------------------------------------- fonts


class FontNotFoundError(RuntimeError):
    """No font that covers Chinese, Cyrillic and Latin is installed."""


@dataclass(frozen=True)
class _Face:
    path: Path
    index: int  # face number in a .ttc collection, 0 otherwise


@dataclass(frozen=True)
class _FontPair:
    regular: _Face
    bold: _Face


# Characters the font must have: Han (the chair's name, the venue), Cyrillic
# and Latin, plus the typographic marks the renderer itself emits.
_PROBE = "赵克志北京ПатрушевAz–—•“”%"

# Debian's files, best first. The regular face's bold twin sits beside it;
# a family without one (WenQuanYi) uses the regular face for bold.
_FONT_CANDIDATES: tuple[tuple[str, str | None], ...] = (
    ("/usr/share/fonts/opentype/noto/NotoSansCJK-Regular.ttc", "/usr/share/fonts/opentype/noto/NotoSansCJK-Bold.ttc"),
    ("/usr/share/fonts/opentype/noto/NotoSerifCJK-Regular.ttc", "/usr/share/fonts/opentype/noto/NotoSerifCJK-Bold.ttc"),
    ("/usr/share/fonts/truetype/wqy/wqy-zenhei.ttc", None),
    ("/usr/share/fonts/truetype/wqy/wqy-microhei.ttc", None),
)
_INSTALL_HINT = "run scripts/ensure-fonts.sh (installs Debian's fonts-noto-cjk) or set ACCORD_PDF_FONT"


def _face_in(path: Path) -> _Face | None:
    """The face of ``path`` that covers :data:`_PROBE`; for a collection, the Simplified Chinese one if any.

    Noto Sans CJK ships one .ttc with JP, KR, SC, TC and HK faces sharing
    glyphs but mapping Han characters to regional forms: SC gives the forms
    used in the PRC, whose names and places the documents mostly carry.
    """
    from fontTools.ttLib import TTCollection, TTFont  # type: ignore[import-untyped]

    covering: list[tuple[int, str]] = []
    try:
        collection = path.suffix.lower() in (".ttc", ".otc")
        # Our own handle: fontTools leaves the file open when it rejects it.
        with path.open("rb") as fh:
            opened = TTCollection(fh, lazy=True) if collection else TTFont(fh, lazy=True)
            for index, font in enumerate(opened.fonts if collection else [opened]):
                cmap = font.getBestCmap() or {}
                if all(ord(c) in cmap for c in _PROBE):
                    covering.append((index, str(font["name"].getDebugName(1) or "")))
    except Exception:  # an unreadable file is simply not a candidate
        return None
    if not covering:
        return None
    for index, family in covering:
        if family.endswith(" SC") and "Mono" not in family:
            return _Face(path, index)
    return _Face(path, covering[0][0])


def _bold_twin(regular: _Face, bold_path: Path | None) -> _Face:
    if bold_path is None or not bold_path.is_file():
        return regular
    # Same collection layout in the regular and bold files of a family.
    return _Face(bold_path, regular.index)


def _fontconfig_candidates() -> list[Path]:
    """Files fontconfig knows that cover Han and Cyrillic (U+4E2D, U+0416)."""
    fc_list = shutil.which("fc-list")
    if fc_list is None:
        return []
    try:
        result = subprocess.run(
            [fc_list, "-f", "%{file}\n", ":charset=4e2d 416"], capture_output=True, text=True, timeout=30, check=False
        )
    except (OSError, subprocess.SubprocessError):
        return []
    files = sorted({line.strip() for line in result.stdout.splitlines() if line.strip()})
    # Prefer regular weights: fontconfig lists every file of a family.
    return sorted((Path(f) for f in files), key=lambda p: ("bold" in p.name.lower(), str(p)))


@functools.lru_cache(maxsize=1)
def _find_fonts() -> _FontPair:
    """Locate the PDF font once per process: ACCORD_PDF_FONT, Debian's files, then fontconfig."""
    override = os.environ.get("ACCORD_PDF_FONT", "").strip()
    if override:
        path = Path(override)
        face = _face_in(path) if path.is_file() else None
        if face is None:
            raise FontNotFoundError(
                f"ACCORD_PDF_FONT={override} is not a readable font covering Chinese and Cyrillic; {_INSTALL_HINT}"
            )
        bold_env = os.environ.get("ACCORD_PDF_FONT_BOLD", "").strip()
        bold = _face_in(Path(bold_env)) if bold_env and Path(bold_env).is_file() else None
        return _FontPair(face, bold or face)
    for regular, bold_file in _FONT_CANDIDATES:
        path = Path(regular)
        if path.is_file() and (face := _face_in(path)) is not None:
            return _FontPair(face, _bold_twin(face, Path(bold_file) if bold_file else None))
    for path in _fontconfig_candidates():
        if (face := _face_in(path)) is not None:
            return _FontPair(face, face)
    looked = ", ".join(r for r, _ in _FONT_CANDIDATES)
    raise FontNotFoundError(
        f"no font covering Chinese and Cyrillic found (looked at {looked} and fontconfig); {_INSTALL_HINT}"
    )


# ----------------------------------------------------------------- PDF

_FAMILY = "accord"
_INK = "#1a1a1a"
_ACCENT = "#1f3864"


class _Document(FPDF):
    """A4 portrait with the document title and page numbers in the footer."""

    def __init__(self, title: str) -> None:
        super().__init__(orientation="portrait", unit="mm", format="A4")
        self._doc_title = title
        self.set_margins(20, 18, 20)
        self.set_auto_page_break(auto=True, margin=18)

    def footer(self) -> None:
        self.set_y(-12)
        self.set_font(_FAMILY, "", 8)
        self.set_text_color(110, 110, 110)
        self.cell(0, 5, f"{self._doc_title} — {self.page_no()}/{{nb}}", align="C")


def _markdown_parser() -> MarkdownIt:
    # CommonMark plus GFM tables. Raw HTML off: user text never becomes
    # markup. Images off: fpdf2 would fetch an image URL while rendering.
    md = MarkdownIt("commonmark", {"html": False}).enable("table")
    md.disable("image")
    return md


def _plain(token: Token) -> str:
    """The text of an inline token without its markup (escapes already resolved by the parser)."""
    parts: list[str] = []
    for child in token.children or ():
        if child.type in ("text", "code_inline"):
            parts.append(child.content)
        elif child.type in ("softbreak", "hardbreak"):
            parts.append(" ")
    return "".join(parts)


def _prepare_tables(tokens: list[Token]) -> None:
    """Adapt GFM tables to fpdf2's HTML tables, in place.

    fpdf2 cannot nest inline tags (``<strong>``, ``<a>``) in a table cell, so
    cells become plain text; and it splits tables into equal columns, which
    squeezes long titles next to a column of percentages, so header cells
    get a width in proportion to their column's longest text.
    """
    i = 0
    while i < len(tokens):
        if tokens[i].type != "table_open":
            i += 1
            continue
        end = next(j for j in range(i, len(tokens)) if tokens[j].type == "table_close")
        lengths: dict[int, int] = {}
        col = 0
        in_header = False
        for tok in tokens[i:end]:
            if tok.type in ("thead_open", "thead_close"):
                in_header = tok.type == "thead_open"
            elif tok.type == "tr_open":
                col = 0
            elif tok.type == "inline":
                text = _plain(tok)
                plain = Token("text", "", 0)
                plain.content = text
                tok.children = [plain]
                tok.content = text
                # Bounds: a long cell wraps rather than starving the others;
                # a short header still gets room for its own word.
                # A header is bold and must not break inside its word.
                least = len(text) + 2 if in_header else 5
                lengths[col] = max(lengths.get(col, 0), min(len(text), 60), least)
                col += 1
        total = sum(lengths.values()) or 1
        col = 0
        for tok in tokens[i:end]:
            if tok.type == "th_open":
                tok.attrSet("width", f"{100 * lengths.get(col, 1) / total:.1f}%")
                col += 1
            elif tok.type == "tr_close":
                break
        i = end + 1


def to_pdf(markdown_text: str, *, title: str) -> bytes:
    """Render Markdown (as produced by this module) to a PDF document.

    Headings, paragraphs, nested bullet and numbered lists, tables, bold
    (italics render upright: the CJK fonts have no italic face). The font is
    embedded and subset to the glyphs used; raises
    :class:`FontNotFoundError` when no suitable font is installed.
    """
    fonts = _find_fonts()
    pdf = _Document(title)
    # Regular and bold only: each add_font parses the whole collection
    # (about 0.4 s for Noto's 19 MB), and the CJK fonts have no italic.
    pdf.add_font(_FAMILY, "", str(fonts.regular.path), collection_font_number=fonts.regular.index)
    pdf.add_font(_FAMILY, "B", str(fonts.bold.path), collection_font_number=fonts.bold.index)
    pdf.set_title(title)
    pdf.set_creator("Accord")
    pdf.set_lang("en")
    pdf.add_page()
    pdf.set_font(_FAMILY, "", 10)
    pdf.set_text_color(_INK)

    md = _markdown_parser()
    tokens = md.parse(markdown_text)
    _prepare_tables(tokens)
    html = md.renderer.render(tokens, md.options, {})

    # (size in pt, space above in mm); fpdf2 takes the space below as a
    # fraction of the heading's size.
    heading = {"h1": (17.0, 2.0), "h2": (13.5, 6.0), "h3": (11.5, 4.0), "h4": (10.5, 3.0), "h5": (10.0, 3.0)}
    styles: dict[str, TextStyle | FontFace] = {
        tag: TextStyle(
            font_family=_FAMILY, font_style="B", font_size_pt=size, color=_ACCENT, t_margin=above, b_margin=0.3
        )
        for tag, (size, above) in heading.items()
    }
    styles["h6"] = styles["h5"]
    # Italics render upright (no italic face to switch to).
    styles["em"] = styles["i"] = FontFace()
    styles["code"] = FontFace(family=_FAMILY)
    styles["pre"] = TextStyle(font_family=_FAMILY)
    pdf.write_html(
        html,
        font_family=_FAMILY,
        tag_styles=styles,
        li_prefix_color=_INK,
        ul_bullet_char="•",
        table_line_separators=True,
        warn_on_tags_not_matching=False,
    )
    return bytes(pdf.output())
