"""Where a patent number can be looked up, and what to check next.

Every URL pattern of the status checker is in PATTERNS below, with the page that documents it (or, where
the service documents nothing, the public use that shows the address works) beside it. A service is
linked by number only when such a source shows that it takes the number in its address. Where none
does, the checker offers the office's register from the jurisdiction file instead and says what to type
into its search (selectors.number_check); no pattern here is a guess.

Pure: no models. The jurisdiction pages named by next steps are resolved by selectors.number_check.
"""

from collections.abc import Callable
from dataclasses import dataclass
from urllib.parse import quote

from django.utils.translation import gettext_lazy as _

from registers.numbers import APPLICATION, GRANT, PUBLICATION, PatentNumber, de_check_digit

# Link kinds: what the page behind the link is. "search" pages need the number typed in by hand;
# "jurisdiction" is a page of this portal.
REGISTER = "register"
FILE_INSPECTION = "file_inspection"
LEGAL_STATUS = "legal_status"
PUBLICATIONS = "publications"
SEARCH = "search"
JURISDICTION = "jurisdiction"

ALL_TYPES = frozenset({APPLICATION, PUBLICATION, GRANT})
PUBLISHED = frozenset({PUBLICATION, GRANT})


@dataclass(frozen=True)
class Link:
    label: str
    url: str
    kind: str


@dataclass(frozen=True)
class LinkPattern:
    service: str
    kind: str
    offices: frozenset[str] | None  # None: any office
    types: frozenset[str]
    build: Callable[[PatentNumber], str | None]  # None when this number cannot be put in the address
    source: str  # the page that documents the pattern, or shows it in use

    def link_for(self, number: PatentNumber) -> Link | None:
        if number.type not in self.types or (self.offices is not None and number.office not in self.offices):
            return None
        url = self.build(number)
        return Link(str(self.service), url, self.kind) if url else None


def _q(value: str) -> str:
    return quote(value, safe="")


def dpma_file_number(number: PatentNumber) -> str | None:
    """The DPMAregister file number (AKZ, with check digit) of a German patent or utility model, when
    known: typed, or computed from a publication of the same number."""
    digits = number.number
    if number.office != "DE" or len(digits) not in (8, 12) or (len(digits) == 12 and digits[:2] not in {"10", "20"}):
        return None
    check = number.check_digit or de_check_digit(digits)
    return digits + check if check else None


def _dpma_register(number: PatentNumber) -> str | None:
    akz = dpma_file_number(number)
    return f"https://register.dpma.de/DPMAregister/pat/register?AKZ={akz}" if akz else None


def _dpma_document(number: PatentNumber) -> str | None:
    if not number.kind:
        return None
    return f"https://register.dpma.de/DPMAregister/pat/PatSchrifteneinsicht?docId=DE{number.number}{number.kind}"


def _ppubs(number: PatentNumber) -> str | None:
    if not number.number.isdigit():  # design, reissue and plant patents: no documented query form
        return None
    database = "US-PGPUB" if number.type == PUBLICATION else "USPAT"
    return f"https://ppubs.uspto.gov/pubwebapp/external.html?q={_q(f'({number.number}).pn.')}&db={database}"


# J-PlatPat's fixed addresses: JP-<number>/<collection>/ja, 10 for applications, 11 for unexamined
# publications (特開), 15 for granted patents. Published translations of PCT applications (特表, serials
# from 500000) sit in another collection whose address no source shows, so they get no link.
def _jplatpat(number: PatentNumber) -> str | None:
    base = "https://www.j-platpat.inpit.go.jp/c1801/PU/JP-"
    if number.type == APPLICATION:
        return f"{base}{number.number[:4]}-{number.number[4:]}/10/ja"
    if number.type == PUBLICATION and int(number.number[4:]) < 500000:
        return f"{base}{number.number[:4]}-{number.number[4:]}/11/ja"
    if number.type == GRANT and number.kind[:1] in {"", "B"}:
        return f"{base}{number.number}/15/ja"
    return None


def _fips(number: PatentNumber) -> str | None:
    if number.kind.startswith("U"):
        database = "RUPM"  # utility models
    elif number.kind[:1] in {"", "C"} and len(number.number) == 7:
        database = "RUPAT"  # inventions
    else:
        return None
    return f"https://new.fips.ru/registers-doc-view/fips_servlet?DB={database}&DocNumber={number.number}&TypeFile=html"


