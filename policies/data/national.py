# ruff: noqa: RUF001  (curated prose and names keep their own punctuation and line lengths)
"""National models of the institutional IP policy built with WIPO on the basis of its toolkit.

Only the countries we can document are listed; WIPO names more on its toolkit page.
"""

NATIONAL_VERSIONS = [
    {
        "country": "JO",
        "title": "National IP Policy Model for Jordanian universities and research institutions",
        "year": 2021,
        "description": (
            "Developed in the WIPO national project on institutional IP policies in Jordan (August 2020 – June 2022) "
            "with the Industrial Property Protection Directorate of the Ministry of Industry, Trade and Supply. "
            "The model was approved and, in November 2021, circulated by the Ministry of Higher Education and "
            "Scientific Research to all academic institutions in Jordan. Eleven universities developed their own "
            "policies in the project."
        ),
        "law_references": (
            "- Patents of Invention Law No. 32 of 1999\n"
            "- Law on the Protection of Copyright and Related Rights No. 22 of 1992"
        ),
        "source_url": "https://www.wipo.int/technology-transfer/en/news/2022/news_0007.html",
    },
    {
        "country": "EG",
        "title": "WIPO national project on institutional IP policies in Egypt",
        "year": None,
        "description": (
            "A pilot national project in which WIPO customised its approach to institutional IP policies for "
            "Egyptian academic institutions. It led to the adoption of IP policies in 22 universities and "
            "research institutions."
        ),
        "law_references": "- Law No. 82 of 2002 on the Protection of Intellectual Property Rights",
        "source_url": "https://www.wipo.int/en/web/videos/creation-of-institutional-ip-policies-for-academic-institutions-in-the-arab-region",
    },
]
