"""The number parser, table-driven: real-format numbers as offices print them and people type them, then
hostile input. No database: registers.numbers and registers.deeplinks are pure."""

import csv
import re
from pathlib import Path

import pytest

from registers import deeplinks
from registers.numbers import (
    APPLICATION,
    GRANT,
    MAX_INPUT_LENGTH,
    PUBLICATION,
    NumberFormatError,
    de_check_digit,
    parse_number,
)

SAMPLES = Path(__file__).resolve().parent.parent / "content" / "samples"


def fullwidth(text: str) -> str:
    """ASCII as typed on a Japanese or Chinese keyboard (U+FF01 to U+FF5E)."""
    return "".join(chr(ord(char) + 0xFEE0) if "!" <= char <= "~" else char for char in text)


# input as typed -> office, type, number (office's own form), kind code
NUMBERS = [
    # EPO: publication and patent numbers, application numbers with or without check digit
    ("EP 1 234 567 B1", "EP", GRANT, "1234567", "B1"),
    ("EP1234567", "EP", PUBLICATION, "1234567", ""),
    ("EP 1 000 000 A1", "EP", PUBLICATION, "1000000", "A1"),
    ("EP 3 456 789 A2", "EP", PUBLICATION, "3456789", "A2"),
    ("ep 2 123 456 b9", "EP", GRANT, "2123456", "B9"),
    ("EP 0 123 456 B1", "EP", GRANT, "0123456", "B1"),
    ("EP 123456 A1", "EP", PUBLICATION, "0123456", "A1"),
    ("EP 1.234.567 B1", "EP", GRANT, "1234567", "B1"),
    ("EP-1234567-B1", "EP", GRANT, "1234567", "B1"),
    ("EP 99203729.6", "EP", APPLICATION, "99203729", ""),
    ("EP99203729", "EP", APPLICATION, "99203729", ""),
    ("EP 19205846.2", "EP", APPLICATION, "19205846", ""),
    # WIPO: PCT publications (two-digit years before 2004) and international application numbers
    ("WO 2020/123456", "WO", PUBLICATION, "2020123456", ""),
    ("WO 2020/123456 A1", "WO", PUBLICATION, "2020123456", "A1"),
    ("WO2021/012345A3", "WO", PUBLICATION, "2021012345", "A3"),
    ("WO2024066118A1", "WO", PUBLICATION, "2024066118", "A1"),
    ("WO 99/03196 A1", "WO", PUBLICATION, "1999003196", "A1"),
    ("WO 03/012345", "WO", PUBLICATION, "2003012345", ""),
    ("PCT/IB2020/051234", "WO", APPLICATION, "PCT/IB2020/051234", ""),
    ("PCT/IB2019/012345", "WO", APPLICATION, "PCT/IB2019/012345", ""),
    ("PCT/US2021/033871", "WO", APPLICATION, "PCT/US2021/033871", ""),
    ("pct/cn2010/001234", "WO", APPLICATION, "PCT/CN2010/001234", ""),
    ("PCT EP 2013 123456", "WO", APPLICATION, "PCT/EP2013/123456", ""),
    ("PCT/US99/12345", "WO", APPLICATION, "PCT/US1999/012345", ""),
    # USPTO: patents (utility, design, reissue, plant), pre-grant publications, applications
    ("US 10,123,456 B2", "US", GRANT, "10123456", "B2"),
    ("US 10,000,000 B2", "US", GRANT, "10000000", "B2"),
    ("US 7,654,321 B1", "US", GRANT, "7654321", "B1"),
    ("US 5,123,456 A", "US", GRANT, "5123456", "A"),
    ("US10123456", "US", GRANT, "10123456", ""),
    ("US 2019/0123456 A1", "US", PUBLICATION, "20190123456", "A1"),
    ("US 2020/0123456 A1", "US", PUBLICATION, "20200123456", "A1"),
    ("US20210012345A1", "US", PUBLICATION, "20210012345", "A1"),
    ("US 16/123,456", "US", APPLICATION, "16123456", ""),
    ("16/123,456", "US", APPLICATION, "16123456", ""),
    ("US 63/999,378", "US", APPLICATION, "63999378", ""),
    ("US 16123456", "US", APPLICATION, "16123456", ""),
    ("US D912,345 S", "US", GRANT, "D912345", "S"),
    ("US RE45,678 E", "US", GRANT, "RE45678", "E"),
    ("US PP34,567 P3", "US", GRANT, "PP34567", "P3"),
    # JPO: Western-year numbers, with or without the Japanese prefixes, full-width digits
    ("JP 2020-123456 A", "JP", PUBLICATION, "2020123456", "A"),
    ("JP2020123456A", "JP", PUBLICATION, "2020123456", "A"),
    ("JP 2020-123456", "JP", APPLICATION, "2020123456", ""),
    ("特願2020-123456", "JP", APPLICATION, "2020123456", ""),
    ("特願" + fullwidth("2020-123456"), "JP", APPLICATION, "2020123456", ""),
    ("特開2021-012345", "JP", PUBLICATION, "2021012345", "A"),
    ("特表2020-512345", "JP", PUBLICATION, "2020512345", "A"),
    ("特許第6000000号", "JP", GRANT, "6000000", ""),
    ("JP 6000000 B2", "JP", GRANT, "6000000", "B2"),
    ("JP 3244847 U", "JP", GRANT, "3244847", "U"),
    # CNIPA: publication numbers, application numbers with check digit (X is one), ZL patent numbers
    ("CN 111000000 A", "CN", PUBLICATION, "111000000", "A"),
    ("CN 112345678 B", "CN", GRANT, "112345678", "B"),
    ("CN 212345678 U", "CN", GRANT, "212345678", "U"),
    ("CN 202010123456.7", "CN", APPLICATION, "202010123456", ""),
    ("CN 201880012345.X", "CN", APPLICATION, "201880012345", ""),
    ("CN 99123456.7", "CN", APPLICATION, "99123456", ""),
    ("ZL 202010123456.7", "CN", GRANT, "202010123456", ""),
    # KIPO: application numbers with or without KR, publications, registrations
    ("KR 10-2020-0012345", "KR", APPLICATION, "1020200012345", ""),
    ("10-2020-0012345", "KR", APPLICATION, "1020200012345", ""),
    ("KR 10-2021-0012345 A", "KR", PUBLICATION, "1020210012345", "A"),
    ("KR 10-2345678 B1", "KR", GRANT, "102345678", "B1"),
    ("KR 20-2019-0001234", "KR", APPLICATION, "2020190001234", ""),
    # DPMA: file numbers (Aktenzeichen), publications, utility models, translations of European patents
    ("DE 10 2019 123 456 A1", "DE", PUBLICATION, "102019123456", "A1"),
    ("DE 10 2020 123 456.7", "DE", APPLICATION, "102020123456", ""),
    ("DE 10 2016 124 583 B3", "DE", GRANT, "102016124583", "B3"),
    ("DE 20 2025 106 621 U1", "DE", GRANT, "202025106621", "U1"),
    ("DE 195 06 669 A1", "DE", PUBLICATION, "19506669", "A1"),
    ("DE 196 30 877.1", "DE", APPLICATION, "19630877", ""),
    ("DE 60 2004 001 053 T2", "DE", PUBLICATION, "602004001053", "T2"),
    # UK IPO
    ("GB 2 600 000 A", "GB", PUBLICATION, "2600000", "A"),
    ("GB2012345.6", "GB", APPLICATION, "2012345", ""),
    ("GB 2 513 196 B", "GB", GRANT, "2513196", "B"),
    ("UK 2600000 A", "GB", PUBLICATION, "2600000", "A"),
    # INPI France
    ("FR 3 100 000 A1", "FR", PUBLICATION, "3100000", "A1"),
    ("FR 3128111 B1", "FR", GRANT, "3128111", "B1"),
    ("FR 1909731", "FR", APPLICATION, "1909731", ""),
    # INPI Brazil: since 2013 and before
    ("BR 10 2019 012345-6", "BR", APPLICATION, "102019012345", ""),
    ("BR 10 2020 012345 6", "BR", APPLICATION, "102020012345", ""),
    ("BR 1020150062087", "BR", APPLICATION, "102015006208", ""),
    ("BR 10 2019 012345 A2", "BR", PUBLICATION, "102019012345", "A2"),
    ("PI 0712345-6", "BR", APPLICATION, "PI0712345", ""),
    # CIPO, IP Australia, Indian Patent Office
    ("CA 3 000 000", "CA", GRANT, "3000000", ""),
    ("CA 3000000 A1", "CA", PUBLICATION, "3000000", "A1"),
    ("CA 2604999 C", "CA", GRANT, "2604999", "C"),
    ("AU 2020123456", "AU", APPLICATION, "2020123456", ""),
    ("AU 2015220781 B2", "AU", GRANT, "2015220781", "B2"),
    ("AU 2021106333 A4", "AU", PUBLICATION, "2021106333", "A4"),
    ("IN 202011012345", "IN", APPLICATION, "202011012345", ""),
    ("IN 201611000001", "IN", APPLICATION, "201611000001", ""),
    ("IN 345678 B", "IN", GRANT, "345678", "B"),
    # TIPO, IMPI, OEPM, Rospatent
    ("TW 109123456", "TW", APPLICATION, "109123456", ""),
    ("TW 202012345 A", "TW", PUBLICATION, "202012345", "A"),
    ("TW I712345 B", "TW", GRANT, "I712345", "B"),
    ("TW M612345 U", "TW", GRANT, "M612345", "U"),
    ("MX/a/2020/012345", "MX", APPLICATION, "MX/a/2020/012345", ""),
    ("MX 123456 B", "MX", GRANT, "123456", "B"),
    ("P202030431", "ES", APPLICATION, "P202030431", ""),
    ("ES 2 812 345 B2", "ES", GRANT, "2812345", "B2"),
    ("ES 1 234 567 U", "ES", PUBLICATION, "1234567", "U"),
    ("RU 2 700 000 C1", "RU", GRANT, "2700000", "C1"),
    ("RU 2020123456 A", "RU", PUBLICATION, "2020123456", "A"),
    ("RU 200000 U1", "RU", GRANT, "200000", "U1"),
    # Regional offices: EAPO, ARIPO, OAPI
    ("EA 201991234", "EA", APPLICATION, "201991234", ""),
    ("EA 200100123 A1", "EA", PUBLICATION, "200100123", "A1"),
    ("EA 006494 B1", "EA", GRANT, "006494", "B1"),
    ("AP/P/2020/012345", "AP", APPLICATION, "AP/P/2020/012345", ""),
    ("AP 6789 A", "AP", GRANT, "6789", "A"),
    ("OA 19876 A", "OA", GRANT, "19876", "A"),
    # Offices without rules of their own: code, number, kind code
    ("CH 712345 A1", "CH", PUBLICATION, "712345", "A1"),
    ("SE 543210 C2", "SE", GRANT, "543210", "C2"),
    ("NL 2012345 B1", "NL", GRANT, "2012345", "B1"),
    # Other Unicode digits and full-width letters
    ("EP ١٢٣٤٥٦٧ B1", "EP", GRANT, "1234567", "B1"),
    (fullwidth("EP1234567B1"), "EP", GRANT, "1234567", "B1"),
    (fullwidth("US 10,123,456 B2"), "US", GRANT, "10123456", "B2"),
    ("  EP 1234567 B1\n", "EP", GRANT, "1234567", "B1"),
]


