"""``accord council ...``: the main steps of the council from the command line."""

from __future__ import annotations

import json
import sys
from collections.abc import Callable, Iterator
from contextlib import contextmanager
from pathlib import Path
from typing import Annotated, Any, TypeVar

import typer

from accord.clikit import AsOpt, CliError, JsonOpt, _hub, _print_json, _table, actor_for_username, out
from accord.council import render, service
from accord.hub import Unit
from accord.parties.models import Actor

council_app = typer.Typer(help="The council: meetings, consensus decisions and joint actions.", no_args_is_help=True)
T = TypeVar("T")


@contextmanager
def _unit(as_user: str | None, *, write: bool) -> Iterator[Unit]:
    hub = _hub()
    try:
        actor = actor_for_username(hub, as_user) if as_user else Actor.local_admin("cli")
        with hub.unit(actor, write=write) as u:
            yield u
    finally:
        hub.dispose()


def _run(as_user: str | None, write: bool, work: Callable[[Unit], T]) -> T:
    with _unit(as_user, write=write) as u:
        return work(u)


@council_app.command("series-add")
def series_add(
    slug: Annotated[str, typer.Argument(help="Short name, e.g. scs.")],
    name: Annotated[str, typer.Option(help="e.g. Meeting of Security Council Secretaries.")],
    convening_body: Annotated[str, typer.Option(help="Who convenes it.")] = "",
    periodicity: Annotated[str, typer.Option(help="e.g. annual.")] = "annual",
    first_held: Annotated[str | None, typer.Option(help="YYYY-MM-DD.")] = None,
    as_user: AsOpt = None,
) -> None:
    """Create a meeting series (local administrator, or --as an alliance_admin)."""
    _run(as_user, True, lambda u: service.create_series(u, slug, name, convening_body, periodicity, first_held))
    out.print(f"Series {slug} created.")


@council_app.command("meeting-add")
def meeting_add(
    series: Annotated[str, typer.Argument(help="The series slug.")],
    start: Annotated[str, typer.Option(help="First day, YYYY-MM-DD.")],
    end: Annotated[str | None, typer.Option(help="Last day, YYYY-MM-DD.")] = None,
    venue: Annotated[str, typer.Option(help="City or place.")] = "",
    format_: Annotated[str, typer.Option("--format", help="in_person, online or hybrid.")] = "in_person",
    presidency: Annotated[str | None, typer.Option(help="Presiding party code.")] = None,
    host: Annotated[str | None, typer.Option(help="Host party code.")] = None,
    chair: Annotated[str | None, typer.Option(help="The chair, a person the hub knows.")] = None,
    prepares: Annotated[str, typer.Option(help="The event it prepares.")] = "",
    as_user: AsOpt = None,
    json_out: JsonOpt = False,
) -> None:
    """Schedule the next meeting of a series."""
    m = _run(
        as_user,
        True,
        lambda u: service.create_meeting(
            u,
            series,
            start=start,
            end=end,
            venue=venue,
            format=format_,
            presidency=presidency,
            host=host,
            chair=chair,
            prepares=prepares,
        ),
    )
    if json_out:
        from accord.council.routes import meeting_to_mapping

        _print_json(meeting_to_mapping(m))
    else:
        out.print(f"Meeting {m.id}: {m.title}, {m.start}–{m.end}, {m.venue}.", highlight=False)


@council_app.command("meetings")
def meetings(
    series: Annotated[str | None, typer.Option(help="Only this series.")] = None,
    as_user: AsOpt = None,
    json_out: JsonOpt = False,
) -> None:
    """List meetings."""
    rows = _run(as_user, False, lambda u: service.list_meetings(u, series))
    if json_out:
        _print_json(rows)
    else:
        _table(
            "Meetings",
            ["id", "meeting", "start", "end", "venue", "status"],
            [[r["id"], r["title"], r["start"], r["end"], r["venue"], r["status"]] for r in rows],
        )