def _espacenet(number: PatentNumber) -> str | None:
    if not number.espacenet:
        return None
    return "https://worldwide.espacenet.com/patent/search?q=" + _q(f"pn={number.office}{number.espacenet}{number.kind}")


# Each pattern's comment says which kind of source backs it: "Documented" (the service or its operator
# describes the address) or "In use" (no description found; the service shows this address for the
# record itself, and independent tools link to it so). `source` holds the page named first.
PATTERNS = (
    # In use: the European Patent Register shows this address for each case, e.g.
    # https://register.epo.org/application?number=EP04714129&tab=doclist, and tools such as PatZilla
    # (ip-tools) link to it. Its Unitary Patent section is documented in the Guidelines for UP
    # (https://www.epo.org/en/legal/guidelines-up/2026/section_8_8_6).
    LinkPattern(
        _("European Patent Register"),
        REGISTER,
        frozenset({"EP"}),
        frozenset({APPLICATION}),
        lambda n: f"https://register.epo.org/application?number=EP{n.number}",
        "https://register.epo.org/application?number=EP04714129&tab=doclist",
    ),
    # In use: the Register's smart search with the number in `query`, as its search form submits it
    # (https://register.epo.org/smartSearch?searchMode=smart&query=EP1000000); Register scrapers call it so.
    LinkPattern(
        _("European Patent Register (found by publication number)"),
        REGISTER,
        frozenset({"EP"}),
        PUBLISHED,
        lambda n: f"https://register.epo.org/smartSearch?searchMode=smart&query=EP{n.number}",
        "https://register.epo.org/smartSearch?searchMode=smart&query=EP1000000",
    ),
    # Documented: `pn=` is Espacenet's publication number field (Espacenet help, "Smart search - field
    # identifiers", https://gr.espacenet.com/help?locale=gr_GR&method=handleHelpTopic&topic=fieldidentifier);
    # in use: the search takes it in `q` (worldwide.espacenet.com/patent/search?q=pn%3D...). The document's
    # "Legal events" view shows the INPADOC legal status. Numbers in DOCDB form (PatentNumber.espacenet).
    LinkPattern(
        _("Espacenet: bibliographic data, patent family and INPADOC legal events"),
        LEGAL_STATUS,
        None,
        PUBLISHED,
        _espacenet,
        "https://gr.espacenet.com/help?locale=gr_GR&method=handleHelpTopic&topic=fieldidentifier",
    ),
    # In use: PATENTSCOPE's detail page of an international application by WO publication number
    # (docId=WO2016058745 and the like); its National Phase tab lists the entries offices report.
    LinkPattern(
        _("PATENTSCOPE: the international application and its national phase entries"),
        REGISTER,
        frozenset({"WO"}),
        frozenset({PUBLICATION}),
        lambda n: f"https://patentscope.wipo.int/search/en/detail.jsf?docId=WO{n.number}",
        "https://patentscope.wipo.int/search/en/detail.jsf?docId=WO2016058745",
    ),
    # Documented: DPMAregister help, "Register information", says the register page's links may be
    # bookmarked for direct access; the page is register?AKZ=<file number with check digit>
    # (https://register.dpma.de/register/htdocs/test/en/hilfe/registerdaten/index.html).
    LinkPattern(
        _("DPMAregister: register entry and file inspection"),
        REGISTER,
        frozenset({"DE"}),
        ALL_TYPES,
        _dpma_register,
        "https://register.dpma.de/register/htdocs/test/en/hilfe/registerdaten/index.html",
    ),
    # In use: DPMAregister links a German publication's document as PatSchrifteneinsicht?docId=<number
    # with kind code>, e.g. docId=DE102016124583B3.
    LinkPattern(
        _("DPMAregister: the published document"),
        PUBLICATIONS,
        frozenset({"DE"}),
        PUBLISHED,
        _dpma_document,
        "https://register.dpma.de/DPMAregister/pat/PatSchrifteneinsicht?docId=DE102016124583B3",
    ),
    # In use: USPTO Patent Center's application page by the eight-digit application number
    # (patentcenter.uspto.gov/applications/16987612 and the like). Patent and publication numbers have
    # no such address: for them the checker offers Patent Center's search page from the jurisdiction file.
    LinkPattern(
        _("USPTO Patent Center: status, continuity and file wrapper"),
        REGISTER,
        frozenset({"US"}),
        frozenset({APPLICATION}),
        lambda n: f"https://patentcenter.uspto.gov/applications/{n.number}",
        "https://patentcenter.uspto.gov/applications/16987612",
    ),
    # Documented: USPTO, "Patent Public Search - Setting up external searches", Quick Reference Guide
    # (2022), from the Patent Public Search training materials: external.html?q=(11235876).pn.&db=USPAT.
    LinkPattern(
        _("USPTO Patent Public Search: the published document"),
        PUBLICATIONS,
        frozenset({"US"}),
        PUBLISHED,
        _ppubs,
        "https://www.uspto.gov/patents/search/patent-public-search",
    ),
    # In use: UK IPO Ipsum case pages by publication number, or by application number with its check
    # digit (Case/PublicationNumber/GB2513196, Case/ApplicationNumber/GB2012345.6).
    LinkPattern(
        _("UK IPO Ipsum: register and documents"),
        REGISTER,
        frozenset({"GB"}),
        frozenset({APPLICATION}),
        lambda n: f"https://www.ipo.gov.uk/p-ipsum/Case/ApplicationNumber/GB{n.number}.{n.check_digit}",
        "https://www.ipo.gov.uk/p-ipsum/Case/PublicationNumber/GB2513196",
    ),
    LinkPattern(
        _("UK IPO Ipsum: register and documents"),
        REGISTER,
        frozenset({"GB"}),
        PUBLISHED,
        lambda n: f"https://www.ipo.gov.uk/p-ipsum/Case/PublicationNumber/GB{n.number}",
        "https://www.ipo.gov.uk/p-ipsum/Case/PublicationNumber/GB2513196",
    ),
    # In use: the Canadian Patents Database links each result as patent/<number>/summary.html.
    LinkPattern(
        _("Canadian Patents Database"),
        REGISTER,
        frozenset({"CA"}),
        ALL_TYPES,
        lambda n: f"https://www.ic.gc.ca/opic-cipo/cpd/eng/patent/{n.number}/summary.html",
        "https://brevets-patents.ic.gc.ca/opic-cipo/cpd/eng/patent/2604999/summary.html",
    ),
    # Documented by J-PlatPat's improvement notice of 26 February 2024 (fixed document addresses without
    # random parts), analysed with examples at https://note.com/sasiapi_/n/n92e5b35fa0ec and
    # https://pe-sawaki.com/tool/jppl; J-PlatPat publishes no description of the parts of the address.
    LinkPattern(
        _("J-PlatPat: the document and its examination history"),
        REGISTER,
        frozenset({"JP"}),
        ALL_TYPES,
        _jplatpat,
        "https://note.com/sasiapi_/n/n92e5b35fa0ec",
    ),
    # In use: KIPRIS's bibliographic page of a Korean application by the thirteen-digit application
    # number (biblioa.do?method=biblioFrame&applno=1020160148671).
    LinkPattern(
        _("KIPRIS: bibliographic and legal status data"),
        REGISTER,
        frozenset({"KR"}),
        frozenset({APPLICATION}),
        lambda n: f"https://kpat.kipris.or.kr/kpat/biblioa.do?method=biblioFrame&applno={n.number}",
        "https://kpat.kipris.or.kr/kpat/biblioa.do?method=biblioFrame&applno=1020160148671",
    ),
    # In use: the FIPS (Rospatent) register entry of a Russian patent (RUPAT) or utility model (RUPM),
    # registers-doc-view/fips_servlet?DB=RUPAT&DocNumber=2867038&TypeFile=html.
    LinkPattern(
        _("FIPS register of Russian patents"),
        REGISTER,
        frozenset({"RU"}),
        frozenset({GRANT}),
        _fips,
        "https://new.fips.ru/registers-doc-view/fips_servlet?DB=RUPAT&DocNumber=2867038&TypeFile=html",
    ),
    # In use: data.inpi.fr, the INPI's register, has one page per French publication number
    # (brevets/FR3128111).
    LinkPattern(
        _("data.inpi.fr: register entry"),
        REGISTER,
        frozenset({"FR"}),
        PUBLISHED,
        lambda n: f"https://data.inpi.fr/brevets/FR{n.number}",
        "https://data.inpi.fr/brevets/FR3128111",
    ),
)


