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
    {
        # WIPO eTISC notice announcing that the WIPO Database of Policies published this national model.
        "country": "ZA",
        "title": "Intellectual Property Policy: An Easy Guide (NIPMO Guideline 8.1 of 2021)",
        "year": 2021,
        "description": (
            "Guideline from South Africa's National Intellectual Property Management Office (NIPMO) that helps "
            "universities and research institutions draft IP policies consistent with the IPR Act and related "
            "legislation. It takes the WIPO IP Policy Template as its starting point and fits it to South African "
            "law; WIPO added it to its database of IP policies as a national model."
        ),
        "law_references": (
            "- Intellectual Property Rights from Publicly Financed Research and Development Act 51 of 2008 (IPR Act)"
        ),
        "source_url": "https://etisc.wipo.int/index.php/node/4775",
    },
    {
        # National Center of Intellectual Property (NCIP) news of 17 December 2020. The national project with WIPO was
        # signed on 27 February 2020: https://ncip.by/en/o-centre/novosti/interesting/national-project-on-the-development-of-institutional-intellectual-property-policy-was-signed/
        "country": "BY",
        "title": "Intellectual Property Policy for Universities and Research Institutions of the Republic of Belarus",
        "year": 2020,
        "description": (
            "Advisory national model approved on 10 December 2020 by the Chairman of the State Committee on Science "
            "and Technology. A working group of IP experts set up in 2019 (from the State Committee, the National "
            "Center of Intellectual Property, the National Academy of Sciences and several universities) drafted it "
            "in a national project with WIPO, starting from WIPO's model IP policy for academic and research "
            "institutions and adapting it to Belarusian law and practice. The Ministry of Education, the National "
            "Academy of Sciences and WIPO also approved it; universities and research organisations build their own "
            "policies on it."
        ),
        "law_references": "",
        "source_url": "https://ncip.by/en/o-centre/novosti/interesting/model-document-on-the-development-of-institutional-intellectual-property-policy-for-universities-and/?print=y",
    },
]
