"""Minutes, communiqué (Markdown and PDF) and the iCalendar feed of the council.

The meeting is the 13th Meeting of SCO Security Council Secretaries (Beijing,
21–22 May 2018) as its report names it, plus an invented agenda, decisions
and a joint action to exercise every section. The PDF needs the CJK font
that ``scripts/ensure-fonts.sh`` installs (``make test`` runs it first); its
text is read back with a small extractor below, enough for fpdf2's output.
"""

from __future__ import annotations

import re
import zlib
from datetime import UTC, date, datetime
from pathlib import Path

import pytest
from icalendar import Calendar

from accord.council import render
from accord.council.ical import CalendarEvent, calendar, meeting_events
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
    ProgressReport,
    Standing,
    Task,
    TaskStatus,
)
from accord.council.render import FontNotFoundError, communique_markdown, escape_markdown, minutes_markdown, to_pdf

H = ParticipantRole.HEAD


def _head(name: str, title: str) -> tuple[Participant, ...]:
    return (Participant(name, title, H, True),)


def _position(party: str, kind: PositionKind, text: str, day: int, hour: int = 10) -> PositionRecord:
    return PositionRecord(party, kind, text, datetime(2018, 5, day, hour, tzinfo=UTC), f"{party.lower()}-delegate")


def _meeting(**changes: object) -> Meeting:
    delegations = (
        # Bodies and an observer first in the input: the minutes must reorder.
        Delegation("SECRETARIAT", "SCO Secretariat", Standing.BODY, _head("Rashid Alimov", "Secretary-General")),
        Delegation("MN", "Mongolia", Standing.OBSERVER, (Participant("Observer Person", "Ambassador", H, None),)),
        Delegation(
            "CN",
            "China",
            Standing.MEMBER,
            (
                Participant("Liu Deputy", "Vice Minister | Public Security", ParticipantRole.DEPUTY, False),
                Participant("Zhao Kezhi (赵克志)", "State Councilor and Minister of Public Security", H, True),
            ),
        ),
        Delegation(
            "RU",
            "Russia",
            Standing.MEMBER,
            _head("Nikolai Patrushev (Николай Патрушев)", "Secretary of the Security Council"),
        ),
        Delegation(
            "KZ",
            "Kazakhstan",
            Standing.MEMBER,
            _head("Nurlan Ermekbaev", "Presidential Aide and Secretary of the Security Council"),
        ),
        Delegation("KG", "Kyrgyzstan", Standing.MEMBER, _head("Damir Sagynbayev", "Secretary of the Security Council")),
        Delegation(
            "TJ", "Tajikistan", Standing.MEMBER, _head("Abdurahim Kahorov", "Secretary of the Security Council")
        ),
        Delegation(
            "UZ",
            "Uzbekistan",
            Standing.MEMBER,
            _head("Makhmudov Victor Vladimirovich", "Secretary of the Security Council"),
        ),
        Delegation("PK", "Pakistan", Standing.MEMBER, _head("Nasser Khan Janjua", "National Security Adviser")),
        Delegation("IN", "India", Standing.MEMBER, _head("Rajinder Khanna", "Deputy National Security Adviser")),
        Delegation(
            "RATS",
            "RATS Executive Committee",
            Standing.BODY,
            _head("Yevgeniy Sysoyev", "Director of the Executive Committee"),
        ),
    )
    agenda = (
        AgendaItem(
            1,
            "1",
            "Regional security situation",
            children=(
                AgendaItem(2, "1.1", "Countering the “three evil forces”"),
                AgendaItem(3, "1.2", "International information security", carried_over_from="12th meeting, item 4"),
            ),
        ),
        AgendaItem(4, "2", "Preparations for the Qingdao summit"),
        AgendaItem(5, "3", "# Not a heading | not a cell"),
    )
    adopted = Decision(
        id=11,
        meeting_id=13,
        agenda_item_id=2,
        number="SCS-13/2",
        title="On the Programme of Cooperation against Terrorism 2019–2021",
        kind=DecisionKind.ACTION_PLAN,
        procedure=Procedure.SILENCE,
        status=DecisionStatus.ADOPTED,
        sponsor="RU",
        texts={
            "ru": "Одобрить Программу сотрудничества.",
            "en": "1. Approve the Programme of Cooperation.\n2. Instruct the RATS to report *annually*.",
            "zh": "批准合作纲要。",
        },
        deadline=datetime(2018, 5, 30, 10, 0, tzinfo=UTC),
        concerned_party=None,
        effect={},
        positions=(
            _position("IN", PositionKind.OBJECTION, "Wording of paragraph 2", 21),
            _position("IN", PositionKind.WITHDRAWAL, "Wording agreed", 22),
            _position("IN", PositionKind.RESERVATION, "Without prejudice to bilateral | arrangements", 22, 11),
            _position("MN", PositionKind.STATEMENT, "Mongolia welcomes the programme", 22, 12),
        ),
        decided_at=datetime(2018, 5, 30, 10, 0, tzinfo=UTC),
    )
    first = Decision(
        id=10,
        meeting_id=13,
        agenda_item_id=4,
        number="SCS-13/1",
        title="On the preparations for the Qingdao summit",
        kind=DecisionKind.GENERAL,
        procedure=Procedure.IN_SESSION,
        status=DecisionStatus.ADOPTED,
        sponsor="CN",
        texts={"zh": "会议在北京举行。"},  # no English text: falls back to Chinese
        deadline=None,
        concerned_party=None,
        effect={},
        decided_at=datetime(2018, 5, 22, 8, 0, tzinfo=UTC),
    )
    rejected = Decision(
        id=12,
        meeting_id=13,
        agenda_item_id=5,
        number=None,
        title="On a joint list of information-security incidents",
        kind=DecisionKind.GENERAL,
        procedure=Procedure.IN_SESSION,
        status=DecisionStatus.NOT_ADOPTED,
        sponsor="KG",
        texts={"en": "SECRET DRAFT TEXT"},
        deadline=None,
        concerned_party=None,
        effect={},
        positions=(
            _position("PK", PositionKind.OBJECTION, "Scope too wide", 21),
            _position("KZ", PositionKind.OBJECTION, "Needs study", 21, 11),
            _position("KZ", PositionKind.WITHDRAWAL, "Studied", 22),
            _position("IN", PositionKind.OBJECTION, "Not ready", 22, 9),
        ),
    )
    action = JointAction(
        id=7,
        title="Joint counter-terrorism exercise “Peace Mission 2018”",
        objective="Rehearse joint operations",
        lead="RU",
        participants=("RU", "CN", "KZ"),
        start=date(2018, 1, 10),
        due=date(2018, 5, 1),
        decision_number="SCS-12/3",
        tasks=(
            Task(1, "Plan the exercise", "RU", date(2018, 3, 1), TaskStatus.DONE, 1.0, 100.0),
            Task(2, "Deploy units", "CN", date(2018, 4, 15), TaskStatus.IN_PROGRESS, 3.0, 20.0),
            Task(3, "Dropped idea", "KZ", None, TaskStatus.CANCELLED, 5.0, 0.0),
        ),
        reports=(
            ProgressReport(datetime(2018, 4, 1, tzinfo=UTC), "RU", 100.0, "Plan approved", 1),
            ProgressReport(datetime(2018, 5, 10, tzinfo=UTC), "CN", 20.0, "Units | on the move", 2),
        ),
    )
    on_time = JointAction(
        id=8,
        title="Information security handbook",
        objective="",
        lead="KZ",
        participants=("KZ",),
        start=None,
        due=date(2019, 1, 1),
        decision_number=None,
    )
    fields: dict[str, object] = {
        "id": 13,
        "series_name": "Meetings of Security Council Secretaries",
        "series_slug": "scs",
        "ordinal": 13,
        "title": "13th Meeting of Security Council Secretaries",
        "presidency": "CN",
        "host": "CN",
        "chair": "Zhao Kezhi (赵克志)",
        "chair_title": "State Councilor and Minister of Public Security",
        "venue": "Beijing (北京)",
        "format": MeetingFormat.IN_PERSON,
        "start": date(2018, 5, 21),
        "end": date(2018, 5, 22),
        "status": MeetingStatus.CLOSED,
        "timezone": "Asia/Shanghai",
        "prepares": "Qingdao summit",
        "delegations": delegations,
        "agenda": agenda,
        "decisions": (adopted, rejected, first),
        "actions": (action, on_time),
        "side_meetings": ("Bilateral meeting China–Russia",),
    }
    fields.update(changes)
    return Meeting(**fields)  # type: ignore[arg-type]


