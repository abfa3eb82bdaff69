"""The committed cross-script screening evaluation set is well formed.

bench/screening/cross_script_pairs.csv is the labelled set that bench/screening_quality.py
scores the matcher on (README beside it). These tests check its shape and its label
rules only — never how well any matcher does on it. They use no database fixture.
"""

from __future__ import annotations

import csv
import importlib.util
import re
import sys
from collections import Counter
from datetime import date
from pathlib import Path

import pytest

HERE = Path(__file__).resolve().parent
SET_DIR = HERE.parent / "bench" / "screening"
PAIRS = SET_DIR / "cross_script_pairs.csv"

COLUMNS = [
    "id", "split", "group", "phenomenon", "schema", "name1", "name2",
    "birth_date1", "birth_date2", "country1", "country2", "gender1", "gender2",
    "is_match", "note",
]  # fmt: skip
GROUPS = {"latin", "cyrillic", "han", "arabic_urdu", "devanagari", "other_script", "organisation"}
SCHEMAS = {"Person", "Organization", "Company", "LegalEntity", "Vessel"}
PEOPLE = ("latin", "cyrillic", "han", "arabic_urdu", "devanagari", "other_script")
# Where each phenomenon must appear (README, "Phenomena"). A phenomenon that
# does not exist in a naming culture is not required there: Chinese names have
# no patronymic and no gendered forms.
REQUIRED: dict[str, tuple[str, ...]] = {
    "transliteration": (*PEOPLE, "organisation"),
    "spelling_variant": (*PEOPLE, "organisation"),
    "passport_icao": ("cyrillic",),
    "bgn_press": ("cyrillic",),
    "national_orthography": ("cyrillic",),
    "pinyin_format": ("han",),
    "trad_simp": ("han",),
    "wade_giles": ("han",),
    "initials": PEOPLE,
    "extra_name_part": ("latin", "cyrillic", "arabic_urdu", "devanagari", "other_script"),
    "name_order": PEOPLE,
    "title": PEOPLE,
    "typo": (*PEOPLE, "organisation"),
    "legal_form": ("organisation",),
    "translated_name": ("organisation",),
    "neg_given_name": PEOPLE,
    "neg_patronymic": ("cyrillic", "arabic_urdu"),
    "neg_gender_form": ("latin", "cyrillic", "arabic_urdu", "devanagari", "other_script"),
    "neg_similar_name": (*PEOPLE, "organisation"),
    "neg_birth_year": PEOPLE,
    "neg_gender_conflict": PEOPLE,
    "neg_country": ("organisation",),
}
DATE = re.compile(r"^\d{4}(-\d{2}(-\d{2})?)?$")
# ISO 3166-1 alpha-2, officially assigned codes.
_ISO_ALPHA2_CODES = """
    AD AE AF AG AI AL AM AO AQ AR AS AT AU AW AX AZ BA BB BD BE BF BG BH BI BJ BL BM BN BO BQ BR BS BT BV BW
    BY BZ CA CC CD CF CG CH CI CK CL CM CN CO CR CU CV CW CX CY CZ DE DJ DK DM DO DZ EC EE EG EH ER ES ET FI FJ
    FK FM FO FR GA GB GD GE GF GG GH GI GL GM GN GP GQ GR GS GT GU GW GY HK HM HN HR HT HU ID IE IL IM IN IO IQ
    IR IS IT JE JM JO JP KE KG KH KI KM KN KP KR KW KY KZ LA LB LC LI LK LR LS LT LU LV LY MA MC MD ME MF MG MH
    MK ML MM MN MO MP MQ MR MS MT MU MV MW MX MY MZ NA NC NE NF NG NI NL NO NP NR NU NZ OM PA PE PF PG PH PK PL
    PM PN PR PS PT PW PY QA RE RO RS RU RW SA SB SC SD SE SG SH SI SJ SK SL SM SN SO SR SS ST SV SX SY SZ TC TD
    TF TG TH TJ TK TL TM TN TO TR TT TV TW TZ UA UG UM US UY UZ VA VC VE VG VI VN VU WF WS YE YT ZA ZM ZW"""
ISO_ALPHA2 = set(_ISO_ALPHA2_CODES.split())


@pytest.fixture(scope="module")
def rows() -> list[dict[str, str]]:
    with PAIRS.open(encoding="utf-8", newline="") as fh:
        reader = csv.DictReader(fh)
        assert reader.fieldnames == COLUMNS
        return list(reader)


def identity(row: dict[str, str]) -> str:
    return row["id"].rsplit("-", 1)[0]


def test_size_and_label_balance(rows: list[dict[str, str]]) -> None:
    assert len(rows) >= 600
    labels = Counter(r["is_match"] for r in rows)
    assert set(labels) == {"true", "false"}
    assert 0.4 <= labels["true"] / len(rows) <= 0.6


