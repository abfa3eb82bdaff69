"""Import/export formats of the designation register: FtM JSON lines, UN SC list XML, CSV.

Fixtures in tests/fixtures/register are invented records (no real person or
organisation) in each format's published layout.
"""

from __future__ import annotations

import io
import json
from dataclasses import replace
from datetime import date
from pathlib import Path

import pytest

from accord.register.formats import (
    CSV_HEADER,
    FORMATS,
    ImportRow,
    detect_format,
    detect_script,
    read_records,
    write_records,
)
from accord.register.formats._common import country_code
from accord.register.models import (
    Category,
    Designation,
    Draft,
    EntryStatus,
    Gender,
    Identifier,
    IdentifierKind,
    Name,
    NameKind,
    Schema,
    Tier,
)

FIXTURES = Path(__file__).parent / "fixtures" / "register"


def read_file(fmt: str, name: str) -> list[ImportRow]:
    with (FIXTURES / name).open("rb") as handle:
        return list(read_records(fmt, handle))


def read_bytes(fmt: str, data: bytes) -> list[ImportRow]:
    return list(read_records(fmt, io.BytesIO(data)))


def drafts_of(rows: list[ImportRow]) -> list[Draft]:
    return [row.draft for row in rows if row.draft is not None]


def errors_of(rows: list[ImportRow]) -> list[tuple[int, str]]:
    return [(row.position, row.error) for row in rows if row.error is not None]


def name(value: str, kind: NameKind = NameKind.PRIMARY, lang: str | None = None) -> Name:
    return Name(value=value, kind=kind, script=detect_script(value), lang=lang)


def designation(draft: Draft, number: int, status: EntryStatus = EntryStatus.LISTED) -> Designation:
    return Designation(
        id=f"des-{number:04d}",
        tier=Tier.JOINT if status in (EntryStatus.LISTED, EntryStatus.DELISTED) else Tier.NATIONAL,
        status=status,
        party_code=None if status in (EntryStatus.LISTED, EntryStatus.DELISTED) else "CZ",
        scope="alliance",
        draft=draft,
        revision=3,
        created_at="2024-01-02T03:04:05Z",
        updated_at="2024-02-03T04:05:06Z",
    )


def round_trip(fmt: str, designations: list[Designation]) -> list[ImportRow]:
    out = io.BytesIO()
    assert write_records(fmt, designations, out) == len(designations)
    out.seek(0)
    return list(read_records(fmt, out))


# ---------------------------------------------------------------------------
# helpers


def test_detect_script_covers_the_screened_scripts() -> None:
    assert detect_script("Ivan") == "Latn"
    assert detect_script("Иван") == "Cyrl"
    assert detect_script("张伟明") == "Hani"
    assert detect_script("حامد") == "Arab"
    assert detect_script("राहुल") == "Deva"
    assert detect_script("  12 «Ωμέγα»") == "Grek"
    assert detect_script("123 ---") is None


def test_country_code_reads_codes_and_un_names() -> None:
    assert country_code("ru") == "RU"
    assert country_code("AFG") == "AF"
    assert country_code("Iran (Islamic Republic of)") == "IR"
    assert country_code("Democratic People's Republic of Korea") == "KP"
    assert country_code("Republic of Korea") == "KR"
    assert country_code("Kosovo") == "XK"
    assert country_code("Atlantis") is None


def test_detect_format_by_extension_and_content() -> None:
    assert FORMATS == ("ftm", "unsc", "csv")
    assert detect_format("opensanctions.jsonl", b"") == "ftm"
    assert detect_format("consolidated.XML", b"") == "unsc"
    assert detect_format("list.csv.txt", b"") == "csv"
    assert detect_format("upload", b'\xef\xbb\xbf  {"id": "x"}') == "ftm"
    assert detect_format("upload", b'<?xml version="1.0"?><CONSOLIDATED_LIST/>') == "unsc"
    assert detect_format("upload", b"\xef\xbb\xbfschema;Name;aliases\r\nPerson;A;B\r\n") == "csv"
    with pytest.raises(ValueError, match=r"cannot tell the format of 'notes\.pdf'"):
        detect_format("notes.pdf", b"%PDF-1.7")


def test_unknown_format_name_is_a_value_error() -> None:
    with pytest.raises(ValueError, match="unknown register format 'xlsx'"):
        read_records("xlsx", io.BytesIO(b""))
    with pytest.raises(ValueError, match="unknown register format"):
        write_records("xlsx", [], io.BytesIO())