# ----------------------------------------------------------------- Markdown


def test_escape_markdown() -> None:
    assert escape_markdown("a|b") == r"a\|b"
    assert escape_markdown("# title") == r"\# title"
    assert escape_markdown("1. one") == r"1\. one"
    assert escape_markdown("- dash") == r"\- dash"
    assert escape_markdown("*bold* _x_ [l](u) <b> &amp; `c` ~~s~~ \\") == (
        r"\*bold\* \_x\_ \[l\](u) \<b\> \&amp; \`c\` \~\~s\~\~ \\"
    )
    assert escape_markdown("two\nlines  here") == "two lines here"


def test_minutes_header() -> None:
    md = minutes_markdown(_meeting())
    assert md.startswith(
        "# Minutes of the 13th Meeting of Security Council Secretaries\n\n"
        "- **Series:** Meetings of Security Council Secretaries, 13th meeting\n"
        "- **Dates:** 21–22 May 2018\n"
        "- **Venue:** Beijing (北京)\n"
        "- **Format:** in person\n"
        "- **Presidency:** China\n"
        "- **Host:** China\n"
        "- **Chair:** Zhao Kezhi (赵克志), State Councilor and Minister of Public Security (China)\n"
        "- **In preparation of:** Qingdao summit\n"
    )
    assert "Provisional" not in md
    draft = minutes_markdown(_meeting(status=MeetingStatus.IN_SESSION, format=MeetingFormat.HYBRID))
    assert "**Provisional: the meeting is in session.**" in draft
    assert "- **Format:** hybrid (in person and online)" in draft


