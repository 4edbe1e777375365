"""Patent numbers as people type them, read into one normalised form.

`parse_number("EP 1 234 567 B1")` gives the office (its WIPO ST.3 code), the type of number
(application, publication or grant), the number in the office's own form, the kind code and a form for
display. Anything it cannot read raises NumberFormatError, whose message names the formats it reads.

Pure Python apart from gettext (no models, no settings): cheap to test, and safe on hostile input, whose
length is capped before any other work.

Application number formats follow the offices' own publications and WIPO's list of them in the DAS
country guide (https://confluence.wipo.int/confluence/display/dascg); `espacenet` is the publication
number as the EPO's DOCDB data (and so Espacenet) writes it.
"""

import re
import unicodedata
from dataclasses import dataclass
from typing import NoReturn

from django.utils.translation import gettext_lazy as _

from inspire.jurisdictions import all_jurisdictions

MAX_INPUT_LENGTH = 64

APPLICATION = "application"
PUBLICATION = "publication"
GRANT = "grant"
TYPE_LABELS = {
    APPLICATION: _("Application number"),
    PUBLICATION: _("Publication number"),
    GRANT: _("Patent (grant) number"),
}

# EUIPO and BOIP register trade marks and designs, not patents.
NOT_PATENT_OFFICES = {"EM", "BX"}
ALIASES = {"UK": "GB"}

# Examples of every format read, per office: shown on the page and named in error messages.
OFFICE_FORMATS = {
    "EP": ("EP 1 234 567 B1", "EP1234567", "EP 99203729.6"),
    "WO": ("WO 2020/123456 A1", "WO 99/03196", "PCT/IB2020/051234"),
    "US": ("US 10,123,456 B2", "US 2019/0123456 A1", "US 16/123,456", "US D912,345 S"),
    "JP": ("JP 2020-123456 A", "JP 6000000 B2", "特願2020-123456", "特開2021-012345", "特許第6000000号"),
    "CN": ("CN 111000000 A", "CN 202010123456.7", "ZL 202010123456.7"),
    "KR": ("KR 10-2020-0012345", "KR 10-2020-0012345 A", "KR 10-2345678 B1"),
    "DE": ("DE 10 2019 123 456 A1", "DE 10 2020 123 456.7", "DE 195 06 669 A1"),
    "GB": ("GB 2 600 000 A", "GB2012345.6"),
    "FR": ("FR 3 100 000 A1",),
    "BR": ("BR 10 2019 012345-6", "BR 10 2019 012345 A2", "PI 0712345-6"),
    "CA": ("CA 3 000 000", "CA 3000000 A1"),
    "AU": ("AU 2020123456 A1",),
    "IN": ("IN 202011012345", "IN 345678 B"),
    "NO": ("NO 20170898", "NO 344358 B1"),
    "PL": ("PL 196995", "PL 1460357 T3"),
    "AT": ("AT A 1137/2003", "AT 412936 B"),
    "TW": ("TW 109123456", "TW 202012345 A", "TW I712345 B"),
    "MX": ("MX/a/2020/012345", "MX 123456 B"),
    "ES": ("P202030431", "ES 2 812 345 B2"),
    "RU": ("RU 2 700 000 C1", "RU 2020123456 A"),
    "EA": ("EA 201991234", "EA 006494 B1"),
    "AP": ("AP/P/2020/012345", "AP 6789 A"),
    "OA": ("OA 19876 A",),
}
GENERIC_FORMAT = "CH 712345 A1"


def formats_text(office: str | None = None) -> str:
    """The accepted formats, for one office or (one or two each) for all."""
    if office in OFFICE_FORMATS:
        return ", ".join(OFFICE_FORMATS[office])
    examples = [example for formats in OFFICE_FORMATS.values() for example in formats[:2]]
    return ", ".join([*examples, GENERIC_FORMAT])


class NumberFormatError(ValueError):
    """A number that cannot be read; `message` says why and names the accepted formats."""

    def __init__(self, message: str):
        super().__init__(message)
        self.message = message