def _fields(number):
    return number.office, number.type, number.number, number.kind


def test_the_table_covers_at_least_sixty_real_format_numbers():
    assert len(NUMBERS) >= 60
    assert len({row[0] for row in NUMBERS}) == len(NUMBERS)


@pytest.mark.parametrize(("typed", "office", "type_", "number", "kind"), NUMBERS, ids=[row[0] for row in NUMBERS])
def test_number_is_read_into_office_type_number_and_kind(typed, office, type_, number, kind):
    assert _fields(parse_number(typed)) == (office, type_, number, kind)


@pytest.mark.parametrize("typed", [row[0] for row in NUMBERS])
def test_display_form_reads_back_to_the_same_number(typed):
    number = parse_number(typed)
    assert _fields(parse_number(number.display)) == _fields(number)


@pytest.mark.parametrize("typed", [row[0] for row in NUMBERS])
def test_every_deep_link_carries_the_number(typed):
    number = parse_number(typed)
    forms = {number.number, f"{number.number[:4]}-{number.number[4:]}"} | ({number.espacenet} - {""})
    for link in deeplinks.links_for(number):
        assert link.url.startswith("https://")
        assert any(form in link.url for form in forms), (link.url, forms)


def _sample_rows():
    for path in sorted(SAMPLES.glob("*.csv")):
        with path.open(encoding="utf-8") as file:
            for row in csv.DictReader(file):
                yield path.stem, row


