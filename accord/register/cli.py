"""``accord register ...`` and ``accord screen ...``: thin commands around the register and screening services."""

from __future__ import annotations

import csv
import io
import json
import sys
from pathlib import Path
from typing import Annotated, Any

import typer
from rich.console import Console
from rich.progress import Progress
from typer.core import TyperGroup

from accord.clikit import AsOpt, CliError, JsonOpt, _hub, _print_json, _table, actor_for_username, out
from accord.intel import service as intel
from accord.register import formats, screening
from accord.register import service as register
from accord.register.models import EntryStatus, Tier

register_app = typer.Typer(
    help="The designation register: national designations and joint listings.", no_args_is_help=True
)


class _DefaultCommandGroup(TyperGroup):
    """``accord screen "Name"`` screens one name; ``accord screen batch|compare|...`` are subcommands."""

    def parse_args(self, ctx: Any, args: list[str]) -> list[str]:
        if args and args[0] not in self.commands and args[0] not in ("--help", "-h"):
            args = ["name", *args]
        return super().parse_args(ctx, args)


screen_app = typer.Typer(
    cls=_DefaultCommandGroup,
    help='Screen names against the register: accord screen "Name" [--dob --country --schema], or a subcommand.',
    no_args_is_help=True,
)
watch_app = typer.Typer(
    help="The watch list: subjects re-screened whenever the register changes.", no_args_is_help=True
)
screen_app.add_typer(watch_app, name="watch")


def _read(path: Path) -> bytes:
    try:
        return path.read_bytes()
    except OSError as exc:
        raise CliError(f"cannot read {path}: {exc.strerror}") from None


def _show(d: Any) -> None:
    m = register.designation_to_mapping(d)
    names = ", ".join(f"{n['value']} ({n['kind']})" for n in m["names"])
    _table(
        f"{d.id}",
        ["field", "value"],
        [
            ["name", d.draft.primary_name],
            ["names", names],
            ["schema", m["schema"]],
            ["tier / status", f"{m['tier']} / {m['status']}"],
            ["designating party", m["designating_party"] or "joint"],
            ["category", m["category"]],
            ["reference", m.get("reference", "")],
            ["listed on", m.get("listed_on", "")],
            ["birth dates", ", ".join(m.get("birth_dates", []))],
            ["nationalities", ", ".join(m.get("nationalities", []))],
            ["scope", m["scope"]],
            ["revision", m["revision"]],
            ["basis", m["basis"]],
        ],
    )


# --- register ------------------------------------------------------------------------------------------


@register_app.command("add")
def register_add(
    name: Annotated[str | None, typer.Option(help="Primary name (any script).")] = None,
    schema: Annotated[str, typer.Option(help="Person, Organization, Company, LegalEntity or Vessel.")] = "Person",
    alias: Annotated[list[str] | None, typer.Option(help="An alias (repeat for several).")] = None,
    birth_date: Annotated[list[str] | None, typer.Option(help="YYYY[-MM[-DD]] (repeat for several).")] = None,
    nationality: Annotated[list[str] | None, typer.Option(help="ISO alpha-2 (repeat).")] = None,
    identifier: Annotated[list[str] | None, typer.Option(help="kind:value[:country], e.g. passport:N123:KZ.")] = None,
    category: Annotated[str, typer.Option(help="terrorism, separatism, extremism or other.")] = "other",
    reference: Annotated[str, typer.Option(help="The designating authority's reference (national).")] = "",
    reasons: Annotated[str, typer.Option(help="Reasons for the designation.")] = "",
    file: Annotated[Path | None, typer.Option(help="A designation as JSON (the REST body) instead of options.")] = None,
    tier: Annotated[
        Tier, typer.Option(help="national (registrar) or joint (alliance_admin proposes).")
    ] = Tier.NATIONAL,
    scope: Annotated[str, typer.Option(help="own, group:<slug>, members, alliance or community.")] = "alliance",
    reason: Annotated[str, typer.Option(help="Why (required for joint listings).")] = "",
    as_user: AsOpt = None,
    json_out: JsonOpt = False,
) -> None:
    """Enter a national designation or propose a joint listing."""
    if file is not None:
        try:
            body = json.loads(_read(file))
        except ValueError as exc:
            raise CliError(f"{file} is not JSON: {exc}") from None
    else:
        if not name:
            raise CliError("give --name (or --file)")
        body = {
            "schema": schema,
            "name": name,
            "aliases": alias or [],
            "birth_dates": birth_date or [],
            "nationalities": nationality or [],
            "identifiers": identifier or [],
            "category": category,
            "reference": reference,
            "reasons": reasons,
        }
    draft = register.draft_from_mapping(body)
    hub = _hub()
    try:
        actor = actor_for_username(hub, as_user)
        intel.ensure_access_current(hub, actor)
        with hub.unit(actor, write=True) as u:
            d = register.add(u, draft, tier=tier, scope=scope, reason=reason)
    finally:
        hub.dispose()
    if json_out:
        _print_json(register.designation_to_mapping(d))
    else:
        out.print(f"Entered {d.id} ({d.tier.value}, {d.status.value}): {d.draft.primary_name}", highlight=False)