def _fail(reason: str, office: str | None = None) -> NoReturn:
    if office in OFFICE_FORMATS:
        formats = _("Formats we read for %(office)s: %(formats)s.") % {
            "office": office,
            "formats": formats_text(office),
        }
    else:
        formats = _(
            "Type the office code and the number as printed. Formats we read: %(formats)s, and for other "
            "offices the two-letter code, the number and its kind code."
        ) % {"formats": formats_text()}
    raise NumberFormatError(f"{reason} {formats}")


@dataclass(frozen=True)
class PatentNumber:
    office: str  # WIPO ST.3 code; "WO" for international (PCT) applications
    type: str  # APPLICATION, PUBLICATION or GRANT
    number: str  # in the office's own form, without office code or kind: "1234567", "PCT/IB2020/051234"
    kind: str = ""  # WIPO ST.16 kind code as given, e.g. "B1"; "" when none was typed
    display: str = ""  # as printed: "EP 1234567 B1"
    check_digit: str = ""  # of an application number, when typed (EP, CN, DE, GB, BR)
    espacenet: str = ""  # publication number as DOCDB writes it, without office and kind; "" for applications

    @property
    def type_label(self) -> str:
        return str(TYPE_LABELS[self.type])


# --- normalisation ---------------------------------------------------------------------------------

# Dashes NFKC leaves alone, including the katakana long vowel mark often typed in Japanese numbers.
_DASHES = {0x2010, 0x2011, 0x2012, 0x2013, 0x2014, 0x2015, 0x2212, 0x30FC, 0xFE58, 0xFE63, 0xFF0D}
_THOUSANDS_DOT = re.compile(r"\.(?=\d{3}(?!\d))")


def _normalise(text: str) -> str:
    """Full-width and other Unicode digits to ASCII, dashes to "-", no white space, upper case."""
    out = []
    for char in unicodedata.normalize("NFKC", text):
        if char.isspace():
            continue
        category = unicodedata.category(char)
        if category == "Nd":
            out.append(str(unicodedata.decimal(char)))
        elif category == "Pd" or ord(char) in _DASHES:
            out.append("-")
        else:
            out.append(char)
    return "".join(out).upper()


def _year_ok(year: str, first: int = 1900) -> bool:
    return first <= int(year) <= 2099


def _spaced(office: str, *parts: str) -> str:
    return " ".join([office, *[part for part in parts if part]])


def _grouped(digits: str) -> str:
    return f"{int(digits):,}"


def _type_from_kind(kind: str, office: str, kinds: dict[str, str], default: str) -> str:
    if not kind:
        return default
    if kind[0] not in kinds:
        _fail(_("%(kind)s is not a kind code of %(office)s numbers.") % {"kind": kind, "office": office}, office)
    return kinds[kind[0]]


# Kind code letter -> type, per office (WIPO ST.16 and the offices' lists of kind codes).
PUB_GRANT = {"A": PUBLICATION, "B": GRANT, "C": GRANT}
KINDS = {
    "EP": {"A": PUBLICATION, "B": GRANT},
    "WO": {"A": PUBLICATION},
    "JP": {"A": PUBLICATION, "B": GRANT, "U": GRANT, "Y": GRANT},
    "KR": {"A": PUBLICATION, "U": PUBLICATION, "B": GRANT, "Y": GRANT},
    "CN": {"A": PUBLICATION, "B": GRANT, "C": GRANT, "U": GRANT, "Y": GRANT, "S": GRANT},
    "DE": {"A": PUBLICATION, "T": PUBLICATION, "B": GRANT, "C": GRANT, "U": GRANT},
    "GB": {"A": PUBLICATION, "B": GRANT},
    "FR": {"A": PUBLICATION, "B": GRANT},
    "BR": {"A": PUBLICATION, "U": PUBLICATION, "B": GRANT, "C": GRANT, "Y": GRANT},
    "CA": {"A": PUBLICATION, "C": GRANT, "E": GRANT},
    "AU": PUB_GRANT,
    "IN": {"A": PUBLICATION, "B": GRANT},
    "TW": {"A": PUBLICATION, "B": GRANT, "U": GRANT, "S": GRANT},
    "MX": {"A": PUBLICATION, "B": GRANT, "U": GRANT},
    "ES": {"A": PUBLICATION, "T": PUBLICATION, "U": PUBLICATION, "B": GRANT, "Y": GRANT},
    "RU": {"A": PUBLICATION, "C": GRANT, "U": GRANT, "S": GRANT},
    "EA": {"A": PUBLICATION, "B": GRANT},
}
GENERIC_KINDS = {
    "A": PUBLICATION,
    "T": PUBLICATION,
    "B": GRANT,
    "C": GRANT,
    "E": GRANT,
    "S": GRANT,
    "U": GRANT,
    "Y": GRANT,
}