KIND_TYPES = {"application": APPLICATION, "publication": PUBLICATION, "patent": GRANT}


@pytest.mark.parametrize(("code", "row"), list(_sample_rows()), ids=lambda v: v if isinstance(v, str) else "")
def test_every_sample_number_on_file_is_read_as_its_office_and_kind(code, row):
    # Some samples are printed without the office code (AU 2020123456 is printed "2020123456"); a reader
    # types the code, as the checker asks.
    printed = row["as_printed"]
    prefix = re.match(r"([A-Z]{2})\s?\d", printed)
    # Printed without the office code (AU "2020123456", AT "A 1137/2003"): a reader types the code.
    typed = f"{code} {printed}" if printed[0].isdigit() or re.match(r"[A-Z] ", printed) else printed
    # A European patent validated in the state is listed there under its EP number.
    office = prefix[1] if prefix else code
    number = parse_number(typed)
    assert (number.office, number.type) == (office, KIND_TYPES[row["kind"]] if office == code else number.type)


@pytest.mark.parametrize(
    ("digits", "check"),
    [("202025106621", "1"), ("202023102823", "3"), ("102016124583", "6"), ("19630877", "1"), ("10001499", "2")],
)
def test_german_check_digits_match_real_file_numbers(digits, check):
    assert de_check_digit(digits) == check