# ---------------------------------------------------------------------------
# UN SC Consolidated List


def test_unsc_fixture_reads_into_drafts() -> None:
    rows = read_file("unsc", "unsc_list.xml")
    assert errors_of(rows) == []
    assert [row.position for row in rows] == [1, 2, 3, 4, 5, 6]
    assert [row.kind_hint for row in rows] == ["INDIVIDUAL"] * 4 + ["ENTITY"] * 2
    arvid, hamid, zhang, rahul, crescent, front = drafts_of(rows)

    assert arvid == Draft(
        schema=Schema.PERSON,
        names=(
            Name("ARVID KORMANOV ILYICH", NameKind.PRIMARY, "Latn"),
            Name("Арвид Ильич Корманов", NameKind.TRANSLITERATION, "Cyrl"),
            Name("Arvid Kormanoff", NameKind.ALIAS, "Latn"),
            Name("Abu Arvid", NameKind.ALIAS, "Latn"),
        ),
        category=Category.TERRORISM,
        reasons="Invented test record. Financier of a fictional network.",
        birth_dates=("1971-04-02", "1970"),
        birth_places=("Osh, Kyrgyzstan",),
        nationalities=("RU", "KG"),
        countries=("KG",),
        identifiers=(
            Identifier(IdentifierKind.PASSPORT, "K0001234", "RU"),
            Identifier(IdentifierKind.NATIONAL_ID, "ID-55-7712", "KG"),
        ),
        addresses=("12 Fictional Lane, Bishkek, Kyrgyzstan",),
        reference="QDi.901",
        listed_on=date(2011, 3, 14),
        source_id="9100001",
        notes=(
            "weak alias: Abu Arvid\napproximate birth date: 1970\n"
            "UN last updated: 2015-06-01\nUN last updated: 2019-02-11"
        ),
    )
    # Taliban list, BETWEEN birth years, low-quality aliases, f.k.a., gender, a country-only address.
    assert hamid.category is Category.TERRORISM
    assert hamid.names[1] == Name("حامد نورزاد", NameKind.TRANSLITERATION, "Arab")
    assert [n.kind for n in hamid.names[2:]] == [NameKind.ALIAS, NameKind.ALIAS, NameKind.FORMER]
    assert hamid.birth_dates == ("1958", "1959", "1960", "1961", "1962")
    assert hamid.gender is Gender.MALE
    assert hamid.countries == ("PK",) and hamid.addresses == ()
    assert hamid.birth_places == ("Spin Boldak District, Kandahar Province, Afghanistan",)
    assert hamid.notes == ("weak alias: Mullah Hamid\nweak alias: Haji Noorzad\nbirth year between: 1958-1962")
    # A non-terrorism regime; an unknown country is kept in notes, not lost and not fatal.
    assert zhang.category is Category.OTHER
    assert zhang.names[1].script == "Hani"
    assert zhang.nationalities == ("CN",)
    assert zhang.notes == "unrecognised nationality: Atlantis"
    assert zhang.identifiers == (Identifier(IdentifierKind.NATIONAL_ID, "G123456789", "CN"),)
    # Four name parts; "; " inside ALIAS_NAME separates names; UN-style country names.
    assert rahul.primary_name == "RAHUL DEV VERMA SINGH"
    assert rahul.names[1].script == "Deva"
    assert [n.value for n in rahul.names[2:]] == ["R. D. Verma", "Rahul Verma"]
    assert rahul.nationalities == ("IR",)

    assert crescent.schema is Schema.ORGANIZATION
    assert crescent.category is Category.TERRORISM
    assert crescent.reference == "QDe.905"
    assert [(n.value, n.kind) for n in crescent.names] == [
        ("NORTHERN CRESCENT RELIEF FOUNDATION", NameKind.PRIMARY),
        ("NCRF", NameKind.ALIAS),
        ("Northern Crescent Foundation", NameKind.ALIAS),
        ("Crescent Aid Society", NameKind.FORMER),
    ]
    assert crescent.addresses == ("Office 4, 7 Invented Road, Karachi, Pakistan",)
    assert crescent.countries == ("PK", "AF")
    assert front.category is Category.OTHER
    assert front.names[1] == Name("Вымышленный фронт", NameKind.TRANSLITERATION, "Cyrl")
    assert front.notes == "weak alias: VF"