KIND = r"([A-Z]\d?)?"


def _match(pattern: str, text: str):
    return re.fullmatch(pattern, text)


# --- numbers read without an office prefix ---------------------------------------------------------


def _pct(text: str) -> PatentNumber | None:
    """PCT/CCYYYY/NNNNNN (from 2004) or PCT/CCYY/NNNNN (before), with or without the slashes."""
    match = _match(r"PCT/?([A-Z]{2})/?(\d{4}|\d{2})/?(\d{5,6})", text)
    if not match:
        return None
    office, year, serial = match.groups()
    if office != "IB" and office not in _known_offices():
        _fail(_("%(code)s is not a receiving office code we know.") % {"code": office}, "WO")
    if len(year) == 2:
        year = f"20{year}" if int(year) <= 3 else f"19{year}"
    # Six-digit serials from 2004; five before, which WIPO now writes zero-padded (PCT/US1999/012345).
    serial_ok = len(serial) == 6 if int(year) >= 2004 else len(serial) == 5 or serial.startswith("0")
    if not _year_ok(year, 1978) or not serial_ok:
        _fail(_("This does not look like a PCT application number."), "WO")
    number = f"PCT/{office}{year}/{serial.zfill(6)}"
    return PatentNumber("WO", APPLICATION, number, display=number)


_JAPANESE = (
    (r"特願(\d{4})-?(\d{6})", APPLICATION, ""),
    (r"特開(\d{4})-?(\d{6})", PUBLICATION, "A"),
    (r"特表(\d{4})-?(\d{6})", PUBLICATION, "A"),
)


def _japanese(text: str) -> PatentNumber | None:
    for pattern, type_, kind in _JAPANESE:
        if match := _match(pattern, text):
            year, serial = match.groups()
            if not _year_ok(year, 2000):
                _fail(_("This is not in a format we read for %(office)s.") % {"office": "JP"}, "JP")
            return _jp_dated(year, serial, type_, kind)
    if match := _match(r"特許(?:第)?(\d{7})(?:号)?", text):
        return PatentNumber("JP", GRANT, match[1], display=_spaced("JP", match[1]), espacenet=match[1])
    return None


def _bare(text: str) -> PatentNumber | None:
    """Formats that identify their office without its code."""
    if text.startswith("PCT"):
        return _pct(text) or _fail(_("This does not look like a PCT application number."), "WO")
    if text[:2] in {"特願", "特開", "特表", "特許"}:
        return _japanese(text) or _fail(_("This is not in a format we read for %(office)s.") % {"office": "JP"}, "JP")
    if match := _match(r"(?:US)?(\d{2})/(\d{3}),?(\d{3})", text):
        return _us_application(*match.groups())
    if match := _match(r"(10|20)-(\d{4})-(\d{7})", text):
        return _kr_dated(*match.groups(), kind="")
    if match := _match(r"(?:ES)?([PU])(\d{4})(\d{5})", text):
        letter, year, serial = match.groups()
        number = f"{letter}{year}{serial}"
        return PatentNumber("ES", APPLICATION, number, display=_spaced("ES", number))
    # Brazilian numbers before 2013: PI (invention) or MU (utility model), seven digits and a check digit.
    if match := _match(r"(?:BR)?(PI)(\d{7})-?(\d)?", text) or _match(r"BR(MU)(\d{7})-?(\d)?", text):
        series, serial, check = match[1], match[2], match[3] or ""
        number = series + serial
        display = _spaced("BR", series, serial + (f"-{check}" if check else ""))
        return PatentNumber("BR", APPLICATION, number, display=display, check_digit=check)
    # ZL and the application number: the number of the granted Chinese patent.
    if match := _match(r"ZL(\d{12}|\d{8})\.?([\dX])?", text):
        number, check = match[1], match[2] or ""
        display = "ZL " + number + (f".{check}" if check else "")
        return PatentNumber("CN", GRANT, number, display=display, check_digit=check)
    return None


