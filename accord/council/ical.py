"""The council's iCalendar feed (RFC 5545), as a pure function over events.

Meetings are all-day events (their dates are the alliance's dates, whatever
the reader's time zone); decision deadlines (the end of a silence procedure)
are instants in UTC. :func:`meeting_events` builds both from a
:class:`~accord.council.models.Meeting`; :func:`calendar` serialises any
events. UIDs are derived from database ids, so a calendar client that
refreshes the feed updates events instead of duplicating them.
"""

from __future__ import annotations

from collections.abc import Sequence
from dataclasses import dataclass
from datetime import UTC, date, datetime, timedelta

from icalendar import Calendar, Event, vText

from accord.council.models import DecisionStatus, Meeting, MeetingFormat, MeetingStatus, Procedure

__all__ = ["CalendarEvent", "calendar", "meeting_events"]

PRODID = "-//Accord//Council//EN"


@dataclass(frozen=True)
class CalendarEvent:
    """One VEVENT.

    ``start``/``end`` are both dates (an all-day event; ``end`` is the last
    day, inclusive, and the feed writes the exclusive DTEND of RFC 5545) or
    both datetimes (a timed event, written in UTC; naive values are taken as
    UTC; ``end == start`` is an instant and gets no DTEND).
    """

    uid: str
    summary: str
    start: date | datetime
    end: date | datetime
    description: str = ""
    location: str = ""
    url: str = ""


def _utc(t: datetime) -> datetime:
    # Naive datetimes come from SQLite; the models keep UTC.
    return t.replace(tzinfo=UTC) if t.tzinfo is None else t.astimezone(UTC)


def _add_times(vevent: Event, ev: CalendarEvent) -> None:
    # datetime is a subclass of date: test for datetime first.
    start_timed = isinstance(ev.start, datetime)
    end_timed = isinstance(ev.end, datetime)
    if start_timed != end_timed:
        raise ValueError(f"event {ev.uid}: start and end must both be dates or both datetimes")
    if isinstance(ev.start, datetime) and isinstance(ev.end, datetime):
        start, end = _utc(ev.start), _utc(ev.end)
        if end < start:
            raise ValueError(f"event {ev.uid}: end before start")
        vevent.add("dtstart", start)
        if end > start:
            vevent.add("dtend", end)
        return
    if ev.end < ev.start:
        raise ValueError(f"event {ev.uid}: end before start")
    vevent.add("dtstart", ev.start)
    # RFC 5545: DTEND of an all-day event is the day after the last one.
    vevent.add("dtend", ev.end + timedelta(days=1))


def calendar(events: Sequence[CalendarEvent], *, name: str, timezone: str, stamp: datetime | None = None) -> bytes:
    """The events as a ``text/calendar`` document (UTF-8, CRLF, folded lines).

    ``name`` and ``timezone`` become X-WR-CALNAME and X-WR-TIMEZONE, which
    common clients use for the calendar's title and default zone. ``stamp``
    is the DTSTAMP of every event (when the feed was generated: pass the
    service clock's ``now()``); it defaults to the current time, so pass it
    for reproducible output. Raises ``ValueError`` on duplicate UIDs or
    inconsistent times.
    """
    when = _utc(stamp) if stamp is not None else datetime.now(UTC)
    when = when.replace(microsecond=0)
    cal = Calendar()
    cal.add("prodid", PRODID)
    cal.add("version", "2.0")
    cal.add("calscale", "GREGORIAN")
    cal.add("method", "PUBLISH")
    # X- properties have no declared type: vText makes icalendar escape
    # commas, semicolons and newlines as for any TEXT value.
    cal.add("x-wr-calname", vText(name))
    cal.add("x-wr-timezone", vText(timezone))
    seen: set[str] = set()
    for ev in events:
        if not ev.uid:
            raise ValueError("event without uid")
        if ev.uid in seen:
            raise ValueError(f"duplicate uid {ev.uid}")
        seen.add(ev.uid)
        vevent = Event()
        vevent.add("uid", ev.uid)
        vevent.add("dtstamp", when)
        vevent.add("summary", ev.summary)
        _add_times(vevent, ev)
        if ev.description:
            vevent.add("description", ev.description)
        if ev.location:
            vevent.add("location", ev.location)
        if ev.url:
            vevent.add("url", ev.url)
        cal.add_component(vevent)
    ical: bytes = cal.to_ical()
    return ical


def meeting_events(m: Meeting, *, domain: str, url: str = "") -> list[CalendarEvent]:
    """The calendar events of meeting ``m``: the meeting itself and open silence-procedure deadlines.

    UIDs are ``council-meeting-<id>@<domain>`` and
    ``council-decision-<id>-deadline@<domain>``: stable across refreshes.
    ``url`` (the meeting's page) is attached to each event.
    """
    where = m.venue
    if m.format is MeetingFormat.ONLINE:
        where = "Online"
    elif m.format is MeetingFormat.HYBRID:
        where = f"{m.venue} and online" if m.venue else "Online"
    lines = []
    if m.chair:
        lines.append(f"Chair: {m.chair}" + (f", {m.chair_title}" if m.chair_title else ""))
    if m.prepares:
        lines.append(f"In preparation of: {m.prepares}")
    if m.status is MeetingStatus.PLANNED:
        lines.append("Status: planned")
    lines += [f"Agenda item {item.number}: {item.title}" for item in m.agenda]
    events = [
        CalendarEvent(
            uid=f"council-meeting-{m.id}@{domain}",
            summary=m.title or f"{m.series_name} {m.ordinal}",
            start=m.start,
            end=m.end,
            description="\n".join(lines),
            location=where,
            url=url,
        )
    ]
    for d in sorted(m.decisions, key=lambda d: d.id):
        if d.procedure is Procedure.SILENCE and d.status is DecisionStatus.OPEN and d.deadline is not None:
            events.append(
                CalendarEvent(
                    uid=f"council-decision-{d.id}-deadline@{domain}",
                    summary=f"Silence procedure ends: {d.title}",
                    start=d.deadline,
                    end=d.deadline,
                    description=f"Objections to the draft decision must be recorded before this time ({m.title}).",
                    url=url,
                )
            )
    return events
