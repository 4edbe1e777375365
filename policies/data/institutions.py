# ruff: noqa: E501, RUF001  (curated prose and names keep their own punctuation and line lengths)
"""Institutions and the policies they publish.

Each institution: (slug, name, ISO country, kind, website, policies). Each policy:
(policy type, title, year or None, language, policy URL or "", summary[, source]). A policy URL is
given only where that exact address was found on the policy's own published page or quoted for it in
a source we could check; otherwise it is left empty and the entry's source is the institution's own
site, where the policy is published. The optional seventh element names the page where the title or
year was checked when that is not the policy URL itself; comments next to entries say what was
checked. Years (adoption or latest revision) are given only where a source states them. Titles use the
institution's own name for the policy where it is well known and otherwise describe what the policy
covers; summaries are ours.
"""

JORDAN_PROJECT_SOURCE = "https://www.wipo.int/technology-transfer/en/news/2022/news_0007.html"

IP = "ip"
CONSULTING = "consulting"
COPYRIGHT = "copyright"
COI = "conflict_of_interest"
SOFTWARE = "software"
OPEN_ACCESS = "open_access"
SPINOFF = "spinoff"

UNIVERSITY = "university"
INSTITUTE = "research_institute"
HOSPITAL = "hospital"
GOVERNMENT = "government"
NETWORK = "network"

_IP_SUMMARY = "Sets out who owns inventions and other IP created at the institution, how they are disclosed and managed, and how income is shared."
_OA_SUMMARY = "Asks researchers to make their scholarly articles freely available, normally by depositing a copy in the institutional repository."
_COI_SUMMARY = "Requires staff to declare outside financial interests and commitments and explains how conflicts are reviewed and managed."
_CONSULTING_SUMMARY = "Explains when and how staff may take on outside consulting work and how it relates to their duties and to institutional IP."
_COPYRIGHT_SUMMARY = (
    "Sets out who owns copyright in scholarly, teaching and commissioned works created at the institution."
)
_SOFTWARE_SUMMARY = (
    "Explains how research software is owned, licensed and released, including release under open-source licences."
)
_SPINOFF_SUMMARY = (
    "Describes how the institution supports the creation of spin-off companies, including licensing and equity terms."
)
_JORDAN_SUMMARY = (
    "Institutional IP policy developed in the WIPO national project on institutional IP policies in Jordan "
    "(2020–2022), on the basis of the WIPO IP Policy Toolkit."
)

