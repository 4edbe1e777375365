"""Databases run by national, regional and international patent offices.

Coverage rows are (jurisdiction, document kind, level, earliest year or None, note). Years appear only
where the start of the collection is a matter of record (e.g. the year an office began publishing).
"""

A, G, U, D = "applications", "grants", "utility_models", "designs"
FT, BA, BI, LS = "full_text", "biblio_abstract", "bibliographic", "legal_status"

OFFICE_DATABASES = [
    {
        "slug": "espacenet",
        "name": "Espacenet",
        "provider": "European Patent Office (EPO)",
        "kind": "regional_office",
        "url": "https://worldwide.espacenet.com/",
        "access": "free",
        "interface_languages": ["en", "de", "fr"],
        "summary": "The EPO's free worldwide search service, with family and legal-status data from the "
        "EPO's worldwide bibliographic and legal event databases.",
        "overview": (
            "Espacenet is the European Patent Office's free public search service. It gives access to more "
            "than a hundred million patent documents from offices around the world, grouped into families, "
            "with the original documents as PDF and a machine translation service for many languages.\n\n"
            "It is often the first stop for TISC staff because it needs no account and covers far more "
            "offices than any single national database."
        ),
        "strengths": (
            "- Worldwide coverage grouped by patent family, so one invention appears once.\n"
            "- Legal events and family members from the EPO's INPADOC data.\n"
            "- Patent Translate turns documents in many languages into English and back.\n"
            "- Both IPC and CPC, with a classification browser to find the right codes."
        ),
        "limitations": (
            "- Full text is not available for every office; for many only bibliographic data and an "
            "English abstract can be searched.\n"
            "- Result lists can be exported only in limited batches; bulk work needs Open Patent Services."
        ),
        "tips": (
            "- Use the smart search field with field codes (for example `ti=` for title, `cpc=` for CPC) "
            "and combine them with Boolean operators.\n"
            "- Look up CPC codes in the classification search first, then search by code to avoid missing "
            "documents written in other languages."
        ),
        "source_url": "https://www.epo.org/en/searching-for-patents/technical/espacenet",
        "features": [
            ("field_search", ""),
            ("boolean", ""),
            ("proximity", ""),
            ("ipc", ""),
            ("cpc", "CPC browser built in"),
            ("citation", "cited and citing documents"),
            ("family", "INPADOC families"),
            ("legal_status", "INPADOC legal events"),
            ("machine_translation", "Patent Translate"),
            ("export", "result lists in batches"),
        ],
        "coverage": [
            ("EP", A, FT, 1978, "EP applications since the EPO began publishing"),
            ("EP", G, FT, 1980, ""),
            ("EP", A, LS, None, ""),
            ("WO", A, FT, 1978, "PCT applications"),
            ("US", G, FT, None, ""),
            ("US", A, FT, None, ""),
            ("CN", A, BA, None, ""),
            ("JP", A, BA, None, ""),
            ("KR", A, BA, None, ""),
            ("DE", A, BA, None, ""),
            ("FR", A, BA, None, ""),
            ("GB", A, BA, None, ""),
        ],
    },
    {
        "slug": "epo-publication-server",
        "name": "European Publication Server",
        "provider": "European Patent Office (EPO)",
        "kind": "regional_office",
        "url": "https://data.epo.org/publication-server/",
        "access": "free",
        "interface_languages": ["en", "de", "fr"],
        "summary": "The official source of European patent applications and granted patents as published by the EPO.",
        "overview": (
            "The European Publication Server is where the EPO publishes European patent applications (A "
            "documents) and European patent specifications (B documents). It is the legally authoritative "
            "copy of each publication, available as PDF and in XML.\n\n"
            "It is a retrieval tool rather than a search engine: you look documents up by number or "
            "publication date, and use Espacenet or another service for subject searching."
        ),
        "strengths": (
            "- Authoritative: the documents here are the official publications.\n"
            "- Structured XML alongside the PDF, useful for text mining."
        ),
        "limitations": "- No subject or full-text search; you need to know the number or the publication week.",
        "tips": "- Use it to fetch the official copy once you have found the document in another database.",
        "source_url": "https://data.epo.org/publication-server/",
        "features": [("field_search", "by number and publication date")],
        "coverage": [
            ("EP", A, FT, 1978, "European patent applications (A documents)"),
            ("EP", G, FT, 1980, "European patent specifications (B documents)"),
        ],
    },
    {
        "slug": "epo-open-patent-services",
        "name": "Open Patent Services (OPS)",
        "provider": "European Patent Office (EPO)",
        "kind": "regional_office",
        "url": "https://developers.epo.org/",
        "access": "registration",
        "interface_languages": ["en"],
        "summary": "A web service giving programs access to the same worldwide data that feeds Espacenet.",
        "overview": (
            "Open Patent Services is the EPO's RESTful web service. Registered developers can retrieve "
            "bibliographic data, abstracts, full text where available, families, legal events and images "
            "for the documents in the EPO's worldwide databases, and query the European Patent Register.\n\n"
            "It suits anyone who needs to process more documents than a search interface can comfortably "
            "export, or to build patent data into their own tools."
        ),
        "strengths": (
            "- The same worldwide coverage as Espacenet, in machine-readable form.\n"
            "- Families and INPADOC legal events are available through the same interface."
        ),
        "limitations": (
            "- Needs programming skills and an account; usage is subject to a fair-use policy, and heavy "
            "use is charged."
        ),
        "tips": "- Start from the developer portal's documentation and test queries before writing code.",
        "source_url": "https://developers.epo.org/",
        "features": [
            ("api", "REST web service"),
            ("family", "INPADOC families"),
            ("legal_status", "INPADOC legal events"),
            ("cpc", ""),
        ],
        "coverage": [
            ("EP", A, FT, 1978, ""),
            ("EP", A, LS, None, ""),
            ("WO", A, FT, 1978, ""),
            ("US", A, BA, None, ""),
            ("CN", A, BA, None, ""),
            ("JP", A, BA, None, ""),
        ],
    },
    {
        "slug": "patentscope",
        "name": "PATENTSCOPE",
        "provider": "World Intellectual Property Organization (WIPO)",
        "kind": "regional_office",
        "url": "https://patentscope.wipo.int/",
        "access": "free",
        "interface_languages": ["en", "fr", "es", "ar", "ru", "zh-hans"],
        "summary": "WIPO's free search service: every published PCT application in full text, plus the "
        "collections of many national and regional offices.",
        "overview": (
            "PATENTSCOPE is WIPO's patent search service. It holds all published international (PCT) "
            "applications on the day of publication, together with their documents in the file, and "
            "the patent collections of a large number of national and regional offices.\n\n"
            "Its cross-lingual search expands a query into other languages, which helps when relevant "
            "documents were written in Chinese, Japanese or Korean. A free account adds saved queries, "
            "alerts, larger downloads and chemical compound search."
        ),
        "strengths": (
            "- The reference source for PCT applications, including the documents of the international "
            "phase.\n"
            "- Cross-Lingual Information Retrieval (CLIR) and WIPO Translate for documents in other "
            "languages.\n"
            "- Result analysis with charts, and RSS alerts."
        ),
        "limitations": (
            "- The depth of national collections varies from office to office; check the data coverage "
            "page before relying on it for one country.\n"
            "- Some features need a free WIPO account."
        ),
        "tips": (
            "- Use the Field Combination form to build a query without learning the syntax, then switch "
            "to the advanced search to refine it.\n"
            "- Try CLIR when a search in English alone returns few results from Asian offices."
        ),
        "source_url": "https://patentscope.wipo.int/search/en/help/data_coverage.jsf",
        "features": [
            ("field_search", ""),
            ("boolean", ""),
            ("proximity", "NEAR operator"),
            ("ipc", ""),
            ("family", "one member per family option"),
            ("chemical", "chemical compound search for signed-in users"),
            ("machine_translation", "WIPO Translate"),
            ("charts", "result analysis"),
            ("alerts", "RSS feeds"),
            ("export", "result lists for signed-in users"),
            ("api", "paid web service"),
        ],
        "coverage": [
            ("WO", A, FT, 1978, "PCT applications"),
            ("EP", A, BA, None, ""),
            ("US", A, BA, None, ""),
            ("CN", A, BA, None, ""),
            ("JP", A, BA, None, ""),
            ("KR", A, BA, None, ""),
            ("PH", A, BA, None, "national collection of the Philippines"),
        ],
    },
    {
        "slug": "wipo-global-design-database",
        "name": "Global Design Database",
        "provider": "World Intellectual Property Organization (WIPO)",
        "kind": "regional_office",
        "url": "https://designdb.wipo.int/",
        "access": "free",
        "interface_languages": ["en"],
        "summary": "Industrial designs registered under the Hague System and by participating national "
        "offices, searchable by image.",
        "overview": (
            "The Global Design Database brings together international design registrations under the "
            "Hague System and the design collections contributed by a number of national offices. "
            "Designs can be searched by product indication, Locarno class, owner and other fields, and "
            "by an uploaded image.\n\n"
            "It is the natural complement to patent databases when an innovation lies in the look of a "
            "product rather than its function."
        ),
        "strengths": (
            "- One place for Hague registrations and several national design collections.\n"
            "- Search by image finds visually similar designs without knowing the right words."
        ),
        "limitations": "- Covers designs only; use a patent database for technical inventions.",
        "tips": "- Combine an image search with a Locarno class filter to cut out unrelated products.",
        "source_url": "https://designdb.wipo.int/",
        "features": [("field_search", ""), ("semantic", "search by image similarity")],
        "coverage": [("WO", D, BI, None, "international registrations under the Hague System")],
    },
    {
        "slug": "uspto-patent-public-search",
        "name": "Patent Public Search",
        "provider": "United States Patent and Trademark Office (USPTO)",
        "kind": "national_office",
        "url": "https://ppubs.uspto.gov/pubwebapp/",
        "access": "free",
        "interface_languages": ["en"],
        "summary": "The USPTO's web search tool for US patents and published applications, built on the "
        "examiners' own search system.",
        "overview": (
            "Patent Public Search replaced the USPTO's older PatFT, AppFT, PubEast and PubWest tools. It "
            "offers a basic interface and an advanced one modelled on the search tools used by USPTO "
            "examiners, with the full text of US grants and pre-grant publications and access to the "
            "document images.\n\n"
            "It is the most direct way to search US documents with the precision of a professional "
            "command-line search."
        ),
        "strengths": (
            "- Full text of US documents with the examiners' proximity operators (ADJ, NEAR, WITH, SAME).\n"
            "- Search by CPC and US classification, and by cited references."
        ),
        "limitations": (
            "- US documents only (plus some foreign data in the advanced interface); no family grouping.\n"
            "- The advanced interface takes some training to use well."
        ),
        "tips": (
            "- Learn the field tags (`.ti.`, `.ab.`, `.clm.`, `.cpc.`) and proximity operators: they make "
            "searches far more precise than keyword lists."
        ),
        "source_url": "https://www.uspto.gov/patents/search/patent-public-search",
        "features": [
            ("field_search", ""),
            ("boolean", ""),
            ("proximity", "ADJ, NEAR, WITH, SAME"),
            ("ipc", ""),
            ("cpc", ""),
            ("citation", "references cited"),
        ],
        "coverage": [
            ("US", G, FT, None, ""),
            ("US", A, FT, 2001, "pre-grant publications began in 2001"),
        ],
    },
    {
        "slug": "uspto-open-data-portal",
        "name": "USPTO Open Data Portal",
        "provider": "United States Patent and Trademark Office (USPTO)",
        "kind": "national_office",
        "url": "https://data.uspto.gov/",
        "access": "free",
        "interface_languages": ["en"],
        "summary": "Bulk data sets and APIs for US patent publications, application data and file wrappers.",
        "overview": (
            "The Open Data Portal is the USPTO's single place for bulk data products and application "
            "programming interfaces. It serves the full-text XML of grants and published applications, "
            "patent application data and other data sets that used to be spread over several sites.\n\n"
            "It is meant for analysts and developers who need complete data rather than a search screen."
        ),
        "strengths": (
            "- Complete, official US data for download in bulk.\n"
            "- APIs for application data, so status can be checked programmatically."
        ),
        "limitations": (
            "- Not a search tool for end users; working with the data needs technical skills.\n"
            "- API use needs a key from the USPTO."
        ),
        "tips": "- Check each data set's documentation for its format and update schedule before downloading.",
        "source_url": "https://data.uspto.gov/",
        "features": [("bulk_download", "full-text XML and other data sets"), ("api", "")],
        "coverage": [
            ("US", G, FT, None, ""),
            ("US", A, FT, 2001, ""),
            ("US", A, LS, None, "application data"),
        ],
    },
    {
        "slug": "patentsview",
        "name": "PatentsView",
        "provider": "United States Patent and Trademark Office (USPTO)",
        "kind": "national_office",
        "url": "https://patentsview.org/",
        "access": "free",
        "interface_languages": ["en"],
        "summary": "USPTO-supported data platform with disambiguated inventors, assignees and locations for "
        "US patents.",
        "overview": (
            "PatentsView links US patent data into a research-ready database. Its distinctive work is "
            "disambiguation: the same inventor or assignee written in different ways is recognised as "
            "one entity, and locations are geocoded. The data can be downloaded in tables or queried "
            "through an API.\n\n"
            "It serves economists, policy analysts and anyone studying who invents what, and where."
        ),
        "strengths": (
            "- Disambiguated inventors and assignees save weeks of data cleaning.\n- Free bulk tables and an API."
        ),
        "limitations": "- US granted patents and applications only; not a prior-art search tool.",
        "tips": "- Read the data dictionary first: table and field names changed between releases.",
        "source_url": "https://patentsview.org/",
        "features": [("bulk_download", "data tables"), ("api", "PatentSearch API"), ("charts", "")],
        "coverage": [
            ("US", G, BI, 1976, "disambiguated data for grants"),
            ("US", A, BI, 2001, "pre-grant publications"),
        ],
    },
    {
        "slug": "uspto-global-dossier",
        "name": "Global Dossier",
        "provider": "United States Patent and Trademark Office (USPTO)",
        "kind": "national_office",
        "url": "https://globaldossier.uspto.gov/",
        "access": "free",
        "interface_languages": ["en"],
        "summary": "The file histories of related applications at the IP5 offices and others, side by side.",
        "overview": (
            "Global Dossier is an IP5 initiative (EPO, JPO, KIPO, CNIPA and USPTO) that shows the "
            "family of an application and the documents in each member's file: office actions, search "
            "reports and responses. The USPTO's interface presents them together, with machine "
            "translation of documents from other offices.\n\n"
            "It answers questions a bibliographic database cannot: what an examiner objected to abroad, "
            "and how the applicant responded."
        ),
        "strengths": (
            "- Examination documents from several major offices in one view.\n"
            "- Helps predict objections and check the status of foreign counterparts."
        ),
        "limitations": "- Looks up known applications; it does not search by subject.",
        "tips": "- Start from a US, EP, JP, KR or CN application number and open the family view.",
        "source_url": "https://globaldossier.uspto.gov/",
        "features": [("family", "family view across offices"), ("legal_status", "file histories")],
        "coverage": [
            ("US", A, LS, None, "file history"),
            ("EP", A, LS, None, "file history"),
            ("JP", A, LS, None, "file history"),
            ("KR", A, LS, None, "file history"),
            ("CN", A, LS, None, "file history"),
        ],
    },
    {
        "slug": "j-platpat",
        "name": "J-PlatPat",
        "provider": "National Center for Industrial Property Information and Training (INPIT), Japan Patent Office",
        "kind": "national_office",
        "url": "https://www.j-platpat.inpit.go.jp/",
        "access": "free",
        "interface_languages": ["ja", "en"],
        "summary": "Japan's free platform for patents, utility models, designs and trademarks, with "
        "Japanese classification (FI and F-terms).",
        "overview": (
            "J-PlatPat is the Japan Patent Office's public database, operated by INPIT. It covers "
            "Japanese patent and utility model documents, designs and trademarks, with procedural "
            "status information. An English interface and machine translation into English make the "
            "Japanese documents usable for readers who do not know Japanese.\n\n"
            "Japan's own classification systems, FI and F-terms, can be searched here and often find "
            "documents more precisely than IPC."
        ),
        "strengths": (
            "- FI and F-term search for precise retrieval of Japanese documents.\n"
            "- Japanese-English machine translation of documents.\n"
            "- Procedural and legal status information from the JPO."
        ),
        "limitations": (
            "- The richest search options work best in Japanese.\n"
            "- Japanese documents only (plus some foreign data); use a worldwide service for families."
        ),
        "tips": "- Find the relevant F-terms through the Patent Map Guidance, then combine them with keywords.",
        "source_url": "https://www.j-platpat.inpit.go.jp/",
        "features": [
            ("field_search", ""),
            ("boolean", ""),
            ("ipc", "also FI and F-terms"),
            ("legal_status", "procedural status"),
            ("machine_translation", "Japanese to English"),
        ],
        "coverage": [
            ("JP", A, FT, None, ""),
            ("JP", G, FT, None, ""),
            ("JP", U, FT, None, ""),
            ("JP", D, BI, None, ""),
            ("JP", A, LS, None, ""),
        ],
    },
    {
        "slug": "kipris",
        "name": "KIPRIS",
        "provider": "Korea Institute of Patent Information (KIPI), Korean Intellectual Property Office",
        "kind": "national_office",
        "url": "http://www.kipris.or.kr/",
        "access": "free",
        "interface_languages": ["ko", "en"],
        "summary": "Korea's free search service for patents, utility models, designs and trademarks.",
        "overview": (
            "KIPRIS (Korea Intellectual Property Rights Information Service) is run by KIPI for the "
            "Korean Intellectual Property Office. It provides Korean patent, utility model, design and "
            "trademark information with administrative status, and an English version with machine "
            "translation of Korean documents.\n\n"
            "Korean documents are an important part of the prior art in electronics, batteries and "
            "displays; KIPRIS is the most direct source for them."
        ),
        "strengths": (
            "- Korean full text with administrative and legal status from KIPO.\n"
            "- English interface and Korean-English machine translation."
        ),
        "limitations": "- Korean documents only; families and foreign counterparts need another service.",
        "tips": "- Search with IPC codes as well as English keywords: machine-translated text varies in wording.",
        "source_url": "http://www.kipris.or.kr/",
        "features": [
            ("field_search", ""),
            ("boolean", ""),
            ("ipc", ""),
            ("legal_status", "administrative status"),
            ("machine_translation", "Korean to English"),
        ],
        "coverage": [
            ("KR", A, FT, None, ""),
            ("KR", G, FT, None, ""),
            ("KR", U, FT, None, ""),
            ("KR", D, BI, None, ""),
            ("KR", A, LS, None, ""),
        ],
    },
    {
        "slug": "cnipa-patent-search",
        "name": "CNIPA Patent Search and Analysis System",
        "provider": "China National Intellectual Property Administration (CNIPA)",
        "kind": "national_office",
        "url": "https://pss-system.cponline.cnipa.gov.cn/",
        "access": "registration",
        "interface_languages": ["zh-hans"],
        "summary": "CNIPA's public search system for Chinese and foreign patent documents, with analysis tools.",
        "overview": (
            "The Patent Search and Analysis System is the public search service of the China National "
            "Intellectual Property Administration. It covers Chinese invention patents, utility models "
            "and designs since the Chinese patent system began publishing in 1985, together with "
            "documents from many other offices, and adds statistical analysis of result sets.\n\n"
            "China now publishes more patent documents than any other country, so its documents must "
            "be part of any serious prior-art search."
        ),
        "strengths": (
            "- Chinese documents straight from the office that grants them, including utility models.\n"
            "- Analysis functions for applicants, classes and trends."
        ),
        "limitations": (
            "- Signing in is required for most functions.\n- The interface is designed for Chinese speakers."
        ),
        "tips": (
            "- Chinese utility models are often the closest prior art for simple mechanical devices: "
            "include them in the search."
        ),
        "source_url": "https://pss-system.cponline.cnipa.gov.cn/",
        "features": [("field_search", ""), ("boolean", ""), ("ipc", ""), ("charts", "analysis module")],
        "coverage": [
            ("CN", A, FT, 1985, "publication began in 1985"),
            ("CN", G, FT, 1985, ""),
            ("CN", U, FT, 1985, ""),
            ("CN", D, BI, 1985, ""),
        ],
    },
    {
        "slug": "depatisnet",
        "name": "DEPATISnet",
        "provider": "German Patent and Trade Mark Office (DPMA)",
        "kind": "national_office",
        "url": "https://depatisnet.dpma.de/",
        "access": "free",
        "interface_languages": ["de", "en"],
        "summary": "The DPMA's free search service for German and international patent documents, with an "
        "expert mode for complex queries.",
        "overview": (
            "DEPATISnet gives the public access to the document collection that DPMA examiners use. It "
            "holds German patent and utility model documents from the earliest German patents onwards, "
            "and a large number of documents from other offices.\n\n"
            "Its expert mode accepts long queries with field codes and operators, which makes it popular "
            "with professional searchers who want a free tool."
        ),
        "strengths": (
            "- German documents, including utility models, from the office that publishes them.\n"
            "- Expert mode with field codes and operators."
        ),
        "limitations": "- No family grouping; duplicates of the same invention appear separately.",
        "tips": "- Use the expert search's field codes and truncation; the beginner mode hides many options.",
        "source_url": "https://depatisnet.dpma.de/",
        "features": [("field_search", ""), ("boolean", ""), ("proximity", "in expert mode"), ("ipc", "")],
        "coverage": [
            ("DE", A, FT, None, ""),
            ("DE", G, FT, None, ""),
            ("DE", U, FT, None, ""),
            ("EP", A, BA, None, ""),
            ("WO", A, BA, None, ""),
            ("US", G, BA, None, ""),
        ],
    },
    {
        "slug": "data-inpi",
        "name": "data.inpi.fr",
        "provider": "Institut national de la propriété industrielle (INPI), France",
        "kind": "national_office",
        "url": "https://data.inpi.fr/",
        "access": "free",
        "interface_languages": ["fr"],
        "summary": "INPI's open data portal for French patents, trademarks, designs and company information.",
        "overview": (
            "data.inpi.fr is the French IP office's public portal. For patents it provides French "
            "applications and granted patents with their bibliographic data and register information, "
            "next to trademarks, designs and company data held by INPI.\n\n"
            "It is the place to confirm the status of a French patent and to find the documents of the "
            "French procedure."
        ),
        "strengths": (
            "- Official French register information.\n- Patents, trademarks, designs and company data in one place."
        ),
        "limitations": "- French documents only; subject searching is basic compared with worldwide services.",
        "tips": "- Search French documents by subject in Espacenet, then confirm status here.",
        "source_url": "https://data.inpi.fr/",
        "features": [("field_search", ""), ("legal_status", "French register")],
        "coverage": [("FR", A, BA, None, ""), ("FR", G, BA, None, ""), ("FR", A, LS, None, "")],
    },
    {
        "slug": "auspat",
        "name": "AusPat",
        "provider": "IP Australia",
        "kind": "national_office",
        "url": "https://pericles.ipaustralia.gov.au/ols/auspat/",
        "access": "free",
        "interface_languages": ["en"],
        "summary": "IP Australia's search service for Australian patents and applications, with status and "
        "case history.",
        "overview": (
            "AusPat is IP Australia's database of Australian patent applications and patents. Each "
            "record shows the bibliographic data, the current status, the case history and the "
            "published documents.\n\n"
            "It is the authoritative source for the status of an Australian patent."
        ),
        "strengths": "- Official status and event history for Australian applications.",
        "limitations": "- Australian documents only; subject search is limited compared with global tools.",
        "tips": "- Use the advanced search to combine IPC codes, dates and applicant names.",
        "source_url": "https://pericles.ipaustralia.gov.au/ols/auspat/",
        "features": [("field_search", ""), ("boolean", ""), ("ipc", ""), ("legal_status", "status and case history")],
        "coverage": [("AU", A, BA, None, ""), ("AU", G, BA, None, ""), ("AU", A, LS, None, "")],
    },
    {
        "slug": "canadian-patents-database",
        "name": "Canadian Patents Database",
        "provider": "Canadian Intellectual Property Office (CIPO)",
        "kind": "national_office",
        "url": "https://brevets-patents.ic.gc.ca/opic-cipo/cpd/eng/introduction.html",
        "access": "free",
        "interface_languages": ["en", "fr"],
        "summary": "CIPO's bilingual database of Canadian patent documents with their status.",
        "overview": (
            "The Canadian Patents Database holds Canadian patent documents with bibliographic data, "
            "abstracts and claims where available, document images and administrative status. The "
            "interface is in English and French, Canada's two official languages.\n\n"
            "It is the official source for Canadian patents and for checking whether one is in force."
        ),
        "strengths": "- Official Canadian status information in English and French.",
        "limitations": "- Canadian documents only; no family grouping.",
        "tips": "- Use the advanced search to search claims and abstracts separately.",
        "source_url": "https://brevets-patents.ic.gc.ca/opic-cipo/cpd/eng/introduction.html",
        "features": [("field_search", ""), ("boolean", ""), ("ipc", ""), ("legal_status", "administrative status")],
        "coverage": [("CA", A, BA, None, ""), ("CA", G, BA, None, ""), ("CA", A, LS, None, "")],
    },
    {
        "slug": "inpi-brazil-pepi",
        "name": "pePI",
        "provider": "Instituto Nacional da Propriedade Industrial (INPI), Brazil",
        "kind": "national_office",
        "url": "https://busca.inpi.gov.br/pePI/",
        "access": "free",
        "interface_languages": ["pt-br"],
        "summary": "Brazil's INPI search service for patents, utility models, trademarks and designs.",
        "overview": (
            "pePI is the search service of Brazil's National Institute of Industrial Property. It lists "
            "Brazilian patent and utility model applications with their bibliographic data and the "
            "dispatches published in the Revista da Propriedade Industrial (RPI), so the progress of "
            "an application can be followed.\n\n"
            "It is the source to check the status of a Brazilian application."
        ),
        "strengths": "- Official Brazilian procedural history, dispatch by dispatch.",
        "limitations": "- Portuguese only; limited subject searching.",
        "tips": "- Find Brazilian documents by subject in a worldwide service, then follow them here.",
        "source_url": "https://busca.inpi.gov.br/pePI/",
        "features": [("field_search", ""), ("ipc", ""), ("legal_status", "RPI dispatches")],
        "coverage": [("BR", A, BA, None, ""), ("BR", U, BA, None, ""), ("BR", A, LS, None, "")],
    },
    {
        "slug": "rospatent-search-platform",
        "name": "Rospatent Search Platform",
        "provider": "Federal Service for Intellectual Property (Rospatent), Russia",
        "kind": "national_office",
        "url": "https://searchplatform.rospatent.gov.ru/",
        "access": "free",
        "interface_languages": ["ru", "en"],
        "summary": "Rospatent's search platform for Russian, Soviet and foreign patent documents.",
        "overview": (
            "The Rospatent search platform gives public access to Russian patent and utility model "
            "documents, Soviet inventors' certificates and a large collection of foreign documents. "
            "It also offers a programming interface.\n\n"
            "It is the most direct route to Russian-language prior art."
        ),
        "strengths": "- Russian and Soviet documents in one place, with an API for bulk access.",
        "limitations": "- Coverage and features of foreign collections are less documented than the Russian ones.",
        "tips": "- Search in Russian as well as English: many older documents have no English abstract.",
        "source_url": "https://searchplatform.rospatent.gov.ru/",
        "features": [("field_search", ""), ("boolean", ""), ("ipc", ""), ("api", "")],
        "coverage": [
            ("RU", A, FT, None, ""),
            ("RU", G, FT, None, ""),
            ("RU", U, FT, None, ""),
        ],
    },
    {
        "slug": "india-inpass",
        "name": "InPASS",
        "provider": "Office of the Controller General of Patents, Designs and Trade Marks, India",
        "kind": "national_office",
        "url": "https://iprsearch.ipindia.gov.in/PublicSearch/",
        "access": "free",
        "interface_languages": ["en"],
        "summary": "India's public patent search, with published and granted applications and their status.",
        "overview": (
            "InPASS (Indian Patent Advanced Search System) is the public search service of the Indian "
            "Patent Office. It lists published and granted Indian applications with bibliographic data, "
            "abstracts, complete specifications as documents, and application status.\n\n"
            "It is the official source for Indian applications and their progress."
        ),
        "strengths": "- Official Indian status and documents.",
        "limitations": "- Indian documents only; searching text beyond abstracts is limited.",
        "tips": "- Use the application status view to follow an application through examination.",
        "source_url": "https://iprsearch.ipindia.gov.in/PublicSearch/",
        "features": [("field_search", ""), ("boolean", ""), ("ipc", ""), ("legal_status", "application status")],
        "coverage": [("IN", A, BA, None, ""), ("IN", G, BA, None, ""), ("IN", A, LS, None, "")],
    },
    {
        "slug": "oepm-invenes",
        "name": "INVENES",
        "provider": "Oficina Española de Patentes y Marcas (OEPM), Spain",
        "kind": "national_office",
        "url": "https://consultas2.oepm.es/InvenesWeb/faces/busquedaInternet.jsp",
        "access": "free",
        "interface_languages": ["es"],
        "summary": "The Spanish office's database of Spanish patents and utility models.",
        "overview": (
            "INVENES is the OEPM's search service for Spanish patent and utility model documents, with "
            "their bibliographic data, abstracts and the published documents.\n\n"
            "It is the most direct source for Spanish-language documents published in Spain."
        ),
        "strengths": "- Spanish patents and utility models from the office that publishes them.",
        "limitations": "- Interface in Spanish; no family grouping.",
        "tips": "- Search in Spanish: abstracts of many documents are not translated.",
        "source_url": "https://consultas2.oepm.es/InvenesWeb/faces/busquedaInternet.jsp",
        "features": [("field_search", ""), ("boolean", ""), ("ipc", "")],
        "coverage": [("ES", A, BA, None, ""), ("ES", G, BA, None, ""), ("ES", U, BA, None, "")],
    },
    {
        "slug": "latipat",
        "name": "LATIPAT-Espacenet",
        "provider": "EPO, OEPM and WIPO with Latin American IP offices",
        "kind": "regional_office",
        "url": "https://lp.espacenet.com/",
        "access": "free",
        "interface_languages": ["es", "pt"],
        "summary": "Patent documents of Latin American countries in an Espacenet interface in Spanish and Portuguese.",
        "overview": (
            "LATIPAT is a cooperation project of Latin American IP offices with the EPO, the Spanish "
            "office and WIPO. It puts the patent documents of the participating countries into an "
            "Espacenet interface in Spanish and Portuguese.\n\n"
            "Many of these documents are hard to find elsewhere with the same detail."
        ),
        "strengths": "- Latin American national documents, searchable in Spanish and Portuguese.",
        "limitations": "- Completeness differs from country to country; recent data may lag.",
        "tips": "- Restrict by publication country code (for example MX, AR, CL) to search one office.",
        "source_url": "https://lp.espacenet.com/",
        "features": [("field_search", ""), ("boolean", ""), ("ipc", ""), ("cpc", "")],
        "coverage": [
            ("MX", A, BA, None, ""),
            ("AR", A, BA, None, ""),
            ("CL", A, BA, None, ""),
            ("CO", A, BA, None, ""),
            ("PE", A, BA, None, ""),
        ],
    },
    {
        "slug": "eapatis",
        "name": "EAPATIS",
        "provider": "Eurasian Patent Organization (EAPO)",
        "kind": "regional_office",
        "url": "https://www.eapatis.com/",
        "access": "free",
        "interface_languages": ["ru", "en"],
        "summary": "The Eurasian Patent Organization's information system for Eurasian patents and applications.",
        "overview": (
            "EAPATIS is the information retrieval system of the Eurasian Patent Office. It covers Eurasian "
            "applications and patents, which take effect in the member states of the Eurasian Patent "
            "Convention, with their bibliographic data and status.\n\n"
            "It is the primary source for Eurasian patents."
        ),
        "strengths": "- Official Eurasian documents and status in one place.",
        "limitations": "- Mostly in Russian; English data is thinner.",
        "tips": "- Check the status here before assuming a Eurasian patent is in force in a member state.",
        "source_url": "https://www.eapatis.com/",
        "features": [("field_search", ""), ("ipc", ""), ("legal_status", "")],
        "coverage": [("EA", A, BA, None, ""), ("EA", G, BA, None, ""), ("EA", A, LS, None, "")],
    },
    {
        "slug": "impi-siga",
        "name": "SIGA",
        "provider": "Instituto Mexicano de la Propiedad Industrial (IMPI)",
        "kind": "national_office",
        "url": "https://siga.impi.gob.mx/",
        "access": "free",
        "interface_languages": ["es"],
        "summary": "IMPI's information system for the Mexican industrial property gazette.",
        "overview": (
            "SIGA (Sistema de Información de la Gaceta de la Propiedad Industrial) publishes Mexico's "
            "industrial property gazette in searchable form: patent applications, grants, utility models "
            "and designs, and the notices of the Mexican procedure.\n\n"
            "It is the official source for Mexican publications."
        ),
        "strengths": "- Official Mexican gazette publications, searchable.",
        "limitations": "- Spanish only; subject searching is limited.",
        "tips": "- Search Mexican documents by subject in LATIPAT, then confirm details in the gazette here.",
        "source_url": "https://siga.impi.gob.mx/",
        "features": [("field_search", ""), ("legal_status", "gazette notices")],
        "coverage": [
            ("MX", A, BI, None, ""),
            ("MX", G, BI, None, ""),
            ("MX", U, BI, None, ""),
            ("MX", D, BI, None, ""),
        ],
    },
    {
        "slug": "hong-kong-ipd-esearch",
        "name": "IPD Online Search",
        "provider": "Intellectual Property Department, Hong Kong SAR",
        "kind": "national_office",
        "url": "https://esearch.ipd.gov.hk/",
        "access": "free",
        "interface_languages": ["en", "zh-hant"],
        "summary": "Hong Kong's online search of patents, registered designs and trade marks.",
        "overview": (
            "The Intellectual Property Department's online search covers the Hong Kong registers of "
            "patents, designs and trade marks. Hong Kong standard patents are based on designated "
            "Chinese, UK or European patent applications, and the register records that link.\n\n"
            "It is where to confirm whether a Hong Kong patent exists and is in force."
        ),
        "strengths": "- Official Hong Kong register data in English and Chinese.",
        "limitations": "- Register data only; use the designated patent office's documents for the text.",
        "tips": "- Search by the number of the designated CN, EP or GB application to find the Hong Kong patent.",
        "source_url": "https://esearch.ipd.gov.hk/",
        "features": [("field_search", ""), ("legal_status", "register")],
        "coverage": [("HK", G, BI, None, ""), ("HK", A, LS, None, ""), ("HK", D, BI, None, "")],
    },
    {
        "slug": "ipos-digital-hub",
        "name": "IPOS Digital Hub",
        "provider": "Intellectual Property Office of Singapore (IPOS)",
        "kind": "national_office",
        "url": "https://digitalhub.ipos.gov.sg/",
        "access": "free",
        "interface_languages": ["en"],
        "summary": "Singapore's portal for filing and searching patents, trade marks and designs.",
        "overview": (
            "IPOS Digital Hub is the Intellectual Property Office of Singapore's online platform. Besides "
            "filing, it lets the public search Singapore patent, trade mark and design records with "
            "their status.\n\n"
            "It is the official source for Singapore applications."
        ),
        "strengths": "- Official Singapore records and status in one portal.",
        "limitations": "- Singapore records only.",
        "tips": "- Search by applicant to see a company's Singapore portfolio.",
        "source_url": "https://digitalhub.ipos.gov.sg/",
        "features": [("field_search", ""), ("legal_status", "")],
        "coverage": [("SG", A, BI, None, ""), ("SG", A, LS, None, ""), ("SG", D, BI, None, "")],
    },
    {
        "slug": "tipo-gpss",
        "name": "Global Patent Search System (GPSS)",
        "provider": "Taiwan Intellectual Property Office (TIPO)",
        "kind": "national_office",
        "url": "https://tiponet.tipo.gov.tw/gpss1/",
        "access": "free",
        "interface_languages": ["zh-hant"],
        "summary": "TIPO's search system for Taiwanese patents, utility models and designs, with foreign data.",
        "overview": (
            "GPSS is the Taiwan Intellectual Property Office's patent search system. It covers Taiwanese "
            "invention patents, utility models and designs, and adds documents from other major offices.\n\n"
            "Taiwan is a major source of prior art in semiconductors and electronics."
        ),
        "strengths": "- Taiwanese documents in full text from the office that publishes them.",
        "limitations": "- Interface mainly in Chinese.",
        "tips": "- Combine IPC codes with Chinese keywords for the best recall on Taiwanese documents.",
        "source_url": "https://tiponet.tipo.gov.tw/gpss1/",
        "features": [("field_search", ""), ("boolean", ""), ("ipc", "")],
        "coverage": [
            ("TW", A, FT, None, ""),
            ("TW", G, FT, None, ""),
            ("TW", U, FT, None, ""),
            ("TW", D, BI, None, ""),
        ],
    },
    {
        "slug": "european-patent-register",
        "name": "European Patent Register",
        "provider": "European Patent Office (EPO)",
        "kind": "regional_office",
        "url": "https://register.epo.org/",
        "access": "free",
        "interface_languages": ["en", "de", "fr"],
        "summary": "The procedural status and public file of every European patent application.",
        "overview": (
            "The European Patent Register holds the procedural data of European patent applications and "
            "of international applications entering the European phase: status, parties, deadlines, "
            "oppositions and appeals, with the documents of the public file. Its Federated Register view "
            "adds the national status in many validation states.\n\n"
            "It is the place to check whether a European patent was granted, opposed or revoked."
        ),
        "strengths": (
            "- Official EP procedural status and the full public file.\n"
            "- Federated Register links to national status after grant."
        ),
        "limitations": "- EP applications only; not a subject search tool.",
        "tips": '- Open the "All documents" tab to read the examiner\'s communications and the replies.',
        "source_url": "https://register.epo.org/",
        "features": [("field_search", ""), ("legal_status", "procedural status and file inspection"), ("alerts", "")],
        "coverage": [("EP", A, LS, None, "procedure and public file")],
    },
    {
        "slug": "dpmaregister",
        "name": "DPMAregister",
        "provider": "German Patent and Trade Mark Office (DPMA)",
        "kind": "national_office",
        "url": "https://register.dpma.de/",
        "access": "free",
        "interface_languages": ["de", "en"],
        "summary": "The DPMA's official register of German patents, utility models, trade marks and designs.",
        "overview": (
            "DPMAregister is the official register of the German Patent and Trade Mark Office. For "
            "patents and utility models it shows the legal status, procedural data and, for European "
            "patents validated in Germany, their German status.\n\n"
            "Use it after a subject search in DEPATISnet to learn whether a German right is in force."
        ),
        "strengths": "- Official German legal status, including European patents in Germany.",
        "limitations": "- Status information, not a subject search tool.",
        "tips": "- Search by file number to get the authoritative status of a German right.",
        "source_url": "https://register.dpma.de/",
        "features": [("field_search", ""), ("legal_status", "official register")],
        "coverage": [("DE", A, LS, None, ""), ("DE", U, LS, None, ""), ("EP", G, LS, None, "status in Germany")],
    },
    {
        "slug": "ukipo-ipsum",
        "name": "Ipsum",
        "provider": "UK Intellectual Property Office (UKIPO)",
        "kind": "national_office",
        "url": "https://www.ipo.gov.uk/p-ipsum.htm",
        "access": "free",
        "interface_languages": ["en"],
        "summary": "The UK IPO's online patent information and document inspection service.",
        "overview": (
            "Ipsum gives the status of UK patent applications and patents, and of European patents "
            "designating the UK, with the documents of the UK file open to public inspection.\n\n"
            "Subject searching of GB documents is done elsewhere, for example in Espacenet; Ipsum is for "
            "status and file history."
        ),
        "strengths": "- Official UK status and the open part of the file.",
        "limitations": "- No subject search.",
        "tips": "- Check renewal fee status here to see whether a UK patent is still in force.",
        "source_url": "https://www.ipo.gov.uk/p-ipsum.htm",
        "features": [("field_search", "by number"), ("legal_status", "status and file inspection")],
        "coverage": [("GB", A, LS, None, ""), ("EP", G, LS, None, "European patents in the UK")],
    },
]