@council_app.command("delegation-add")
def delegation_add(
    meeting: Annotated[int, typer.Argument(help="Meeting id.")],
    party: Annotated[str | None, typer.Option(help="Party code.")] = None,
    guest: Annotated[str | None, typer.Option(help="An invited guest instead of a party.")] = None,
    as_user: AsOpt = None,
) -> None:
    """Register a delegation; its standing comes from the party's status on the meeting date."""
    r = _run(as_user, True, lambda u: service.add_delegation(u, meeting, party, guest))
    out.print(f"Delegation {r['delegation']} ({r['standing']}).")


@council_app.command("participant-add")
def participant_add(
    meeting: Annotated[int, typer.Argument(help="Meeting id.")],
    delegation: Annotated[str, typer.Argument(help="Party code or guest name.")],
    name: Annotated[str, typer.Argument(help="The participant's name.")],
    title: Annotated[str, typer.Option(help="Title (default: as the hub knows the person).")] = "",
    role: Annotated[str, typer.Option(help="head, deputy, member or expert.")] = "member",
    as_user: AsOpt = None,
) -> None:
    """Add a participant to a delegation."""
    _run(as_user, True, lambda u: service.add_participant(u, meeting, delegation, name, title=title, role=role))
    out.print(f"{name} added to the delegation of {delegation}.")


@council_app.command("agenda-add")
def agenda_add(
    meeting: Annotated[int, typer.Argument(help="Meeting id.")],
    title: Annotated[str, typer.Argument(help="The item's title.")],
    parent: Annotated[int | None, typer.Option(help="Parent item id (a sub-item).")] = None,
    as_user: AsOpt = None,
) -> None:
    """Add an agenda item."""
    r = _run(as_user, True, lambda u: service.add_agenda_item(u, meeting, title, parent=parent))
    out.print(f"Item {r['id']}: {r['title']}.", highlight=False)


@council_app.command("status")
def meeting_status(
    meeting: Annotated[int, typer.Argument(help="Meeting id.")],
    status: Annotated[str, typer.Argument(help="in_session or closed.")],
    as_user: AsOpt = None,
) -> None:
    """Open or close a meeting."""
    m = _run(as_user, True, lambda u: service.set_meeting_status(u, meeting, status))
    out.print(f"Meeting {m.id} is {m.status.value}.")


@council_app.command("draft")
def draft(
    meeting: Annotated[int, typer.Argument(help="Meeting id.")],
    title: Annotated[str, typer.Argument(help="The decision's title.")],
    kind: Annotated[
        str,
        typer.Option(help="general, communique, joint_listing, joint_delisting, admission, suspension or action_plan."),
    ] = "general",
    text: Annotated[list[str] | None, typer.Option(help="LANG=TEXT (repeat for each language).")] = None,
    procedure: Annotated[str, typer.Option(help="in_session or silence.")] = "in_session",
    deadline: Annotated[
        str | None, typer.Option(help="Silence deadline (local time of the alliance, or ISO with offset).")
    ] = None,
    item: Annotated[int | None, typer.Option(help="Agenda item id.")] = None,
    party: Annotated[str | None, typer.Option(help="Admission/suspension: the party concerned.")] = None,
    effect: Annotated[str | None, typer.Option(help='The effect as JSON (e.g. {"entry_id": "des-..."}).')] = None,
    as_user: AsOpt = None,
    json_out: JsonOpt = False,
) -> None:
    """Table a draft decision."""
    texts = {}
    for t in text or []:
        lang, sep, body = t.partition("=")
        if not sep:
            raise CliError(f"--text is LANG=TEXT, not {t!r}")
        texts[lang.strip()] = body
    try:
        eff = json.loads(effect) if effect else {}
    except ValueError as exc:
        raise CliError(f"--effect is not JSON: {exc}") from None

    def work(u: Unit) -> dict[str, Any]:
        d = service.draft_decision(
            u,
            meeting,
            title,
            kind=kind,
            texts=texts,
            procedure=procedure,
            deadline=deadline,
            agenda_item=item,
            concerned_party=party,
            effect=eff,
        )
        return service.to_mapping_decision(u, d)

    d = _run(as_user, True, work)
    if json_out:
        _print_json(d)
    else:
        out.print(f"Draft decision {d['id']}: {d['title']} ({d['procedure']}).", highlight=False)