# --- per office ----------------------------------------------------------------------------------


def _ep(rest: str) -> PatentNumber | None:
    if match := _match(r"(\d{8})(?:\.(\d))?", rest):
        number, check = match[1], match[2] or ""
        display = f"EP {number}" + (f".{check}" if check else "")
        return PatentNumber("EP", APPLICATION, number, display=display, check_digit=check)
    if match := _match(r"(\d{1,7})" + KIND, rest):
        number, kind = match[1].zfill(7), match[2] or ""
        type_ = _type_from_kind(kind, "EP", KINDS["EP"], PUBLICATION)
        return PatentNumber("EP", type_, number, kind, _spaced("EP", number, kind), espacenet=number)
    return None


def _wo(rest: str) -> PatentNumber | None:
    match = _match(r"(\d{4})/?(\d{6})" + KIND, rest) or _match(r"(\d{2})/?(\d{5,6})" + KIND, rest)
    if not match:
        return None
    year, serial, kind = match[1], match[2].zfill(6), match[3] or ""
    if len(year) == 2:
        if 4 <= int(year) <= 77:
            return None
        year = f"20{year}" if int(year) <= 3 else f"19{year}"
    if not _year_ok(year, 1978):
        return None
    _type_from_kind(kind, "WO", KINDS["WO"], PUBLICATION)
    number = f"{year}{serial}"
    return PatentNumber("WO", PUBLICATION, number, kind, _spaced("WO", f"{year}/{serial}", kind), espacenet=number)


def _us_application(series: str, first: str, last: str) -> PatentNumber:
    return PatentNumber("US", APPLICATION, f"{series}{first}{last}", display=f"US {series}/{first},{last}")


US_GRANT_KINDS = {"A", "B", "E", "S", "P", "H"}


def _us(rest: str, had_commas: bool) -> PatentNumber | None:
    if match := _match(r"(\d{2})/(\d{3})(\d{3})", rest):
        return _us_application(*match.groups())
    if match := _match(r"(\d{4})/?(\d{7})" + KIND, rest):
        year, serial, kind = match[1], match[2], match[3] or ""
        if not _year_ok(year, 2001) or (kind and not _match(r"A\d", kind)):
            return None
        # DOCDB writes the serial with six digits: US 2019/0123456 is US2019123456.
        docdb = year + (serial[1:] if serial.startswith("0") else serial)
        return PatentNumber(
            "US", PUBLICATION, year + serial, kind, _spaced("US", f"{year}/{serial}", kind), espacenet=docdb
        )
    if match := _match(r"(D|RE|PP|H|T)(\d{1,6})" + KIND, rest):
        series, digits, kind = match[1], match[2], match[3] or ""
        if kind and kind[0] not in US_GRANT_KINDS:
            return None
        number = series + digits
        return PatentNumber("US", GRANT, number, kind, _spaced("US", series + _grouped(digits), kind), espacenet=number)
    if match := _match(r"(\d{1,8})" + KIND, rest):
        digits, kind = match[1], match[2] or ""
        if kind and (kind[0] not in US_GRANT_KINDS or _match(r"A\d", kind)):
            return None
        # Eight bare digits could be an application (series code and serial) or a patent. Patent numbers
        # have not reached 13,000,000; from series 13/ on, eight digits are an application number.
        if len(digits) == 8 and not had_commas and not kind and int(digits[:2]) >= 13:
            return _us_application(digits[:2], digits[2:5], digits[5:])
        number = str(int(digits))
        return PatentNumber("US", GRANT, number, kind, _spaced("US", _grouped(digits), kind), espacenet=number)
    return None