def test_unsc_bad_records_are_error_rows_and_reading_goes_on() -> None:
    xml = b"""<?xml version="1.0"?>
<CONSOLIDATED_LIST><INDIVIDUALS>
  <INDIVIDUAL><DATAID>1</DATAID><FIRST_NAME>GOOD</FIRST_NAME><SECOND_NAME>ONE</SECOND_NAME></INDIVIDUAL>
  <INDIVIDUAL><DATAID>2</DATAID><FIRST_NAME>BAD</FIRST_NAME>
    <INDIVIDUAL_DATE_OF_BIRTH><TYPE_OF_DATE>EXACT</TYPE_OF_DATE><DATE>19xx</DATE></INDIVIDUAL_DATE_OF_BIRTH>
  </INDIVIDUAL>
  <INDIVIDUAL><DATAID>3</DATAID><COMMENTS1>no name</COMMENTS1></INDIVIDUAL>
  <INDIVIDUAL><DATAID>4</DATAID><FIRST_NAME>X</FIRST_NAME><LISTED_ON>2020-13-01</LISTED_ON></INDIVIDUAL>
  <INDIVIDUAL><DATAID>5</DATAID><FIRST_NAME>Y</FIRST_NAME>
    <INDIVIDUAL_DATE_OF_BIRTH><TYPE_OF_DATE>BETWEEN</TYPE_OF_DATE><FROM_YEAR>1970</FROM_YEAR></INDIVIDUAL_DATE_OF_BIRTH>
  </INDIVIDUAL>
</INDIVIDUALS><ENTITIES>
  <ENTITY><DATAID>6</DATAID><FIRST_NAME>GOOD ENTITY</FIRST_NAME></ENTITY>
</ENTITIES></CONSOLIDATED_LIST>"""
    rows = read_bytes("unsc", xml)
    assert [d.primary_name for d in drafts_of(rows)] == ["GOOD ONE", "GOOD ENTITY"]
    errors = errors_of(rows)
    assert [position for position, _ in errors] == [2, 3, 4, 5]
    assert errors[0][1].startswith("element 2 (INDIVIDUAL 2): INDIVIDUAL_DATE_OF_BIRTH/DATE '19xx' is not a date")
    assert errors[1][1] == "element 3 (INDIVIDUAL 3): FIRST_NAME is missing (the record has no name)"
    assert "LISTED_ON '2020-13-01'" in errors[2][1]
    assert "BETWEEN needs FROM_YEAR and TO_YEAR" in errors[3][1]


def test_unsc_broken_xml_ends_with_an_error_row() -> None:
    xml = b"""<CONSOLIDATED_LIST><INDIVIDUALS>
<INDIVIDUAL><DATAID>1</DATAID><FIRST_NAME>FIRST</FIRST_NAME></INDIVIDUAL>
<INDIVIDUAL><DATAID>2</DATAID><FIRST_NAME>CUT</FIRST_NA"""
    rows = read_bytes("unsc", xml)
    assert [d.primary_name for d in drafts_of(rows)] == ["FIRST"]
    assert len(errors_of(rows)) == 1
    position, message = errors_of(rows)[0]
    assert position == 2
    assert message.startswith("element 2: not well-formed XML at line 3")

    assert errors_of(read_bytes("unsc", b"this is not xml")) == [
        (1, "element 1: not well-formed XML at line 1, column 1")
    ]
    assert errors_of(read_bytes("unsc", b"")) != []
    assert errors_of(read_bytes("unsc", b"<sdnList><sdnEntry/></sdnList>")) == [
        (1, "element 1: root element is <sdnList>, not <CONSOLIDATED_LIST>")
    ]


def test_unsc_entity_bomb_is_refused_by_defusedxml() -> None:
    rows = read_file("unsc", "unsc_bomb.xml")
    assert rows == [ImportRow(1, None, "element 1: XML refused: a DTD (<!DOCTYPE>) is not allowed")]
    external = b"""<?xml version="1.0"?>
<!DOCTYPE CONSOLIDATED_LIST [<!ENTITY xxe SYSTEM "file:///etc/passwd">]>
<CONSOLIDATED_LIST><INDIVIDUALS><INDIVIDUAL><FIRST_NAME>&xxe;</FIRST_NAME></INDIVIDUAL></INDIVIDUALS></CONSOLIDATED_LIST>"""
    assert drafts_of(read_bytes("unsc", external)) == []
    assert "XML refused" in (read_bytes("unsc", external)[0].error or "")