def test_minutes_participants_members_first_head_first() -> None:
    md = minutes_markdown(_meeting())
    order = [md.index(s) for s in ("### Members", "### Observers", "### Permanent bodies")]
    assert order == sorted(order)
    # Members in the order given, then the observer, then both bodies.
    names = re.findall(r"^#### (.+)$", md, re.M)
    assert names == [
        "China", "Russia", "Kazakhstan", "Kyrgyzstan", "Tajikistan", "Uzbekistan", "Pakistan", "India",
        "Mongolia", "SCO Secretariat", "RATS Executive Committee",
    ]  # fmt: skip
    assert (
        "#### China\n\n"
        "- **Zhao Kezhi (赵克志)**, State Councilor and Minister of Public Security — head of delegation (present)\n"
        "- **Liu Deputy**, Vice Minister \\| Public Security — deputy head of delegation (absent)\n"
    ) in md
    assert "- **Nikolai Patrushev (Николай Патрушев)**, Secretary of the Security Council" in md
    # Attendance not recorded: nothing said.
    assert "- **Observer Person**, Ambassador — head of delegation\n" in md
    assert "- **Yevgeniy Sysoyev**, Director of the Executive Committee — head of delegation (present)" in md
    assert "## Side meetings\n\n- Bilateral meeting China–Russia\n" in md


def test_minutes_agenda_nested_and_carried_over() -> None:
    md = minutes_markdown(_meeting())
    assert (
        "## Agenda\n\n"
        "- **1** Regional security situation\n"
        "  - **1.1** Countering the “three evil forces”\n"
        "  - **1.2** International information security (carried over from 12th meeting, item 4)\n"
        "- **2** Preparations for the Qingdao summit\n"
        "- **3** \\# Not a heading \\| not a cell\n"
    ) in md


def test_minutes_decisions_adopted() -> None:
    md = minutes_markdown(_meeting())
    # In number order, whatever the input order.
    first = md.index("### Decision SCS-13/1: On the preparations for the Qingdao summit")
    second = md.index("### Decision SCS-13/2: On the Programme of Cooperation against Terrorism 2019–2021")
    assert first < second
    assert (
        "- **Procedure:** adopted in session on 22 May 2018\n"
        "- **Agenda item:** 2\n"
        "- **Submitted by:** China\n\n"
        "**Text in Chinese (no en text recorded):**\n\n"
        "会议在北京举行。\n"
    ) in md
    # Silence procedure: the deadline in the alliance's zone, and in UTC.
    assert (
        "- **Procedure:** adopted by silence procedure, silence period ending "
        "30 May 2018, 18:00 (Asia/Shanghai; 10:00 UTC)\n"
        "- **Agenda item:** 1.1\n"
        "- **Submitted by:** Russia\n\n"
        "1\\. Approve the Programme of Cooperation.\n\n"
        "2\\. Instruct the RATS to report \\*annually\\*.\n\n"
        "**Reservations:**\n\n"
        "- **India** (22 May 2018): Without prejudice to bilateral \\| arrangements\n\n"
        "**Statements:**\n\n"
        "- **Mongolia** (22 May 2018): Mongolia welcomes the programme\n"
    ) in md
    # A withdrawn objection is not minuted as a reservation.
    assert "Wording of paragraph 2" not in md