@register_app.command("show")
def register_show(
    entry_id: Annotated[str, typer.Argument(help="The entry id (des-...).")],
    as_user: AsOpt = None,
    json_out: JsonOpt = False,
) -> None:
    """One entry and its history."""
    hub = _hub()
    try:
        actor = actor_for_username(hub, as_user)
        with hub.unit(actor) as u:
            d = register.get(u, entry_id)
            hist = register.history(u, entry_id)
    finally:
        hub.dispose()
    if json_out:
        _print_json({**register.designation_to_mapping(d), "history": hist})
        return
    _show(d)
    _table(
        "History",
        ["rev", "at", "user", "party", "action", "reason", "changed"],
        [
            [h["revision"], h["at"], h["user"], h["party"], h["action"], h["reason"], ", ".join(h["changes"])]
            for h in hist
        ],
    )


@register_app.command("list")
def register_list(
    status: Annotated[str | None, typer.Option(help="Comma-separated statuses (active, listed, ...).")] = None,
    tier: Annotated[str | None, typer.Option(help="national or joint.")] = None,
    party: Annotated[str | None, typer.Option(help="Designating state (party code).")] = None,
    category: Annotated[str | None, typer.Option(help="terrorism, separatism, extremism or other.")] = None,
    q: Annotated[str | None, typer.Option(help="Text in any name, or an exact reference.")] = None,
    limit: Annotated[int, typer.Option(help="At most this many entries.")] = 100,
    as_user: AsOpt = None,
    json_out: JsonOpt = False,
) -> None:
    """Entries the user may see."""
    hub = _hub()
    try:
        actor = actor_for_username(hub, as_user)
        intel.ensure_access_current(hub, actor)
        with hub.unit(actor) as u:
            page, _ = register.list_designations(
                u,
                statuses=[s for s in (status or "").split(",") if s],
                tier=tier,
                party=party,
                category=category,
                text=q,
                limit=limit,
            )
    finally:
        hub.dispose()
    if json_out:
        _print_json([register.designation_to_mapping(d) for d in page])
        return
    _table(
        "Register",
        ["id", "name", "schema", "tier", "status", "party", "category", "reference"],
        [
            [
                d.id,
                d.draft.primary_name,
                d.draft.schema.value,
                d.tier.value,
                d.status.value,
                d.party_code or "joint",
                d.draft.category.value,
                d.draft.reference,
            ]
            for d in page
        ],
    )


@register_app.command("withdraw")
def register_withdraw(
    entry_id: Annotated[str, typer.Argument(help="The entry id.")],
    reason: Annotated[str, typer.Option(help="Why the designation is withdrawn.")],
    as_user: AsOpt = None,
) -> None:
    """Withdraw one of your state's national designations."""
    hub = _hub()
    try:
        actor = actor_for_username(hub, as_user)
        with hub.unit(actor, write=True) as u:
            d = register.withdraw(u, entry_id, reason)
    finally:
        hub.dispose()
    out.print(f"{d.id} withdrawn (revision {d.revision}).")