def _jp_dated(year: str, serial: str, type_: str, kind: str) -> PatentNumber:
    number = f"{year}{serial}"
    display = _spaced("JP", f"{year}-{serial}", kind)
    return PatentNumber("JP", type_, number, kind, display, espacenet=number if type_ == PUBLICATION else "")


def _jp(rest: str) -> PatentNumber | None:
    if match := _match(r"(\d{4})(\d{6})" + KIND, rest):
        year, serial, kind = match[1], match[2], match[3] or ""
        if not _year_ok(year, 2000):
            return None
        type_ = _type_from_kind(kind, "JP", KINDS["JP"], APPLICATION)
        return _jp_dated(year, serial, type_, kind) if type_ != GRANT else None
    if match := _match(r"(\d{7})" + KIND, rest):
        number, kind = match[1], match[2] or ""
        if _type_from_kind(kind, "JP", KINDS["JP"], GRANT) != GRANT:
            return None
        return PatentNumber("JP", GRANT, number, kind, _spaced("JP", number, kind), espacenet=number)
    return None


def _kr_dated(series: str, year: str, serial: str, kind: str) -> PatentNumber:
    type_ = _type_from_kind(kind, "KR", KINDS["KR"], APPLICATION)
    if type_ == GRANT or not _year_ok(year, 1948):
        _fail(_("This is not in a format we read for %(office)s.") % {"office": "KR"}, "KR")
    # DOCDB writes KR publications as year and serial: 10-2020-0012345 A is KR20200012345A.
    return PatentNumber(
        "KR",
        type_,
        f"{series}{year}{serial}",
        kind,
        _spaced("KR", f"{series}-{year}-{serial}", kind),
        espacenet=f"{year}{serial}" if type_ == PUBLICATION else "",
    )


def _kr(rest: str) -> PatentNumber | None:
    if match := _match(r"(10|20)(\d{4})(\d{7})" + KIND, rest):
        return _kr_dated(match[1], match[2], match[3], match[4] or "")
    if match := _match(r"(10|20)(\d{7})" + KIND, rest):
        series, serial, kind = match[1], match[2], match[3] or ""
        if _type_from_kind(kind, "KR", KINDS["KR"], GRANT) != GRANT:
            return None
        number = series + serial
        return PatentNumber("KR", GRANT, number, kind, _spaced("KR", f"{series}-{serial}", kind), espacenet=number)
    return None


def _cn(rest: str) -> PatentNumber | None:
    application = _match(r"(\d{4}[12389]\d{7})(?:\.([\dX]))?", rest) or _match(r"(\d{2}[12389]\d{5})\.([\dX])", rest)
    if application and (len(application[1]) == 8 or _year_ok(application[1][:4], 1985)):
        number, check = application[1], application[2] or ""
        display = f"CN {number}" + (f".{check}" if check else "")
        return PatentNumber("CN", APPLICATION, number, display=display, check_digit=check)
    if match := _match(r"(\d{6,9})" + KIND, rest):
        number, kind = match[1], match[2] or ""
        type_ = _type_from_kind(kind, "CN", KINDS["CN"], PUBLICATION)
        return PatentNumber("CN", type_, number, kind, _spaced("CN", number, kind), espacenet=number)
    return None


