"""Curated catalogue: publishers, the technology field taxonomy and real reports.

Every title, year and publisher below can be checked at the entry's source_url (reviewed on REVIEWED_ON,
or on the entry's own reviewed_on).
A landing_url is given only where the page was seen to be the report's own page; elsewhere it is left
empty and the source describes the report. IPC/CPC classes are the curators' pointer to where the
technology sits in the classification, not a claim about the report's search strategy. Summaries
are written for this hub.
"""

REVIEWED_ON = "2026-11-24"
WIPO_PLR_PAGE = "https://www.wipo.int/patentscope/en/programs/patent_landscapes/"

LANGUAGES = [
    ("ar", "Arabic"),
    ("zh", "Chinese"),
    ("en", "English"),
    ("fr", "French"),
    ("ru", "Russian"),
    ("es", "Spanish"),
]

# (slug, name, parent slug or None, description). Parents come before their children.
FIELDS = [
    ("health", "Health and life sciences", None, "Medicines, vaccines, medical devices and aids for daily living."),
    ("ict", "Information and communication technology", None, "Computing, data, networks and connected devices."),
    ("energy", "Energy", None, "Producing, storing and using energy, especially low-emission energy."),
    ("materials", "Materials and minerals", None, "Raw materials, how they are processed and what they are used for."),
    ("transport", "Transportation", None, "Moving people and goods on land, at sea, in the air and in space."),
    ("manufacturing", "Manufacturing", None, "How things are made, from machining to printing them layer by layer."),
    ("biotechnology", "Biotechnology", None, "Living organisms and their parts put to industrial use."),
    ("vaccines-therapeutics", "Vaccines and therapeutics", "health", "Preventing and treating disease."),
    (
        "assistive-technology",
        "Assistive technology",
        "health",
        "Products that help people with functional limitations in mobility, sight, hearing, cognition and self-care.",
    ),
    (
        "artificial-intelligence",
        "Artificial intelligence",
        "ict",
        "Machine learning, generative models and their uses.",
    ),
    (
        "connected-objects",
        "Internet of Things and connected objects",
        "ict",
        "Smart objects, connectivity and data handling: the technologies of the fourth industrial revolution.",
    ),
    ("hydrogen", "Hydrogen", "energy", "Producing, storing, distributing and using hydrogen."),
    ("energy-storage", "Batteries and energy storage", "energy", "Batteries and other ways of storing electricity."),
    (
        "additive-manufacturing",
        "Additive manufacturing (3D printing)",
        "manufacturing",
        "Building parts layer by layer from polymers, metals and other materials.",
    ),
    (
        "environment",
        "Environment and water",
        None,
        "Clean water, waste and recycling, and watching over the natural environment.",
    ),
    ("algae", "Algal technologies", "biotechnology", "Growing algae and using them in food, fuel, medicine and more."),
    ("carbon-materials", "Graphite and graphene", "materials", "Carbon materials, from mined graphite to graphene."),
    ("titanium", "Titanium and its compounds", "materials", "Titanium metal, titanium dioxide and their ores."),
    ("quantum", "Quantum technologies", "ict", "Computing, communication and sensing that exploit quantum effects."),
    ("solar-energy", "Solar energy", "energy", "Using sunshine for heat, cooling and electricity."),
    (
        "space",
        "Space technologies",
        "transport",
        "Satellites, launchers, space propulsion and observing the Earth from orbit.",
    ),
    (
        "genetic-resources",
        "Genetic resources",
        "biotechnology",
        "Plants, animals and microorganisms as sources of genetic material for breeding, research and industry.",
    ),
    (
        "water",
        "Water treatment and desalination",
        "environment",
        "Making water fit to drink and use: filtration, disinfection and desalination.",
    ),
    (
        "waste-recycling",
        "Waste and recycling",
        "environment",
        "Recovering materials from discarded products such as electronics and plastics.",
    ),
]

PUBLISHERS = [
    {
        "slug": "wipo",
        "name": "World Intellectual Property Organization",
        "acronym": "WIPO",
        "kind": "igo",
        "country": "",
        "website_url": "https://www.wipo.int/",
        "description": (
            "The United Nations agency for intellectual property, based in Geneva. Its patent analytics team "
            "prepares Patent Landscape Reports, often at the request of a member state that wants to know where "
            "a technology stands before investing in it, and the flagship *WIPO Technology Trends* series on "
            "frontier technologies."
        ),
        "source_url": WIPO_PLR_PAGE,
    },
    {
        "slug": "epo",
        "name": "European Patent Office",
        "acronym": "EPO",
        "kind": "ip_office",
        "country": "",
        "website_url": "https://www.epo.org/",
        "description": (
            "The office that grants European patents for the member states of the European Patent Organisation. "
            "Its studies use international patent families to follow technologies such as clean energy and "
            "digital transformation, frequently together with partner agencies."
        ),
        "source_url": "https://www.epo.org/about-us/annual-reports-statistics/annual-report/2017/highlights/4th-industrial-revolution.html",
    },
    {
        "slug": "ukipo",
        "name": "Intellectual Property Office (United Kingdom)",
        "acronym": "UKIPO",
        "kind": "ip_office",
        "country": "GB",
        "website_url": "https://www.gov.uk/government/organisations/intellectual-property-office",
        "description": (
            "The United Kingdom's patent office. Its patent informatics team has published landscapes of "
            "emerging technologies for policy makers and industry."
        ),
        "source_url": "https://zh.scribd.com/document/220623858/Graphene-The-World-Wide-Patent-Landscape-UK-Intellectual-Property-Office-March-2013",
    },
]