def test_minutes_text_in_requested_language() -> None:
    ru = minutes_markdown(_meeting(), lang="ru")
    assert "Одобрить Программу сотрудничества." in ru
    assert "Approve the Programme" not in ru
    zh = minutes_markdown(_meeting(), lang="zh")
    assert "批准合作纲要。" in zh
    assert "Text in Chinese" not in zh  # the Chinese-only decision needs no note in Chinese minutes


def test_minutes_not_adopted_lists_standing_objections() -> None:
    md = minutes_markdown(_meeting())
    assert (
        "## Draft decisions not adopted\n\n"
        "- **On a joint list of information-security incidents** (item 3) — objections maintained by: Pakistan, India\n"
    ) in md
    assert "SECRET DRAFT TEXT" not in md


def test_minutes_joint_actions() -> None:
    md = minutes_markdown(_meeting())
    assert "## State of joint actions\n\nAs at 22 May 2018.\n" in md
    # Weighted: (1 × 100 + 3 × 20) / 4 = 40; the cancelled task does not count.
    assert (
        "### Joint counter-terrorism exercise “Peace Mission 2018” (Decision SCS-12/3)\n\n"
        "- **Objective:** Rehearse joint operations\n"
        "- **Lead:** Russia\n"
        "- **Participants:** China, Kazakhstan\n"
        "- **Start:** 10 January 2018\n"
        "- **Due:** 1 May 2018 — **overdue**\n"
        "- **Progress:** 40%\n"
        '- **Last report:** 10 May 2018, China on task "Deploy units" (20%): Units \\| on the move\n'
    ) in md
    assert (
        "| Task | Owner | Due | Status | Weight | Progress |\n"
        "| --- | --- | --- | --- | ---: | ---: |\n"
        "| Plan the exercise | Russia | 1 March 2018 | done | 1 | 100% |\n"
        "| Deploy units | China | 15 April 2018 **(overdue)** | in progress | 3 | 20% |\n"
        "| Dropped idea | Kazakhstan | — | cancelled | 5 | 0% |\n"
    ) in md
    assert (
        "### Information security handbook\n\n"
        "- **Lead:** Kazakhstan\n"
        "- **Participants:** —\n"
        "- **Due:** 1 January 2019\n"
        "- **Progress:** 0%\n"
        "- **Last report:** none\n"
    ) in md


def test_minutes_sections_in_order_and_deterministic() -> None:
    m = _meeting()
    md = minutes_markdown(m)
    sections = re.findall(r"^## (.+)$", md, re.M)
    assert sections == [
        "Participants", "Side meetings", "Agenda", "Decisions adopted",
        "Draft decisions not adopted", "State of joint actions",
    ]  # fmt: skip
    assert minutes_markdown(m) == md


def test_communique_is_public_and_short() -> None:
    md = communique_markdown(_meeting())
    assert md.startswith(
        "# Press communiqué: 13th Meeting of Security Council Secretaries\n\n"
        "The 13th Meeting of Security Council Secretaries was held in Beijing (北京) on 21–22 May 2018, "
        "under the chairmanship of Zhao Kezhi (赵克志), State Councilor and Minister of Public Security (China).\n\n"
        "The meeting prepared the Qingdao summit.\n\n"
        "The meeting was attended by:\n\n"
        "- Zhao Kezhi (赵克志), State Councilor and Minister of Public Security (China)\n"
        "- Nikolai Patrushev (Николай Патрушев), Secretary of the Security Council (Russia)\n"
    )
    assert (
        "The participants discussed:\n\n"
        "- Regional security situation\n"
        "- Preparations for the Qingdao summit\n"
        "- \\# Not a heading \\| not a cell\n\n"
        "The meeting adopted the following decisions:\n\n"
        "- **SCS-13/1** On the preparations for the Qingdao summit\n"
        "- **SCS-13/2** On the Programme of Cooperation against Terrorism 2019–2021\n"
    ) in md
    assert md.index("(Kazakhstan)") < md.index("(India)") < md.index("(Mongolia)") < md.index("(SCO Secretariat)")
    for internal in (
        "Without prejudice",  # reservation
        "Reservation",
        "Mongolia welcomes",  # statement
        "information-security incidents",  # not adopted
        "objection",
        "Liu Deputy",  # not a head, and absent
        "carried over",
        "Peace Mission",  # joint actions are internal
    ):
        assert internal not in md, internal