def test_links_use_each_service_s_own_form_of_the_number():
    def urls(typed):
        return [link.url for link in deeplinks.links_for(parse_number(typed))]

    assert "https://register.epo.org/application?number=EP99203729" in urls("EP 99203729.6")
    assert "https://worldwide.espacenet.com/patent/search?q=pn%3DEP1234567B1" in urls("EP 1 234 567 B1")
    assert "https://patentcenter.uspto.gov/applications/16123456" in urls("16/123,456")
    pgpub = urls("US 2019/0123456 A1")
    assert "https://ppubs.uspto.gov/pubwebapp/external.html?q=%2820190123456%29.pn.&db=US-PGPUB" in pgpub
    assert "https://worldwide.espacenet.com/patent/search?q=pn%3DUS2019123456A1" in pgpub  # DOCDB form
    assert "https://patentscope.wipo.int/search/en/detail.jsf?docId=WO2020123456" in urls("WO 2020/123456 A1")
    assert "https://register.dpma.de/DPMAregister/pat/register?AKZ=1020201234567" in urls("DE 10 2020 123 456.7")
    assert "https://register.dpma.de/DPMAregister/pat/register?AKZ=1020161245836" in urls("DE 10 2016 124 583 B3")
    assert "https://www.j-platpat.inpit.go.jp/c1801/PU/JP-2021-012345/11/ja" in urls("特開2021-012345")
    assert "https://www.j-platpat.inpit.go.jp/c1801/PU/JP-6000000/15/ja" in urls("JP 6000000 B2")
    assert "https://worldwide.espacenet.com/patent/search?q=pn%3DKR20210012345A" in urls("KR 10-2021-0012345 A")
    assert "https://kpat.kipris.or.kr/kpat/biblioa.do?method=biblioFrame&applno=1020200012345" in urls(
        "KR 10-2020-0012345"
    )
    assert "https://www.ipo.gov.uk/p-ipsum/Case/ApplicationNumber/GB2012345.6" in urls("GB2012345.6")
    assert "https://www.ic.gc.ca/opic-cipo/cpd/eng/patent/3000000/summary.html" in urls("CA 3 000 000")
    assert any("DB=RUPAT&DocNumber=2700000" in url for url in urls("RU 2 700 000 C1"))