def test_splits(rows: list[dict[str, str]]) -> None:
    splits = Counter(r["split"] for r in rows)
    assert set(splits) == {"dev", "heldout"}
    assert 0.5 <= splits["dev"] / len(rows) <= 0.7
    # Split by identity: no invented person is partly dev, partly heldout.
    by_identity: dict[str, set[str]] = {}
    for r in rows:
        by_identity.setdefault(identity(r), set()).add(r["split"])
    assert all(len(s) == 1 for s in by_identity.values())


def test_every_group_has_both_labels_in_both_splits(rows: list[dict[str, str]]) -> None:
    seen = Counter((r["group"], r["split"], r["is_match"]) for r in rows)
    missing = [
        (g, s, m) for g in sorted(GROUPS) for s in ("dev", "heldout") for m in ("true", "false") if not seen[(g, s, m)]
    ]
    assert not missing


def test_every_required_phenomenon_in_every_group(rows: list[dict[str, str]]) -> None:
    seen = {(r["group"], r["phenomenon"]) for r in rows}
    missing = [(g, p) for p, groups in REQUIRED.items() for g in groups if (g, p) not in seen]
    assert not missing


def test_schema_values(rows: list[dict[str, str]]) -> None:
    for r in rows:
        assert r["id"], r
        assert r["group"] in GROUPS, r["id"]
        assert r["phenomenon"] in REQUIRED, r["id"]
        assert r["schema"] in SCHEMAS, r["id"]
        assert (r["schema"] == "Person") == (r["group"] != "organisation"), r["id"]
        assert r["is_match"] in ("true", "false"), r["id"]
        # neg_* phenomena are the hard negatives; every other phenomenon is a positive.
        assert r["phenomenon"].startswith("neg_") == (r["is_match"] == "false"), r["id"]
        for side in "12":
            name = r[f"name{side}"]
            assert name and name == name.strip() and "  " not in name, r["id"]
        assert r["note"], r["id"]


def test_dates_countries_genders(rows: list[dict[str, str]]) -> None:
    for r in rows:
        for side in "12":
            d, c, g = r[f"birth_date{side}"], r[f"country{side}"], r[f"gender{side}"]
            if d:
                assert DATE.match(d), (r["id"], d)
                y, m, dd = ([*map(int, d.split("-")), 1, 1])[:3]
                date(y, m, dd)  # raises on 1990-02-29 and the like
                assert 1900 <= y <= 2010, (r["id"], d)
            assert not c or c in ISO_ALPHA2, (r["id"], c)
            assert g in ("", "male", "female"), (r["id"], g)
            if r["schema"] != "Person":
                assert not d and not g, r["id"]


def test_no_duplicate_pairs(rows: list[dict[str, str]]) -> None:
    ids = Counter(r["id"] for r in rows)
    assert not [i for i, n in ids.items() if n > 1]
    inputs = Counter(tuple(r[k] for k in COLUMNS[4:13]) for r in rows)
    assert not [k for k, n in inputs.items() if n > 1]


def test_label_rule_is_consistent(rows: list[dict[str, str]]) -> None:
    """is_match is true iff the same entity given every field: no positive carries a conflict."""
    for r in rows:
        d1, d2 = r["birth_date1"][:4], r["birth_date2"][:4]
        c1, c2, g1, g2 = r["country1"], r["country2"], r["gender1"], r["gender2"]
        year_conflict = bool(d1 and d2 and d1 != d2)
        day_conflict = bool(r["birth_date1"] and r["birth_date2"]) and not (
            r["birth_date1"].startswith(r["birth_date2"]) or r["birth_date2"].startswith(r["birth_date1"])
        )
        country_conflict = bool(c1 and c2 and c1 != c2)
        gender_conflict = bool(g1 and g2 and g1 != g2)
        if r["is_match"] == "true":
            assert not (year_conflict or day_conflict or country_conflict or gender_conflict), r["id"]
            assert r["name1"] != r["name2"], r["id"]  # an identical pair tests nothing
        # Each attribute negative carries exactly the conflict it is about.
        assert year_conflict == (r["phenomenon"] == "neg_birth_year"), r["id"]
        assert gender_conflict == (r["phenomenon"] == "neg_gender_conflict"), r["id"]
        assert country_conflict == (r["phenomenon"] == "neg_country"), r["id"]


def test_csv_is_what_the_generator_writes() -> None:
    spec = importlib.util.spec_from_file_location("make_pairs", SET_DIR / "make_pairs.py")
    assert spec and spec.loader
    module = importlib.util.module_from_spec(spec)
    # dataclasses look their module up in sys.modules while the class is built.
    sys.modules[spec.name] = module
    try:
        spec.loader.exec_module(module)
    finally:
        del sys.modules[spec.name]
    assert PAIRS.read_text(encoding="utf-8") == module.render(module.build())