@register_app.command("status")
def register_status(
    entry_id: Annotated[str, typer.Argument(help="The joint listing's id.")],
    status: Annotated[str, typer.Argument(help="listed or delisted.")],
    reason: Annotated[str, typer.Option(help="Why (recorded and audited).")],
    basis: Annotated[str, typer.Option(help="The decision it rests on, if any.")] = "",
    as_user: AsOpt = None,
) -> None:
    """List or delist a joint listing (alliance_admin, until the council decides these)."""
    new = register._enum(EntryStatus, status, "status")
    hub = _hub()
    try:
        actor = actor_for_username(hub, as_user)
        with hub.unit(actor, write=True) as u:
            d = register.set_joint_status(u, entry_id, new, reason, basis=basis)
    finally:
        hub.dispose()
    out.print(f"{d.id} is {d.status.value} (revision {d.revision}).")


@register_app.command("import")
def register_import(
    file: Annotated[Path, typer.Argument(help="FollowTheMoney JSON lines, UN Consolidated List XML or CSV.")],
    format_: Annotated[str | None, typer.Option("--format", help="ftm, unsc or csv (default: from the file).")] = None,
    tier: Annotated[Tier, typer.Option(help="national or joint.")] = Tier.NATIONAL,
    scope: Annotated[str, typer.Option(help="own, group:<slug>, members, alliance or community.")] = "alliance",
    reason: Annotated[str, typer.Option(help="Recorded with each entry.")] = "",
    batch: Annotated[int, typer.Option(help="Records per transaction.")] = 500,
    as_user: AsOpt = None,
    json_out: JsonOpt = False,
) -> None:
    """Import designations with a progress bar; a record already imported (same source id) is updated."""
    data = _read(file)
    try:
        fmt = format_ or formats.detect_format(file.name, data[:4096])
        rows = list(formats.read_records(fmt, io.BytesIO(data)))
    except ValueError as exc:
        raise CliError(str(exc)) from None
    hub = _hub()
    total = register.ImportSummary()
    try:
        actor = actor_for_username(hub, as_user)
        intel.ensure_access_current(hub, actor)
        with Progress(console=Console(stderr=True), disable=json_out or not sys.stderr.isatty()) as bar:
            task = bar.add_task(f"Importing {file.name}", total=len(rows))
            for i in range(0, len(rows), max(1, batch)):
                chunk = rows[i : i + batch]
                with hub.unit(actor, write=True) as u:
                    s = register.import_rows(u, chunk, tier=tier, scope=scope, reason=reason)
                total.stored += s.stored
                total.updated += s.updated
                total.unchanged += s.unchanged
                total.refused += s.refused
                bar.advance(task, len(chunk))
    finally:
        hub.dispose()
    if json_out:
        _print_json(register.summary_as_dict(total))
    else:
        out.print(
            f"{total.stored} stored, {total.updated} updated, {total.unchanged} unchanged, "
            f"{len(total.refused)} refused."
        )
        for pos, err in total.refused[:20]:
            out.print(f"  refused #{pos}: {err}", highlight=False)
    if total.refused and not (total.stored or total.updated or total.unchanged):
        raise typer.Exit(1)


@register_app.command("export")
def register_export(
    format_: Annotated[str, typer.Option("--format", help="ftm, unsc or csv.")] = "ftm",
    output: Annotated[
        Path | None, typer.Option("-o", "--output", help="File to write (default: standard output).")
    ] = None,
    status: Annotated[str | None, typer.Option(help="Comma-separated statuses.")] = None,
    as_user: AsOpt = None,
) -> None:
    """Export the entries the user sees."""
    if format_ not in formats.FORMATS:
        raise CliError(f"unknown format {format_!r} (ftm, unsc or csv)")
    hub = _hub()
    try:
        actor = actor_for_username(hub, as_user)
        with hub.unit(actor) as u:
            designations = register.iter_designations(u, statuses=[s for s in (status or "").split(",") if s])
            if output is None:
                formats.write_records(format_, designations, sys.stdout.buffer)
                sys.stdout.flush()
                n = None
            else:
                with output.open("wb") as f:
                    n = formats.write_records(format_, designations, f)
    finally:
        hub.dispose()
    if n is not None:
        Console(stderr=True).print(f"{n} entries written to {output}.")


# --- screening -----------------------------------------------------------------------------------------