def _de(rest: str) -> PatentNumber | None:
    """File numbers (Aktenzeichen) 10 2020 123 456.7 and 195 06 669.1, and publications."""
    match = _match(r"(\d{2})(\d{4})(\d{6})(?:\.(\d))?" + KIND, rest)
    if match and _year_ok(match[2]):
        series, year, serial, check, kind = match[1], match[2], match[3], match[4] or "", match[5] or ""
        spaced = f"{series} {year} {serial[:3]} {serial[3:]}"
        number = series + year + serial
    elif match := _match(r"(\d{8})(?:\.(\d))?" + KIND, rest):
        number, check, kind = match[1], match[2] or "", match[3] or ""
        spaced = f"{number[:3]} {number[3:5]} {number[5:]}"
    elif match := _match(r"(\d{7})" + KIND, rest):
        number, kind = match[1], match[2] or ""
        type_ = _type_from_kind(kind, "DE", KINDS["DE"], PUBLICATION)
        return PatentNumber("DE", type_, number, kind, _spaced("DE", number, kind), espacenet=number)
    else:
        return None
    if check and kind:
        return None
    type_ = _type_from_kind(kind, "DE", KINDS["DE"], APPLICATION)
    display = _spaced("DE", spaced + (f".{check}" if check else ""), kind)
    espacenet = number if type_ != APPLICATION else ""
    return PatentNumber("DE", type_, number, kind, display, check, espacenet)


def _gb(rest: str) -> PatentNumber | None:
    if match := _match(r"(\d{7})\.(\d)", rest):
        number, check = match.groups()
        return PatentNumber("GB", APPLICATION, number, display=f"GB {number}.{check}", check_digit=check)
    if match := _match(r"(\d{6,7})" + KIND, rest):
        number, kind = match[1], match[2] or ""
        type_ = _type_from_kind(kind, "GB", KINDS["GB"], PUBLICATION)
        return PatentNumber("GB", type_, number, kind, _spaced("GB", number, kind), espacenet=number)
    return None


def _fr(rest: str) -> PatentNumber | None:
    if match := _match(r"(\d{7})" + KIND, rest):
        number, kind = match[1], match[2] or ""
        # Without a kind code, seven digits from 2 000 000 are a publication number; below, an application
        # number (two-digit year and serial, e.g. FR 1909731).
        default = PUBLICATION if number[0] in "23" else APPLICATION
        type_ = _type_from_kind(kind, "FR", KINDS["FR"], default)
        espacenet = number if type_ != APPLICATION else ""
        return PatentNumber("FR", type_, number, kind, _spaced("FR", number, kind), espacenet=espacenet)
    return None


def _br(rest: str) -> PatentNumber | None:
    """Since 2013: nature code, year, six-digit serial and check digit, e.g. BR 10 2019 012345-6."""
    match = _match(r"([12]\d)(\d{4})(\d{6})(\d)?" + KIND, rest)
    if not match or not _year_ok(match[2], 1990):
        return None
    series, year, serial, check, kind = match[1], match[2], match[3], match[4] or "", match[5] or ""
    type_ = _type_from_kind(kind, "BR", KINDS["BR"], APPLICATION)
    number = series + year + serial
    display = _spaced("BR", series, year, serial, check, kind)
    return PatentNumber("BR", type_, number, kind, display, check, number if type_ != APPLICATION else "")


def _simple(office: str, pattern: str, default: str, rest: str) -> PatentNumber | None:
    if match := _match(pattern + KIND, rest):
        number, kind = match[1], match[2] or ""
        type_ = _type_from_kind(kind, office, KINDS.get(office, GENERIC_KINDS), default)
        espacenet = number if type_ != APPLICATION else ""
        return PatentNumber(office, type_, number, kind, _spaced(office, number, kind), espacenet=espacenet)
    return None


def _ca(rest: str) -> PatentNumber | None:
    # A Canadian number is the application's and, once granted, the patent's. Without a kind code it is
    # read as the patent's, as the jurisdiction file's sample has it (CA 3 000 000).
    return _simple("CA", r"(\d{6,7})", GRANT, rest)


def _au(rest: str) -> PatentNumber | None:
    match = _match(r"(\d{4})\d{6}" + KIND, rest)
    if match and _year_ok(match[1]):
        return _simple("AU", r"(\d{10})", APPLICATION, rest)
    return _simple("AU", r"(\d{6})", PUBLICATION, rest)


def _no(rest: str) -> PatentNumber | None:
    # Patentstyret: applications are year and serial (20170898), patents six digits (344358).
    match = _match(r"(\d{4})\d{4}" + KIND, rest)
    if match and _year_ok(match[1]):
        return _simple("NO", r"(\d{8})", APPLICATION, rest)
    return _simple("NO", r"(\d{6})", GRANT, rest)