def test_unsc_fixture_round_trips() -> None:
    drafts = drafts_of(read_file("unsc", "unsc_list.xml"))
    back = round_trip("unsc", [designation(d, i) for i, d in enumerate(drafts)])
    assert errors_of(back) == []
    assert drafts_of(back) == drafts


def test_unsc_export_layout() -> None:
    drafts = drafts_of(read_file("unsc", "unsc_list.xml"))
    out = io.BytesIO()
    write_records("unsc", [designation(drafts[4], 1), designation(drafts[1], 2)], out)
    text = out.getvalue().decode("utf-8")
    # Individuals come before entities whatever the input order.
    assert text.index("<INDIVIDUALS>") < text.index("<DATAID>9100002</DATAID>") < text.index("<ENTITIES>")
    assert text.index("<ENTITIES>") < text.index("<DATAID>9200001</DATAID>")
    assert "<FIRST_NAME>HAMID</FIRST_NAME>" in text and "<SECOND_NAME>NOORZAD</SECOND_NAME>" in text
    assert "<TYPE_OF_DATE>BETWEEN</TYPE_OF_DATE>" in text and "<FROM_YEAR>1958</FROM_YEAR>" in text
    assert "<QUALITY>Low</QUALITY>" in text and "<QUALITY>f.k.a.</QUALITY>" in text
    assert "<NATIONALITY>\n        <VALUE>Afghanistan</VALUE>" in text


def unsc_varied() -> list[Designation]:
    """Designations using only what the UN format carries."""
    return [
        designation(
            Draft(
                schema=Schema.PERSON,
                names=(
                    name("Olga Fiktivna Petrenko"),
                    name("Ольга Фіктивна Петренко", NameKind.TRANSLITERATION),
                    name("Olha Petrenko", NameKind.ALIAS),
                    name("Olga Ivanova", NameKind.FORMER),
                ),
                category=Category.SEPARATISM,
                reasons="National designation <decree> & reasons",
                birth_dates=("1980-02", "1981"),
                birth_places=("Kharkiv",),
                nationalities=("UA", "XK"),
                countries=("PL",),
                gender=Gender.FEMALE,
                identifiers=(
                    Identifier(IdentifierKind.PASSPORT, "FA123456", "UA"),
                    Identifier(IdentifierKind.TAX, "1234567890"),
                    Identifier(IdentifierKind.OTHER, "X-1", "PL"),
                ),
                addresses=("ul. Zmyslona 5, Warszawa",),
                reference="NAT-UA-2024/7",
                listed_on=date(2024, 4, 1),
                source_id="ua-7",
            ),
            1,
            EntryStatus.ACTIVE,
        ),
        designation(
            Draft(
                schema=Schema.PERSON,
                names=(name("Li"),),  # one-word name, no source id: DATAID becomes the designation id
                category=Category.OTHER,
            ),
            2,
        ),
        designation(
            Draft(
                schema=Schema.ORGANIZATION,
                names=(name("Extremist Study Circle"), name("ESC", NameKind.ALIAS)),
                category=Category.EXTREMISM,
                countries=("DE",),
                reference="QDe.999",  # a UN prefix with a non-terrorism category keeps the category
                source_id="esc",
            ),
            3,
        ),
    ]


def test_unsc_varied_designations_round_trip() -> None:
    designations = unsc_varied()
    back = drafts_of(round_trip("unsc", designations))
    expected = [d.draft for d in designations]
    expected[1] = replace(expected[1], source_id="des-0002")
    assert back == expected


# ---------------------------------------------------------------------------
# FollowTheMoney JSON lines