PUBLISHERS.append(
    {
        "slug": "ip-australia",
        "name": "IP Australia",
        "acronym": "",
        "kind": "ip_office",
        "country": "AU",
        "website_url": "https://www.ipaustralia.gov.au/",
        "description": (
            "The Australian government agency for patents, trade marks, designs and plant breeder's rights. It "
            "publishes patent analytics reports on technologies of interest to Australian industry."
        ),
        "source_url": "https://www.ipaustralia.gov.au/tools-resources/publications-reports/overview-algal-technologies",
    }
)

# Listed so that every report comes after the earlier edition it points to.
REPORTS = [
    {
        "slug": "covid-19-vaccines-therapeutics-2022",
        "title": (
            "COVID-19-related vaccines and therapeutics: Preliminary insights on related"
            " patenting activity during the pandemic"
        ),
        "series": "plr",
        "publisher": "wipo",
        "publication_year": 2022,
        "edition": 1,
        "fields": ["vaccines-therapeutics"],
        "classes": "A61K; A61P; C07K; C12N",
        "languages": ["en"],
        "landing_url": "https://wipo.int/publications/en/details.jsp?id=4589",
        "source_url": "https://wipo.int/publications/en/details.jsp?id=4589",
        "summary": (
            "WIPO's first look at how the patent system responded to the pandemic. The report follows patent "
            "filings on COVID-19 vaccines and therapeutics made from January 2020 to September 2021, sorts them "
            "by vaccine platform and drug class, and sets them beside clinical-trial data on candidate vaccines "
            "and drugs.\n\n"
            "Read it to see which kinds of organizations were filing early in the pandemic — universities and "
            "research bodies filed almost as many vaccine applications as companies — and for plain explanations "
            "of vaccine types and how the therapies act. The patent datasets behind the analysis were released "
            "with it."
        ),
    },
    {
        "slug": "covid-19-vaccines-therapeutics-2023",
        "title": (
            "COVID-19 vaccines and therapeutics: Insights into related patenting activity throughout the pandemic"
        ),
        "series": "plr",
        "publisher": "wipo",
        "publication_year": 2023,
        "edition": 2,
        "previous_edition": "covid-19-vaccines-therapeutics-2022",
        "fields": ["vaccines-therapeutics"],
        "classes": "A61K; A61P; C07K; C12N",
        "languages": ["en"],
        "landing_url": "https://www.wipo.int/publications/en/details.jsp?id=4658&plang=EN",
        "source_url": "https://www.wipo.int/publications/en/details.jsp?id=4658&plang=EN",
        "summary": (
            "The follow-up to the 2022 report, extending the review of COVID-19 vaccine and therapeutics "
            "patenting to filings made up to September 2022. Therapeutics far outnumber vaccines among the "
            "applications, and companies and research organizations share the filing almost evenly.\n\n"
            "Useful for comparing the first and later phases of the pandemic: which vaccine platforms and "
            "drug classes grew, which countries the inventions came from, and how quickly antibodies rose among "
            "biologic therapeutics. A spreadsheet of the underlying patent data accompanies the report."
        ),
    },
    {
        "slug": "graphite-and-its-applications",
        "title": "Patent Landscape Report: Graphite and its Applications",
        "series": "plr",
        "publisher": "wipo",
        "prepared_with": "With the patent analytics team of IPOS International",
        "publication_year": 2023,
        "edition": 1,
        "fields": ["carbon-materials"],
        "classes": "C01B 32/20; H01M 4",
        "countries": ["LK"],
        "languages": ["en"],
        "source_url": "https://wipo.int/wipo_magazine_digital/en/2023/article_0034.html",
        "summary": (
            "Prepared after Sri Lanka's National Innovation Agency asked how the country could earn more from its "
            "graphite than by exporting the raw mineral. The report reviews a decade of graphite-related patenting "
            "worldwide, by source of graphite, such as natural flake and synthetic graphite, and by application.\n\n"
            "Its main use is finding *white space*: applications where little has been patented yet, so a "
            "newcomer can still innovate and protect the result. It also shows how concentrated the field is, with "
            "a handful of countries — China above all — behind most filings."
        ),
    },
    {
        "slug": "titanium-dioxide-from-ilmenite",
        "title": (
            "Patent Landscape Report: Production of Titanium and Titanium Dioxide from"
            " Ilmenite and Related Applications"
        ),
        "series": "plr",
        "publisher": "wipo",
        "publication_year": 2023,
        "edition": 1,
        "fields": ["titanium"],
        "classes": "C22B 34/12; C01G 23",
        "languages": ["en"],
        "source_url": WIPO_PLR_PAGE,
        "summary": (
            "Follows the path from ilmenite, a common titanium ore in heavy mineral sands, to titanium dioxide and "
            "titanium metal, and on to the industrial uses of titanium compounds.\n\n"
            "The report separates the extraction processes, where patenting has grown strongly and is led by "
            "producers in China, Australia and the United States, from applications such as ceramic insulators in "
            "electronics, electrodes and coatings, where large electronics and automotive groups dominate. It is a "
            "good starting point for a country with ilmenite deposits weighing where to add value."
        ),
    },
    {
        "slug": "generative-artificial-intelligence",
        "title": "Patent Landscape Report: Generative Artificial Intelligence (GenAI)",
        "series": "plr",
        "publisher": "wipo",
        "publication_year": 2024,
        "edition": 1,
        "fields": ["artificial-intelligence"],
        "classes": "G06N 3; G06N 20; G06F 40",
        "languages": ["en"],
        "landing_url": "https://wipo.int/web-publications/patent-landscape-report-generative-artificial-intelligence-genai/en",
        "source_url": "https://wipo.int/web-publications/patent-landscape-report-generative-artificial-intelligence-genai/en",
        "summary": (
            "Maps patents and scientific papers on generative AI three ways: by model (GANs, variational "
            "autoencoders, diffusion models, large language models), by mode of data (from image, video and "
            "text to molecules, genes and proteins) and by the industries applying it.\n\n"
            "It names the leading patent owners and inventor locations, with China far ahead in volume, and closes "
            "with the questions GenAI raises for jobs, copyright and misuse. Published as a web report with "
            "chapters that can be read on their own."
        ),
    },
    {
        "slug": "wipo-technology-trends-2019-artificial-intelligence",
        "title": "WIPO Technology Trends 2019: Artificial Intelligence",
        "series": "witt",
        "publisher": "wipo",
        "publication_year": 2019,
        "edition": 1,
        "fields": ["artificial-intelligence"],
        "classes": "G06N",
        "languages": ["en"],
        "source_url": "https://upv.cz/en/ipo/current-news/actual/ai_studies.html",
        "summary": (
            "The first report of the *WIPO Technology Trends* series. It traces AI from its beginnings in the "
            "1950s through patent applications and scientific publications, breaking the field down by technique "
            "(such as machine learning), functional application (such as computer vision) and industry.\n\n"
            "Beyond the data it covers the leading companies and universities, where protection is sought, "
            "acquisitions and litigation, and the policy questions AI poses, with comments from experts "
            "throughout."
        ),
    },
    {
        "slug": "wipo-technology-trends-2021-assistive-technology",
        "title": "WIPO Technology Trends 2021: Assistive Technology",
        "series": "witt",
        "publisher": "wipo",
        "publication_year": 2021,
        "edition": 1,
        "fields": ["assistive-technology"],
        "classes": "A61F; A61G; A61H; G09B 21",
        "languages": ["en"],
        "source_url": "https://www.infodocket.com/2021/03/23/new-report-from-wipo-technology-trends-2021-assistive-technology/",
        "summary": (
            "Looks at patenting in assistive products across seven domains: mobility, cognition, communication, "
            "hearing, the built environment, self-care and vision. It tells conventional products (better "
            "wheelchairs, Braille devices, alarms) apart from emerging ones (assistive robots, smart home "
            "applications, smart glasses, advanced prosthetics and exoskeletons).\n\n"
            "Emerging assistive technology has grown much faster than the conventional kind, and the report rates "
            "how close each emerging product is to the market — useful for anyone matching a need to an available "
            "or coming solution."
        ),
    },
    {
        "slug": "wipo-technology-trends-future-of-transportation",
        "title": "WIPO Technology Trends: Future of Transportation",
        "series": "witt",
        "publisher": "wipo",
        "prepared_with": "With EconSight",
        "publication_year": 2025,
        "edition": 1,
        "fields": ["transport"],
        "classes": "B60L; B60W; B61L; B63B; B64C; B64G",
        "languages": ["en"],
        "source_url": "https://wipo.int/web-publications/wipo-technology-trends-future-of-transportation/en/acknowledgments.html",
        "summary": (
            "The third *WIPO Technology Trends* report examines transport on land, at sea, in the air and in "
            "space through two megatrends, sustainability and digitalization: electrified and hydrogen "
            "propulsion, autonomous vehicles and ships, smart traffic and ports, air taxis and reusable "
            "rockets.\n\n"
            "Besides patents it draws on trademarks, industrial designs, research papers and market data, and it "
            "compares the growth of future transport technologies with that of traditional ones such as the "
            "combustion engine."
        ),
    },
    {
        "slug": "patents-and-the-fourth-industrial-revolution-2017",
        "title": "Patents and the Fourth Industrial Revolution: The inventions behind digital transformation",
        "series": "plr",
        "publisher": "epo",
        "prepared_with": "In co-operation with the Handelsblatt Research Institute",
        "publication_year": 2017,
        "edition": 1,
        "fields": ["connected-objects"],
        "classes": "H04L; H04W; G06N; G16Y",
        "region": "europe",
        "languages": ["en"],
        "source_url": "https://www.epo.org/about-us/annual-reports-statistics/annual-report/2017/highlights/4th-industrial-revolution.html",
        "summary": (
            "The EPO's first landscaping study of fourth industrial revolution technologies, built on European "
            "patent applications for smart, connected objects. It sorts them into core technologies (hardware, "
            "software, connectivity), enabling technologies (analytics, security, AI, positioning, power, 3D "
            "systems, user interfaces) and application domains such as home, manufacturing, health and "
            "transport.\n\n"
            "It shows which applicants and which regions of origin lead each area in filings at the EPO."
        ),
    },
    {
        "slug": "patents-and-the-fourth-industrial-revolution-2020",
        "title": (
            "Patents and the Fourth Industrial Revolution: The global technology trends"
            " enabling the data-driven economy"
        ),
        "series": "plr",
        "publisher": "epo",
        "publication_year": 2020,
        "edition": 2,
        "previous_edition": "patents-and-the-fourth-industrial-revolution-2017",
        "fields": ["connected-objects", "artificial-intelligence"],
        "classes": "H04L; H04W; G06N; G16Y",
        "languages": ["en"],
        "source_url": "https://inpi.justica.gov.pt/en-gb/INPI-News/Study-on-Patents-and-the-Fourth-Industrial-Revolution",
        "summary": (
            "A worldwide sequel to the 2017 study. Instead of European applications it counts international patent "
            "families — inventions protected at two or more offices — on the Internet of Things, big data, 5G and "
            "AI filed between 2000 and 2018.\n\n"
            "Connectivity and data management stand out as the fastest-growing fields. The study compares the "
            "United States, Europe, Japan, China and the Republic of Korea, and ranks the regional innovation "
            "clusters behind the inventions."
        ),
    },
    {
        "slug": "innovation-trends-in-electrolysers-for-hydrogen-production",
        "title": "Patent insight report: Innovation trends in electrolysers for hydrogen production",
        "series": "plr",
        "publisher": "epo",
        "prepared_with": "With the International Renewable Energy Agency (IRENA)",
        "publication_year": 2022,
        "edition": 1,
        "fields": ["hydrogen"],
        "classes": "C25B 1/04; C25B 9",
        "languages": ["en"],
        "source_url": "https://dyoung.com/en/knowledgebank/articles/hydrogen-clean-energy-epo",
        "summary": (
            "A focused look at one link of the hydrogen chain: electrolysers, which split water into hydrogen and "
            "oxygen using electricity. Patent data shows which electrolyser technologies are attracting "
            "invention and who is behind it, a useful companion to the broader hydrogen study the EPO published "
            "with the IEA the following year."
        ),
    },
    {
        "slug": "hydrogen-patents-for-a-clean-energy-future",
        "title": (
            "Hydrogen patents for a clean energy future: A global trend analysis of"
            " innovation along hydrogen value chains"
        ),
        "series": "plr",
        "publisher": "epo",
        "prepared_with": "With the International Energy Agency (IEA)",
        "publication_year": 2023,
        "edition": 1,
        "fields": ["hydrogen"],
        "classes": "C01B 3; C25B 1/04; H01M 8; F17C",
        "languages": ["en"],
        "source_url": "https://dyoung.com/en/knowledgebank/articles/hydrogen-clean-energy-epo",
        "summary": (
            "Covers the whole hydrogen value chain — production, storage, distribution, transformation and end "
            "uses — using international patent families filed from 2001 to 2020.\n\n"
            "The study finds invention shifting from fossil-based production towards low-emission methods such as "
            "electrolysis, with the European Union and Japan leading. Among end uses the car industry still "
            "dominates, while long-distance transport, power generation and heavy industry lag. It also links "
            "patents to venture capital raised by hydrogen start-ups."
        ),
    },
    {
        "slug": "graphene-worldwide-patent-landscape-2013",
        "title": "Graphene: The worldwide patent landscape in 2013",
        "series": "plr",
        "publisher": "ukipo",
        "publication_year": 2013,
        "edition": 1,
        "fields": ["carbon-materials"],
        "classes": "C01B 32/182; B82Y",
        "languages": ["en"],
        "source_url": "https://zh.scribd.com/document/220623858/Graphene-The-World-Wide-Patent-Landscape-UK-Intellectual-Property-Office-March-2013",
        "summary": (
            "Published by the UK Intellectual Property Office in March 2013, a few years after the Nobel Prize for "
            "isolating graphene drew attention to the material. The landscape asks who is patenting graphene "
            "inventions, where, and for which uses, at a time when expectations for the material ran very high.\n\n"
            "Read it alongside WIPO's graphite report to follow carbon materials from the mine to the laboratory."
        ),
    },
    {
        "slug": "innovation-in-batteries-and-electricity-storage",
        "title": "Innovation in batteries and electricity storage: A global analysis based on patent data",
        "series": "plr",
        "publisher": "epo",
        "prepared_with": "With the International Energy Agency (IEA)",
        "publication_year": 2020,
        "edition": 1,
        "fields": ["energy-storage"],
        "classes": "H01M; H02J 7; Y02E 60/10",
        "languages": ["en"],
        "source_url": "https://prod.iea.org/reports/innovation-in-batteries-and-electricity-storage",
        "summary": (
            "The first joint study of the EPO and the IEA, published in September 2020. It follows international "
            "patent families on electricity storage filed since 2000 — batteries above all, but also other "
            "storage technologies — and shows that invention in this field grew far faster than patenting in "
            "general.\n\n"
            "Lithium-ion chemistries for electric cars and consumer electronics drive most of the growth, with "
            "Japan and the Republic of Korea clearly ahead. The study also looks at the storage needed to bring "
            "more wind and solar power onto electricity grids."
        ),
    },
    {
        "slug": "patents-and-additive-manufacturing-2020",
        "title": "Patents and additive manufacturing: Trends in 3D printing technologies",
        "series": "plr",
        "publisher": "epo",
        "publication_year": 2020,
        "edition": 1,
        "fields": ["additive-manufacturing"],
        "classes": "B33Y; B29C 64; B22F 10",
        "region": "europe",
        "languages": ["en"],
        "source_url": "https://www.worldipreview.com/news/europe-leads-3d-printing-innovation-says-epo-19946",
        "summary": (
            "Based on patent applications filed at the EPO, this study charts the rise of 3D printing in the "
            "late 2010s. It identifies where the inventions come from, with European applicants — Germany first — "
            "and the United States in the lead, and which companies file most, from engineering groups to "
            "printing specialists.\n\n"
            "It also breaks the field down by application: health generates the most applications, ahead of "
            "energy and transportation, with tooling, electronics, construction, consumer goods and food growing."
        ),
    },
    {
        "slug": "overview-of-algal-technologies",
        "title": "Overview of algal technologies",
        "series": "plr",
        "publisher": "ip-australia",
        "publication_year": 2017,
        "edition": 1,
        "fields": ["algae"],
        "classes": "C12N 1/12; A23L 17/60",
        "languages": ["en"],
        "source_url": "https://www.ipaustralia.gov.au/tools-resources/publications-reports/overview-algal-technologies",
        "summary": (
            "An intellectual property view of technologies involving algae, from single-celled microalgae to giant "
            "kelp. The report uses the scale and intensity of patenting to show where innovation is happening "
            "across the many commercial uses of algae: food, cosmetics, medicine, sewage treatment and biofuel."
        ),
    },
    {
        "slug": "ritonavir-2011",
        "title": "Patent Landscape Report on Ritonavir",
        "series": "plr",
        "publisher": "wipo",
        "prepared_with": "Prepared for WIPO by Landon IP",
        "publication_year": 2011,
        "edition": 1,
        "fields": ["vaccines-therapeutics"],
        "classes": "A61K 31/427; A61P 31/18",
        "languages": ["en"],
        "source_url": "https://www.yumpu.com/en/document/view/51244461/patent-landscape-report-on-ritonavir-wipo",
        "reviewed_on": "2026-12-01",
        "summary": (
            "One of the first reports of WIPO's patent landscape project, tracing the patents around ritonavir, an "
            "HIV protease inhibitor now used mainly to boost other antiretrovirals. It follows how the protection "
            "built up from the original compound application through hundreds of later families on salts, "
            "crystal forms, formulations, combinations and uses.\n\n"
            "The report sets out its search process and queries in detail, so it doubles as a worked example of "
            "how to search the patent literature on a single medicine."
        ),
    },
    {
        "slug": "desalination-and-alternative-energies-2011",
        "title": (
            "Patent Landscape Report on Desalination Technologies and the Use of Alternative Energies for Desalination"
        ),
        "series": "plr",
        "publisher": "wipo",
        "prepared_with": (
            "Prepared by CambridgeIP in cooperation with the International Renewable Energy Agency (IRENA), with "
            "the participation of the Global Institute for Water, Environment and Health (GIWEH)"
        ),
        "publication_year": 2011,
        "edition": 1,
        "fields": ["water", "energy"],
        "classes": "C02F 1/44; C02F 1/04; B01D 61",
        "languages": ["en"],
        "landing_url": "https://www.wipo.int/publications/en/details.jsp?id=231&plang=EN",
        "source_url": "https://www.wipo.int/publications/en/details.jsp?id=231&plang=EN",
        "reviewed_on": "2026-12-01",
        "summary": (
            "Collects the patent families that claim desalination inventions, whole plants as well as their "
            "components, and singles out those that pair desalination with renewable energy, above all solar "
            "thermal energy.\n\n"
            "Written with IRENA for countries short of fresh water, it shows where the technology has been "
            "invented and protected — Japan historically first, with growing activity from Germany, the United "
            "States, the Republic of Korea and China — and documents every search query used."
        ),
    },
    {
        "slug": "membrane-filtration-and-uv-water-treatment-2012",
        "title": (
            "Patent Landscape Report on Membrane Filtration and UV Water Treatment: A report on selected water"
            " treatment technologies and their application in desalination systems"
        ),
        "series": "plr",
        "publisher": "wipo",
        "publication_year": 2012,
        "edition": 1,
        "fields": ["water"],
        "classes": "C02F 1/44; C02F 1/32; B01D 61",
        "languages": ["en"],
        "source_url": "https://pdfslide.tips/documents/membrane-filtration-and-uv-water-treatment-patent-landscape-report.html",
        "reviewed_on": "2026-12-01",
        "summary": (
            "A companion to WIPO's desalination landscape, published in March 2012. It covers two families of "
            "water treatment — ultraviolet disinfection and micro-, ultra- and nanofiltration membranes — including "
            "their use before and after desalination.\n\n"
            "Besides the patent trends it offers a technology and market review, case studies and a survey of how "
            "the water industry sees innovation in the field."
        ),
    },
    {
        "slug": "solar-cooling-technologies-2012",
        "title": "Patent Landscape Report on Solar Cooling Technologies",
        "series": "plr",
        "publisher": "wipo",
        "publication_year": 2012,
        "edition": 1,
        "fields": ["solar-energy"],
        "classes": "F25B 27; F24F 5",
        "languages": ["en"],
        "landing_url": "https://www.wipo.int/patentscope/en/programs/patent_landscapes/reports/solar_cooling.html",
        "source_url": "https://docslib.org/doc/4109614/patent-landscape-report-on",
        "reviewed_on": "2026-12-01",
        "summary": (
            "Surveys inventions that use the sun to cool, understood broadly: not only air-conditioning of "
            "buildings but also chilling water, refrigerating food and medicines, and desalinating seawater.\n\n"
            "A key finding for developing countries is that many solar cooling inventions were patented only in "
            "industrialised countries, or so long ago that they are now free to use. The United States, Germany, "
            "China, Japan and France are the most active origins."
        ),
    },
    {
        "slug": "vaccines-for-selected-infectious-diseases-2012",
        "title": "Patent Landscape Report on Vaccines for Selected Infectious Diseases",
        "series": "plr",
        "publisher": "wipo",
        "publication_year": 2012,
        "edition": 1,
        "fields": ["vaccines-therapeutics"],
        "classes": "A61K 39; A61P 31; C12N 7",
        "languages": ["en"],
        "source_url": "https://docslib.org/doc/7610996/patent-landscape-report-on-vaccines-for-selected-infectious-diseases",
        "reviewed_on": "2026-12-01",
        "summary": (
            "Looks at patenting on vaccines against a selection of infectious diseases of particular concern to "
            "developing countries, including the technologies used to make them.\n\n"
            "Like the other early reports of WIPO's landscape project, it explains its search strategy step by "
            "step so that others can repeat or extend it — useful background a decade before the COVID-19 "
            "vaccine reports."
        ),
    },
    {
        "slug": "e-waste-recycling-technologies-2013",
        "title": "Patent Landscape Report on E-Waste Recycling Technologies",
        "series": "plr",
        "publisher": "wipo",
        "prepared_with": "In collaboration with the Secretariat of the Basel Convention (UNEP)",
        "publication_year": 2013,
        "edition": 1,
        "fields": ["waste-recycling"],
        "classes": "B09B 3; C22B 7; Y02W 30",
        "languages": ["en"],
        "source_url": "https://www.brsmeas.org/Implementation/MediaResources/Speeches/RemarksbyKerstinStendahl/tabid/3812/language/en-US/Default.aspx",
        "reviewed_on": "2026-12-01",
        "summary": (
            "Launched in Geneva in December 2013, this report maps patents on processing electronic waste and "
            "recovering materials from end-of-life consumer products such as phones and computers.\n\n"
            "It was written to support the Basel Convention's partnership on computing equipment and its "
            "recycling guidelines, and it checks the patent picture against news and business sources to see "
            "which companies are actually active in e-waste recycling."
        ),
    },
    {
        "slug": "animal-genetic-resources-2014",
        "title": "Patent Landscape Report on Animal Genetic Resources",
        "series": "plr",
        "publisher": "wipo",
        "prepared_with": "In cooperation with the Food and Agriculture Organization of the United Nations (FAO)",
        "publication_year": 2014,
        "edition": 1,
        "fields": ["genetic-resources"],
        "classes": "A01K 67; C12N 15; A61D 19",
        "languages": ["en"],
        "source_url": "https://wipo.int/pressroom/en/stories/animal_genetic_resources.html",
        "reviewed_on": "2026-12-01",
        "summary": (
            "The first large-scale look at patenting that involves livestock, built by text-mining millions of "
            "patent documents from 1976 to 2013 for 17 farm animal species. It groups the results into clusters "
            "such as artificial insemination, marker-assisted breeding, transgenic animals, cloning, "
            "xenotransplantation and animal models.\n\n"
            "Patenting for food and agriculture peaked in 2001 and has since declined, while work on animal "
            "genetics has moved towards medical and pharmaceutical markets. The report also asks how breed names "
            "and traditional knowledge appear in patents."
        ),
    },
    {
        "slug": "assistive-devices-visually-and-hearing-impaired-2015",
        "title": (
            "Patent Landscape Report on Assistive Devices and Technologies for Visually and Hearing Impaired Persons"
        ),
        "series": "plr",
        "publisher": "wipo",
        "prepared_with": (
            "Prepared for WIPO by Thomson Reuters IP Analytics, in collaboration with the World Health Organization"
            " (WHO)"
        ),
        "publication_year": 2015,
        "edition": 1,
        "fields": ["assistive-technology"],
        "classes": "A61F 9/08; A61F 11; H04R 25; G09B 21",
        "languages": ["en"],
        "source_url": "https://docslib.org/doc/1668480/assistive-devices-and-technologies-for-visually-and-hearing-impaired-persons",
        "reviewed_on": "2026-12-01",
        "summary": (
            "WIPO's first landscape in the area of disability. It sorts inventions for people with impaired sight "
            "or hearing into restoration (such as implants), assistance (such as voice control or Braille) and "
            "enhancement, and compares the countries and applicants behind each.\n\n"
            "A section is devoted to technologies that help print-disabled people read published works, linking "
            "the report to the Marrakesh Treaty. It is a useful forerunner of the 2021 *WIPO Technology Trends* "
            "report on assistive technology."
        ),
    },
    {
        "slug": "patents-and-self-driving-vehicles-2018",
        "title": "Patents and self-driving vehicles",
        "series": "plr",
        "publisher": "epo",
        "prepared_with": "With the European Council for Automotive R&D (EUCAR)",
        "publication_year": 2018,
        "edition": 1,
        "fields": ["transport"],
        "classes": "B60W 60; G05D 1; G08G 1",
        "region": "europe",
        "languages": ["en"],
        "source_url": "https://www.wilsongunn.com/resource/news/technology-on-the-move-a-summary-of-the-epos-2018-report-on-patents-and-self-driving-vehicles",
        "reviewed_on": "2026-12-01",
        "summary": (
            "Published in November 2018, this EPO study follows European patent applications on self-driving "
            "vehicles from 2011 to 2017, a period in which they grew many times faster than applications overall.\n\n"
            "It separates the automated vehicle platform from connectivity and computing, and shows that ICT "
            "companies now file alongside carmakers and suppliers — with filing strategies closer to those of "
            "the ICT sector than of the traditional automotive industry."
        ),
    },
    {
        "slug": "uk-ipo-artificial-intelligence-2019",
        "title": "Artificial Intelligence: A worldwide overview of AI patents and patenting by the UK AI sector",
        "series": "plr",
        "publisher": "ukipo",
        "publication_year": 2019,
        "edition": 1,
        "fields": ["artificial-intelligence"],
        "classes": "G06N",
        "countries": ["GB"],
        "languages": ["en"],
        "source_url": "https://www.wiggin.co.uk/insight/ipo-publishes-report-artificial-intelligence-a-worldwide-overview-of-ai-patents-and-patenting-by-the-uk-ai-sector/",
        "reviewed_on": "2026-12-01",
        "summary": (
            "Released by the UK Intellectual Property Office in June 2019 as a UK-focused complement to WIPO's "
            "first *Technology Trends* report. It charts the worldwide growth of AI patenting, dominated by the "
            "United States and China, and names the leading applicants.\n\n"
            "It then zooms in on the UK: its leading applicants, the fields in which they specialise, and the "
            "high share of UK first filings that go on to seek protection abroad."
        ),
    },
    {
        "slug": "patents-and-the-energy-transition-2021",
        "title": "Patents and the energy transition: Global trends in clean energy technology innovation",
        "series": "plr",
        "publisher": "epo",
        "prepared_with": "With the International Energy Agency (IEA)",
        "publication_year": 2021,
        "edition": 1,
        "fields": ["energy"],
        "classes": "Y02E; Y02T; Y02B; Y02P",
        "languages": ["en"],
        "source_url": "https://www.epo.org/en/news-events/press-centre/press-release/2021/451789",
        "reviewed_on": "2026-12-01",
        "summary": (
            "The second joint study of the EPO and the IEA takes in the whole landscape of low-carbon energy "
            "technologies, using the EPO's classification for climate change mitigation technologies and "
            "international patent families, and sets it against new measures of fossil fuel patenting.\n\n"
            "It finds clean energy inventions outpacing fossil fuel ones but growing more slowly than in the "
            "2000s, with innovation shifting from renewable supply towards end uses and cross-cutting "
            "technologies such as batteries, hydrogen, smart grids and carbon capture. Europe leads, followed by "
            "Japan and the United States."
        ),
    },
    {
        "slug": "patents-for-tomorrows-plastics-2021",
        "title": (
            "Patents for tomorrow's plastics: Global innovation trends in recycling, circular design and"
            " alternative sources"
        ),
        "series": "plr",
        "publisher": "epo",
        "publication_year": 2021,
        "edition": 1,
        "fields": ["waste-recycling", "materials"],
        "classes": "B29B 17; C08J 11; Y02W 30/62",
        "languages": ["en"],
        "source_url": "https://www.guiu-ip.com/en/plastic-recycling-and-alternative-plastics-europe-and-the-us-ahead-of-the-global-innovation-game/",
        "reviewed_on": "2026-12-01",
        "summary": (
            "An EPO study of international patent families from 2010 to 2019 on the technologies behind a "
            "circular economy for plastics: waste recovery, mechanical, chemical and biological recycling, "
            "bio-based and biodegradable plastics, and designs that are easier to recycle.\n\n"
            "Europe and the United States together account for about 60% of the inventions. Chemical and "
            "biological recycling draws the most patenting, and the cosmetics, detergent and health sectors are "
            "the most active in alternative plastics."
        ),
    },
    {
        "slug": "quantum-technologies-and-space-2021",
        "title": "Quantum technologies and space",
        "series": "plr",
        "publisher": "epo",
        "prepared_with": (
            "With the European Space Policy Institute (ESPI), in collaboration with the European Space Agency (ESA)"
        ),
        "publication_year": 2021,
        "edition": 1,
        "fields": ["quantum", "space"],
        "classes": "H04L 9/08; G04F 5/14; G01C 19/58",
        "languages": ["en"],
        "source_url": "https://intellectual-property-helpdesk.ec.europa.eu/news-events/news/quantum-technology-patents-space-sector-take-2021-11-16_en",
        "reviewed_on": "2026-12-01",
        "summary": (
            "An EPO patent insight report on quantum technologies used in space for secure communication, timing "
            "and Earth observation. It follows patent filings from 2001 to 2020 on three enablers: quantum key "
            "distribution, cold atom clocks and cold atom interferometers.\n\n"
            "The field is small but growing fast, driven mostly by quantum key distribution, with the United "
            "States and China ahead of Europe."
        ),
    },
    {
        "slug": "space-borne-sensing-and-green-applications-2022",
        "title": "Space-borne sensing and green applications",
        "series": "plr",
        "publisher": "epo",
        "prepared_with": (
            "With the European Space Policy Institute (ESPI), in collaboration with the European Space Agency (ESA)"
        ),
        "publication_year": 2022,
        "edition": 1,
        "fields": ["space", "environment"],
        "classes": "B64G 1/10; G01S; G06V 20/13",
        "languages": ["en"],
        "source_url": "https://www.epo.org/searching-for-patents/business/patent-insight-reports.html",
        "reviewed_on": "2026-12-01",
        "summary": (
            "A patent insight report on satellite remote sensing put to green uses: weather forecasting, "
            "detecting pollution, protecting biodiversity and monitoring the environment. Filings on these "
            "applications grew far faster than patenting overall between 2001 and 2020.\n\n"
            "Chinese applicants file the most, mainly at home, while US applicants lead in international "
            "filings; most inventions concern signal processing rather than hardware. The study also maps "
            "patents to selected Sustainable Development Goals."
        ),
    },
    {
        "slug": "quantum-computing-insight-report-2023",
        "title": "Quantum computing",
        "series": "plr",
        "publisher": "epo",
        "publication_year": 2023,
        "edition": 1,
        "fields": ["quantum"],
        "classes": "G06N 10; B82Y 10",
        "languages": ["en"],
        "source_url": "https://www.epo.org/searching-for-patents/business/patent-insight-reports.html",
        "reviewed_on": "2026-12-01",
        "summary": (
            "The second EPO patent insight report on quantum technologies, published in January 2023. It gives "
            "an overview of quantum computing and looks closer at three sub-fields: physical realisations, "
            "quantum error correction and mitigation, and the meeting of quantum computing with AI and machine "
            "learning.\n\n"
            "Inventions in the field have multiplied over the past decade, much faster than in technology as a "
            "whole, and a high share is filed internationally — a sign of strong commercial expectations."
        ),
    },
    {
        "slug": "propulsion-systems-for-space-2024",
        "title": "Propulsion Systems for Space",
        "series": "plr",
        "publisher": "epo",
        "prepared_with": (
            "With the European Space Policy Institute (ESPI), in collaboration with the European Space Agency (ESA)"
        ),
        "publication_year": 2024,
        "edition": 1,
        "fields": ["space"],
        "classes": "B64G 1/40; F02K 9; F03H",
        "languages": ["en"],
        "source_url": "https://intellectual-property-helpdesk.ec.europa.eu/news-events/news/new-epo-patent-insight-report-propulsion-systems-space-2024-06-16_en",
        "reviewed_on": "2026-12-01",
        "summary": (
            "A patent insight report on the engines that move launchers, satellites and other craft to and within "
            "space, drawing on about 4,500 patent families filed over twenty years.\n\n"
            "Patenting has grown steadily, concentrated among the traditional space powers — the United States, "
            "Europe, Japan, China and Russia. Electric propulsion has overtaken chemical propulsion in new "
            "filings, while Europe's share, though large, is slowing."
        ),
    },
]
