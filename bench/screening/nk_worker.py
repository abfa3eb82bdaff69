"""Score name pairs with OpenSanctions' nomenklatura LogicV2 (the screening anchor).

Runs inside ``bench/.venv-nomenklatura`` (see ``bench/setup-nomenklatura.sh``),
never in Accord's venv: nomenklatura pins its own followthemoney and rigour.

Protocol: one JSON object a line on stdin, one a line on stdout, same order::

    {"schema": "Person", "name1": "...", "name2": "...",
     "birth_date1": "1978", "birth_date2": "", "country1": "RU", "country2": "",
     "gender1": "male", "gender2": ""}
    -> {"score": 0.83}

Every field but schema, name1 and name2 may be absent or empty. name1 is the
query, name2 the candidate, as in yente's /match. The entities are built the way
nomenklatura's own contrib/name_bench does it (a ValueEntity per side), with the
extra properties LogicV2's qualifiers read (birthDate, country, gender).
"""

from __future__ import annotations

import json
import sys
from typing import Any

from followthemoney import ValueEntity, model
from nomenklatura.matching.logic_v2.model import LogicV2

CONFIG = LogicV2.default_config()


def entity(row: dict[str, Any], side: str, n: int) -> ValueEntity:
    schema = model.get(row["schema"])
    if schema is None:
        raise ValueError(f"unknown schema {row['schema']!r}")
    # A fresh id per pair: LogicV2 caches name analyses by entity id, so reusing
    # one id would score every pair with the first pair's names.
    ent = ValueEntity(schema, {"id": f"pair{n}-{side}"})
    ent.add("name", row[f"name{side}"])
    # Properties a schema lacks (a Vessel has no birthDate) are skipped, not
    # errors: the same pair file feeds every schema.
    for prop, key in (("birthDate", "birth_date"), ("country", "country"), ("gender", "gender")):
        value = row.get(f"{key}{side}") or ""
        if value and schema.get(prop) is not None:
            ent.add(prop, value.lower() if prop == "country" else value)
    return ent


def main() -> int:
    for n, line in enumerate(sys.stdin):
        if not line.strip():
            continue
        row = json.loads(line)
        try:
            score = float(LogicV2.compare(entity(row, "1", n), entity(row, "2", n), CONFIG).score)
            out: dict[str, Any] = {"score": score}
        except Exception as exc:  # a bad row must not stall the whole run; report it
            out = {"score": 0.0, "error": f"{type(exc).__name__}: {exc}"}
        sys.stdout.write(json.dumps(out) + "\n")
        sys.stdout.flush()
    return 0


if __name__ == "__main__":
    sys.exit(main())