def test_ftm_fixture_reads_into_drafts_and_error_rows() -> None:
    rows = read_file("ftm", "ftm_entities.jsonl")
    selim, harbour, vessel, wang, front = drafts_of(rows)
    assert selim == Draft(
        schema=Schema.PERSON,
        names=(
            Name("Selim Varkony", NameKind.PRIMARY, "Latn"),
            Name("Selim Varkoni", NameKind.ALIAS, "Latn"),
            Name("Селим Варкони", NameKind.ALIAS, "Cyrl"),
            Name("The Accountant", NameKind.ALIAS, "Latn"),
        ),
        category=Category.TERRORISM,
        reasons="Invented test record: fundraiser for a fictional group.",
        birth_dates=("1968-03", "1969"),
        birth_places=("Tirana",),
        nationalities=("AL", "XK"),
        countries=("RU",),
        gender=Gender.MALE,
        identifiers=(
            Identifier(IdentifierKind.PASSPORT, "AL998877"),
            Identifier(IdentifierKind.NATIONAL_ID, "J12345678K"),
        ),
        addresses=("Rruga e Shpikur 4, Tirana",),
        source_id="xx-p-selim",
        notes=(
            "weak alias: The Accountant\ntopics: sanction, crime.terror\nprogram: FICTION-TERR-1\n"
            "source url: https://example.org/list/selim\ndatasets: example_list"
        ),
    )
    assert harbour.schema is Schema.COMPANY
    assert harbour.category is Category.OTHER
    assert harbour.names[2] == Name("Blue Harbor General Trading", NameKind.FORMER, "Latn")
    assert harbour.identifiers == (
        Identifier(IdentifierKind.REGISTRATION, "CN-1234567"),
        Identifier(IdentifierKind.TAX, "100200300400003"),
    )
    assert harbour.countries == ("IR", "AE")
    assert harbour.reasons == "Invented front company."
    assert vessel.schema is Schema.VESSEL
    assert vessel.identifiers == (Identifier(IdentifierKind.IMO, "9999991"),)
    assert vessel.countries == ("PA",)
    assert wang.names[0] == Name("王小明", NameKind.PRIMARY, "Hani")
    assert wang.birth_dates == ("1975-07-08",)
    assert wang.nationalities == ("CN",)
    assert wang.gender is None
    assert wang.notes == "unrecognised nationality: suhh\ngender: other"
    assert front.names[0].script == "Cyrl"
    assert front.countries == ("UA",)
    assert front.category is Category.TERRORISM
    assert front.identifiers == (Identifier(IdentifierKind.OTHER, "ORG-77"),)

    assert [(row.position, row.kind_hint) for row in rows if row.error] == [
        (4, "Sanction"),
        (5, "Address"),
        (6, ""),
        (7, "Person"),
        (8, "Organization"),
    ]
    errors = dict(errors_of(rows))
    assert errors[4].startswith("line 4 (entity xx-s-1): schema 'Sanction' is not a designation")
    assert errors[5].startswith("line 5 (entity xx-a-1): schema 'Address' is not a designation")
    assert errors[6].startswith("line 6: not JSON")
    assert errors[7].startswith("line 7 (entity xx-p-baddate): birthDate '19xx' is not a date")
    assert errors[8] == "line 8 (entity xx-o-noname): name is missing"
    # The blank line 9 is skipped, not an error; positions are real line numbers.
    assert [row.position for row in rows if row.draft] == [1, 2, 3, 10, 11]


def test_ftm_odd_lines() -> None:
    data = b'[1, 2]\n{"schema": "Person", "properties": {"name": ["A"], "birthDate": [1970]}}\n\xff\xfe\n'
    data += b'{"schema": "Person", "properties": {"name": [{"x": 1}]}}\n{"properties": {}}\n'
    assert errors_of(read_bytes("ftm", data)) == [
        (1, "line 1: not a JSON object (an FtM entity)"),
        (3, "line 3: not UTF-8 text (byte 1)"),
        (4, "line 4: property name holds a non-text value"),
        (5, "line 5: schema is missing"),
    ]
    # A number where FtM writes a string is accepted as its text.
    assert drafts_of(read_bytes("ftm", data))[0].birth_dates == ("1970",)