def _pl(rest: str) -> PatentNumber | None:
    # UPRP's publication server: patent specifications have six digits; seven-digit numbers are
    # translations of European patents (T documents), publications in Poland.
    return _simple("PL", r"(\d{6})", GRANT, rest) or _simple("PL", r"(\d{7})", PUBLICATION, rest)


def _at(rest: str) -> PatentNumber | None:
    # Austrian applications are printed "A 1137/2003" and entered as AT + year + five-digit serial.
    if (match := _match(r"A(\d{1,5})/(\d{4})", rest)) and _year_ok(match[2]):
        number = f"{match[2]}{int(match[1]):05d}"
        return PatentNumber("AT", APPLICATION, number, "", f"A {match[1]}/{match[2]}")
    return _generic("AT", rest)


def _in(rest: str) -> PatentNumber | None:
    match = _match(r"(\d{4})\d{8}" + KIND, rest)
    if match and _year_ok(match[1], 2000):
        return _simple("IN", r"(\d{12})", APPLICATION, rest)
    found = _simple("IN", r"(\d{6})", GRANT, rest)
    return found if found and found.type == GRANT else None


def _tw(rest: str) -> PatentNumber | None:
    if match := _match(r"([IMD])(\d{6})" + KIND, rest):
        number, kind = match[1] + match[2], match[3] or ""
        if _type_from_kind(kind, "TW", KINDS["TW"], GRANT) != GRANT:
            return None
        return PatentNumber("TW", GRANT, number, kind, _spaced("TW", number, kind), espacenet=number)
    if match := _match(r"(\d{9})" + KIND, rest):
        number, kind = match[1], match[2] or ""
        # Publication numbers start with the Western year (202012345); application numbers with the ROC
        # year (109123456 was filed in 2020).
        if number.startswith("20"):
            if _type_from_kind(kind, "TW", KINDS["TW"], PUBLICATION) != PUBLICATION:
                return None
            return PatentNumber("TW", PUBLICATION, number, kind, _spaced("TW", number, kind), espacenet=number)
        if kind:
            return None
        return PatentNumber("TW", APPLICATION, number, display=_spaced("TW", number))
    return None


def _mx(rest: str) -> PatentNumber | None:
    if match := _match(r"([AU])/?(\d{4})/?(\d{6})", rest):
        letter, year, serial = match.groups()
        number = f"MX/{letter.lower()}/{year}/{serial}"
        return PatentNumber("MX", APPLICATION, number, display=number)
    if _match(r"\d{10}A\d?", rest):
        return _simple("MX", r"(\d{10})", PUBLICATION, rest)
    return _simple("MX", r"(\d{6})", GRANT, rest)


def _es(rest: str) -> PatentNumber | None:
    return _simple("ES", r"(\d{7})", PUBLICATION, rest)


def _ru(rest: str) -> PatentNumber | None:
    match = _match(r"(\d{4})\d{6}" + KIND, rest)
    if match and _year_ok(match[1], 1992):
        found = _simple("RU", r"(\d{10})", APPLICATION, rest)
        return found if found and found.type != GRANT else None
    return _simple("RU", r"(\d{5,7})", GRANT, rest)


def _ea(rest: str) -> PatentNumber | None:
    match = _match(r"(\d{4})\d{5}" + KIND, rest)
    if match and _year_ok(match[1], 1996):
        found = _simple("EA", r"(\d{9})", APPLICATION, rest)
        return found if found and found.type != GRANT else None
    return _simple("EA", r"(\d{6})", GRANT, rest)


def _regional_application(office: str, rest: str) -> PatentNumber | None:
    """ARIPO applications: AP/P/2020/012345 (P patent, U utility model)."""
    if match := _match(r"([PU])/?(\d{4})/?(\d{6})", rest):
        letter, year, serial = match.groups()
        number = f"{office}/{letter}/{year}/{serial}"
        return PatentNumber(office, APPLICATION, number, display=number)
    return None