def _subject_of(name: str, schema: str, dob: str | None, country: str | None, gender: str | None) -> Any:
    d: dict[str, Any] = {"name": name, "schema": schema}
    if dob:
        d["birth_date"] = dob
    if country:
        d["country"] = country
    if gender:
        d["gender"] = gender
    return screening.subject_from_mapping(d)


SchemaOpt = Annotated[str, typer.Option(help="Person, Organization, Company, LegalEntity or Vessel.")]


@screen_app.command("name", hidden=True)
def screen_name(
    name: Annotated[str, typer.Argument(help="The name to screen, in any script.")],
    dob: Annotated[str | None, typer.Option(help="Birth date YYYY[-MM[-DD]].")] = None,
    country: Annotated[str | None, typer.Option(help="ISO 3166-1 alpha-2.")] = None,
    schema: SchemaOpt = "Person",
    gender: Annotated[str | None, typer.Option(help="male or female.")] = None,
    limit: Annotated[int, typer.Option(help="At most this many candidates.")] = 10,
    as_user: AsOpt = None,
    json_out: JsonOpt = False,
) -> None:
    """Screen one name against the register."""
    subject = _subject_of(name, schema, dob, country, gender)
    hub = _hub()
    try:
        actor = actor_for_username(hub, as_user)
        intel.ensure_access_current(hub, actor)
        with hub.unit(actor) as u:
            found = screening.screen(hub, u, subject, limit=limit)
    finally:
        hub.dispose()
    if json_out:
        _print_json([c.as_dict() for c in found])
        return
    if not found:
        out.print("No candidates.")
        return
    _table(
        f"Screening {name}",
        ["score", "decision", "entry", "name", "status", "party", "matched", "conflicts"],
        [
            [
                f"{c.comparison.score:.2f}",
                c.comparison.decision.value,
                c.designation.id,
                c.designation.draft.primary_name,
                c.designation.status.value,
                c.designation.party_code or "joint",
                c.comparison.explanation.candidate_name,
                "; ".join(c.comparison.explanation.conflicts),
            ]
            for c in found
        ],
    )


@screen_app.command("compare")
def screen_compare(
    pairs: Annotated[Path, typer.Option(help='JSON lines, each {"query": {...}, "candidate": {...}}.')],
    output: Annotated[
        Path | None, typer.Option("-o", "--output", help="File to write (default: standard output).")
    ] = None,
) -> None:
    """Score pairs: one JSON line {"score", "decision"} per input line, in the same order."""
    lines = _read(pairs).decode("utf-8-sig").splitlines()
    sink = output.open("w", encoding="utf-8") if output else sys.stdout
    try:
        for n, line in enumerate(lines, 1):
            if not line.strip():
                continue
            try:
                pair = json.loads(line)
                q = screening.subject_from_mapping(pair["query"])
                c = screening.subject_from_mapping(pair["candidate"])
            except (ValueError, KeyError, TypeError) as exc:
                raise CliError(f"{pairs}:{n}: {exc}") from None
            res = screening.compare_pair(q, c)
            sink.write(json.dumps({"score": round(res.score, 4), "decision": res.decision.value}) + "\n")
    finally:
        if output:
            sink.close()


@screen_app.command("batch")
def screen_batch(
    file: Annotated[
        Path, typer.Argument(help="CSV with a 'name' column (and schema, birth_date, country...) or JSONL.")
    ],
    output: Annotated[Path, typer.Option("-o", "--output", help="Results CSV.")],
    limit: Annotated[int, typer.Option(help="Candidates per subject (1 to 100).")] = 5,
    as_user: AsOpt = None,
) -> None:
    """Screen every subject of a file, with a progress bar; results as CSV."""
    screening.check_limit(limit)
    rows = list(screening.read_batch(_read(file), file.name))
    hub = _hub()
    n_match = 0
    try:
        actor = actor_for_username(hub, as_user)
        intel.ensure_access_current(hub, actor)
        with (
            Progress(console=Console(stderr=True), disable=not sys.stderr.isatty()) as bar,
            output.open("w", newline="", encoding="utf-8") as f,
            hub.unit(actor) as u,
        ):
            task = bar.add_task(f"Screening {file.name}", total=len(rows))
            w = csv.DictWriter(f, screening.RESULT_COLUMNS)
            w.writeheader()
            for r in screening.batch_results(hub, u, rows, limit=limit, progress=lambda k: bar.advance(task, k)):
                n_match += r["decision"] == "match"
                w.writerow(r)
    finally:
        hub.dispose()
    out.print(f"{len(rows)} subjects screened, {n_match} match rows; results in {output}.")