def ftm_varied() -> list[Designation]:
    return [
        designation(
            Draft(
                schema=Schema.PERSON,
                names=(
                    name("Ivan Fiktivny", lang="en"),
                    name("Иван Фиктивный", NameKind.TRANSLITERATION, lang="ru"),
                    name("Vanya", NameKind.ALIAS),
                    name("Ivan Old", NameKind.FORMER),
                    name("Johnny F.", NameKind.ALIAS),
                ),
                category=Category.EXTREMISM,
                reasons="Reasons line one.\nLine two.",
                birth_dates=("1970", "1971-06", "1972-07-08"),
                birth_places=("Minsk",),
                nationalities=("BY", "RU"),
                countries=("LT",),
                gender=Gender.MALE,
                identifiers=(
                    Identifier(IdentifierKind.PASSPORT, "MP1234567", "BY"),
                    Identifier(IdentifierKind.NATIONAL_ID, "3120570A001PB1", "BY"),
                    Identifier(IdentifierKind.OTHER, "ref:77"),
                ),
                addresses=("Fiction street 1, Vilnius",),
                stix_refs=("identity--11111111-2222-4333-8444-555555555555",),
                reference="LT-2024-15",
                listed_on=date(2024, 5, 6),
                source_id="lt-15",
                notes="Entered from a ministry letter.\nweak alias: Johnny F.",
            ),
            1,
            EntryStatus.ACTIVE,
        ),
        designation(
            Draft(
                schema=Schema.ORGANIZATION,
                # Han script given explicitly as traditional: the extension keeps what detection cannot know.
                names=(Name("虛構陣線", NameKind.PRIMARY, "Hant", "zh"), name("Fictional Front", NameKind.ALIAS)),
                category=Category.TERRORISM,
                birth_dates=("1999",),  # founding year typed as a birth date: Organization has no birthDate
                nationalities=("TW",),
                countries=("TW", "HK"),
                identifiers=(
                    Identifier(IdentifierKind.REGISTRATION, "REG-1", "TW"),
                    Identifier(IdentifierKind.PASSPORT, "nonsense-for-an-org"),
                ),
            ),
            2,
            EntryStatus.DELISTED,
        ),
        designation(
            Draft(
                schema=Schema.VESSEL,
                names=(name("SEA LIE", NameKind.ALIAS), name("OCEAN LIE")),  # no primary first
                identifiers=(Identifier(IdentifierKind.IMO, "9999993"),),
                countries=("PA",),
                source_id="v-1",
            ),
            3,
        ),
        designation(
            Draft(
                schema=Schema.COMPANY,
                names=(name("Arab Fiction Co"), name("شركة الخيال", NameKind.ALIAS, lang="ar")),
                identifiers=(Identifier(IdentifierKind.TAX, "T-9"), Identifier(IdentifierKind.REGISTRATION, "R-9")),
                addresses=("Building 1", "Building 2"),
                source_id="co-9",
            ),
            4,
        ),
        designation(Draft(schema=Schema.LEGAL_ENTITY, names=(name("Just A Name"),)), 5),
    ]


def test_ftm_varied_designations_round_trip() -> None:
    designations = ftm_varied()
    back = round_trip("ftm", designations)
    assert errors_of(back) == []
    expected = [d.draft for d in designations]
    expected[1] = replace(expected[1], source_id="des-0002")
    expected[4] = replace(expected[4], source_id="des-0005")
    assert drafts_of(back) == expected


def test_ftm_export_is_valid_ftm() -> None:
    out = io.BytesIO()
    write_records("ftm", ftm_varied(), out)
    entities = [json.loads(line) for line in out.getvalue().decode("utf-8").splitlines()]
    assert [e["id"] for e in entities] == [f"des-{n:04d}" for n in range(1, 6)]
    for entity in entities:
        assert isinstance(entity["properties"]["name"], list) and entity["properties"]["name"]
        for values in entity["properties"].values():
            assert isinstance(values, list) and all(isinstance(v, str) and v for v in values)
    ivan, front, vessel, company, _ = entities
    assert ivan["schema"] == "Person"
    assert ivan["properties"]["nationality"] == ["by", "ru"]
    assert ivan["properties"]["weakAlias"] == ["Johnny F."]
    assert ivan["properties"]["passportNumber"] == ["MP1234567"]
    assert ivan["properties"]["topics"] == ["sanction"]
    assert ivan["properties"]["notes"] == ["Reasons line one.\nLine two."]
    assert ivan["accord"]["category"] == "extremism"
    # Properties an Organization does not have stay out of properties (FtM would reject them).
    assert "birthDate" not in front["properties"] and "nationality" not in front["properties"]
    assert "passportNumber" not in front["properties"]
    assert front["properties"]["topics"] == ["crime.terror"]  # delisted: no "sanction"
    assert front["target"] is False
    assert front["accord"]["fields"] == {"birth_dates": ["1999"], "nationalities": ["TW"]}
    assert vessel["properties"]["name"] == ["OCEAN LIE"] and vessel["properties"]["alias"] == ["SEA LIE"]
    assert vessel["properties"]["imoNumber"] == ["9999993"]
    assert company["properties"]["address"] == ["Building 1", "Building 2"]