def test_no_deep_link_is_offered_where_no_source_shows_the_address():
    # A published translation of a PCT application (特表) sits in a J-PlatPat collection no source shows.
    assert not any("j-platpat" in link.url for link in deeplinks.links_for(parse_number("特表2020-512345")))
    # PCT application numbers, Chinese, Brazilian and Indian numbers: search pages only (from the database).
    for typed in ("PCT/IB2020/051234", "CN 202010123456.7", "BR 10 2019 012345-6", "IN 202011012345"):
        assert deeplinks.links_for(parse_number(typed)) == []


def test_every_link_pattern_names_its_source():
    for pattern in deeplinks.PATTERNS:
        assert pattern.source.startswith("https://"), pattern.service


HOSTILE = [
    "",
    "   ",
    "x" * 10_000,
    "EP" + "1" * (MAX_INPUT_LENGTH - 1),
    "EP1234567\x00",
    "\x00",
    "EP\x1b[31m1234567",
    "EP 1234567\u202eB1",
    "EP 1234567\tB1",
    "'; DROP TABLE registers_jurisdiction; --",
    "EP1234567' OR '1'='1",
    "<script>alert(1)</script>",
    "EP<script>1234567</script>",
    "javascript:alert(1)",
    "../../etc/passwd",
    "😀",
    "EP 😀 1234567",
    "1234567",
    "2020123456",
    "12/34",
    "XX 1234567",
    "ZZ1234567B1",
    "EM 018123456",
    "EP",
    "EP 123456789",
    "EP 1234567 C1",
    "EP 1234567 B1 B2",
    "US 2019/0123456 B2",
    "US 10,123,456 A1",
    "WO 1977/123456",
    "WO 2020/12345",
    "PCT/ZZ2020/123456",
    "PCT/IB2020/12345",
    "JP 1999-123456 A",
    "DE 10 2020 123 456.7 A1",
    "KR 10-2020-0012345 B1",
    "TW 109123456 A",
    "%00",
]


@pytest.mark.parametrize("typed", HOSTILE, ids=lambda typed: repr(typed[:30]))
def test_hostile_input_is_refused_with_the_accepted_formats(typed):
    with pytest.raises(NumberFormatError) as refused:
        parse_number(typed)
    assert "Formats we read" in refused.value.message
    assert "<" not in refused.value.message


@pytest.mark.parametrize("value", [None, 1234567, ["EP1234567"], b"EP1234567"])
def test_values_that_are_not_text_are_refused(value):
    with pytest.raises(NumberFormatError):
        parse_number(value)


def test_refusal_says_why():
    def why(typed):
        with pytest.raises(NumberFormatError) as refused:
            parse_number(typed)
        return refused.value.message

    assert "Type a patent number" in why("")
    assert f"at most {MAX_INPUT_LENGTH} characters" in why("1" * 10_000)
    assert "control characters" in why("EP1234567\x00")
    assert "Start with the office code" in why("1234567")
    assert "XX is not a patent office code" in why("XX 1234567")
    assert "C1 is not a kind code of EP numbers" in why("EP 1234567 C1")
    assert "Formats we read for EP: EP 1 234 567 B1" in why("EP 123456789")
    assert "Formats we read for WO" in why("PCT/IB2020")
    assert "Formats we read for JP" in why("特許第12号")