# Registers first: they are the authority on status; then the databases, in the order of PATTERNS.
KIND_ORDER = (REGISTER, FILE_INSPECTION, LEGAL_STATUS, PUBLICATIONS, SEARCH, JURISDICTION)


def links_for(number: PatentNumber) -> list[Link]:
    """Deep links for this number, registers first, one per address."""
    links, seen = [], set()
    for pattern in PATTERNS:
        link = pattern.link_for(number)
        if link and link.url not in seen:
            seen.add(link.url)
            links.append(link)
    return sorted(links, key=lambda link: KIND_ORDER.index(link.kind))


# --- what to check next ----------------------------------------------------------------------------


@dataclass(frozen=True)
class Step:
    text: str
    systems: tuple[str, ...] = ()  # codes of jurisdiction pages to link (they list members)


EP_STEPS = (
    Step(
        _(
            "A European patent is granted once, then takes effect state by state. After grant, open the "
            "Register's “Federated register” view, or each national register, to see in which states it "
            "was validated and whether renewal fees are still paid there."
        ),
        ("EP",),
    ),
    Step(
        _(
            "For patents granted from 1 June 2023, look at the “Unitary Patent” section of the Register: "
            "it shows whether unitary effect was requested and registered, and for which states."
        ),
        ("UPC",),
    ),
    Step(
        _(
            "The Register lists extension and validation states (states outside the EPC, such as Bosnia "
            "and Herzegovina, Morocco or Cambodia) apart from the designated states; after grant their own "
            "offices keep the status."
        ),
    ),
)
EP_GRANT_STEP = Step(
    _("Anyone may oppose the patent within nine months of the mention of grant; the Register shows any opposition.")
)
WO_STEPS = (
    Step(
        _(
            "An international application never becomes a patent by itself. Open the “National Phase” tab "
            "in PATENTSCOPE to see which offices report a national or regional phase entry, then check "
            "those offices' registers."
        ),
        ("WO",),
    ),
    Step(
        _(
            "Entry is due 30 months from the priority date (31 at many offices, the EPO among them). "
            "Offices report entries late or not at all, so a missing entry does not prove there was none."
        ),
    ),
    Step(
        _(
            "To find the European regional phase, search the European Patent Register for the WO number: "
            "a Euro-PCT application gets a European application number of its own."
        ),
        ("EP",),
    ),
)
REGIONAL_STEPS = {
    "AP": (
        Step(
            _(
                "An ARIPO patent has effect only in the states designated in the application (unless a state "
                "refused it). Read the designated states in the ARIPO entry; the ARIPO page lists the member "
                "states and their own registers."
            ),
            ("AP",),
        ),
    ),
    "OA": (
        Step(
            _(
                "An OAPI patent is one title for all OAPI member states at once: there is nothing to "
                "designate or validate, and fees are paid to OAPI. The OAPI page lists the member states."
            ),
            ("OA",),
        ),
    ),
    "EA": (
        Step(
            _(
                "A Eurasian patent covers the EAPO member states, but after grant its annual fees are paid "
                "for each state separately, so it can lapse in some and stay in force in others. Check the "
                "states that matter to you; the EAPO page lists them."
            ),
            ("EA",),
        ),
    ),
}
PUBLICATION_STEP = Step(
    _("A published application is not a patent: check in the register whether it was granted, refused or withdrawn.")
)
GRANT_STEP = Step(
    _("A patent stays in force only while its renewal fees are paid: check the register for lapses and expiry.")
)


def next_steps_for(number: PatentNumber) -> list[Step]:
    """What to check next for this number, by its route (EP, PCT, a regional system) and its type.
    National offices' memberships of regional systems are added from the database by the selector."""
    if number.office == "EP":
        steps = list(EP_STEPS)
        if number.type == GRANT:
            steps.append(EP_GRANT_STEP)
        return steps
    if number.office == "WO":
        return list(WO_STEPS)
    steps = list(REGIONAL_STEPS.get(number.office, ()))
    if number.type == PUBLICATION:
        steps.append(PUBLICATION_STEP)
    elif number.type == GRANT:
        steps.append(GRANT_STEP)
    return steps