def test_ftm_edited_entity_falls_back_to_its_properties() -> None:
    out = io.BytesIO()
    write_records("ftm", ftm_varied()[:1], out)
    entity = json.loads(out.getvalue())
    entity["properties"]["alias"].append("Added Elsewhere")
    entity["properties"]["idNumber"] = ["CHANGED"]
    draft = drafts_of(read_bytes("ftm", json.dumps(entity).encode()))[0]
    assert "Added Elsewhere" in [n.value for n in draft.names]
    assert Identifier(IdentifierKind.NATIONAL_ID, "CHANGED") in draft.identifiers
    assert draft.reference == "LT-2024-15"  # fields FtM cannot hold still come from the extension


# ---------------------------------------------------------------------------
# CSV


def test_csv_fixture_with_bom_and_excel_quoting() -> None:
    raw = (FIXTURES / "designations.csv").read_bytes()
    assert raw.startswith(b"\xef\xbb\xbf") and b"\r\n" in raw
    rows = read_file("csv", "designations.csv")
    marek, flf, vessel, omar = drafts_of(rows)
    assert marek == Draft(
        schema=Schema.PERSON,
        names=(
            Name("Marek Invented", NameKind.PRIMARY, "Latn"),
            Name("Марек Инвентов", NameKind.TRANSLITERATION, "Cyrl"),
            Name("Marek Inventov", NameKind.ALIAS, "Latn"),
            Name('M. "Ghost" Invented', NameKind.ALIAS, "Latn"),
        ),
        category=Category.TERRORISM,
        reasons='Recruiter for a fictional cell.\nSecond line of reasons, with "quotes".',
        birth_dates=("1974-05-17", "1975"),
        birth_places=("Brno, Czechia",),
        nationalities=("CZ", "SK"),
        countries=("AT",),
        gender=Gender.MALE,
        identifiers=(
            Identifier(IdentifierKind.PASSPORT, "P1234567", "CZ"),
            Identifier(IdentifierKind.NATIONAL_ID, "740517/1234"),
        ),
        addresses=("Hlavni 1, Brno",),
        stix_refs=("report--0a1b2c3d-0000-4000-8000-000000000001",),
        reference="DEC-2024-01",
        listed_on=date(2024, 2, 29),
        source_id="row-1",
    )
    assert flf.schema is Schema.ORGANIZATION and flf.category is Category.SEPARATISM
    assert flf.names[2] == Name("Old Fiction Front", NameKind.FORMER, "Latn")
    assert flf.countries == ("ES", "PT")
    assert vessel.identifiers == (Identifier(IdentifierKind.IMO, "9999992"),)
    assert omar.names[0] == Name("عمر المخترع", NameKind.PRIMARY, "Arab")
    assert omar.gender is Gender.MALE and omar.category is Category.EXTREMISM
    assert omar.notes == "weak alias: Omar al-Mukhtara"

    # The first row spans lines 2-3 (a line break inside quotes): later rows keep their real line numbers.
    assert [row.position for row in rows if row.draft] == [2, 4, 9, 11]
    assert errors_of(rows) == [
        (5, "line 5: column birth_dates: '19xx' is not a date (YYYY, YYYY-MM or YYYY-MM-DD)"),
        (6, "line 6: column name: empty (every record needs a name)"),
        (7, "line 7: column nationalities: 'Atlantis' is not a country (alpha-2 code or English name)"),
        (8, "line 8: column identifiers: 'badkind' is not one of passport, national_id, registration, tax, imo, other"),
    ]


def test_csv_semicolon_delimiter_and_row_errors() -> None:
    data = b"Name;Schema;Birth Dates;gender;category;listed_on\nAnna Fikce;Person;1990;f;;\n"
    data += b"Bad;Planet;;;;\nB;Person;;x;;\nC;Person;;;war;\nD;Person;;;;2024-01\nE;Person;;;;;;extra\n"
    rows = read_bytes("csv", data)
    assert drafts_of(rows) == [
        Draft(
            Schema.PERSON, (Name("Anna Fikce", NameKind.PRIMARY, "Latn"),), birth_dates=("1990",), gender=Gender.FEMALE
        )
    ]
    assert [position for position, _ in errors_of(rows)] == [3, 4, 5, 6, 7]
    messages = [message for _, message in errors_of(rows)]
    assert messages[0].startswith("line 3: column schema: 'Planet' is not one of Person")
    assert messages[1] == "line 4: column gender: 'x' is not male or female"
    assert messages[2].startswith("line 5: column category: 'war'")
    assert messages[3] == "line 6: column listed_on: '2024-01' is not a full date (YYYY-MM-DD)"
    assert messages[4] == "line 7: 8 cells but the header has 6"


