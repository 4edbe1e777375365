"""Free, non-profit and commercial patent databases. Same row format as `offices.py`.

ASPI participation is recorded only for providers WIPO names as ASPI partners (LexisNexis, Minesoft,
Questel, Clarivate, formerly Thomson Reuters, and WIPS); see https://www.wipo.int/aspi/en/faq.html.
"""

from databases.data.offices import BA, BI, FT, LS, A, G

ASPI_SOURCE = "http://www.wipo.int/aspi/en/faq.html"

SERVICE_DATABASES = [
    {
        "slug": "google-patents",
        "name": "Google Patents",
        "provider": "Google",
        "kind": "free_service",
        "url": "https://patents.google.com/",
        "access": "free",
        "interface_languages": ["en"],
        "summary": "Free full-text search of patents from many offices, with machine translation and "
        "optional non-patent literature from Google Scholar.",
        "overview": (
            "Google Patents indexes patent documents from many offices in full text, machine-translates "
            "non-English documents into English, and can add scholarly literature from Google Scholar to "
            "the results. Each document page shows citations, family members and legal events.\n\n"
            "Its speed and simple interface make it a good first search, though its ranking is not "
            "designed for the exhaustive searches of professional practice."
        ),
        "strengths": (
            "- Full text of many offices, with English machine translations that can be searched.\n"
            "- Prior art from Google Scholar can be included in one search.\n"
            "- Patent data also published as public data sets for large-scale analysis."
        ),
        "limitations": (
            "- Results are ranked by relevance; exhaustive Boolean searches are harder to control.\n"
            "- Legal status shown is indicative; confirm it in the official register."
        ),
        "tips": (
            "- Use the search fields (`inventor:`, `assignee:`, `before:`, `after:`, `cpc=`) to narrow a "
            "query.\n"
            '- Tick "include non-patent literature" when searching for academic prior art.'
        ),
        "source_url": "https://patents.google.com/",
        "features": [
            ("field_search", ""),
            ("boolean", ""),
            ("proximity", "NEAR, WITH, SAME"),
            ("cpc", ""),
            ("citation", "cited and citing documents"),
            ("family", "worldwide applications"),
            ("legal_status", "legal events"),
            ("npl", "Google Scholar"),
            ("machine_translation", ""),
            ("export", "result list as CSV"),
            ("bulk_download", "public data sets"),
        ],
        "coverage": [
            ("US", G, FT, None, ""),
            ("US", A, FT, 2001, ""),
            ("EP", A, FT, None, ""),
            ("WO", A, FT, None, ""),
            ("CN", A, FT, None, "with machine translation"),
            ("JP", A, FT, None, "with machine translation"),
            ("KR", A, FT, None, "with machine translation"),
            ("DE", A, FT, None, ""),
        ],
    },
    {
        "slug": "the-lens",
        "name": "The Lens",
        "provider": "Cambia (non-profit)",
        "kind": "free_service",
        "url": "https://www.lens.org/",
        "access": "free",
        "interface_languages": ["en"],
        "summary": "Open, non-profit search of patents and scholarly works, linked by citation, with "
        "biological sequence search.",
        "overview": (
            "The Lens, run by the non-profit social enterprise Cambia, links patents and scholarly "
            "literature: you can see which papers a patent cites and which patents cite a paper. It "
            "adds collections, dashboards of charts, alerts and exports for signed-in users, and "
            "PatSeq for searching biological sequences disclosed in patents.\n\n"
            "It is a strong free choice for universities and TTOs that study the link between research "
            "and patenting."
        ),
        "strengths": (
            "- Patent-to-scholarly citation links in both directions.\n"
            "- PatSeq biological sequence search.\n"
            "- Analysis dashboards, collections and a documented API."
        ),
        "limitations": (
            "- Full text is available for a limited set of offices; others have bibliographic data only.\n"
            "- Larger exports and API use need an account, and some uses need a paid plan."
        ),
        "tips": (
            "- Use the structured search to combine fields, then save the query and set an alert.\n"
            "- Switch between simple and extended family views to remove duplicates."
        ),
        "source_url": "https://about.lens.org/",
        "features": [
            ("field_search", ""),
            ("boolean", ""),
            ("proximity", ""),
            ("ipc", ""),
            ("cpc", ""),
            ("citation", "patent and scholarly citations"),
            ("family", "simple and extended families"),
            ("legal_status", ""),
            ("sequence", "PatSeq"),
            ("npl", "scholarly works"),
            ("charts", "analysis dashboards"),
            ("alerts", "for signed-in users"),
            ("export", ""),
            ("api", "Lens API"),
        ],
        "coverage": [
            ("US", G, FT, None, ""),
            ("US", A, FT, None, ""),
            ("EP", A, FT, None, ""),
            ("WO", A, FT, None, ""),
            ("AU", A, FT, None, ""),
            ("CN", A, BA, None, ""),
            ("JP", A, BA, None, ""),
        ],
    },
    {
        "slug": "freepatentsonline",
        "name": "FreePatentsOnline",
        "provider": "FreePatentsOnline",
        "kind": "free_service",
        "url": "https://www.freepatentsonline.com/",
        "access": "free",
        "interface_languages": ["en"],
        "summary": "A free search site for US patents and applications, with European, PCT and Japanese documents.",
        "overview": (
            "FreePatentsOnline offers free searching of US patents and published applications in full "
            "text, together with European and PCT documents and abstracts of Japanese documents. "
            "Registered users can keep documents in folders.\n\n"
            "It is a simple alternative to the USPTO's tools for quick US searches."
        ),
        "strengths": "- Quick full-text search of US documents with a plain interface.",
        "limitations": (
            "- Far narrower coverage than worldwide services.\n- Advertising on the site; no legal status."
        ),
        "tips": "- Use the expert search for field codes and Boolean operators.",
        "source_url": "https://www.freepatentsonline.com/",
        "features": [("field_search", ""), ("boolean", "")],
        "coverage": [
            ("US", G, FT, None, ""),
            ("US", A, FT, None, ""),
            ("EP", A, BA, None, ""),
            ("WO", A, BA, None, ""),
            ("JP", A, BA, None, "abstracts"),
        ],
    },
    {
        "slug": "surechembl",
        "name": "SureChEMBL",
        "provider": "EMBL-EBI",
        "kind": "free_service",
        "url": "https://www.surechembl.org/",
        "access": "free",
        "interface_languages": ["en"],
        "summary": "Free chemical structure search over compounds text-mined from patent documents.",
        "overview": (
            "SureChEMBL, maintained by the European Bioinformatics Institute, extracts chemical names and "
            "images from patent full text and turns them into structures. You can then search patents "
            "by structure, substructure or similarity, free of charge.\n\n"
            "It brings to everyone a kind of search that used to require expensive chemistry databases."
        ),
        "strengths": (
            "- Free structure and substructure search on patent chemistry.\n- Data downloads for large-scale analysis."
        ),
        "limitations": (
            "- Structures are extracted automatically, so some are missed or wrong; Markush structures "
            "are not searched as such."
        ),
        "tips": "- Draw the core structure and use substructure search, then read the documents to confirm.",
        "source_url": "https://www.surechembl.org/",
        "features": [
            ("chemical", "structure, substructure and similarity"),
            ("field_search", ""),
            ("export", ""),
            ("bulk_download", "data dumps"),
        ],
        "coverage": [("US", A, FT, None, ""), ("EP", A, FT, None, ""), ("WO", A, FT, None, "")],
    },
    {
        "slug": "pubchem",
        "name": "PubChem",
        "provider": "National Center for Biotechnology Information (NCBI), US National Library of Medicine",
        "kind": "free_service",
        "url": "https://pubchem.ncbi.nlm.nih.gov/",
        "access": "free",
        "interface_languages": ["en"],
        "summary": "The open chemistry database, which links compounds to the patents that mention them.",
        "overview": (
            "PubChem is the NCBI's open database of chemical substances and their properties. Compound "
            "records list patents in which the compound appears, and patent records link back to the "
            "compounds they mention, so a structure search leads to relevant patents.\n\n"
            "It is a good free starting point for chemists who think in structures rather than keywords."
        ),
        "strengths": (
            "- Structure search leading from a compound to patents.\n- Free programmatic access and bulk downloads."
        ),
        "limitations": "- Not a patent search tool as such; patent text search is minimal.",
        "tips": '- Open the compound record\'s "Patents" section to list the documents that mention it.',
        "source_url": "https://pubchem.ncbi.nlm.nih.gov/",
        "features": [("chemical", "structure search"), ("api", "PUG-REST"), ("bulk_download", "FTP")],
        "coverage": [("US", A, BA, None, ""), ("EP", A, BA, None, ""), ("WO", A, BA, None, "")],
    },
    {
        "slug": "pqai",
        "name": "PQAI",
        "provider": "Project PQAI (open-source initiative)",
        "kind": "free_service",
        "url": "https://projectpq.ai/",
        "access": "free",
        "interface_languages": ["en"],
        "summary": "A free, open-source prior-art search engine that takes a plain-language description.",
        "overview": (
            "PQAI (Patent Quality through Artificial Intelligence) is an open-source initiative offering "
            "free semantic prior-art search. You describe an invention in plain language and it returns "
            "the closest documents, without needing keywords or classification codes.\n\n"
            "It helps inventors and small firms take a first look at the prior art before talking to "
            "a professional."
        ),
        "strengths": (
            "- Natural-language queries: no search syntax to learn.\n- Open source, with an API for developers."
        ),
        "limitations": "- Narrower coverage than the big services; not a substitute for a professional search.",
        "tips": "- Describe the technical problem and the solution in a few sentences, not just keywords.",
        "source_url": "https://projectpq.ai/",
        "features": [("semantic", "plain-language queries"), ("api", "")],
        "coverage": [("US", G, FT, None, ""), ("US", A, FT, None, "")],
    },
    {
        "slug": "unified-patents-portal",
        "name": "Unified Patents Portal",
        "provider": "Unified Patents",
        "kind": "commercial",
        "url": "https://portal.unifiedpatents.com/",
        "access": "registration",
        "interface_languages": ["en"],
        "summary": "Patent search combined with litigation and PTAB data, free with registration.",
        "overview": (
            "The Unified Patents Portal combines patent records with litigation data from US courts "
            "and challenges at the Patent Trial and Appeal Board. It is offered free to registered "
            "users.\n\n"
            "It helps to see at a glance whether a patent or its family has been asserted or challenged."
        ),
        "strengths": "- Litigation and PTAB history next to the patent data.",
        "limitations": "- Litigation data focuses on the United States.",
        "tips": "- Open the family view to see litigation on related patents, not only the one you looked up.",
        "source_url": "https://portal.unifiedpatents.com/",
        "features": [("field_search", ""), ("family", ""), ("legal_status", "litigation and PTAB"), ("charts", "")],
        "coverage": [("US", G, BI, None, ""), ("US", G, LS, None, "litigation and PTAB")],
    },
    {
        "slug": "dimensions",
        "name": "Dimensions",
        "provider": "Digital Science",
        "kind": "commercial",
        "url": "https://www.dimensions.ai/",
        "access": "subscription",
        "interface_languages": ["en"],
        "summary": "A research information database linking publications, grants, clinical trials and patents.",
        "overview": (
            "Dimensions links research publications with grants, clinical trials, datasets, policy "
            "documents and patents. For patent information its value lies in the links: which patents "
            "cite a publication, and which grants led to research that is cited in patents.\n\n"
            "It suits research offices and TTOs measuring the impact of research on innovation."
        ),
        "strengths": "- Patents linked to publications and grants in one data model.",
        "limitations": (
            "- Not designed for prior-art searching.\n"
            "- Patent data and analytics need a subscription; the free version covers publications."
        ),
        "tips": "- Start from a publication or grant and follow the links to citing patents.",
        "source_url": "https://www.dimensions.ai/",
        "features": [("npl", "publications, grants, trials"), ("citation", ""), ("charts", ""), ("api", "")],
        "coverage": [("US", A, BI, None, ""), ("EP", A, BI, None, ""), ("WO", A, BI, None, "")],
    },
    {
        "slug": "derwent-innovation",
        "name": "Derwent Innovation",
        "provider": "Clarivate",
        "kind": "commercial",
        "url": "https://www.derwentinnovation.com/",
        "access": "subscription",
        "aspi": True,
        "interface_languages": ["en"],
        "summary": "Clarivate's patent research platform built on the Derwent World Patents Index, with "
        "rewritten abstracts and analysis tools.",
        "overview": (
            "Derwent Innovation is built around the Derwent World Patents Index (DWPI), in which editors "
            "rewrite the abstract of every invention in clear English and add their own indexing. That "
            "editorial layer makes documents easier to find and to read than with the applicants' own "
            "wording. The platform adds citation searching, legal status, alerts and landscape "
            "visualisations.\n\n"
            "It is one of the tools offered through WIPO's ASPI programme to eligible institutions in "
            "developing countries."
        ),
        "strengths": (
            "- DWPI abstracts and indexing, written by editors for searchers.\n"
            "- Citation searching and analysis visualisations.\n"
            "- Available at no or low cost to eligible institutions through ASPI."
        ),
        "limitations": "- Subscription required; the depth of the tool needs training.",
        "tips": "- Search the DWPI title and abstract fields first: they describe the invention in plain terms.",
        "source_url": ASPI_SOURCE,
        "features": [
            ("field_search", ""),
            ("boolean", ""),
            ("proximity", ""),
            ("ipc", ""),
            ("cpc", ""),
            ("citation", ""),
            ("family", "DWPI families"),
            ("legal_status", ""),
            ("machine_translation", ""),
            ("charts", "landscape maps"),
            ("alerts", ""),
            ("export", ""),
        ],
        "coverage": [
            ("US", G, FT, None, ""),
            ("US", A, FT, None, ""),
            ("EP", A, FT, None, ""),
            ("WO", A, FT, None, ""),
            ("CN", A, BA, None, "DWPI abstracts"),
            ("JP", A, BA, None, "DWPI abstracts"),
            ("KR", A, BA, None, "DWPI abstracts"),
        ],
    },
    {
        "slug": "orbit-intelligence",
        "name": "Orbit Intelligence",
        "provider": "Questel",
        "kind": "commercial",
        "url": "https://www.orbit.com/",
        "access": "subscription",
        "aspi": True,
        "interface_languages": ["en"],
        "summary": "Questel's worldwide patent search and analysis platform, organised by FamPat families.",
        "overview": (
            "Orbit Intelligence is Questel's professional platform for patent search and analysis. Its "
            "FamPat collection groups documents into families, so each invention is one record with "
            "its legal status, citations and translations. Analysis modules chart portfolios and "
            "competitors.\n\n"
            "Questel is an ASPI partner, so eligible institutions in developing countries can obtain "
            "access through WIPO."
        ),
        "strengths": (
            "- Family-based records (FamPat) with legal status and citations.\n"
            "- Semantic search alongside Boolean and proximity searching.\n"
            "- Analysis and alerting for monitoring competitors."
        ),
        "limitations": "- Subscription required; many options to learn.",
        "tips": "- Use the semantic search to find starting documents, then refine with Boolean queries.",
        "source_url": ASPI_SOURCE,
        "features": [
            ("field_search", ""),
            ("boolean", ""),
            ("proximity", ""),
            ("ipc", ""),
            ("cpc", ""),
            ("citation", ""),
            ("family", "FamPat"),
            ("legal_status", ""),
            ("semantic", ""),
            ("machine_translation", ""),
            ("charts", ""),
            ("alerts", ""),
            ("export", ""),
        ],
        "coverage": [
            ("US", G, FT, None, ""),
            ("US", A, FT, None, ""),
            ("EP", A, FT, None, ""),
            ("WO", A, FT, None, ""),
            ("CN", A, BA, None, ""),
            ("JP", A, BA, None, ""),
        ],
    },
    {
        "slug": "patbase",
        "name": "PatBase",
        "provider": "Minesoft",
        "kind": "commercial",
        "url": "https://www.patbase.com/",
        "access": "subscription",
        "aspi": True,
        "interface_languages": ["en"],
        "summary": "Minesoft's family-based patent database with analytics and a chemistry add-on.",
        "overview": (
            "PatBase, from Minesoft, organises the world's patent "
            "documents into families and offers full-text searching, legal status, citation searching "
            "and analytics. Chemical Explorer adds chemistry searching.\n\n"
            "Minesoft is an ASPI partner, so PatBase can be obtained through WIPO's programme by "
            "eligible institutions."
        ),
        "strengths": (
            "- Family records with full text and machine translations.\n"
            "- Analytics and alerts built in; chemistry searching as an option."
        ),
        "limitations": "- Subscription required.",
        "tips": "- Use the family-level search so each invention appears once in the results.",
        "source_url": ASPI_SOURCE,
        "features": [
            ("field_search", ""),
            ("boolean", ""),
            ("proximity", ""),
            ("ipc", ""),
            ("cpc", ""),
            ("citation", ""),
            ("family", ""),
            ("legal_status", ""),
            ("chemical", "Chemical Explorer"),
            ("machine_translation", ""),
            ("charts", "PatBase Analytics"),
            ("alerts", ""),
            ("export", ""),
        ],
        "coverage": [
            ("US", G, FT, None, ""),
            ("US", A, FT, None, ""),
            ("EP", A, FT, None, ""),
            ("WO", A, FT, None, ""),
            ("CN", A, BA, None, ""),
            ("JP", A, BA, None, ""),
        ],
    },
    {
        "slug": "totalpatent-one",
        "name": "TotalPatent One",
        "provider": "LexisNexis Intellectual Property Solutions",
        "kind": "commercial",
        "url": "https://www.lexisnexisip.com/",
        "access": "subscription",
        "aspi": True,
        "interface_languages": ["en"],
        "summary": "LexisNexis's patent search platform with full text of many offices and semantic search.",
        "overview": (
            "TotalPatent One is LexisNexis's patent research platform. It combines full-text data from "
            "many offices with semantic searching, legal status and analytics.\n\n"
            "LexisNexis is an ASPI partner, so eligible institutions can access its patent tools through "
            "WIPO's programme."
        ),
        "strengths": "- Semantic and Boolean searching over a large full-text collection.",
        "limitations": "- Subscription required.",
        "tips": "- Combine a semantic query with classification limits to keep results on topic.",
        "source_url": ASPI_SOURCE,
        "features": [
            ("field_search", ""),
            ("boolean", ""),
            ("proximity", ""),
            ("semantic", ""),
            ("family", ""),
            ("legal_status", ""),
            ("machine_translation", ""),
            ("charts", ""),
            ("alerts", ""),
            ("export", ""),
        ],
        "coverage": [
            ("US", G, FT, None, ""),
            ("US", A, FT, None, ""),
            ("EP", A, FT, None, ""),
            ("WO", A, FT, None, ""),
        ],
    },
    {
        "slug": "wips-global",
        "name": "WIPS Global",
        "provider": "WIPS",
        "kind": "commercial",
        "url": "https://www.wipsglobal.com/",
        "access": "subscription",
        "aspi": True,
        "interface_languages": ["en"],
        "summary": "Korean provider WIPS's worldwide patent search service, strong on Korean documents.",
        "overview": (
            "WIPS Global is the worldwide patent search service of WIPS, a Korean patent information "
            "company. It covers the major offices with particular depth for Korean documents, and adds "
            "family, legal status and analysis functions.\n\n"
            "WIPS is an ASPI partner."
        ),
        "strengths": "- Korean documents alongside other major offices, with analysis tools.",
        "limitations": "- Subscription required.",
        "tips": "- Use it when Korean prior art matters and you want it in the same search as other offices.",
        "source_url": ASPI_SOURCE,
        "features": [
            ("field_search", ""),
            ("boolean", ""),
            ("family", ""),
            ("legal_status", ""),
            ("charts", ""),
            ("export", ""),
        ],
        "coverage": [
            ("KR", A, FT, None, ""),
            ("US", A, FT, None, ""),
            ("EP", A, BA, None, ""),
            ("JP", A, BA, None, ""),
            ("CN", A, BA, None, ""),
        ],
    },
    {
        "slug": "patsnap",
        "name": "PatSnap",
        "provider": "PatSnap",
        "kind": "commercial",
        "url": "https://www.patsnap.com/",
        "access": "subscription",
        "interface_languages": ["en", "zh-hans"],
        "summary": "An innovation intelligence platform combining patent search with AI-assisted analysis.",
        "overview": (
            "PatSnap offers patent search with semantic and Boolean queries, family and legal-status "
            "data, and visual analysis of technologies and competitors. It positions itself as an "
            "innovation intelligence tool for R&D teams as well as IP professionals.\n\n"
            "Its dashboards make patent data accessible to engineers and managers."
        ),
        "strengths": (
            "- Semantic search and visual landscapes for non-specialists.\n"
            "- Strong coverage of Chinese documents with translations."
        ),
        "limitations": "- Subscription required.",
        "tips": "- Start with a semantic query, then check the classification codes of the best hits.",
        "source_url": "https://www.patsnap.com/",
        "features": [
            ("field_search", ""),
            ("boolean", ""),
            ("ipc", ""),
            ("cpc", ""),
            ("citation", ""),
            ("family", ""),
            ("legal_status", ""),
            ("semantic", ""),
            ("machine_translation", ""),
            ("charts", ""),
            ("alerts", ""),
            ("export", ""),
        ],
        "coverage": [
            ("CN", A, FT, None, ""),
            ("US", A, FT, None, ""),
            ("EP", A, FT, None, ""),
            ("WO", A, FT, None, ""),
        ],
    },
    {
        "slug": "cas-scifinder",
        "name": "CAS SciFinder",
        "provider": "CAS, a division of the American Chemical Society",
        "kind": "commercial",
        "url": "https://scifinder-n.cas.org/",
        "access": "subscription",
        "interface_languages": ["en"],
        "summary": "The chemistry research tool built on CAS's human-indexed substances, reactions and "
        "patent literature.",
        "overview": (
            "CAS SciFinder searches the CAS databases, in which scientists index the substances, "
            "reactions and concepts disclosed in journals and patents. For patents, that means a "
            "compound described in a claim or an example can be found by structure, including in "
            "Markush structures, with CAS indexing.\n\n"
            "It is the standard tool for chemical and pharmaceutical prior art."
        ),
        "strengths": (
            "- Human-indexed substances and reactions from patents.\n- Structure, substructure and Markush searching."
        ),
        "limitations": "- Subscription required; expensive for small organisations.",
        "tips": "- Search by structure first, then refine the document answer set to patents.",
        "source_url": "https://www.cas.org/",
        "features": [
            ("chemical", "structure, substructure and Markush"),
            ("npl", "journal literature"),
            ("sequence", ""),
        ],
        "coverage": [("US", A, BA, None, "CAS indexing"), ("EP", A, BA, None, ""), ("WO", A, BA, None, "")],
    },
    {
        "slug": "ambercite",
        "name": "Ambercite",
        "provider": "Ambercite",
        "kind": "commercial",
        "url": "https://www.ambercite.com/",
        "access": "subscription",
        "interface_languages": ["en"],
        "summary": "Finds similar patents through citation networks rather than keywords.",
        "overview": (
            "Ambercite analyses the network of citations between patents to find documents related to "
            "a starting set, including documents a keyword search misses because they use other words.\n\n"
            "It is a complement to text searching for validity and freedom-to-operate work."
        ),
        "strengths": "- Citation-network similarity finds documents that share no keywords.",
        "limitations": "- Needs good starting patents; newer documents have few citations.",
        "tips": "- Feed it the best few documents from a keyword search to find what that search missed.",
        "source_url": "https://www.ambercite.com/",
        "features": [("citation", "citation network analysis"), ("charts", ""), ("export", "")],
        "coverage": [("US", G, BI, None, ""), ("EP", A, BI, None, ""), ("WO", A, BI, None, "")],
    },
    {
        "slug": "patentinspiration",
        "name": "PatentInspiration",
        "provider": "AULIVE",
        "kind": "commercial",
        "url": "https://www.patentinspiration.com/",
        "access": "subscription",
        "interface_languages": ["en"],
        "summary": "A patent search and analysis tool aimed at engineers and innovation teams.",
        "overview": (
            "PatentInspiration offers patent searching and visual analysis with an emphasis on "
            "innovation work: exploring how a function is achieved in other fields, and charting "
            "applicants, classes and trends.\n\n"
            "It is priced and designed for teams that are not patent specialists."
        ),
        "strengths": "- Analysis charts that engineers can use without training.",
        "limitations": "- Fewer professional search options than the large platforms.",
        "tips": "- Search by function (what the invention does) to find solutions from other industries.",
        "source_url": "https://www.patentinspiration.com/",
        "features": [("field_search", ""), ("boolean", ""), ("cpc", ""), ("charts", ""), ("export", "")],
        "coverage": [("US", A, BA, None, ""), ("EP", A, BA, None, ""), ("WO", A, BA, None, "")],
    },
    {
        "slug": "acclaimip",
        "name": "AcclaimIP",
        "provider": "Anaqua",
        "kind": "commercial",
        "url": "https://www.acclaimip.com/",
        "access": "subscription",
        "interface_languages": ["en"],
        "summary": "A patent search and analytics tool with strong full-text searching of US documents.",
        "overview": (
            "AcclaimIP provides full-text patent searching with professional query syntax, charts of "
            "results and alerts. It is known for its US coverage and for making analysis part of the "
            "search screen.\n\n"
            "It suits practitioners who search US documents daily."
        ),
        "strengths": "- Powerful query syntax and charts in the same screen.",
        "limitations": "- Subscription required.",
        "tips": "- Use the charts to spot dominant applicants and classes, then refine the query with them.",
        "source_url": "https://www.acclaimip.com/",
        "features": [
            ("field_search", ""),
            ("boolean", ""),
            ("proximity", ""),
            ("cpc", ""),
            ("charts", ""),
            ("alerts", ""),
            ("export", ""),
        ],
        "coverage": [("US", G, FT, None, ""), ("US", A, FT, None, "")],
    },
    {
        "slug": "ifi-claims",
        "name": "IFI CLAIMS Patent Services",
        "provider": "IFI CLAIMS Patent Services",
        "kind": "commercial",
        "url": "https://www.ificlaims.com/",
        "access": "subscription",
        "interface_languages": ["en"],
        "summary": "Normalised worldwide patent data delivered by API and in bulk to other services.",
        "overview": (
            "IFI CLAIMS builds a cleaned and normalised global patent database and delivers it to "
            "companies and other information services through an API and bulk files. It adds "
            "standardised assignee names and computed legal status.\n\n"
            "It is a data supplier rather than a search interface for end users."
        ),
        "strengths": "- Normalised data ready for analytics and for building your own tools.",
        "limitations": "- No end-user search interface; a data contract is required.",
        "tips": "- Consider it when you need a patent data feed for an internal platform.",
        "source_url": "https://www.ificlaims.com/",
        "features": [("api", ""), ("bulk_download", ""), ("legal_status", "computed status"), ("family", "")],
        "coverage": [
            ("US", A, FT, None, ""),
            ("EP", A, FT, None, ""),
            ("WO", A, FT, None, ""),
            ("CN", A, FT, None, ""),
        ],
    },
    {
        "slug": "iplytics",
        "name": "IPlytics",
        "provider": "LexisNexis Intellectual Property Solutions",
        "kind": "commercial",
        "url": "https://www.iplytics.com/",
        "access": "subscription",
        "interface_languages": ["en"],
        "summary": "Patent and standards intelligence, with declared standard-essential patents.",
        "overview": (
            "IPlytics links patent data with standardisation data: declarations of standard-essential "
            "patents, standard documents and contributions. It helps to understand who holds patents "
            "in standardised technologies such as cellular networks.\n\n"
            "It serves licensing teams and analysts of standardised markets."
        ),
        "strengths": "- SEP declarations linked to patent families and standards.",
        "limitations": "- Specialised; not a general prior-art tool.",
        "tips": "- Start from the standard or technology generation you care about, then look at declarants.",
        "source_url": "https://www.iplytics.com/",
        "features": [
            ("family", ""),
            ("legal_status", ""),
            ("npl", "standards documents"),
            ("charts", ""),
            ("export", ""),
        ],
        "coverage": [
            ("US", A, BI, None, ""),
            ("EP", A, BI, None, ""),
            ("WO", A, BI, None, ""),
            ("CN", A, BI, None, ""),
        ],
    },
]