def test_communique_body_from_adopted_communique_text() -> None:
    m = _meeting()
    statement = Decision(
        id=20, meeting_id=13, agenda_item_id=None, number="SCS-13/3", title="Press communiqué",
        kind=DecisionKind.COMMUNIQUE, procedure=Procedure.IN_SESSION, status=DecisionStatus.ADOPTED,
        sponsor="CN", texts={"en": "The parties reaffirmed their commitment.", "ru": "Стороны подтвердили."},
        deadline=None, concerned_party=None, effect={},
    )  # fmt: skip
    md = communique_markdown(_meeting(decisions=(*m.decisions, statement)), lang="ru")
    assert "\nСтороны подтвердили.\n" in md
    assert "Press communiqué\n" not in md  # the statement is the body, not an item of the list


def test_communique_online() -> None:
    md = communique_markdown(_meeting(format=MeetingFormat.ONLINE, start=date(2018, 5, 30), end=date(2018, 6, 2)))
    assert "was held online on 30 May – 2 June 2018," in md


# ----------------------------------------------------------------- PDF


def _pdf_objects(pdf: bytes) -> dict[int, tuple[bytes, bytes]]:
    """Object number -> (dictionary, decoded stream) of an uncompressed-xref PDF such as fpdf2 writes."""
    objects: dict[int, tuple[bytes, bytes]] = {}
    for m in re.finditer(rb"(\d+) 0 obj(.*?)endobj", pdf, re.S):
        body = m.group(2)
        head, _, rest = body.partition(b"stream")
        data = b""
        if rest:
            data = rest.lstrip(b"\r\n").rsplit(b"endstream", 1)[0].rstrip(b"\r\n")
            if b"/FlateDecode" in head:
                data = zlib.decompress(data)
        objects[int(m.group(1))] = (head, data)
    return objects


def _unescape_pdf_string(s: bytes) -> bytes:
    out = bytearray()
    i = 0
    while i < len(s):
        c = s[i]
        if c == 0x5C:  # backslash
            n = s[i + 1 : i + 2]
            if n.isdigit():
                digits = re.match(rb"[0-7]{1,3}", s[i + 1 : i + 4])
                assert digits is not None
                out.append(int(digits.group(), 8))
                i += 1 + len(digits.group())
                continue
            out += {b"n": b"\n", b"r": b"\r", b"t": b"\t", b"b": b"\b", b"f": b"\f"}.get(n, n)
            i += 2
            continue
        out.append(c)
        i += 1
    return bytes(out)


def _pdf_text(pdf: bytes) -> str:
    """The text of fpdf2's PDF: show-text strings decoded through each font's ToUnicode map.

    Enough for fpdf2 output (two-byte glyph codes, literal strings, one
    ToUnicode CMap per font); not a general PDF text extractor.
    """
    objects = _pdf_objects(pdf)
    cmaps: dict[int, dict[int, str]] = {}  # font object -> code -> text
    for num, (head, _) in objects.items():
        tu = re.search(rb"/ToUnicode (\d+) 0 R", head)
        if tu:
            program = objects[int(tu.group(1))][1]
            cmaps[num] = {
                int(code, 16): bytes.fromhex(uni.decode()).decode("utf-16-be")
                for code, uni in re.findall(rb"<([0-9A-Fa-f]{4})> <([0-9A-Fa-f]+)>", program)
            }
    resources: dict[bytes, int] = {}
    for head, _ in objects.values():
        for name, num in re.findall(rb"/(F\d+) (\d+) 0 R", head):
            resources[name] = int(num)
    text: list[str] = []
    for head, data in objects.values():
        if b"/Length1" in head or b"/Subtype" in head or not data or b" Tf" not in data:
            continue  # font programs and CMaps; only page contents have Tf
        cmap: dict[int, str] = {}
        saved: list[dict[int, str]] = []  # q/Q save and restore the font with the graphics state
        tokens = rb"/(F\d+) [\d.]+ Tf|\(((?:\\.|[^\\)])*)\) ?Tj|(ET)|(?<![^\s])([qQ])(?=\s)"
        for token in re.finditer(tokens, data, re.S):
            if token.group(1):
                cmap = cmaps.get(resources[token.group(1)], {})
            elif token.group(3):
                text.append("\n")
            elif token.group(4) == b"q":
                saved.append(cmap)
            elif token.group(4) == b"Q":
                cmap = saved.pop()
            else:
                raw = _unescape_pdf_string(token.group(2))
                text.append(
                    "".join(cmap.get(int.from_bytes(raw[i : i + 2], "big"), "?") for i in range(0, len(raw), 2))
                )
    return "".join(text)