@council_app.command("position")
def position(
    decision: Annotated[int, typer.Argument(help="Decision id.")],
    kind: Annotated[str, typer.Argument(help="objection, reservation, withdrawal or statement.")],
    text: Annotated[str, typer.Option(help="The text (required for reservations and statements).")] = "",
    as_user: AsOpt = None,
) -> None:
    """Record your party's position on a draft decision (as a delegate)."""
    _run(as_user, True, lambda u: service.record_position(u, decision, kind, text))
    out.print(f"{kind} recorded on decision {decision}.")


@council_app.command("close")
def close(
    decision: Annotated[int, typer.Argument(help="Decision id.")],
    as_user: AsOpt = None,
) -> None:
    """Close an item in session (the chair's delegation or an alliance_admin)."""
    d = _run(as_user, True, lambda u: service.close_decision(u, decision))
    out.print(f"Decision {d.id}: {d.status.value}{' as ' + d.number if d.number else ''}.")


@council_app.command("decision")
def decision_show(
    decision: Annotated[int, typer.Argument(help="Decision id.")],
    as_user: AsOpt = None,
) -> None:
    """Show a decision with its positions (JSON)."""
    _print_json(_run(as_user, False, lambda u: service.to_mapping_decision(u, service.get_decision(u, decision))))


@council_app.command("run-due")
def run_due() -> None:
    """Conclude silence procedures whose deadline passed (the server does it every ACCORD_COUNCIL_INTERVAL_SECONDS)."""
    hub = _hub()
    try:
        done = service.run_due(hub)
    finally:
        hub.dispose()
    out.print(f"{len(done)} silence procedures concluded.")


@council_app.command("minutes")
def minutes(
    meeting: Annotated[int, typer.Argument(help="Meeting id.")],
    format_: Annotated[str, typer.Option("--format", help="md or pdf.")] = "md",
    communique: Annotated[bool, typer.Option(help="The communiqué instead of the minutes.")] = False,
    lang: Annotated[str, typer.Option(help="Language of the decision texts.")] = "en",
    output: Annotated[Path | None, typer.Option("-o", "--output", help="File (default: standard output).")] = None,
    as_user: AsOpt = None,
) -> None:
    """Minutes (or communiqué) of a meeting as Markdown or PDF."""
    if format_ not in ("md", "pdf"):
        raise CliError("--format is md or pdf")
    m = _run(as_user, False, lambda u: service.meeting_view(u, meeting))
    text = render.communique_markdown(m, lang=lang) if communique else render.minutes_markdown(m, lang=lang)
    data = render.to_pdf(text, title=m.title) if format_ == "pdf" else text.encode()
    if output:
        output.write_bytes(data)
        out.print(f"Written to {output}.")
    elif format_ == "pdf" and sys.stdout.isatty():
        raise CliError("a PDF goes to a file: give -o FILE")
    else:
        sys.stdout.buffer.write(data)
        sys.stdout.flush()


@council_app.command("actions")
def actions(as_user: AsOpt = None, json_out: JsonOpt = False) -> None:
    """Joint actions and their progress."""
    from accord.council.routes import action_to_mapping

    rows = _run(as_user, False, lambda u: [action_to_mapping(a) for a in service.list_actions(u)])
    if json_out:
        _print_json(rows)
    else:
        _table(
            "Joint actions",
            ["id", "title", "lead", "due", "progress %", "decision"],
            [[a["id"], a["title"], a["lead"], a["due"], a["progress"], a["decision"]] for a in rows],
        )


@council_app.command("report")
def report(
    action: Annotated[int, typer.Argument(help="Joint action id.")],
    progress: Annotated[int, typer.Argument(help="Percent done.")],
    text: Annotated[str, typer.Argument(help="What was done.")],
    task: Annotated[int | None, typer.Option(help="The task reported on.")] = None,
    as_user: AsOpt = None,
) -> None:
    """Report progress on a joint action or one of its tasks."""
    a = _run(as_user, True, lambda u: service.report_progress(u, action, progress, text, task=task))
    out.print(f"{a.title}: {a.progress:g}% overall.", highlight=False)