def test_csv_whole_file_problems() -> None:
    assert errors_of(read_bytes("csv", b"")) == [(1, "line 1: no header (the file is empty)")]
    assert errors_of(read_bytes("csv", b"alias,country\nx,y\n"))[0][1].startswith(
        "line 1: the header has no 'name' column"
    )
    latin1 = "name\nJosé\n".encode("latin-1")
    assert errors_of(read_bytes("csv", latin1)) == [(2, "line 2: not UTF-8 text (save the sheet as 'CSV UTF-8')")]


def test_csv_reader_leaves_the_stream_open() -> None:
    stream = io.BytesIO(b"name\nA\n")
    assert len(list(read_records("csv", stream))) == 1
    assert not stream.closed


def csv_varied() -> list[Designation]:
    # CSV carries no name language; everything else survives.
    designations = [
        replace(
            d,
            draft=replace(
                d.draft, names=tuple(replace(n, lang=None, script=detect_script(n.value)) for n in d.draft.names)
            ),
        )
        for d in ftm_varied()
    ]
    tricky = Draft(
        schema=Schema.PERSON,
        names=(name('=HYPERLINK("http://x")'), name("semi;colon alias", NameKind.ALIAS), name("-dash", NameKind.ALIAS)),
        identifiers=(Identifier(IdentifierKind.OTHER, "a:b;c\\d", "FR"),),
        addresses=("1 Rue; Paris",),
        reasons='+ plus first, "quoted", and, commas',
        notes="@note",
        source_id="tricky",
    )
    return [*designations, designation(tricky, 6)]


_KIND_ORDER = [NameKind.PRIMARY, NameKind.TRANSLITERATION, NameKind.ALIAS, NameKind.FORMER]


def by_kind(draft: Draft) -> Draft:
    """CSV holds names in one column per kind, so they come back grouped by kind (stable within a kind)."""
    return replace(draft, names=tuple(sorted(draft.names, key=lambda n: _KIND_ORDER.index(n.kind))))


def test_csv_varied_designations_round_trip() -> None:
    designations = csv_varied()
    back = round_trip("csv", designations)
    assert errors_of(back) == []
    expected = [by_kind(d.draft) for d in designations]
    expected[1] = replace(expected[1], source_id="des-0002")
    expected[4] = replace(expected[4], source_id="des-0005")
    assert drafts_of(back) == expected


def test_csv_export_layout_defuses_formulas() -> None:
    out = io.BytesIO()
    write_records("csv", csv_varied(), out)
    raw = out.getvalue()
    assert raw.startswith(b"\xef\xbb\xbf")
    lines = raw.decode("utf-8-sig").split("\r\n")
    assert lines[0] == ",".join(CSV_HEADER)
    assert lines[1].startswith(
        "des-0001,national,active,CZ,Person,Ivan Fiktivny,Vanya;Johnny F.,Ivan Old,Иван Фиктивный,"
    )
    tricky = next(line for line in lines if line.startswith("des-0006"))
    assert '"\'=HYPERLINK(""http://x"")"' in tricky
    assert "semi\\;colon alias;'-dash" not in tricky  # only a cell's first character is defused
    assert "other:a\\:b\\;c\\\\d:FR" in tricky


# ---------------------------------------------------------------------------
# across formats


@pytest.mark.parametrize("fmt", FORMATS)
def test_every_format_converts_the_others(fmt: str) -> None:
    """A draft read from one format goes out and back through another unchanged (for what both carry)."""
    drafts = drafts_of(read_file("unsc", "unsc_list.xml"))
    back = drafts_of(round_trip(fmt, [designation(d, i) for i, d in enumerate(drafts)]))
    assert back == drafts


def test_empty_exports() -> None:
    for fmt in FORMATS:
        out = io.BytesIO()
        assert write_records(fmt, [], out) == 0
        out.seek(0)
        assert list(read_records(fmt, out)) == []