def test_pdf_embeds_subset_font_and_renders_scripts() -> None:
    m = _meeting()
    pdf = to_pdf(minutes_markdown(m), title="Minutes — 13th Meeting")
    assert pdf.startswith(b"%PDF-")
    assert pdf.rstrip().endswith(b"%%EOF")
    # Embedded (FontFile3: the CFF outlines of Noto Sans CJK) and subset (the
    # six-letter tag before the PostScript name).
    assert re.search(rb"/FontFile[23]? \d+ 0 R", pdf)
    assert re.search(rb"/BaseFont /[A-Z]{6}\+NotoSansCJKSC", pdf)
    assert len(pdf) < 400_000  # the full collection is 19 MB: only the glyphs used are in
    text = _pdf_text(pdf)
    for fragment in (
        "Minutes of the 13th Meeting of Security Council Secretaries",
        "赵克志",
        "北京",
        "Патрушев",
        "会议在北京举行。",
        "Makhmudov Victor Vladimirovich",
        "SCS-13/2",
        "Without prejudice to bilateral | arrangements",  # table/escaping: the pipe comes back
        "Deploy units",  # a table cell
        "overdue",
    ):
        assert fragment in text.replace("\n", " ") or fragment in text, fragment
    # Markdown syntax is rendered, not printed.
    assert "**" not in text
    assert "\\|" not in text
    assert "Minutes — 13th Meeting" in text  # the footer


def test_pdf_of_communique_in_russian() -> None:
    m = _meeting()
    pdf = to_pdf(communique_markdown(m, lang="ru"), title="Коммюнике")
    text = _pdf_text(pdf)
    assert "Коммюнике" in text
    assert "Николай Патрушев" in text
    assert "Without prejudice" not in text


def test_pdf_without_font_says_how_to_install(monkeypatch: pytest.MonkeyPatch, tmp_path: Path) -> None:
    bogus = tmp_path / "bogus.ttf"
    bogus.write_bytes(b"not a font")
    monkeypatch.setenv("ACCORD_PDF_FONT", str(bogus))
    render._find_fonts.cache_clear()  # the font is looked up once per process
    try:
        with pytest.raises(FontNotFoundError, match=r"run scripts/ensure-fonts\.sh"):
            to_pdf("# Minutes", title="Minutes")
    finally:
        render._find_fonts.cache_clear()


# ----------------------------------------------------------------- iCalendar

STAMP = datetime(2018, 5, 1, 12, 0, tzinfo=UTC)


def _unescape_text(value: str) -> str:
    """RFC 5545 3.3.11 TEXT unescaping, for properties icalendar does not type."""
    return re.sub(r"\\([\\;,nN])", lambda m: "\n" if m.group(1) in "nN" else m.group(1), value)


