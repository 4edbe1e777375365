"""Patent offices and their online registers, gazettes and publication servers.

Only addresses the curator could vouch for are listed; where unsure, the field is left out (a missing
link is better than a wrong one). The weekly link check flags any that break.
"""

REGISTER = "register"
FILE_INSPECTION = "file_inspection"
GAZETTE = "gazette"
BULLETIN = "bulletin"
LEGAL_STATUS = "legal_status"
SPC = "spc"
PUBLICATIONS = "publications"


def resource(kind: str, title: str, url: str, languages: str = "en", **extra) -> dict:
    return {"kind": kind, "title": title, "url": url, "languages": languages, **extra}


# The same service often covers several columns (e.g. a register that also shows the file wrapper).
def resources(kinds: tuple[str, ...], title: str, url: str, languages: str = "en", **extra) -> list[dict]:
    return [resource(kind, title, url, languages, **extra) for kind in kinds]


NUMBER_AND_APPLICANT = {"searchable_by_number": True, "searchable_by_applicant": True}

OFFICES: dict[str, dict] = {
    # Regional and international offices
    "EP": {
        "office_name": "European Patent Office",
        "office_url": "https://www.epo.org/",
        "resources": [
            *resources(
                (REGISTER, FILE_INSPECTION, LEGAL_STATUS),
                "European Patent Register",
                "https://register.epo.org/",
                "en,de,fr",
                has_api=True,
                **NUMBER_AND_APPLICANT,
            ),
            *resources(
                (BULLETIN, PUBLICATIONS),
                "European publication server (A and B documents, European Patent Bulletin)",
                "https://data.epo.org/publication-server/",
                "en,de,fr",
                searchable_by_number=True,
                has_bulk_data=True,
            ),
            resource(
                PUBLICATIONS,
                "Espacenet",
                "https://worldwide.espacenet.com/",
                "en,de,fr",
                has_api=True,
                **NUMBER_AND_APPLICANT,
            ),
        ],
    },
    "WO": {
        "office_name": "World Intellectual Property Organization, International Bureau of the PCT",
        "office_url": "https://www.wipo.int/",
        "resources": [
            *resources(
                (REGISTER, FILE_INSPECTION, GAZETTE, PUBLICATIONS),
                "PATENTSCOPE",
                "https://patentscope.wipo.int/search/en/search.jsf",
                "en,fr,es,ar,zh,ru,ja,ko,de,pt",
                notes="International applications are published here; the published application is the PCT "
                "Gazette entry. The Documents tab holds the file, the National Phase tab national entries.",
                **NUMBER_AND_APPLICANT,
            ),
        ],
    },
    "EA": {
        "office_name": "Eurasian Patent Office",
        "office_url": "https://www.eapo.org/",
        "resources": [
            resource(
                PUBLICATIONS,
                "EAPATIS, Eurasian patent information system",
                "http://www.eapatis.com/",
                "ru,en",
                access="registration",
                searchable_by_number=True,
            ),
        ],
    },
    "AP": {
        "office_name": "African Regional Intellectual Property Organization",
        "office_url": "https://www.aripo.org/",
        "resources": [
            *resources(
                (REGISTER, PUBLICATIONS),
                "ARIPO regional IP search (WIPO Publish)",
                "https://regionalip.aripo.org/wopublish-search/public/patents",
                **NUMBER_AND_APPLICANT,
            ),
        ],
    },
    "OA": {
        "office_name": "Organisation Africaine de la Propriété Intellectuelle",
        "office_url": "https://www.oapi.int/",
        "resources": [
            resource(
                REGISTER,
                "OAPI online services (patent, trade mark and design databases)",
                "https://www.oapi.int/en/service/online-services/",
                "fr,en",
            ),
        ],
    },
    "GC": {
        "office_name": "GCC Patent Office",
        "office_url": "https://www.gccpo.org/",
        "resources": [
            resource(
                REGISTER,
                "GCC Patent Office advanced search",
                "https://www.gccpo.org/CustomersService/Adv_SearchEn",
                "ar,en",
                searchable_by_number=True,
            ),
        ],
    },
    "BX": {
        "office_name": "Benelux Office for Intellectual Property",
        "office_url": "https://www.boip.int/",
        "resources": [
            resource(
                REGISTER,
                "BOIP register search (Benelux trade marks and designs)",
                "https://www.boip.int/en/search",
                "nl,fr,en",
                notes="BOIP registers trade marks and designs; patents are granted by the national offices.",
                **NUMBER_AND_APPLICANT,
            ),
        ],
    },
    "EM": {
        "office_name": "European Union Intellectual Property Office",
        "office_url": "https://euipo.europa.eu/",
        "resources": [
            *resources(
                (REGISTER, BULLETIN),
                "eSearch plus (EU trade marks and registered Community designs)",
                "https://euipo.europa.eu/eSearch/",
                "en,fr,de,es,it",
                notes="EUIPO registers trade marks and designs, not patents.",
                **NUMBER_AND_APPLICANT,
            ),
        ],
    },
    "UPC": {
        "office_name": "Unified Patent Court; unitary patents are registered by the European Patent Office",
        "office_url": "https://www.unified-patent-court.org/",
        "resources": [
            resource(
                REGISTER,
                "European Patent Register (Register for unitary patent protection)",
                "https://register.epo.org/",
                "en,de,fr",
                notes="Unitary effect, its lapse and transfers are recorded in the European Patent Register.",
                **NUMBER_AND_APPLICANT,
            ),
        ],
    },
    # National offices
    "US": {
        "office_name": "United States Patent and Trademark Office",
        "office_url": "https://www.uspto.gov/",
        "resources": [
            *resources(
                (REGISTER, FILE_INSPECTION),
                "Patent Center",
                "https://patentcenter.uspto.gov/",
                searchable_by_number=True,
                notes="Status, bibliographic data, continuity and the full file wrapper of published applications.",
            ),
            resource(
                PUBLICATIONS,
                "Patent Public Search",
                "https://ppubs.uspto.gov/pubwebapp/",
                **NUMBER_AND_APPLICANT,
            ),
            resource(GAZETTE, "Official Gazette", "https://www.uspto.gov/learning-and-resources/official-gazette"),
            resource(
                SPC,
                "Patent terms extended under 35 USC 156",
                "https://www.uspto.gov/patents/laws/patent-term-extension/patent-terms-extended-under-35-usc-156",
            ),
            resource(LEGAL_STATUS, "Assignment search (transfers)", "https://assignment.uspto.gov/"),
            resource(
                LEGAL_STATUS, "USPTO Open Data Portal", "https://data.uspto.gov/", has_api=True, has_bulk_data=True
            ),
        ],
    },
    "CN": {
        "office_name": "China National Intellectual Property Administration",
        "office_url": "https://english.cnipa.gov.cn/",
        "resources": [
            *resources(
                (REGISTER, FILE_INSPECTION),
                "China and Global Patent Examination Information Query",
                "https://cpquery.cponline.cnipa.gov.cn/",
                "zh",
                searchable_by_number=True,
            ),
            *resources(
                (GAZETTE, PUBLICATIONS),
                "Patent announcement search (gazette)",
                "http://epub.cnipa.gov.cn/",
                "zh",
                **NUMBER_AND_APPLICANT,
            ),
        ],
    },
    "JP": {
        "office_name": "Japan Patent Office",
        "office_url": "https://www.jpo.go.jp/",
        "resources": [
            *resources(
                (REGISTER, FILE_INSPECTION, GAZETTE, SPC, PUBLICATIONS),
                "J-PlatPat",
                "https://www.j-platpat.inpit.go.jp/",
                "ja,en",
                notes="Run by INPIT. Legal status, examination documents, gazettes and registrations of term "
                "extensions are all reached from the result list.",
                **NUMBER_AND_APPLICANT,
            ),
        ],
    },
    "KR": {
        "office_name": "Korean Intellectual Property Office",
        "office_url": "https://www.kipo.go.kr/",
        "resources": [
            *resources(
                (REGISTER, PUBLICATIONS),
                "KIPRIS",
                "https://www.kipris.or.kr/",
                "ko,en",
                **NUMBER_AND_APPLICANT,
            ),
        ],
    },
    "DE": {
        "office_name": "Deutsches Patent- und Markenamt",
        "office_url": "https://www.dpma.de/",
        "resources": [
            *resources(
                (REGISTER, FILE_INSPECTION, GAZETTE, SPC),
                "DPMAregister",
                "https://register.dpma.de/",
                "de,en",
                notes="The Patentblatt (patent gazette) and supplementary protection certificates are "
                "searched here too.",
                **NUMBER_AND_APPLICANT,
            ),
            resource(PUBLICATIONS, "DEPATISnet", "https://depatisnet.dpma.de/", "de,en", **NUMBER_AND_APPLICANT),
        ],
    },
    "GB": {
        "office_name": "Intellectual Property Office",
        "office_url": "https://www.gov.uk/government/organisations/intellectual-property-office",
        "resources": [
            *resources(
                (REGISTER, FILE_INSPECTION, SPC),
                "Ipsum, the online patent information and document inspection service",
                "https://www.ipo.gov.uk/p-ipsum.htm",
                searchable_by_number=True,
            ),
        ],
    },
    "FR": {
        "office_name": "Institut national de la propriété industrielle",
        "office_url": "https://www.inpi.fr/",
        "resources": [
            *resources(
                (REGISTER, PUBLICATIONS),
                "data.inpi.fr",
                "https://data.inpi.fr/",
                "fr",
                **NUMBER_AND_APPLICANT,
            ),
        ],
    },
    "CH": {
        "office_name": "Swiss Federal Institute of Intellectual Property",
        "office_url": "https://www.ige.ch/",
        "resources": [
            *resources(
                (REGISTER, SPC),
                "Swissreg",
                "https://www.swissreg.ch/",
                "de,fr,it,en",
                **NUMBER_AND_APPLICANT,
            ),
        ],
    },
    "AT": {
        "office_name": "Österreichisches Patentamt",
        "office_url": "https://www.patentamt.at/",
        "resources": [
            resource(REGISTER, "see.ip register search", "https://seeip.patentamt.at/", "de,en", **NUMBER_AND_APPLICANT)
        ],
    },
    "IN": {
        "office_name": "Office of the Controller General of Patents, Designs and Trade Marks",
        "office_url": "https://ipindia.gov.in/",
        "resources": [
            *resources(
                (REGISTER, FILE_INSPECTION, PUBLICATIONS),
                "InPASS, Indian patent advanced search system",
                "https://iprsearch.ipindia.gov.in/PublicSearch/",
                notes="The application status view lists the documents on file (examination reports, replies).",
                **NUMBER_AND_APPLICANT,
            ),
        ],
    },
    "CA": {
        "office_name": "Canadian Intellectual Property Office",
        "office_url": "https://ised-isde.canada.ca/site/canadian-intellectual-property-office/en",
        "resources": [
            *resources(
                (REGISTER, PUBLICATIONS),
                "Canadian Patents Database",
                "https://www.ic.gc.ca/opic-cipo/cpd/eng/search/basic.html",
                "en,fr",
                **NUMBER_AND_APPLICANT,
            ),
        ],
    },
    "AU": {
        "office_name": "IP Australia",
        "office_url": "https://www.ipaustralia.gov.au/",
        "resources": [
            *resources(
                (REGISTER, FILE_INSPECTION, SPC, PUBLICATIONS),
                "AusPat",
                "https://search.ipaustralia.gov.au/patents/",
                notes="Shows term extensions for pharmaceutical patents in the case details.",
                **NUMBER_AND_APPLICANT,
            ),
        ],
    },
    "NZ": {
        "office_name": "Intellectual Property Office of New Zealand",
        "office_url": "https://www.iponz.govt.nz/",
        "resources": [
            resource(
                REGISTER,
                "IPONZ patent search",
                "https://app.iponz.govt.nz/app/Extra/Default.aspx?op=EXTRA_pt_qbe&fcoOp=EXTRA__Default&directAccess=true",
                **NUMBER_AND_APPLICANT,
            ),
        ],
    },
    "BR": {
        "office_name": "Instituto Nacional da Propriedade Industrial",
        "office_url": "https://www.gov.br/inpi/",
        "resources": [
            *resources(
                (REGISTER, PUBLICATIONS),
                "pePI, patent search",
                "https://busca.inpi.gov.br/pePI/",
                "pt",
                **NUMBER_AND_APPLICANT,
            ),
            resource(GAZETTE, "Revista da Propriedade Industrial (RPI)", "https://revistas.inpi.gov.br/rpi/", "pt"),
        ],
    },
    "MX": {
        "office_name": "Instituto Mexicano de la Propiedad Industrial",
        "office_url": "https://www.gob.mx/impi",
        "resources": [
            *resources(
                (GAZETTE, PUBLICATIONS),
                "SIGA, Gaceta de la Propiedad Industrial",
                "https://siga.impi.gob.mx/",
                "es",
                **NUMBER_AND_APPLICANT,
            ),
            *resources(
                (REGISTER, FILE_INSPECTION),
                "ViDoc, file inspection",
                "https://vidoc.impi.gob.mx/",
                "es",
                searchable_by_number=True,
            ),
        ],
    },
    "RU": {
        "office_name": "Federal Service for Intellectual Property (Rospatent)",
        "office_url": "https://rospatent.gov.ru/",
        "resources": [
            *resources(
                (REGISTER, BULLETIN),
                "FIPS information resources (registers and official bulletin)",
                "https://www1.fips.ru/",
                "ru",
                searchable_by_number=True,
            ),
            resource(
                PUBLICATIONS,
                "Rospatent search platform",
                "https://searchplatform.rospatent.gov.ru/",
                "ru,en",
                **NUMBER_AND_APPLICANT,
            ),
        ],
    },
    "HK": {
        "office_name": "Intellectual Property Department",
        "office_url": "https://www.ipd.gov.hk/",
        "resources": [
            *resources(
                (REGISTER, GAZETTE),
                "IPD online search system",
                "https://esearch.ipd.gov.hk/",
                "en,zh",
                **NUMBER_AND_APPLICANT,
            ),
        ],
    },
    "TW": {
        "office_name": "Taiwan Intellectual Property Office",
        "office_url": "https://www.tipo.gov.tw/",
        "resources": [
            *resources(
                (REGISTER, GAZETTE, PUBLICATIONS),
                "Global Patent Search System (GPSS) and TWPAT",
                "https://twpat.tipo.gov.tw/",
                "zh,en",
                **NUMBER_AND_APPLICANT,
            ),
        ],
    },
    "ID": {
        "office_name": "Directorate General of Intellectual Property",
        "office_url": "https://www.dgip.go.id/",
        "resources": [
            *resources(
                (REGISTER, PUBLICATIONS),
                "PDKI, Indonesian IP database",
                "https://pdki-indonesia.dgip.go.id/",
                "id",
                **NUMBER_AND_APPLICANT,
            ),
        ],
    },
    "IL": {
        "office_name": "Israel Patent Office",
        "office_url": "https://www.gov.il/en/departments/israel_patent_office",
        "resources": [
            *resources(
                (REGISTER, FILE_INSPECTION),
                "Israel Patent Office patent search",
                "https://israelpatents.justice.gov.il/",
                "he,en",
                searchable_by_number=True,
            ),
        ],
    },
    "UA": {
        "office_name": "Ukrainian National Office for Intellectual Property and Innovations",
        "office_url": "https://nipo.gov.ua/",
        "resources": [
            resource(
                REGISTER,
                "Industrial property search system (SIS)",
                "https://sis.nipo.gov.ua/",
                "uk,en",
                has_api=True,
                **NUMBER_AND_APPLICANT,
            ),
        ],
    },
    "PL": {
        "office_name": "Patent Office of the Republic of Poland",
        "office_url": "https://uprp.gov.pl/",
        "resources": [
            resource(
                REGISTER, "e-Wyszukiwarka", "https://ewyszukiwarka.pue.uprp.gov.pl/", "pl,en", **NUMBER_AND_APPLICANT
            ),
        ],
    },
    "CZ": {
        "office_name": "Industrial Property Office of the Czech Republic",
        "office_url": "https://upv.gov.cz/",
        "resources": [
            *resources(
                (REGISTER, SPC, PUBLICATIONS),
                "ÚPV industrial property databases",
                "https://isdv.upv.gov.cz/",
                "cs,en",
                **NUMBER_AND_APPLICANT,
            ),
        ],
    },
    "HU": {
        "office_name": "Hungarian Intellectual Property Office",
        "office_url": "https://www.hipo.gov.hu/",
        "resources": [
            resource(
                REGISTER, "E-kutatás, HIPO database", "https://epub.hpo.hu/e-kutatas/", "hu,en", **NUMBER_AND_APPLICANT
            )
        ],
    },
    "SK": {
        "office_name": "Industrial Property Office of the Slovak Republic",
        "office_url": "https://www.indprop.gov.sk/",
        "resources": [
            resource(
                REGISTER, "WebRegistre", "https://wbr.indprop.gov.sk/WebRegistre/", "sk,en", **NUMBER_AND_APPLICANT
            ),
        ],
    },
    # Source: http://pub.osim.ro/publication-server/welcome_en.html (OSIM's own description of its publication server)
    "RO": {
        "office_name": "State Office for Inventions and Trademarks (OSIM)",
        "office_url": "https://www.osim.ro/",
        "resources": [
            resource(
                PUBLICATIONS,
                "OSIM Publication Server",
                "http://pub.osim.ro/publication-server/welcome_en.html",
                "ro,en",
                searchable_by_number=True,
                notes="Romanian patent applications, granted patents and utility models as PDF or XML, searchable by "
                "publication or application number and IPC; refreshed each month when the BOPI patent section appears.",
            ),
        ],
    },
    "BG": {
        "office_name": "Patent Office of the Republic of Bulgaria",
        "office_url": "https://www.bpo.bg/",
        "resources": [
            resource(REGISTER, "BPO online portal", "https://portal.bpo.bg/", "bg,en", searchable_by_number=True)
        ],
    },
    # Source: https://www.obi.gr/el/euresitexnies/episimes-dimosieuseis/ (OBI's page on its official publications)
    "GR": {
        "office_name": "Industrial Property Organisation (OBI)",
        "office_url": "https://www.obi.gr/",
        "resources": [
            resource(
                GAZETTE,
                "Special Industrial Property Bulletin (EDBI), issue A: patents",
                "https://www.obi.gr/el/euresitexnies/episimes-dimosieuseis/",
                "el",
                access="paid",
                notes="OBI's monthly official bulletin; issue A carries the patents protected in Greece. The page "
                "explains how to buy issues in print or on CD-ROM.",
            ),
        ],
    },
    # Source: https://it-app.dziv.hr/Pretrage/hr/Pocetna.aspx and https://it-app.dziv.hr/Pretrage/Help.htm (DZIV's own
    # pages describing the e-registers and their number formats)
    "HR": {
        "office_name": "State Intellectual Property Office of the Republic of Croatia",
        "office_url": "https://www.dziv.hr/",
        "resources": [
            *resources(
                (REGISTER, SPC),
                "e-Registri industrijskog vlasništva (DZIV e-registers)",
                "https://it-app.dziv.hr/Pretrage/hr/Pocetna.aspx",
                "hr",
                searchable_by_number=True,
                notes="Free, without registration. Covers published national patent applications, granted patents, "
                "utility models, SPCs and European patents entered in the Croatian register; data follow the "
                "fortnightly official gazette.",
            ),
        ],
    },
    # Source: http://www2.uil-sipo.si/Que010.stm (SIPO data server manual linking its patent, SPC and trade mark
    # databases), http://www2.uil-sipo.si/g/G0_09b.htm (patent record layout) and
    # https://github.com/yoomarks/markorbit-knowledge (packages/persistence/src/priority-national-source-coverage.ts,
    # which records default1.stm as the entry page of SIPO's databases)
    "SI": {
        "office_name": "Slovenian Intellectual Property Office",
        "office_url": "https://www.uil-sipo.si/",
        "resources": [
            *resources(
                (REGISTER, SPC),
                "SIPO information databases (patents, SPCs, trade marks, designs)",
                "https://www2.uil-sipo.si/default1.stm",
                "sl",
                notes="SIPO's data server has separate databases for patents, SPCs, trade marks and designs; a "
                "patent record opens with its legal status.",
            ),
        ],
    },
    "RS": {
        "office_name": "Intellectual Property Office of the Republic of Serbia",
        "office_url": "https://www.zis.gov.rs/",
        "resources": [
            resource(
                REGISTER, "Patent register", "https://e-reg.zis.gov.rs/patreg/", "sr,en", searchable_by_number=True
            ),
        ],
    },
    "EE": {
        "office_name": "Estonian Patent Office",
        "office_url": "https://www.epa.ee/",
        "resources": [
            resource(REGISTER, "Estonian Patent Office public database", "https://andmebaas.epa.ee/avalik/", "et,en"),
        ],
    },
    "LV": {
        "office_name": "Patent Office of the Republic of Latvia",
        "office_url": "https://www.lrpv.gov.lv/",
        "resources": [
            resource(REGISTER, "Latvian Patent Office databases", "https://databases.lrpv.gov.lv/", "lv,en"),
        ],
    },
    "LT": {"office_name": "State Patent Bureau of the Republic of Lithuania", "office_url": "https://vpb.lrv.lt/"},
    "IS": {
        "office_name": "Icelandic Intellectual Property Office (Hugverkastofan)",
        "office_url": "https://www.hugverk.is/",
    },
    "NO": {
        "office_name": "Norwegian Industrial Property Office (Patentstyret)",
        "office_url": "https://www.patentstyret.no/",
        "resources": [
            resource(
                REGISTER, "Patentstyret search", "https://search.patentstyret.no/", "no,en", **NUMBER_AND_APPLICANT
            )
        ],
    },
    "SE": {
        "office_name": "Swedish Intellectual Property Office (PRV)",
        "office_url": "https://www.prv.se/",
        "resources": [
            resource(
                REGISTER,
                "PRV search databases",
                "https://www.prv.se/en/knowledge-and-support/search-databases/",
                "sv,en",
            ),
        ],
    },
    "DK": {
        "office_name": "Danish Patent and Trademark Office",
        "office_url": "https://www.dkpto.dk/",
        "resources": [
            resource(
                REGISTER, "PVSonline", "https://onlineweb.dkpto.dk/pvsonline/Patent", "da,en", **NUMBER_AND_APPLICANT
            ),
        ],
    },
    # Source: https://docs.patentclient.com/patent-client-index/national/fi-prh/ (also
    # https://github.com/parkerhancock/patent-client-agents/blob/main/research/national/fi-prh.md)
    "FI": {
        "office_name": "Finnish Patent and Registration Office (PRH)",
        "office_url": "https://www.prh.fi/",
        "resources": [
            *resources(
                (REGISTER, SPC),
                "PRH patent information service (Patenttitietopalvelu)",
                "https://patenttitietopalvelu.prh.fi/",
                "fi,sv,en",
                notes="Finnish patents, utility models, SPCs and European patents validated in Finland. The case view "
                "shows the prosecution record, examiner, representative and annual-fee payments.",
            ),
        ],
    },
    "IE": {
        "office_name": "Intellectual Property Office of Ireland",
        "office_url": "https://www.ipoi.gov.ie/",
        "resources": [
            resource(REGISTER, "IPOI eRegister", "https://eregister.ipoi.gov.ie/", searchable_by_number=True),
        ],
    },
    "ES": {
        "office_name": "Oficina Española de Patentes y Marcas",
        "office_url": "https://www.oepm.es/",
        "resources": [
            *resources(
                (REGISTER, FILE_INSPECTION),
                "CEO, Consulta de Expedientes OEPM",
                "https://consultas2.oepm.es/ceo/",
                "es",
                searchable_by_number=True,
            ),
            resource(PUBLICATIONS, "INVENES", "https://consultas2.oepm.es/InvenesWeb/", "es", **NUMBER_AND_APPLICANT),
        ],
    },
    "PT": {
        "office_name": "Instituto Nacional da Propriedade Industrial",
        "office_url": "https://inpi.justica.gov.pt/",
        "resources": [
            resource(
                REGISTER,
                "INPI online searches",
                "https://servicosonline.inpi.pt/pesquisas/",
                "pt",
                searchable_by_number=True,
            ),
        ],
    },
    "TR": {
        "office_name": "Turkish Patent and Trademark Office (TÜRKPATENT)",
        "office_url": "https://www.turkpatent.gov.tr/",
        "resources": [
            resource(
                REGISTER,
                "EPATT patent search (national and validated European patents)",
                "https://online.turkpatent.gov.tr/EPATT/",
                "tr",
                **NUMBER_AND_APPLICANT,
            ),
        ],
    },
    # Source: WIPO Annual Technical Report 2024 by Sakpatenti,
    # https://confluence.wipo.int/confluence/pages/diffpagesbyversion.action?originalVersion=1&pageId=1640996186&revisedVersion=4
    "GE": {
        "office_name": "National Intellectual Property Center of Georgia (Sakpatenti)",
        "office_url": "https://www.sakpatenti.gov.ge/",
        "resources": [
            *resources(
                (REGISTER, PUBLICATIONS),
                "Sakpatenti search engine (patent applications)",
                "https://www.sakpatenti.gov.ge/en/search_engine/search/1/",
                "ka,en",
            ),
        ],
    },
    "MD": {"office_name": "State Agency on Intellectual Property (AGEPI)", "office_url": "https://agepi.gov.md/"},
    "BY": {
        "office_name": "National Center of Intellectual Property",
        "office_url": "https://ncip.by/",
        "resources": [
            resource(
                REGISTER, "NCIP industrial property databases", "http://search.ncip.by/database/index.php", "ru,be"
            ),
        ],
    },
    "KZ": {
        "office_name": "National Institute of Intellectual Property (Kazpatent)",
        "office_url": "https://kazpatent.kz/",
        "resources": [
            resource(REGISTER, "State registers of industrial property", "https://gosreestr.kazpatent.kz/", "kk,ru"),
            resource(BULLETIN, "Electronic bulletin", "https://ebulletin.kazpatent.kz/", "kk,ru"),
        ],
    },
    "SG": {
        "office_name": "Intellectual Property Office of Singapore",
        "office_url": "https://www.ipos.gov.sg/",
        "resources": [
            resource(REGISTER, "IPOS Digital Hub", "https://digitalhub.ipos.gov.sg/", **NUMBER_AND_APPLICANT)
        ],
    },
    "NL": {
        "office_name": "Netherlands Patent Office (Octrooicentrum Nederland, RVO)",
        "office_url": "https://www.rvo.nl/",
        "resources": [
            resource(
                REGISTER,
                "Dutch patent register",
                "https://mijnoctrooi.rvo.nl/fo-eregister-view/",
                "nl,en",
                searchable_by_number=True,
            ),
        ],
    },
    "LU": {
        "resources": [
            resource(
                REGISTER,
                "Luxembourg patent register",
                "https://patent.public.lu/fo-eregister-view/",
                "fr,en",
                searchable_by_number=True,
            ),
        ],
    },
    "BE": {
        "office_name": "Belgian Office for Intellectual Property (FPS Economy)",
        "office_url": "https://economie.fgov.be/",
        "resources": [
            resource(
                REGISTER,
                "Belgian patent register",
                "https://bpp.economie.fgov.be/fo-eregister-view/",
                "fr,nl,en",
                searchable_by_number=True,
            ),
        ],
    },
    # Source: UIBM FAQ, https://uibm.mise.gov.it/index.php/en/marchi/caratterisctiche-del-marchio/214-faq/2035973-risposte-alle-domande-piu-frequenti-sala-pubblico
    # and https://docs.patentclient.com/patent-client-index/national/it-uibm/
    "IT": {
        "office_name": "Ufficio Italiano Brevetti e Marchi",
        "office_url": "https://uibm.mimit.gov.it/",
        "resources": [
            *resources(
                (REGISTER, SPC),
                "UIBM Banca dati (national industrial property titles)",
                "https://www.uibm.gov.it/bancadati/",
                "it",
                searchable_by_applicant=True,
                notes="Italian patent and utility model applications, validations of European patents in Italy and "
                "SPCs (CCP), alongside trade marks and designs.",
            ),
        ],
    },
    "MY": {
        "office_name": "Intellectual Property Corporation of Malaysia (MyIPO)",
        "office_url": "https://www.myipo.gov.my/",
        "resources": [
            resource(
                REGISTER,
                "IP Online Search",
                "https://iponlineext.myipo.gov.my/SPHI/Extra/Default.aspx",
                "en,ms",
                **NUMBER_AND_APPLICANT,
            ),
        ],
    },
    "TH": {
        "office_name": "Department of Intellectual Property",
        "office_url": "https://www.ipthailand.go.th/",
        "resources": [
            resource(
                REGISTER, "DIP patent search", "https://patentsearch.ipthailand.go.th/", "th", searchable_by_number=True
            ),
        ],
    },
    "VN": {
        "office_name": "Intellectual Property Office of Viet Nam",
        "office_url": "https://ipvietnam.gov.vn/",
        "resources": [
            *resources(
                (REGISTER, PUBLICATIONS),
                "IP Viet Nam search (WIPO Publish)",
                "https://wipopublish.ipvietnam.gov.vn/wopublish-search/public/patents",
                "vi,en",
                **NUMBER_AND_APPLICANT,
            ),
        ],
    },
    "PH": {
        "office_name": "Intellectual Property Office of the Philippines",
        "office_url": "https://www.ipophil.gov.ph/",
        "resources": [
            *resources(
                (REGISTER, PUBLICATIONS),
                "IPOPHL patent search (WIPO Publish)",
                "https://onlineservices.ipophil.gov.ph/wopublish-search/public/patents",
                **NUMBER_AND_APPLICANT,
            ),
        ],
    },
    "LK": {
        "office_name": "National Intellectual Property Office of Sri Lanka",
        "office_url": "https://www.nipo.gov.lk/",
    },
    "PK": {"office_name": "Intellectual Property Organisation of Pakistan", "office_url": "https://ipo.gov.pk/"},
    "SA": {
        "office_name": "Saudi Authority for Intellectual Property",
        "office_url": "https://www.saip.gov.sa/",
        "resources": [
            *resources(
                (REGISTER, PUBLICATIONS),
                "SAIP IP search (WIPO Publish)",
                "https://ipsearch.saip.gov.sa/wopublish-search/public/patents",
                "ar,en",
                **NUMBER_AND_APPLICANT,
            ),
        ],
    },
    # Source: https://github.com/parkerhancock/patent-client-agents/blob/main/research/national/ae-moe.md (cites the
    # Ministry's IPDL service page https://www.moet.gov.ae/en/w/industrial-property-digital-library-1?assetEntryId=1303858)
    "AE": {
        "office_name": "Ministry of Economy, Intellectual Property Sector",
        "office_url": "https://www.moec.gov.ae/",
        "resources": [
            resource(
                REGISTER,
                "Industrial Property Digital Library (IPDL)",
                "https://eservices.moec.gov.ae/patent/IPDL",
                "ar,en",
                access="registration",
                notes="Searches published UAE patent, utility model and design records; the Ministry asks users to "
                "log in first.",
            ),
        ],
    },
    # Source: https://github.com/parkerhancock/patent-client-agents/blob/main/research/waves/2026-05-18-africa-wave/ma-ompic.md
    "MA": {
        "office_name": "Office Marocain de la Propriété Industrielle et Commerciale",
        "office_url": "https://www.ompic.ma/",
        "resources": [
            resource(
                REGISTER,
                "OMPIC Recherche de brevet d'invention",
                "http://www.ompic.ma/fr/content/recherche-de-brevet-dinvention",
                "fr",
                notes="Morocco validates European patents; OMPIC's national patent register gives their status by "
                "deposit number.",
            ),
            resource(
                PUBLICATIONS,
                "OMPIC patent publication server",
                "https://patent.ompic.ma/publication-server/",
                "fr",
                searchable_by_number=True,
                notes="Weekly patent publications as PDF, searchable by publication or application number, IPC "
                "and date.",
            ),
        ],
    },
    # Source: WIPO Annual Technical Report by the Egyptian Patent Office,
    # https://www3.wipo.int/confluence/pages/diffpagesbyversion.action?pageId=88441108&selectedPageVersions=2&selectedPageVersions=3
    # and https://github.com/parkerhancock/patent-client-agents/blob/main/research/waves/2026-05-18-africa-wave/eg-egypto.md
    "EG": {
        "office_name": "Egyptian Patent Office (EGYPO)",
        "office_url": "http://www.egypo.gov.eg/",
        "resources": [
            *resources(
                (REGISTER, PUBLICATIONS),
                "EGYPO patent search (WIPO Publish)",
                "http://www.egypo.gov.eg/wopublish-search/public/patents",
                searchable_by_number=True,
                notes="Law 163 of 2023 merges EGYPO and the trade mark office into a new Egyptian Authority for "
                "Intellectual Property; the search may move to a new address.",
            ),
            resource(
                PUBLICATIONS,
                "EGYPO granted patents search",
                "http://www.egypo.gov.eg/Search/Default.aspx?lang=en",
                "ar,en",
                searchable_by_number=True,
            ),
        ],
    },
    "KE": {"office_name": "Kenya Industrial Property Institute", "office_url": "https://www.kipi.go.ke/"},
    "ZA": {
        "office_name": "Companies and Intellectual Property Commission",
        "office_url": "https://www.cipc.co.za/",
        "resources": [
            resource(REGISTER, "CIPC IP Online (free patent search)", "https://iponline.cipc.co.za/"),
        ],
    },
    "AR": {
        "office_name": "Instituto Nacional de la Propiedad Industrial",
        "office_url": "https://www.argentina.gob.ar/inpi",
        "resources": [
            resource(
                REGISTER,
                "INPI portal de trámites (searches and bulletins)",
                "https://portaltramites.inpi.gob.ar/",
                "es",
            ),
        ],
    },
    "CL": {
        "office_name": "Instituto Nacional de Propiedad Industrial (INAPI)",
        "office_url": "https://www.inapi.cl/",
        "resources": [
            resource(
                REGISTER,
                "INAPI patent search",
                "https://ion.inapi.cl/Patente/ConsultaAvanzadaPatentes.aspx",
                "es",
                **NUMBER_AND_APPLICANT,
            ),
        ],
    },
    "CO": {
        "office_name": "Superintendencia de Industria y Comercio",
        "office_url": "https://www.sic.gov.co/",
        "resources": [
            resource(
                REGISTER, "SIPI, industrial property system", "https://sipi.sic.gov.co/sipi/Extra/Default.aspx", "es"
            ),
        ],
    },
    "PE": {"office_name": "INDECOPI", "office_url": "https://www.gob.pe/indecopi"},
    # Source: https://github.com/tocororo/iroko/blob/master/iroko/patents/importaciones/ocpi.py (Universidad de Pinar
    # del Río harvester of OCPI's patent search, which reads the legal-status column)
    "CU": {
        "office_name": "Oficina Cubana de la Propiedad Industrial",
        "office_url": "https://www.ocpi.cu/",
        "resources": [
            *resources(
                (REGISTER, PUBLICATIONS),
                "OCPI patent search (WIPO Publish)",
                "https://wiposearch.ocpi.cu/wopublish-search/public/patents",
                "es",
            ),
        ],
    },
}
