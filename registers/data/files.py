"""Jurisdiction files: what the register shows, how to search it, tips, and sample numbers.

Status flags are set only where the curator checked them; None means "not reviewed". Sample numbers
illustrate the office's format and how to type it; prose is our own.
"""

EUROPEAN_VALIDATION_TIP = (
    "European patents granted by the EPO take effect here after validation. Once the opposition period "
    "is over, renewal fees are paid to this office, so the national register, not the European Patent "
    "Register, tells you whether the patent is still in force here."
)

FILES: dict[str, dict] = {
    "EP": {
        "shows_pending": True,
        "shows_granted": True,
        "shows_lapsed": True,
        "shows_fees": True,
        "shows_oppositions": True,
        "shows_spc": False,
        "shows_transfers": True,
        "how_to_search": (
            "Search the European Patent Register by application or publication number, applicant, "
            "representative or priority. Each case has tabs for the bibliographic data, the legal status "
            "(EP Bulletin events), the full file (**All documents**), the patent family and the "
            "**Federated register**, which links to the national registers of the validation states."
        ),
        "search_tips": (
            "- Use the *Legal status* tab for events published in the European Patent Bulletin; the "
            "*Event history* tab also lists events that are not published.\n"
            "- After grant, renewal fees are paid nationally: use the *Federated register* tab or the national "
            "register to check whether the patent is still in force in a given state.\n"
            "- Unitary effect requests and their registration appear on the same case."
        ),
        "coverage_notes": "Applications are open to inspection from their publication, 18 months after priority.",
        "samples": [
            ("publication", "EP 1 000 000 A1", "EP1000000", "Publication numbers take the EP prefix, no spaces."),
            (
                "application",
                "EP 99203729.6",
                "EP99203729",
                "Application numbers: two-digit year, six digits and a check digit after the point, "
                "which may be left out.",
            ),
        ],
    },
    "WO": {
        "shows_pending": True,
        "shows_granted": False,
        "shows_lapsed": False,
        "shows_fees": False,
        "shows_oppositions": False,
        "shows_spc": False,
        "shows_transfers": True,
        "how_to_search": (
            "PATENTSCOPE holds every published international (PCT) application. Search by WO publication "
            "number or PCT application number; the **Documents** tab shows the international search report, "
            "written opinion and later correspondence, and the **National Phase** tab lists national and "
            "regional phase entries reported by offices."
        ),
        "search_tips": (
            "- A PCT application never becomes a patent by itself: follow the national phase entries to the "
            "regional or national registers to find out whether and where a patent was granted.\n"
            "- National phase data depend on what offices report to WIPO; an empty tab does not prove that "
            "no national phase was entered.\n"
            "- Changes of applicant recorded under PCT Rule 92bis are shown in the bibliographic data."
        ),
        "samples": [
            ("publication", "WO 2020/123456 A1", "WO2020123456", "Four-digit year and six-digit serial."),
            (
                "application",
                "PCT/IB2019/012345",
                "PCT/IB2019/012345",
                "Receiving office code (IB = International Bureau), year and serial.",
            ),
        ],
    },
    "UPC": {
        "shows_pending": False,
        "shows_granted": True,
        "shows_lapsed": True,
        "shows_fees": True,
        "shows_oppositions": False,
        "shows_spc": False,
        "shows_transfers": True,
        "how_to_search": (
            "Unitary patents are European patents with unitary effect; the EPO records the effect, renewal "
            "fees, lapses and transfers in the European Patent Register. Look the European patent up by its "
            "EP number and open the *Unitary Patent* information on the case."
        ),
        "search_tips": (
            "- Unitary effect covers the EU states that had ratified the UPC Agreement when it was "
            "registered; later ratifications do not extend existing unitary patents.\n"
            "- Check the Unified Patent Court's website for actions and opt-outs of classic European patents."
        ),
    },
    "EM": {
        "how_to_search": (
            "EUIPO registers EU trade marks and registered Community designs, not patents. Search designs in "
            "eSearch plus by design number, owner or Locarno class."
        ),
        "search_tips": "- For patents covering EU states use the European Patent Register or national registers.",
    },
    "US": {
        "shows_pending": True,
        "shows_granted": True,
        "shows_oppositions": False,
        "shows_spc": False,
        "how_to_search": (
            "Patent Center shows the status, transaction history and the full image file wrapper of published "
            "applications and granted patents. Enter the application number (eight digits), or switch the "
            "search to patent or publication number. Publications themselves are in Patent Public Search."
        ),
        "search_tips": (
            "- Ownership changes are recorded separately: use USPTO Assignment search.\n"
            "- Maintenance fee status (and expiry for non-payment) is shown in the fee records for the patent "
            "number.\n"
            "- Patent term extensions under 35 USC 156 (regulatory review) are listed by the USPTO; patent term "
            "adjustment is shown in Patent Center."
        ),
        "samples": [
            ("application", "16/123,456", "16123456", "Series code and six-digit serial, without slash or comma."),
            ("patent", "US 10,000,000 B2", "10000000", "Patent number without commas or kind code."),
            ("publication", "US 2020/0123456 A1", "20200123456", "Year followed by the seven-digit serial."),
        ],
    },
    "CN": {
        "how_to_search": (
            "The China and Global Patent Examination Information Query service shows the examination status, "
            "fees and the documents on file. The CNIPA announcement (gazette) search finds publications and "
            "legal-status announcements by number or applicant."
        ),
        "search_tips": (
            "- Applications filed from 2003 have twelve digits plus a check digit after the point; the fifth "
            "digit gives the type (1 invention, 2 utility model, 3 design; 8 and 9 mark PCT national phase "
            "entries for inventions and utility models).\n"
            "- Utility models are granted without substantive examination; check which kind of right you hold."
        ),
        "samples": [
            ("application", "202010123456.7", "202010123456.7", "Year, type digit, seven-digit serial, check digit."),
            ("publication", "CN 111000000 A", "CN111000000A", "Publication number with CN prefix and kind code."),
        ],
    },
    "JP": {
        "shows_pending": True,
        "shows_granted": True,
        "shows_lapsed": True,
        "shows_spc": True,
        "how_to_search": (
            "In J-PlatPat use the *Patent/Utility model number search*: choose the type of number "
            "(application, publication, registration) and enter it. The result offers the gazette, the "
            "examination documents (*file wrapper*) and the legal-status (*registration*) information."
        ),
        "search_tips": (
            "- Numbers are year-based: 2000 onward uses the western year; older numbers use the Japanese era "
            "(e.g. H12 for 2000). J-PlatPat explains the accepted input forms next to the box.\n"
            "- Extensions of patent term are recorded with the registration information.\n"
            "- Machine translations into English are available for Japanese documents."
        ),
        "samples": [
            ("application", "特願2020-123456", "2020-123456", "Application: year and six-digit serial."),
            ("publication", "特開2021-012345", "2021-012345", "Unexamined publication: year and serial."),
            ("patent", "特許第6000000号", "6000000", "Registration number only."),
        ],
    },
    "KR": {
        "how_to_search": (
            "KIPRIS searches Korean patents and utility models by number, applicant or keywords; the detail "
            "view shows the administrative (legal-status) history and the registration information."
        ),
        "search_tips": (
            "- Application numbers have the form 10-YYYY-NNNNNNN (10 for patents, 20 for utility models).\n"
            "- KIPRIS offers an English interface with fewer fields; the Korean one is more complete."
        ),
        "samples": [
            ("application", "10-2020-0012345", "1020200012345", "Type code, year and seven-digit serial."),
        ],
    },
    "DE": {
        "shows_pending": True,
        "shows_granted": True,
        "shows_lapsed": True,
        "shows_fees": True,
        "shows_oppositions": True,
        "shows_spc": True,
        "shows_transfers": True,
        "how_to_search": (
            "DPMAregister covers German patents, utility models, SPCs and European patents in force in "
            "Germany. Use the *Basic search* with the file number (Aktenzeichen) or publication number, or the "
            "expert search for applicant and date fields. File inspection opens the documents on file."
        ),
        "search_tips": (
            "- German file numbers have the form 10 YYYY NNN NNN.N; European patents valid in Germany are "
            "found under their EP file number prefixed with E.\n"
            "- Full texts of German and many foreign documents are in DEPATISnet.\n"
            f"- {EUROPEAN_VALIDATION_TIP}"
        ),
        "samples": [
            ("application", "DE 10 2020 123 456.7", "102020123456.7", "File number with check digit."),
            ("publication", "DE 10 2020 123 456 A1", "DE102020123456A1", "Publication number with kind code."),
        ],
    },
    "GB": {
        "shows_pending": True,
        "shows_granted": True,
        "shows_lapsed": True,
        "shows_fees": True,
        "shows_spc": True,
        "shows_transfers": True,
        "how_to_search": (
            "Ipsum gives the status, renewal fee history and the documents on file for GB applications and "
            "for European patents designating the UK. Enter the GB application or publication number, or the "
            "EP number for European patents."
        ),
        "search_tips": (
            "- European patents (UK) are searched by EP publication number in Ipsum.\n"
            "- SPCs have their own numbers starting with SPC/GB.\n"
            "- Ipsum does not search by applicant name: find the number first in a bibliographic database."
        ),
        "samples": [
            ("publication", "GB 2 600 000 A", "GB2600000", "Publication number with GB prefix."),
            ("application", "GB2012345.6", "GB2012345.6", "Two-digit year, five-digit serial and check digit."),
        ],
    },
    "FR": {
        "how_to_search": (
            "data.inpi.fr brings together French patents, European patents in force in France and legal-status "
            "events from the national register. Search by number, applicant or keywords."
        ),
        "search_tips": (
            "- French application numbers have two digits for the year and five for the serial (FR 20 12345).\n"
            f"- {EUROPEAN_VALIDATION_TIP}"
        ),
        "samples": [("publication", "FR 3 100 000 A1", "FR3100000", "Seven-digit publication number.")],
    },
    "CH": {
        "how_to_search": (
            "Swissreg is the official register for Swiss patents, European patents valid in Switzerland and "
            "Liechtenstein, and SPCs. Search by patent number, owner or title; the legal status is shown in "
            "the detail view."
        ),
        "search_tips": (
            f"- Switzerland and Liechtenstein form a single territory for patents.\n- {EUROPEAN_VALIDATION_TIP}"
        ),
    },
    "AT": {
        "how_to_search": (
            "see.ip is the Austrian Patent Office's register search for patents, utility models and SPCs; "
            "search by number or owner and open the register extract for the legal status."
        ),
        "search_tips": f"- {EUROPEAN_VALIDATION_TIP}",
    },
    "IN": {
        "shows_pending": True,
        "shows_granted": True,
        "how_to_search": (
            "InPASS searches published Indian applications and granted patents. The *Application Status* "
            "view shows the procedural history and documents on file (examination reports, replies, "
            "oppositions filed before grant)."
        ),
        "search_tips": (
            "- Application numbers have twelve digits: year, two-digit office code (11 Delhi, 21 Mumbai, "
            "31 Kolkata, 41 Chennai) and a six-digit serial.\n"
            "- India allows pre-grant and post-grant opposition: read the documents on file for both."
        ),
        "samples": [("application", "202011012345", "202011012345", "Year, office code and serial.")],
    },
    "CA": {
        "how_to_search": (
            "The Canadian Patents Database shows bibliographic data, status, maintenance fee payments and "
            "the documents of open applications and patents. Search by patent or application number, "
            "owner or keywords."
        ),
        "search_tips": (
            "- Canadian patent and application numbers share one series (e.g. 3000000).\n"
            "- Maintenance fees are due on applications as well as on patents: check the fee history."
        ),
        "samples": [("patent", "CA 3 000 000", "3000000", "Seven digits, no prefix.")],
    },
    "AU": {
        "shows_pending": True,
        "shows_granted": True,
        "shows_lapsed": True,
        "shows_fees": True,
        "shows_oppositions": True,
        "shows_spc": True,
        "how_to_search": (
            "AusPat searches Australian patent applications and patents by number, applicant or keywords. The "
            "case details show the status, events, renewal history and, for open documents, the file."
        ),
        "search_tips": (
            "- Standard patents and innovation patents are both in AusPat; innovation patents can no longer "
            "be filed (applications closed in August 2021).\n"
            "- Application numbers are the year followed by six digits."
        ),
        "samples": [("application", "2020123456", "2020123456", "Year and six-digit serial.")],
    },
    "BR": {
        "how_to_search": (
            "Search pePI (INPI's patent search) by application number or applicant; the dispatches "
            "(despachos) listed for a case are the legal-status events published in the weekly RPI."
        ),
        "search_tips": (
            "- Application numbers have the form BR 10 YYYY NNNNNN C (10 invention, 20 utility model); in "
            "pePI type them without spaces.\n"
            "- Dispatch codes are explained in the RPI itself."
        ),
        "samples": [("application", "BR 10 2020 012345 6", "BR102020012345", "Without spaces or check digit.")],
    },
    "MX": {
        "how_to_search": (
            "SIGA searches the Gaceta de la Propiedad Industrial by number or applicant; ViDoc shows the "
            "documents on file for a case."
        ),
        "search_tips": "- Application numbers have the form MX/a/YYYY/NNNNNN.",
        "samples": [("application", "MX/a/2020/012345", "MX/a/2020/012345", "Type letter, year and serial.")],
    },
    "RU": {
        "how_to_search": (
            "FIPS publishes the state registers of inventions and utility models and the official bulletin; "
            "open a register entry by patent number to see its status and fee payments. The Rospatent search "
            "platform searches full texts."
        ),
        "search_tips": "- Patent numbers are seven digits with kind codes C1, C2 (inventions) or U1 (utility models).",
        "samples": [("patent", "RU 2 700 000 C1", "2700000", "Register entry by number only.")],
    },
    "HK": {
        "how_to_search": (
            "The IPD online search covers standard and short-term patents. Standard patents are granted on "
            "the basis of a Chinese, European (UK) or UK patent; the record links to the designated patent."
        ),
        "search_tips": "- Since 2019 original grant standard patents can also be filed directly in Hong Kong.",
    },
    "TW": {
        "how_to_search": (
            "Search TWPAT/GPSS by application, publication or certificate number; the legal-status tab shows "
            "fee payments, lapses and transfers reported in the gazette."
        ),
        "search_tips": (
            "- Application numbers start with the year of the ROC calendar (109 = 2020).\n"
            "- Invention patents carry an I before the certificate number, utility models an M, designs a D."
        ),
        "samples": [("application", "109123456", "109123456", "ROC year and six-digit serial.")],
    },
    "ID": {
        "how_to_search": (
            "PDKI (Pangkalan Data Kekayaan Intelektual) searches Indonesian patent applications and grants by "
            "number, applicant or title; the detail shows the status."
        ),
        "search_tips": "- Simple patents (paten sederhana) are a separate type with shorter protection.",
    },
    "IL": {
        "how_to_search": (
            "The Israel Patent Office search shows the status, events and file documents by application number."
        ),
        "search_tips": "- Israeli application numbers are a single serial without year.",
    },
    "CZ": {
        "how_to_search": (
            "The ÚPV databases cover Czech patents, utility models, SPCs and European patents validated in the "
            "Czech Republic; search by number or owner and open the legal-status entry."
        ),
        "search_tips": f"- {EUROPEAN_VALIDATION_TIP}",
    },
    "HU": {
        "how_to_search": "HIPO's E-kutatás searches Hungarian patents, SPCs and validated European patents.",
        "search_tips": f"- {EUROPEAN_VALIDATION_TIP}",
    },
    "NO": {
        "how_to_search": (
            "Patentstyret's search covers Norwegian patents and European patents validated in Norway; the case "
            "shows status and fee history."
        ),
        "search_tips": f"- {EUROPEAN_VALIDATION_TIP}",
    },
    "SG": {
        "how_to_search": "The IPOS Digital Hub searches Singapore patent applications and patents by number or party.",
        "search_tips": (
            "- A PCT application that entered the national phase here has its own Singapore application number; "
            "the National Phase tab in PATENTSCOPE often gives it."
        ),
    },
    "EA": {
        "how_to_search": (
            "Eurasian patents are granted by EAPO and have effect in the member states. Find the publication "
            "through EAPO's website."
        ),
        "search_tips": (
            "- After grant, annual fees are paid to EAPO for each state separately: a Eurasian patent can be "
            "in force in some member states and lapsed in others."
        ),
    },
    "AP": {
        "how_to_search": (
            "ARIPO grants patents for the states designated in the application under the Harare Protocol. "
            "Start at ARIPO's website, then confirm the status in each designated state."
        ),
        "search_tips": "- Not every ARIPO member is party to the Harare Protocol on patents; check designations.",
    },
    "OA": {
        "how_to_search": (
            "OAPI is the patent office of all its member states: there is no national patent route, and one "
            "OAPI patent covers every member state. Its online services page leads to the patent database."
        ),
        "search_tips": "- Titles granted by OAPI are published in its official bulletin (BOPI).",
    },
    "GC": {
        "how_to_search": (
            "GCC patents had effect in all six member states. Look up existing GCC patents with the GCC Patent "
            "Office's advanced search, by application or patent number."
        ),
        "search_tips": (
            "- For new filings use the national offices (e.g. the Saudi Authority for Intellectual Property)."
        ),
    },
    "ES": {
        "how_to_search": (
            "CEO (Consulta de Expedientes OEPM) shows the procedural status and the documents on file for Spanish "
            "patents and utility models and for European patents validated in Spain. INVENES searches the "
            "published documents by number, applicant or text."
        ),
        "search_tips": (
            "- National numbers start with P for patents or U for utility models, then the year and a serial.\n"
            f"- {EUROPEAN_VALIDATION_TIP}"
        ),
        "samples": [("application", "P202030431", "P202030431", "Type letter, year and serial, no spaces.")],
    },
    "PL": {
        "how_to_search": (
            "e-Wyszukiwarka searches Polish patents, utility models and European patents validated in Poland by "
            "number or owner; the detail view gives the legal status."
        ),
        "search_tips": (
            "- Patent applications are numbered P.NNNNNN and utility model applications W.NNNNNN.\n"
            f"- {EUROPEAN_VALIDATION_TIP}"
        ),
    },
    "UA": {
        "how_to_search": (
            "The SIS industrial property search system covers Ukrainian inventions, utility models and other "
            "rights; search by number or owner. The office publishes the same records as open data through an API."
        ),
        "search_tips": "- Utility models are granted without substantive examination; check which kind of right it is.",
    },
    "DK": {
        "how_to_search": (
            "PVSonline searches Danish patents, utility models and European patents validated in Denmark by "
            "number, applicant or title."
        ),
        "search_tips": f"- {EUROPEAN_VALIDATION_TIP}",
    },
    "NL": {
        "how_to_search": (
            "The Dutch patent register lists Dutch patents and European patents in force in the Netherlands; "
            "search by application, publication or patent number."
        ),
        "search_tips": (
            "- Dutch patents are granted without substantive examination: read the search report on file to "
            "judge the patent.\n"
            f"- {EUROPEAN_VALIDATION_TIP}"
        ),
    },
    "BE": {
        "how_to_search": (
            "The Belgian patent register lists Belgian patents and European patents in force in Belgium; search "
            "by number."
        ),
        "search_tips": (
            "- Belgian patents are granted without substantive examination; the search report and written "
            "opinion on file tell you more.\n"
            f"- {EUROPEAN_VALIDATION_TIP}"
        ),
    },
    "TR": {
        "how_to_search": (
            "EPATT searches Turkish national applications and European patents validated in Türkiye, with their "
            "status and documents."
        ),
        "search_tips": f"- {EUROPEAN_VALIDATION_TIP}",
    },
    # Number format from DZIV's own search help: https://it-app.dziv.hr/Pretrage/Help.htm and Pomoc.htm
    "HR": {
        "how_to_search": (
            "DZIV's e-registers cover Croatian patent applications and patents, utility models, SPCs and European "
            "patents entered in the Croatian register. Search by registration number or other bibliographic data."
        ),
        "search_tips": (
            "- Registration numbers start with P (patents and patent applications), PK (consensual patents) or UM "
            "(utility models), followed by the filing year and a four-digit serial. Filing years up to 1999 have two "
            "digits, later ones four.\n"
            "- A pending application carries a final A (e.g. P20010025A); the A is dropped once the right is granted.\n"
            f"- {EUROPEAN_VALIDATION_TIP}"
        ),
    },
}