def test_calendar_events_parse_back() -> None:
    events = [
        CalendarEvent(
            uid="council-meeting-13@accord.test",
            summary="13th Meeting, Beijing; 北京",
            start=date(2018, 5, 21),
            end=date(2018, 5, 22),
            description="Chair: Zhao Kezhi\nAgenda: security, information",
            location="Beijing, China",
            url="https://accord.test/council/meetings/13",
        ),
        CalendarEvent(
            uid="council-decision-11-deadline@accord.test",
            summary="Silence procedure ends: Программа",
            start=datetime(2018, 5, 30, 10, 0, tzinfo=UTC),
            end=datetime(2018, 5, 30, 10, 0, tzinfo=UTC),
        ),
    ]
    raw = calendar(events, name="SCO council, meetings; 2018", timezone="Asia/Shanghai", stamp=STAMP)
    assert raw.startswith(b"BEGIN:VCALENDAR\r\n")
    # TEXT escaping (RFC 5545 3.3.11): commas, semicolons and newlines.
    assert b"X-WR-CALNAME:SCO council\\, meetings\\; 2018\r\n" in raw
    assert b"SUMMARY:13th Meeting\\, Beijing\\; \xe5\x8c\x97\xe4\xba\xac\r\n" in raw
    assert b"DTSTART;VALUE=DATE:20180521\r\n" in raw
    assert b"DTEND;VALUE=DATE:20180523\r\n" in raw  # exclusive: the day after the last one
    assert b"DTSTART:20180530T100000Z\r\n" in raw
    assert all(len(line) <= 75 for line in raw.split(b"\r\n"))  # folded

    cal = Calendar.from_ical(raw)
    # icalendar keeps X- values as written (vUnknown): unescape them as the TEXT they are.
    assert _unescape_text(str(cal["X-WR-CALNAME"])) == "SCO council, meetings; 2018"
    assert str(cal["X-WR-TIMEZONE"]) == "Asia/Shanghai"
    vevents = cal.walk("VEVENT")
    assert [str(e["UID"]) for e in vevents] == [e.uid for e in events]
    meeting, deadline = vevents
    assert meeting.decoded("DTSTART") == date(2018, 5, 21)
    assert meeting.decoded("DTEND") == date(2018, 5, 23)
    assert str(meeting["SUMMARY"]) == "13th Meeting, Beijing; 北京"
    assert str(meeting["DESCRIPTION"]) == "Chair: Zhao Kezhi\nAgenda: security, information"
    assert str(meeting["LOCATION"]) == "Beijing, China"
    assert str(meeting["URL"]) == "https://accord.test/council/meetings/13"
    assert meeting.decoded("DTSTAMP") == STAMP
    assert deadline.decoded("DTSTART") == datetime(2018, 5, 30, 10, 0, tzinfo=UTC)
    assert "DTEND" not in deadline  # an instant
    assert str(deadline["SUMMARY"]) == "Silence procedure ends: Программа"
    # Same input, same bytes: calendar clients see no spurious change.
    assert calendar(events, name="SCO council, meetings; 2018", timezone="Asia/Shanghai", stamp=STAMP) == raw


def test_calendar_rejects_bad_events() -> None:
    day = date(2018, 5, 21)
    with pytest.raises(ValueError, match="duplicate uid"):
        calendar([CalendarEvent("a", "x", day, day), CalendarEvent("a", "y", day, day)], name="n", timezone="UTC")
    with pytest.raises(ValueError, match="dates or both datetimes"):
        calendar([CalendarEvent("a", "x", day, datetime(2018, 5, 22, tzinfo=UTC))], name="n", timezone="UTC")
    with pytest.raises(ValueError, match="end before start"):
        calendar([CalendarEvent("a", "x", day, date(2018, 5, 20))], name="n", timezone="UTC")


def test_meeting_events_from_meeting() -> None:
    m = _meeting()
    pending = Decision(
        id=30, meeting_id=13, agenda_item_id=None, number=None, title="On the RATS budget",
        kind=DecisionKind.GENERAL, procedure=Procedure.SILENCE, status=DecisionStatus.OPEN, sponsor="KZ",
        texts={}, deadline=datetime(2018, 6, 5, 9, 30), concerned_party=None, effect={},  # naive = UTC
    )  # fmt: skip
    events = meeting_events(
        _meeting(decisions=(*m.decisions, pending)), domain="accord.test", url="https://x.test/m/13"
    )
    assert [e.uid for e in events] == ["council-meeting-13@accord.test", "council-decision-30-deadline@accord.test"]
    raw = calendar(events, name="Council", timezone=m.timezone, stamp=STAMP)
    cal = Calendar.from_ical(raw)
    meeting, deadline = cal.walk("VEVENT")
    assert meeting.decoded("DTSTART") == date(2018, 5, 21)
    assert meeting.decoded("DTEND") == date(2018, 5, 23)
    assert str(meeting["LOCATION"]) == "Beijing (北京)"
    assert "Agenda item 1.2" not in str(meeting["DESCRIPTION"])  # top-level items only
    assert "Agenda item 2: Preparations for the Qingdao summit" in str(meeting["DESCRIPTION"])
    assert deadline.decoded("DTSTART") == datetime(2018, 6, 5, 9, 30, tzinfo=UTC)
    assert str(deadline["SUMMARY"]) == "Silence procedure ends: On the RATS budget"