def _ap(rest: str) -> PatentNumber | None:
    # ARIPO numbers its patents on grant (AP 6789), so a short number is a patent whatever its kind code.
    if found := _regional_application("AP", rest):
        return found
    if match := _match(r"(\d{1,6})" + KIND, rest):
        number, kind = match[1], match[2] or ""
        return PatentNumber("AP", GRANT, number, kind, _spaced("AP", number, kind), espacenet=number)
    return None


def _oa(rest: str) -> PatentNumber | None:
    if match := _match(r"(\d{4,6})" + KIND, rest):
        number, kind = match[1], match[2] or ""
        return PatentNumber("OA", GRANT, number, kind, _spaced("OA", number, kind), espacenet=number)
    return None


def _generic(office: str, rest: str) -> PatentNumber | None:
    """Offices without rules of their own: the number and its kind code, typed by the kind code (a
    number without one is read as a publication number)."""
    return _simple(office, r"(\d{3,13})", PUBLICATION, rest)


OFFICE_PARSERS = {
    "EP": _ep,
    "WO": _wo,
    "JP": _jp,
    "KR": _kr,
    "CN": _cn,
    "DE": _de,
    "GB": _gb,
    "FR": _fr,
    "BR": _br,
    "CA": _ca,
    "AU": _au,
    "IN": _in,
    "NO": _no,
    "PL": _pl,
    "AT": _at,
    "TW": _tw,
    "MX": _mx,
    "ES": _es,
    "RU": _ru,
    "EA": _ea,
    "AP": _ap,
    "OA": _oa,
}


def _known_offices() -> set[str]:
    return set(all_jurisdictions()) - NOT_PATENT_OFFICES


def parse_number(text: object) -> PatentNumber:
    """Read an application, publication or patent number as typed; raise NumberFormatError if unreadable."""
    if not isinstance(text, str) or not text.strip():
        _fail(_("Type a patent number."))
    if len(text) > MAX_INPUT_LENGTH:
        _fail(_("That is too long for a patent number (at most %(max)d characters).") % {"max": MAX_INPUT_LENGTH})
    text = text.strip()
    if any(unicodedata.category(char)[0] == "C" for char in text):
        _fail(_("The number contains control characters; type it again without them."))
    normalised = _normalise(text).rstrip(".,;")
    if found := _bare(normalised):
        return found
    match = _match(r"([A-Z]{2})(.*)", normalised)
    if not match:
        if _match(r"[\d\s.,/-]+", normalised):
            _fail(_("Start with the office code (EP, US, WO, CN, JP…) so we know which office's format to read."))
        _fail(_("We could not read this as a patent number."))
    office, rest = ALIASES.get(match[1], match[1]), match[2]
    if office not in _known_offices():
        _fail(_("%(code)s is not a patent office code we know.") % {"code": office})
    had_commas = "," in rest
    # Commas and dashes only group digits; a dot before three digits is a thousands separator
    # (EP 1.234.567), before one a check digit (EP 99203729.6).
    rest = _THOUSANDS_DOT.sub("", rest.replace(",", "").replace("-", "")).lstrip("/")
    if office == "US":
        found = _us(rest, had_commas)
    elif office in OFFICE_PARSERS:
        found = OFFICE_PARSERS[office](rest)
    else:
        found = _generic(office, rest)
    if found is None:
        _fail(_("This is not in a format we read for %(office)s.") % {"office": office}, office)
    return found


def de_check_digit(digits: str) -> str | None:
    """The check digit of a German file number (Aktenzeichen): digits weighted 2, 3, 4… from the right,
    sum modulo 11, subtracted from 11 (see DPMAinformativ no. 5, section 4,
    https://www.dpma.de/docs/dpma/veroeffentlichungen/dpmainformativ_nr05.pdf). None when the rule gives
    10, which no single digit can carry."""
    total = sum(int(digit) * weight for weight, digit in enumerate(reversed(digits), start=2))
    remainder = total % 11
    check = 0 if remainder == 0 else 11 - remainder
    return None if check == 10 else str(check)