@screen_app.command("review")
def screen_review(
    name: Annotated[str, typer.Argument(help="The screened name (as screened).")],
    entry_id: Annotated[str, typer.Argument(help="The candidate entry id.")],
    outcome: Annotated[str, typer.Option(help="confirmed_match or false_positive.")],
    reason: Annotated[str, typer.Option(help="Why.")],
    dob: Annotated[str | None, typer.Option(help="Birth date as screened.")] = None,
    country: Annotated[str | None, typer.Option(help="Country as screened.")] = None,
    schema: SchemaOpt = "Person",
    as_user: AsOpt = None,
) -> None:
    """Record the outcome of a reviewed candidate."""
    subject = _subject_of(name, schema, dob, country, None)
    hub = _hub()
    try:
        actor = actor_for_username(hub, as_user)
        with hub.unit(actor, write=True) as u:
            screening.review(u, subject, entry_id, outcome, reason)
    finally:
        hub.dispose()
    out.print(f"Recorded {outcome} for {name} / {entry_id}.")


@watch_app.command("add")
def watch_add(
    name: Annotated[str, typer.Argument(help="The subject's name.")],
    dob: Annotated[str | None, typer.Option(help="Birth date YYYY[-MM[-DD]].")] = None,
    country: Annotated[str | None, typer.Option(help="ISO 3166-1 alpha-2.")] = None,
    schema: SchemaOpt = "Person",
    label: Annotated[str, typer.Option(help="A label for the officer (e.g. a case number).")] = "",
    as_user: AsOpt = None,
) -> None:
    """Put a subject under watch (screened now and whenever the register changes)."""
    subject = _subject_of(name, schema, dob, country, None)
    hub = _hub()
    try:
        actor = actor_for_username(hub, as_user)
        with hub.unit(actor, write=True) as u:
            res = screening.watch_add(hub, u, subject, label)
    finally:
        hub.dispose()
    out.print(f"Watching #{res['id']} {res['label']}: {res['raised']} candidates raised.", highlight=False)


@watch_app.command("list")
def watch_list(as_user: AsOpt = None, json_out: JsonOpt = False) -> None:
    """Your party's watched subjects."""
    hub = _hub()
    try:
        with hub.unit(actor_for_username(hub, as_user)) as u:
            rows = screening.watch_list(u)
    finally:
        hub.dispose()
    if json_out:
        _print_json(rows)
    else:
        _table(
            "Watch list",
            ["id", "label", "name", "by", "since"],
            [[r["id"], r["label"], r["subject"]["name"], r["created_by"], r["created_at"]] for r in rows],
        )


@watch_app.command("hits")
def watch_hits(
    all_: Annotated[bool, typer.Option("--all", help="Also acknowledged hits.")] = False,
    as_user: AsOpt = None,
    json_out: JsonOpt = False,
) -> None:
    """Candidates raised for watched subjects."""
    hub = _hub()
    try:
        with hub.unit(actor_for_username(hub, as_user)) as u:
            rows = screening.watch_hits(u, None if all_ else "new")
    finally:
        hub.dispose()
    if json_out:
        _print_json(rows)
    else:
        _table(
            "Watch-list hits",
            ["id", "label", "entry", "name", "score", "decision", "raised", "state"],
            [
                [
                    h["id"],
                    h["label"],
                    h["entry_id"],
                    h["entry_name"],
                    f"{h['score']:.2f}",
                    h["decision"],
                    h["raised_at"],
                    h["state"],
                ]
                for h in rows
            ],
        )


@watch_app.command("run")
def watch_run() -> None:
    """Re-screen the watch list now (the server does it every ACCORD_WATCH_INTERVAL_SECONDS)."""
    hub = _hub()
    try:
        n = screening.rescreen_watchlist(hub)
    finally:
        hub.dispose()
    out.print(f"{n} new hits raised.")