INSTITUTIONS = [
    # North America
    (
        "mit",
        "Massachusetts Institute of Technology",
        "US",
        UNIVERSITY,
        "https://www.mit.edu/",
        [
            # MIT Policies and Procedures 13.1; the page gives its last update as 25 January 2023.
            (
                IP,
                "Intellectual property policy",
                2023,
                "en",
                "https://policies.mit.edu/policies-procedures/130-information-policies/131-intellectual-property",
                _IP_SUMMARY,
            ),
            (
                OPEN_ACCESS,
                "MIT Faculty Open Access Policy",
                2009,
                "en",
                "https://libraries.mit.edu/scholarly/mit-open-access/open-access-policy/",
                "Adopted unanimously by the MIT faculty in March 2009: faculty grant MIT a licence to make their scholarly articles openly available.",
            ),
            # Published by the MIT Technology Licensing Office. The earlier title named a guide that could not be found.
            (
                SOFTWARE,
                "Software and open source licensing",
                None,
                "en",
                "https://tlo.mit.edu/learn-about-intellectual-property/software-and-open-source-licensing",
                "How MIT's Technology Licensing Office licenses MIT-owned software, for commercial use, for research or under open-source licences, and what authors disclose first.",
            ),
            # MIT Policies and Procedures 4.5; the page gives its last update as 5 January 2024.
            (
                CONSULTING,
                "Outside professional activities",
                2024,
                "en",
                "http://policies.mit.edu/policies-procedures/40-faculty-rights-and-responsibilities/45-outside-professional-activities",
                _CONSULTING_SUMMARY,
            ),
        ],
    ),
    (
        "harvard",
        "Harvard University",
        "US",
        UNIVERSITY,
        "https://www.harvard.edu/",
        [
            # Adopted 1975, restated in 2008; the page lists its latest amendment as 11 June 2019.
            (
                IP,
                "Statement of policy in regard to intellectual property",
                2019,
                "en",
                "http://otd.harvard.edu/faculty-inventors/resources/policies-and-procedures/statement-of-policy-in-regard-to-intellectual-property/",
                _IP_SUMMARY,
            ),
            (
                OPEN_ACCESS,
                "Faculty of Arts and Sciences open access policy",
                2008,
                "en",
                # Policy address as given in the EPrints registry entry for the FAS policy:
                # http://www.eprints.org/openaccess/policysignup/fullinfo.php?inst=Harvard%20University%3A%20Faculty%20of%20Arts%20and%20Sciences
                "http://osc.hul.harvard.edu/policies",
                "Adopted by the Faculty of Arts and Sciences in February 2008, the first faculty-wide open access policy at a US university adopted by a faculty vote.",
            ),
            # Approved by the President and Fellows on 26 May 2010 and revised in May 2012 (per the page).
            (
                COI,
                "Policy on individual financial conflicts of interest",
                2012,
                "en",
                "https://vpr.harvard.edu/pages/financial-conflict-interest-policy",
                _COI_SUMMARY,
            ),
        ],
    ),
    (
        "stanford",
        "Stanford University",
        "US",
        UNIVERSITY,
        "https://www.stanford.edu/",
        [
            # Research Policy Handbook 9.1.
            (
                IP,
                "Inventions, patents and licensing",
                None,
                "en",
                "https://doresearch.stanford.edu/policies/research-policy-handbook/intellectual-property/inventions-patents-and-licensing",
                _IP_SUMMARY,
            ),
            # Research Policy Handbook 9.2.
            (
                COPYRIGHT,
                "Copyright policy",
                None,
                "en",
                "http://doresearch.stanford.edu/policies/research-policy-handbook/intellectual-property/copyright-policy",
                _COPYRIGHT_SUMMARY,
            ),
            # Research Policy Handbook 4.1. In June 2022 the Faculty Senate merged the faculty policy and the
            # academic staff policy into this one, so the former title no longer applies (source below).
            (
                COI,
                "Policy on conflict of interest and conflict of commitment",
                2022,
                "en",
                "https://doresearch.stanford.edu/policies/research-policy-handbook/conflicts-commitment-and-interest/faculty-policy-conflict-commitment-and-interest",
                _COI_SUMMARY,
                "https://news.stanford.edu/report/2022/06/02/stanford-faculty-senate-approves-changes-conflicts-interest-commitment-policies/",
            ),
            # Research Policy Handbook 4.3. Its address (208 characters) is longer than the 200 the URL fields hold:
            # http://doresearch.stanford.edu/policies/research-policy-handbook/conflicts-commitment-and-interest/consulting-and-other-outside-professional-activities-members-academic-council-and-medical-center-line-faculty
            (CONSULTING, "Consulting and outside activities of faculty", None, "en", "", _CONSULTING_SUMMARY),
        ],
    ),
    (
        "university-of-california",
        "University of California",
        "US",
        NETWORK,
        "https://www.universityofcalifornia.edu/",
        [
            # Issued in 2024 and effective 1 July 2024, it supersedes the 1997 University of California Patent Policy.
            # The URL is UCOP's intellectual property policy page, which publishes the policy text (PDF).
            (
                IP,
                "Policy on Inventions, Patents, and Innovation Transfer",
                2024,
                "en",
                "https://ucop.edu/research-policy-analysis-coordination/policies-guidance/intellectual-property/index.html",
                _IP_SUMMARY,
            ),
            # Revised policy issued 1 February 2021, replacing the 1992 policy. The policy address is the one given as
            # the original document source on the UC Berkeley page below.
            (
                COPYRIGHT,
                "Policy on copyright ownership",
                2021,
                "en",
                "https://policy.ucop.edu/doc/2100003/CopyrightOwnership",
                _COPYRIGHT_SUMMARY,
                "https://oercs.berkeley.edu/delegations-authority/uc-policy-copyright-ownership-2021",
            ),
            (
                OPEN_ACCESS,
                "Academic Senate open access policy",
                2013,
                "en",
                # UC Office of Scholarly Communication page on the policy and its adoption on 24 July 2013.
                "https://osc.universityofcalifornia.edu/scholarly-publishing/uc-open-access-policies-background/policy-history/",
                "Adopted by the systemwide Academic Senate in July 2013, covering scholarly articles by UC faculty on all campuses.",
            ),
        ],
    ),
    (
        "cornell",
        "Cornell University",
        "US",
        UNIVERSITY,
        "https://www.cornell.edu/",
        [
            # University Policy 1.5; the policy document states its web address and a last update of 2 February 2021.
            (
                IP,
                "Inventions and related property rights",
                2021,
                "en",
                "http://www.dfa.cornell.edu/treasurer/policyoffice/policies/volumes/academic/inventions.cfm",
                _IP_SUMMARY,
                "https://docslib.org/doc/5023456/university-policy-1-5-inventions-and-related-property-rights",
            ),
            (COPYRIGHT, "Copyright ownership", None, "en", "", _COPYRIGHT_SUMMARY),
        ],
    ),
    (
        "carnegie-mellon",
        "Carnegie Mellon University",
        "US",
        UNIVERSITY,
        "https://www.cmu.edu/",
        [
            (
                IP,
                "Intellectual property policy",
                None,
                "en",
                "https://www.cmu.edu/policies/administrative-and-governance/intellectual-property.html",
                "Known for leaving many rights with creators; covers inventions, software and copyright works and how income is shared.",
            ),
        ],
    ),
    (
        "university-of-michigan",
        "University of Michigan",
        "US",
        UNIVERSITY,
        "https://umich.edu/",
        [
            # Standard Practice Guide 303.04. Michigan's Technology Transfer Policy implements Regents' Bylaw 3.10 and
            # replaced the 1996 Revised Policy on Intellectual Properties, so it is named here instead of a generic title.
            (
                IP,
                "Technology transfer policy",
                None,
                "en",
                "",
                _IP_SUMMARY,
                "https://innovationpartnerships.umich.edu/for-inventors/policies/",
            ),
            # SPG 601.28, “Who Holds Copyright at or in Affiliation with the University of Michigan”; updated
            # 21 September 2011 according to the University Library (source below).
            (
                COPYRIGHT,
                "Ownership of copyrightable works",
                2011,
                "en",
                "http://www.spg.umich.edu/policy/601.28",
                _COPYRIGHT_SUMMARY,
                "http://www.lib.umich.edu/copyright/university-michigan-copyright-policies",
            ),
        ],
    ),
    (
        "nih",
        "National Institutes of Health",
        "US",
        GOVERNMENT,
        "https://www.nih.gov/",
        [
            (
                OPEN_ACCESS,
                "NIH Public Access Policy",
                2008,
                "en",
                # Address given for the policy in the Federal Register, 31 March 2008 (Vol. 73, No. 62).
                "http://publicaccess.nih.gov/index.htm",
                "Made mandatory in 2008: peer-reviewed articles arising from NIH funding must be deposited in PubMed Central.",
            ),
        ],
    ),
    (
        "mayo-clinic",
        "Mayo Clinic",
        "US",
        HOSPITAL,
        "https://www.mayoclinic.org/",
        [
            (
                COI,
                "Conflict of interest policy",
                None,
                "en",
                "http://mayoclinic.org/about-mayo-clinic/governance/conflict-of-interest",
                _COI_SUMMARY,
            ),
        ],
    ),
    (
        "massachusetts-general-hospital",
        "Massachusetts General Hospital",
        "US",
        HOSPITAL,
        "https://www.massgeneral.org/",
        [
            # MGH is covered by the system-wide Mass General Brigham policy, effective 18 January 2024 (source below).
            (
                IP,
                "Intellectual Property Policy for Mass General Brigham Incorporated and Affiliated Hospitals and Institutions",
                2024,
                "en",
                "",
                _IP_SUMMARY,
                "https://smartcatalogiq.com/catalogs/mgh-institute-of-health-professions/current/faculty-handbook/vi-maintaining-integrity/c-intellectual-property",
            ),
        ],
    ),
    (
        "university-of-toronto",
        "University of Toronto",
        "CA",
        UNIVERSITY,
        "https://www.utoronto.ca/",
        [
            # Governing Council policy dated 30 October 2013.
            (
                IP,
                "Inventions policy",
                2013,
                "en",
                "http://governingcouncil.utoronto.ca/policies/invent.htm",
                _IP_SUMMARY,
            ),
            (COPYRIGHT, "Copyright policy", None, "en", "", _COPYRIGHT_SUMMARY),
            (COI, "Policy on conflict of interest – academic staff", None, "en", "", _COI_SUMMARY),
        ],
    ),
    (
        "university-of-waterloo",
        "University of Waterloo",
        "CA",
        UNIVERSITY,
        "https://uwaterloo.ca/",
        [
            (
                IP,
                "Policy 73 – Intellectual property rights",
                # Established 1997; last updated 29 June 2000 (a 2020 amendment changed official titles only).
                2000,
                "en",
                "https://uwaterloo.ca/secretariat/policies-procedures-guidelines/policy-73-intellectual-property-rights",
                "Waterloo's creator-owned model: IP generally belongs to its creators rather than to the university.",
            ),
        ],
    ),
    (
        "mcgill",
        "McGill University",
        "CA",
        UNIVERSITY,
        "https://www.mcgill.ca/",
        [
            # In 2017 McGill replaced its 2001 Policy on Intellectual Property with a Policy on Inventions and Software
            # and a separate Policy on Copyright (McGill Reporter, below; Senate report to the Board, April 2017).
            (
                IP,
                "Policy on inventions and software",
                None,
                "en",
                "",
                _IP_SUMMARY,
                "https://reporter.mcgill.ca/intellectual-property-policy-gets-a-makeover/",
            ),
        ],
    ),
    (
        "sickkids",
        "The Hospital for Sick Children (SickKids)",
        "CA",
        HOSPITAL,
        "https://www.sickkids.ca/",
        [
            (IP, "Intellectual property policy", None, "en", "", _IP_SUMMARY),
        ],
    ),
    (
        "unam",
        "Universidad Nacional Autónoma de México",
        "MX",
        UNIVERSITY,
        "https://www.unam.mx/",
        [
            (IP, "Lineamientos sobre propiedad intelectual", None, "es", "", _IP_SUMMARY),
        ],
    ),
    # Europe
    (
        "oxford",
        "University of Oxford",
        "GB",
        UNIVERSITY,
        "https://www.ox.ac.uk/",
        [
            # Council Regulations 7 of 2002, which apply the IP provisions of Statute XVI; last amended 8 July 2016.
            (
                IP,
                "Regulations for the administration of the University's intellectual property policy",
                2016,
                "en",
                "http://www.admin.ox.ac.uk/statutes/regulations/182-052.shtml",
                _IP_SUMMARY,
            ),
            (
                COI,
                "Conflict of interest policy",
                None,
                "en",
                "https://researchsupport.admin.ox.ac.uk/governance/integrity/conflict/policy",
                _COI_SUMMARY,
            ),
            # Research Services page on consulting, which sets out the consultancy policy and procedures.
            (
                CONSULTING,
                "Guidance on external consultancy",
                None,
                "en",
                "https://www1.admin.ox.ac.uk/researchsupport/consulting/",
                _CONSULTING_SUMMARY,
            ),
            # Agreed by Council on 12 July 2021 and in operation from September 2021.
            (
                SPINOFF,
                "Spinout equity policy",
                2021,
                "en",
                "https://governance.admin.ox.ac.uk/research-innovation-committee/policies/equity-sharing",
                "Fixes how founding equity in a spinout is split between the founding team and the University (normally 80/20, sometimes 90/10), replacing case-by-case negotiation.",
            ),
        ],
    ),
    (
        "cambridge",
        "University of Cambridge",
        "GB",
        UNIVERSITY,
        "https://www.cam.ac.uk/",
        [
            # Adopted in 2005; published in Chapter XIII of the Statutes and Ordinances (per Cambridge Enterprise).
            (
                IP,
                "Intellectual property rights policy",
                2005,
                "en",
                "",
                _IP_SUMMARY,
                "https://www.enterprise.cam.ac.uk/our-services/academics-researchers-and-students/develop-a-commercial-opportunity/intellectual-property/",
            ),
            # Open Access Publications Policy Framework, reviewed in 2025; it includes the Self-Archiving Policy in
            # force since 1 April 2023.
            (
                OPEN_ACCESS,
                "Open access policy",
                2025,
                "en",
                "https://www.openresearch.cam.ac.uk/cambridge/policies-frameworks/oa-publications-policy-framework",
                _OA_SUMMARY,
            ),
            (CONSULTING, "Consultancy services", None, "en", "", _CONSULTING_SUMMARY),
        ],
    ),
    (
        "imperial",
        "Imperial College London",
        "GB",
        UNIVERSITY,
        "https://www.imperial.ac.uk/",
        [
            (
                IP,
                "Intellectual property policy",
                None,
                "en",
                "https://www.imperial.ac.uk/research-and-innovation/about-imperial-research/research-integrity/ip/",
                _IP_SUMMARY,
            ),
            # Founders Choice is Imperial's spinout formation approach; this page sets out the terms of its founder-led route.
            (
                SPINOFF,
                "Founders Choice: Founder Driven route",
                None,
                "en",
                "https://www.imperial.ac.uk/enterprise/staff/industry-partnerships-and-commercialisation/commercialisation/forming-a-startup/founders-choice/founder-driven-route/",
                "Under Imperial's Founders Choice approach, founders who lead their start-up keep 90–95% of founding equity; the university takes 5–10%, protected against dilution up to an agreed level of investment.",
            ),
            (CONSULTING, "Consultancy", None, "en", "", _CONSULTING_SUMMARY),
        ],
    ),
    (
        "ucl",
        "University College London",
        "GB",
        UNIVERSITY,
        "https://www.ucl.ac.uk/",
        [
            # Revised policy published September 2019 (per the UCL page below, which also carries the full text).
            (
                IP,
                "Intellectual property policy",
                2019,
                "en",
                "https://www.ucl.ac.uk/enterprise/policies/2024/apr/intellectual-property-policy",
                _IP_SUMMARY,
                "https://www.ucl.ac.uk/current-students/guidelines/intel_prop_rights",
            ),
            # In force from 8 April 2025; it supersedes the 2012 UCL Publications Policy.
            (
                OPEN_ACCESS,
                "UCL Publications Policy",
                2025,
                "en",
                "https://www.ucl.ac.uk/library/open-science-research-support/open-access/ucl-publications-policy",
                "UCL's open access policy for research outputs: authors deposit accepted manuscripts, and UCL uses a prior licence (rights retention) to make staff articles open in UCL Discovery without embargo.",
            ),
            # UCL Finance policy “Academic Staff Consultancy” (the 40-day rule).
            (
                CONSULTING,
                "Consultancy",
                None,
                "en",
                "https://www.ucl.ac.uk/finance/policies-procedures/consultancy",
                _CONSULTING_SUMMARY,
            ),
        ],
    ),
    (
        "edinburgh",
        "University of Edinburgh",
        "GB",
        UNIVERSITY,
        "https://www.ed.ac.uk/",
        [
            (IP, "Intellectual property policy", None, "en", "", _IP_SUMMARY),
        ],
    ),
    (
        "trinity-college-dublin",
        "Trinity College Dublin",
        "IE",
        UNIVERSITY,
        "https://www.tcd.ie/",
        [
            (IP, "Intellectual property policy", None, "en", "", _IP_SUMMARY),
        ],
    ),
    (
        "eth-zurich",
        "ETH Zurich",
        "CH",
        UNIVERSITY,
        "https://ethz.ch/",
        [
            # Revised policy in force since 1 February 2018, replacing the policy of July 2008.
            (
                OPEN_ACCESS,
                "Open access policy",
                2018,
                "en",
                "https://www.library.ethz.ch/en/ms/Open-access-at-ETH-Zurich/ETH-Zurich-s-open-access-policy",
                _OA_SUMMARY,
            ),
            (SPINOFF, "Spin-off guidelines", None, "en", "", _SPINOFF_SUMMARY),
            (IP, "Guidelines on the exploitation of research results", None, "de", "", _IP_SUMMARY),
        ],
    ),
    (
        "epfl",
        "École polytechnique fédérale de Lausanne",
        "CH",
        UNIVERSITY,
        "https://www.epfl.ch/",
        [
            # EPFL's technology transfer office page with the ETH Board ordinance on IP and the EPFL directives.
            (
                IP,
                "Intellectual property policy",
                None,
                "en",
                "https://tto.epfl.ch/regulation_en/",
                _IP_SUMMARY,
            ),
            (SPINOFF, "Start-up support and licensing", None, "en", "", _SPINOFF_SUMMARY),
        ],
    ),
    (
        "cern",
        "CERN",
        "CH",
        INSTITUTE,
        "https://home.cern/",
        [
            # Open Access Policy for CERN Publications: introduced 2014, revised 2017 and 25 May 2021 (source below).
            (
                OPEN_ACCESS,
                "Open access policy",
                2021,
                "en",
                "https://openscience.cern/index.php/open-access",
                _OA_SUMMARY,
                "https://home.cern/news/announcement/cern/cern-revises-its-open-access-policy",
            ),
            # Endorsed by CERN's Enlarged Directorate in August 2017; the URL is CERN Knowledge Transfer's announcement of it.
            # CERN has no policy with the earlier title “Open source licensing policy” that we could document.
            (
                SOFTWARE,
                "Policy on software dissemination",
                2017,
                "en",
                "https://knowledgetransfer.web.cern.ch/article/cern-releases-new-policy-software-dissemination",
                _SOFTWARE_SUMMARY,
            ),
        ],
    ),
    (
        "ku-leuven",
        "KU Leuven",
        "BE",
        UNIVERSITY,
        "https://www.kuleuven.be/",
        [
            (IP, "Intellectual property rules", None, "en", "", _IP_SUMMARY),
            (SPINOFF, "Spin-off policy", None, "en", "", _SPINOFF_SUMMARY),
        ],
    ),
    (
        "uliege",
        "University of Liège",
        "BE",
        UNIVERSITY,
        "https://www.uliege.be/",
        [
            (
                OPEN_ACCESS,
                "Institutional mandate for deposit in ORBi",
                None,
                "fr",
                "",
                "One of the earliest institutional deposit mandates: publications must be deposited in the ORBi repository, and only deposited work counts in internal evaluations.",
            ),
        ],
    ),
    (
        "ghent-university",
        "Ghent University",
        "BE",
        UNIVERSITY,
        "https://www.ugent.be/",
        [
            (OPEN_ACCESS, "Open access policy", None, "en", "", _OA_SUMMARY),
        ],
    ),
    (
        "tu-delft",
        "Delft University of Technology",
        "NL",
        UNIVERSITY,
        "https://www.tudelft.nl/",
        [
            # Published on Zenodo with the TU Delft Guidelines on Research Software (approved 16 February 2021).
            (
                SOFTWARE,
                "Research software policy",
                2021,
                "en",
                "https://zenodo.org/record/4629662",
                _SOFTWARE_SUMMARY,
                "https://hackmd.io/@fair4rs/ByHfyQ16a",
            ),
            # TU Delft Policy and Guidelines of Open Access Publishing, in force from 1 February 2024 (source below).
            (
                OPEN_ACCESS,
                "Open access policy",
                2024,
                "en",
                "https://www.tudelft.nl/en/library/current-topics/libraryfor-researchers/library-for-researchers/publishing-outreach/open-access-publishing/",
                _OA_SUMMARY,
                "https://www.tudelft.nl/en/2024/library/new-policy-on-open-access-publishing",
            ),
        ],
    ),
    (
        "karolinska",
        "Karolinska Institutet",
        "SE",
        UNIVERSITY,
        "https://ki.se/",
        [
            # Revised rules for secondary occupations in force since 1 December 2017; KI's separate conflict-of-interest
            # guidelines are at https://staff.ki.se/guidelines-on-conflict-of-interest-coi
            (
                COI,
                "Rules on secondary occupations and conflicts of interest",
                2017,
                "en",
                "https://staff.ki.se/secondary-occupations",
                _COI_SUMMARY,
            ),
        ],
    ),
    (
        "fraunhofer",
        "Fraunhofer-Gesellschaft",
        "DE",
        INSTITUTE,
        "https://www.fraunhofer.de/",
        [
            (SPINOFF, "Fraunhofer Venture spin-off support", None, "de", "", _SPINOFF_SUMMARY),
            (IP, "Intellectual property and licensing", None, "de", "", _IP_SUMMARY),
        ],
    ),
    (
        "max-planck",
        "Max Planck Society",
        "DE",
        INSTITUTE,
        "https://www.mpg.de/",
        [
            (
                OPEN_ACCESS,
                "Open access policy",
                None,
                "en",
                "",
                "The Max Planck Society initiated the 2003 Berlin Declaration on Open Access; its policy supports open publication of its researchers' work.",
            ),
            # Max Planck Innovation's page on the framework conditions for spin-offs (guidelines, clearing, participation).
            (
                SPINOFF,
                "Spin-offs through Max Planck Innovation",
                None,
                "en",
                "https://www.max-planck-innovation.com/spin-off/framework-conditions-for-spin-offs.html",
                _SPINOFF_SUMMARY,
            ),
        ],
    ),
    (
        "helmholtz",
        "Helmholtz Association",
        "DE",
        INSTITUTE,
        "https://www.helmholtz.de/",
        [
            # Muster-Richtlinie Nachhaltige Forschungssoftware an den Helmholtz-Zentren, adopted 21 November 2019; English
            # version: https://os.helmholtz.de/en/open-research-software/model-policy
            (
                SOFTWARE,
                "Model policy on sustainable research software",
                2019,
                "de",
                "https://os.helmholtz.de/open-research-software/muster-richtlinie",
                _SOFTWARE_SUMMARY,
            ),
            # Open Access Policy of the Helmholtz Association adopted by its Assembly of Members in 2016.
            (
                OPEN_ACCESS,
                "Open access policy",
                2016,
                "en",
                "https://os.helmholtz.de/en/open-science-in-the-helmholtz-association/eng-open-access/open-access-policies/",
                _OA_SUMMARY,
            ),
        ],
    ),
    (
        "tum",
        "Technical University of Munich",
        "DE",
        UNIVERSITY,
        "https://www.tum.de/",
        [
            (IP, "Patent and licensing policy", None, "de", "", _IP_SUMMARY),
            (SPINOFF, "Start-up and spin-off support", None, "de", "", _SPINOFF_SUMMARY),
        ],
    ),
    (
        "charite",
        "Charité – Universitätsmedizin Berlin",
        "DE",
        HOSPITAL,
        "https://www.charite.de/",
        [
            (IP, "Intellectual property and technology transfer", None, "de", "", _IP_SUMMARY),
        ],
    ),
    (
        "cnrs",
        "Centre national de la recherche scientifique (CNRS)",
        "FR",
        INSTITUTE,
        "https://www.cnrs.fr/",
        [
            # Feuille de route du CNRS pour la science ouverte, 18 November 2019; its address is cited on the page below.
            (
                OPEN_ACCESS,
                "Open science policy",
                2019,
                "fr",
                "https://www.science-ouverte.cnrs.fr/wp-content/uploads/2019/11/Plaquette_Science-Ouverte_18112019.pdf",
                _OA_SUMMARY,
                "http://lerizeplus.villeurbanne.fr/article.php?laref=1793&titre=l-open-data-et-l-open-science",
            ),
            (SPINOFF, "Création de start-up", None, "fr", "", _SPINOFF_SUMMARY),
        ],
    ),
    (
        "inria",
        "Inria",
        "FR",
        INSTITUTE,
        "https://www.inria.fr/",
        [
            # Inria's position paper on free software dated 14 June 2009 (copy below); no document with the earlier
            # title could be found.
            (
                SOFTWARE,
                "Stratégie de l'INRIA sur le logiciel libre",
                2009,
                "fr",
                "",
                _SOFTWARE_SUMMARY,
                "https://doczz.fr/doc/3422554/strat%C3%A9gie-de-l-inria-sur-le-logiciel-libre",
            ),
        ],
    ),
    (
        "inserm",
        "Inserm",
        "FR",
        INSTITUTE,
        "https://www.inserm.fr/",
        [
            (IP, "Valorisation and intellectual property", None, "fr", "", _IP_SUMMARY),
        ],
    ),
    (
        "polimi",
        "Politecnico di Milano",
        "IT",
        UNIVERSITY,
        "https://www.polimi.it/",
        [
            (IP, "Regolamento brevetti", None, "it", "", _IP_SUMMARY),
        ],
    ),
    (
        "upm",
        "Universidad Politécnica de Madrid",
        "ES",
        UNIVERSITY,
        "https://www.upm.es/",
        [
            (IP, "Normativa de propiedad industrial e intelectual", None, "es", "", _IP_SUMMARY),
        ],
    ),
    # Asia
    (
        "nus",
        "National University of Singapore",
        "SG",
        UNIVERSITY,
        "https://nus.edu.sg/",
        [
            (IP, "Intellectual property policy", None, "en", "", _IP_SUMMARY),
        ],
    ),
    (
        "ntu-singapore",
        "Nanyang Technological University",
        "SG",
        UNIVERSITY,
        "https://www.ntu.edu.sg/",
        [
            # Page of NTUitive, NTU's innovation company; the policy was revised in 2014 (per the page).
            (
                IP,
                "Intellectual property policy",
                2014,
                "en",
                "http://ntuitive.sg/ip.html",
                _IP_SUMMARY,
            ),
        ],
    ),
    (
        "university-of-tokyo",
        "The University of Tokyo",
        "JP",
        UNIVERSITY,
        "https://www.u-tokyo.ac.jp/",
        [
            (IP, "Intellectual property policy", None, "ja", "", _IP_SUMMARY),
        ],
    ),
    (
        "kyoto-university",
        "Kyoto University",
        "JP",
        UNIVERSITY,
        "https://www.kyoto-u.ac.jp/",
        [
            (IP, "Intellectual property policy", None, "ja", "", _IP_SUMMARY),
        ],
    ),
    (
        "riken",
        "RIKEN",
        "JP",
        INSTITUTE,
        "https://www.riken.jp/",
        [
            (IP, "Intellectual property policy", None, "ja", "", _IP_SUMMARY),
        ],
    ),
    (
        "tsinghua",
        "Tsinghua University",
        "CN",
        UNIVERSITY,
        "https://www.tsinghua.edu.cn/",
        [
            (IP, "Intellectual property management rules", None, "zh", "", _IP_SUMMARY),
        ],
    ),
    (
        "kaist",
        "Korea Advanced Institute of Science and Technology (KAIST)",
        "KR",
        UNIVERSITY,
        "https://www.kaist.ac.kr/",
        [
            (IP, "Intellectual property regulations", None, "ko", "", _IP_SUMMARY),
        ],
    ),
    (
        "iit-bombay",
        "Indian Institute of Technology Bombay",
        "IN",
        UNIVERSITY,
        "https://www.iitb.ac.in/",
        [
            (IP, "Intellectual property rights policy", None, "en", "", _IP_SUMMARY),
        ],
    ),
    (
        "iisc",
        "Indian Institute of Science",
        "IN",
        UNIVERSITY,
        "https://iisc.ac.in/",
        [
            (IP, "Intellectual property policy", None, "en", "", _IP_SUMMARY),
        ],
    ),
    (
        "technion",
        "Technion – Israel Institute of Technology",
        "IL",
        UNIVERSITY,
        "https://www.technion.ac.il/",
        [
            (IP, "Intellectual property regulations", None, "en", "", _IP_SUMMARY),
            (SPINOFF, "Start-up and spin-off support", None, "en", "", _SPINOFF_SUMMARY),
        ],
    ),
    (
        "weizmann",
        "Weizmann Institute of Science",
        "IL",
        INSTITUTE,
        "https://www.weizmann.ac.il/",
        [
            (IP, "Intellectual property and commercialization through Yeda", None, "en", "", _IP_SUMMARY),
        ],
    ),
    (
        "kaust",
        "King Abdullah University of Science and Technology",
        "SA",
        UNIVERSITY,
        "https://www.kaust.edu.sa/",
        [
            (IP, "Intellectual property policy", None, "en", "", _IP_SUMMARY),
        ],
    ),
    (
        "hku",
        "The University of Hong Kong",
        "HK",
        UNIVERSITY,
        "https://www.hku.hk/",
        [
            (IP, "Intellectual property policy", None, "en", "", _IP_SUMMARY),
        ],
    ),
    (
        "university-of-jordan",
        "The University of Jordan",
        "JO",
        UNIVERSITY,
        "https://ju.edu.jo/",
        [
            (IP, "Institutional intellectual property policy", None, "ar", "", _JORDAN_SUMMARY),
        ],
    ),
    (
        "just",
        "Jordan University of Science and Technology",
        "JO",
        UNIVERSITY,
        "https://www.just.edu.jo/",
        [
            (IP, "Institutional intellectual property policy", None, "ar", "", _JORDAN_SUMMARY),
        ],
    ),
    (
        "hashemite-university",
        "The Hashemite University",
        "JO",
        UNIVERSITY,
        "",
        [
            (IP, "Institutional intellectual property policy", None, "ar", "", _JORDAN_SUMMARY),
        ],
    ),
    (
        "mutah-university",
        "Mutah University",
        "JO",
        UNIVERSITY,
        "",
        [
            (IP, "Institutional intellectual property policy", None, "ar", "", _JORDAN_SUMMARY),
        ],
    ),
    (
        "al-balqa-applied-university",
        "Al-Balqa’ Applied University",
        "JO",
        UNIVERSITY,
        "",
        [
            (IP, "Institutional intellectual property policy", None, "ar", "", _JORDAN_SUMMARY),
        ],
    ),
    (
        "german-jordanian-university",
        "German Jordanian University",
        "JO",
        UNIVERSITY,
        "https://www.gju.edu.jo/",
        [
            (IP, "Institutional intellectual property policy", None, "en", "", _JORDAN_SUMMARY),
        ],
    ),
    (
        "al-zaytoonah-university",
        "Al-Zaytoonah University of Jordan",
        "JO",
        UNIVERSITY,
        "",
        [
            (IP, "Institutional intellectual property policy", None, "ar", "", _JORDAN_SUMMARY),
        ],
    ),
    (
        "university-of-petra",
        "University of Petra",
        "JO",
        UNIVERSITY,
        "",
        [
            (IP, "Institutional intellectual property policy", None, "ar", "", _JORDAN_SUMMARY),
        ],
    ),
    (
        "al-hussein-technical-university",
        "Al Hussein Technical University",
        "JO",
        UNIVERSITY,
        "",
        [
            (IP, "Institutional intellectual property policy", None, "en", "", _JORDAN_SUMMARY),
        ],
    ),
    (
        "applied-science-private-university",
        "Applied Science Private University",
        "JO",
        UNIVERSITY,
        "",
        [
            (IP, "Institutional intellectual property policy", None, "ar", "", _JORDAN_SUMMARY),
        ],
    ),
    (
        "american-university-of-madaba",
        "American University of Madaba",
        "JO",
        UNIVERSITY,
        "",
        [
            (IP, "Institutional intellectual property policy", None, "en", "", _JORDAN_SUMMARY),
        ],
    ),
    # Africa
    (
        "uct",
        "University of Cape Town",
        "ZA",
        UNIVERSITY,
        "https://www.uct.ac.za/",
        [
            # Approved by Council on 27 July 2011 to comply with the IPR Act (Act 51 of 2008).
            (
                IP,
                "Intellectual property policy",
                2011,
                "en",
                "https://uct.ac.za/rci/uct-ip-policy",
                _IP_SUMMARY,
            ),
            # Approved by UCT Council in 2014.
            (
                OPEN_ACCESS,
                "Open access policy",
                2014,
                "en",
                "https://lib.uct.ac.za/openaccess/open-scholarship-uct-what-open-access/ucts-open-access-policy",
                _OA_SUMMARY,
            ),
        ],
    ),
    (
        "stellenbosch",
        "Stellenbosch University",
        "ZA",
        UNIVERSITY,
        "https://www.sun.ac.za/",
        [
            (IP, "Intellectual property policy", None, "en", "", _IP_SUMMARY),
            (SPINOFF, "Spin-out companies through Innovus", None, "en", "", _SPINOFF_SUMMARY),
        ],
    ),
    (
        "university-of-pretoria",
        "University of Pretoria",
        "ZA",
        UNIVERSITY,
        "https://www.up.ac.za/",
        [
            (IP, "Intellectual property policy", None, "en", "", _IP_SUMMARY),
        ],
    ),
    (
        "wits",
        "University of the Witwatersrand",
        "ZA",
        UNIVERSITY,
        "https://www.wits.ac.za/",
        [
            (IP, "Intellectual property policy", None, "en", "", _IP_SUMMARY),
        ],
    ),
    (
        "csir-south-africa",
        "Council for Scientific and Industrial Research (CSIR)",
        "ZA",
        INSTITUTE,
        "https://www.csir.co.za/",
        [
            (IP, "Intellectual property policy", None, "en", "", _IP_SUMMARY),
        ],
    ),
    (
        "university-of-nairobi",
        "University of Nairobi",
        "KE",
        UNIVERSITY,
        "https://www.uonbi.ac.ke/",
        [
            (IP, "Intellectual property policy", None, "en", "", _IP_SUMMARY),
        ],
    ),
    (
        "makerere",
        "Makerere University",
        "UG",
        UNIVERSITY,
        "https://www.mak.ac.ug/",
        [
            (IP, "Intellectual property management policy", None, "en", "", _IP_SUMMARY),
        ],
    ),
    (
        "university-of-ghana",
        "University of Ghana",
        "GH",
        UNIVERSITY,
        "https://www.ug.edu.gh/",
        [
            (IP, "Intellectual property policy", None, "en", "", _IP_SUMMARY),
        ],
    ),
    (
        "knust",
        "Kwame Nkrumah University of Science and Technology",
        "GH",
        UNIVERSITY,
        "https://www.knust.edu.gh/",
        [
            (IP, "Intellectual property policy", None, "en", "", _IP_SUMMARY),
        ],
    ),
    (
        "unilag",
        "University of Lagos",
        "NG",
        UNIVERSITY,
        "https://unilag.edu.ng/",
        [
            (IP, "Intellectual property policy", None, "en", "", _IP_SUMMARY),
        ],
    ),
    (
        "cairo-university",
        "Cairo University",
        "EG",
        UNIVERSITY,
        "https://cu.edu.eg/",
        [
            (IP, "Intellectual property policy", None, "ar", "", _IP_SUMMARY),
        ],
    ),
    (
        "addis-ababa-university",
        "Addis Ababa University",
        "ET",
        UNIVERSITY,
        "https://www.aau.edu.et/",
        [
            (IP, "Intellectual property policy", None, "en", "", _IP_SUMMARY),
        ],
    ),
    # South America
    (
        "usp",
        "Universidade de São Paulo",
        "BR",
        UNIVERSITY,
        "https://www.usp.br/",
        [
            (IP, "Política de propriedade intelectual", None, "pt", "", _IP_SUMMARY),
        ],
    ),
    (
        "unicamp",
        "Universidade Estadual de Campinas (Unicamp)",
        "BR",
        UNIVERSITY,
        "https://www.unicamp.br/",
        [
            (IP, "Política de propriedade intelectual", None, "pt", "", _IP_SUMMARY),
            (
                SPINOFF,
                "Empresas-filhas da Unicamp",
                None,
                "pt",
                "",
                "Unicamp's innovation agency recognises companies founded by its students, staff and alumni as “empresas-filhas” and supports their creation.",
            ),
        ],
    ),
    (
        "fiocruz",
        "Fundação Oswaldo Cruz (Fiocruz)",
        "BR",
        INSTITUTE,
        "https://portal.fiocruz.br/",
        [
            (OPEN_ACCESS, "Política de acesso aberto ao conhecimento", None, "pt", "", _OA_SUMMARY),
        ],
    ),
    (
        "embrapa",
        "Empresa Brasileira de Pesquisa Agropecuária (Embrapa)",
        "BR",
        INSTITUTE,
        "https://www.embrapa.br/",
        [
            (IP, "Política de propriedade intelectual", None, "pt", "", _IP_SUMMARY),
        ],
    ),
    (
        "universidad-de-chile",
        "Universidad de Chile",
        "CL",
        UNIVERSITY,
        "https://www.uchile.cl/",
        [
            (IP, "Reglamento de propiedad intelectual e industrial", None, "es", "", _IP_SUMMARY),
        ],
    ),
    (
        "uc-chile",
        "Pontificia Universidad Católica de Chile",
        "CL",
        UNIVERSITY,
        "https://www.uc.cl/",
        [
            (IP, "Reglamento de propiedad intelectual e industrial", None, "es", "", _IP_SUMMARY),
        ],
    ),
    (
        "uba",
        "Universidad de Buenos Aires",
        "AR",
        UNIVERSITY,
        "https://www.uba.ar/",
        [
            (IP, "Régimen de propiedad intelectual", None, "es", "", _IP_SUMMARY),
        ],
    ),
    (
        "unal",
        "Universidad Nacional de Colombia",
        "CO",
        UNIVERSITY,
        "https://unal.edu.co/",
        [
            (IP, "Estatuto de propiedad intelectual", None, "es", "", _IP_SUMMARY),
        ],
    ),
    (
        "uniandes",
        "Universidad de los Andes",
        "CO",
        UNIVERSITY,
        "https://uniandes.edu.co/",
        [
            (IP, "Reglamento de propiedad intelectual", None, "es", "", _IP_SUMMARY),
        ],
    ),
    (
        "pucp",
        "Pontificia Universidad Católica del Perú",
        "PE",
        UNIVERSITY,
        "https://www.pucp.edu.pe/",
        [
            (IP, "Reglamento de propiedad intelectual", None, "es", "", _IP_SUMMARY),
        ],
    ),
    # Oceania
    (
        "unimelb",
        "The University of Melbourne",
        "AU",
        UNIVERSITY,
        "https://www.unimelb.edu.au/",
        [
            # MPF1320, updated in 2023 (source below).
            (
                IP,
                "Intellectual property policy",
                2023,
                "en",
                "https://policy.unimelb.edu.au/MPF1320",
                _IP_SUMMARY,
                "https://meri-news.education.unimelb.edu.au/2023/08/17/important-changes-to-intellectual-property",
            ),
            # Managing Conflicts of Interest Policy (MPF1366).
            (
                COI,
                "Conflict of interest policy",
                None,
                "en",
                "https://policy.unimelb.edu.au/MPF1366",
                _COI_SUMMARY,
            ),
        ],
    ),
    (
        "usyd",
        "The University of Sydney",
        "AU",
        UNIVERSITY,
        "https://www.sydney.edu.au/",
        [
            # Intellectual Property Policy 2016, which replaced the University of Sydney (Intellectual Property) Rule 2002.
            (
                IP,
                "Intellectual property policy",
                2016,
                "en",
                "",
                _IP_SUMMARY,
                "https://supra.net.au/hdr-hub/intellectual-property/",
            ),
        ],
    ),
    (
        "anu",
        "Australian National University",
        "AU",
        UNIVERSITY,
        "https://www.anu.edu.au/",
        [
            (
                IP,
                "Intellectual property policy",
                None,
                "en",
                "https://policies.anu.edu.au/ppl/document/ANUP_003603",
                _IP_SUMMARY,
            ),
        ],
    ),
    (
        "uq",
        "The University of Queensland",
        "AU",
        UNIVERSITY,
        "https://www.uq.edu.au/",
        [
            (
                IP,
                "Intellectual property policy",
                None,
                "en",
                "https://policies.uq.edu.au/document/view-current.php?id=117",
                _IP_SUMMARY,
            ),
        ],
    ),
    (
        "csiro",
        "CSIRO",
        "AU",
        INSTITUTE,
        "https://www.csiro.au/",
        [
            (OPEN_ACCESS, "Open access and publishing", None, "en", "", _OA_SUMMARY),
        ],
    ),
    (
        "university-of-auckland",
        "University of Auckland",
        "NZ",
        UNIVERSITY,
        "https://www.auckland.ac.nz/",
        [
            (
                IP,
                "Intellectual property created by staff and students policy",
                None,
                "en",
                "https://www.auckland.ac.nz/en/about-us/about-the-university/policy-hub/research-innovation/conduct/intellectual-property-created-staff-students-policy.html",
                _IP_SUMMARY,
            ),
        ],
    ),
]
