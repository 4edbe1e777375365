# ruff: noqa: E501, RUF001  (curated prose and names keep their own punctuation and line lengths)
"""Institutions and the policies they publish.

Each institution: (slug, name, ISO country, kind, website, policies). Each policy:
(policy type, title, year or None, language, policy URL or "", summary). Policy URLs are left empty
unless we are certain of the deep link; the entry's source is then the institution's own site, where
the policy is published. Years are given only where they are well documented. Titles use the
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
            (IP, "Intellectual property policy", None, "en", "", _IP_SUMMARY),
            (
                OPEN_ACCESS,
                "MIT Faculty Open Access Policy",
                2009,
                "en",
                "",
                "Adopted unanimously by the MIT faculty in March 2009: faculty grant MIT a licence to make their scholarly articles openly available.",
            ),
            (
                SOFTWARE,
                "Guide to the ownership, distribution and commercialization of MIT-developed software",
                None,
                "en",
                "",
                _SOFTWARE_SUMMARY,
            ),
            (CONSULTING, "Outside professional activities", None, "en", "", _CONSULTING_SUMMARY),
        ],
    ),
    (
        "harvard",
        "Harvard University",
        "US",
        UNIVERSITY,
        "https://www.harvard.edu/",
        [
            (IP, "Statement of policy in regard to intellectual property", None, "en", "", _IP_SUMMARY),
            (
                OPEN_ACCESS,
                "Faculty of Arts and Sciences open access policy",
                2008,
                "en",
                "",
                "Adopted by the Faculty of Arts and Sciences in February 2008, the first faculty-wide open access policy at a US university adopted by a faculty vote.",
            ),
            (COI, "Policy on individual financial conflicts of interest", None, "en", "", _COI_SUMMARY),
        ],
    ),
    (
        "stanford",
        "Stanford University",
        "US",
        UNIVERSITY,
        "https://www.stanford.edu/",
        [
            (IP, "Inventions, patents and licensing", None, "en", "", _IP_SUMMARY),
            (COPYRIGHT, "Copyright policy", None, "en", "", _COPYRIGHT_SUMMARY),
            (COI, "Faculty policy on conflict of commitment and interest", None, "en", "", _COI_SUMMARY),
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
            (IP, "University of California Patent Policy", None, "en", "", _IP_SUMMARY),
            (COPYRIGHT, "Policy on copyright ownership", None, "en", "", _COPYRIGHT_SUMMARY),
            (
                OPEN_ACCESS,
                "Academic Senate open access policy",
                2013,
                "en",
                "",
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
            (IP, "Inventions and related property rights", None, "en", "", _IP_SUMMARY),
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
                "",
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
            (IP, "Intellectual property policy", None, "en", "", _IP_SUMMARY),
            (COPYRIGHT, "Ownership of copyrightable works", None, "en", "", _COPYRIGHT_SUMMARY),
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
                "",
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
            (COI, "Conflict of interest policy", None, "en", "", _COI_SUMMARY),
        ],
    ),
    (
        "massachusetts-general-hospital",
        "Massachusetts General Hospital",
        "US",
        HOSPITAL,
        "https://www.massgeneral.org/",
        [
            (IP, "Intellectual property policy", None, "en", "", _IP_SUMMARY),
        ],
    ),
    (
        "university-of-toronto",
        "University of Toronto",
        "CA",
        UNIVERSITY,
        "https://www.utoronto.ca/",
        [
            (IP, "Inventions policy", None, "en", "", _IP_SUMMARY),
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
                None,
                "en",
                "",
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
            (IP, "Policy on intellectual property", None, "en", "", _IP_SUMMARY),
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
            (IP, "Intellectual property policy", None, "en", "", _IP_SUMMARY),
            (COI, "Conflict of interest policy", None, "en", "", _COI_SUMMARY),
            (CONSULTING, "Guidance on external consultancy", None, "en", "", _CONSULTING_SUMMARY),
            (SPINOFF, "Spinout companies", None, "en", "", _SPINOFF_SUMMARY),
        ],
    ),
    (
        "cambridge",
        "University of Cambridge",
        "GB",
        UNIVERSITY,
        "https://www.cam.ac.uk/",
        [
            (IP, "Intellectual property rights policy", None, "en", "", _IP_SUMMARY),
            (OPEN_ACCESS, "Open access policy", None, "en", "", _OA_SUMMARY),
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
            (IP, "Intellectual property policy", None, "en", "", _IP_SUMMARY),
            (SPINOFF, "Spinout company terms", None, "en", "", _SPINOFF_SUMMARY),
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
            (IP, "Intellectual property policy", None, "en", "", _IP_SUMMARY),
            (OPEN_ACCESS, "Open access policy", None, "en", "", _OA_SUMMARY),
            (CONSULTING, "Consultancy", None, "en", "", _CONSULTING_SUMMARY),
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
            (OPEN_ACCESS, "Open access policy", None, "en", "", _OA_SUMMARY),
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
            (IP, "Intellectual property policy", None, "en", "", _IP_SUMMARY),
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
            (OPEN_ACCESS, "Open access policy", None, "en", "", _OA_SUMMARY),
            (SOFTWARE, "Open source licensing policy", None, "en", "", _SOFTWARE_SUMMARY),
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
            (SOFTWARE, "Research software policy", None, "en", "", _SOFTWARE_SUMMARY),
            (OPEN_ACCESS, "Open access policy", None, "en", "", _OA_SUMMARY),
        ],
    ),
    (
        "karolinska",
        "Karolinska Institutet",
        "SE",
        UNIVERSITY,
        "https://ki.se/",
        [
            (COI, "Rules on secondary occupations and conflicts of interest", None, "sv", "", _COI_SUMMARY),
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
            (SPINOFF, "Spin-offs through Max Planck Innovation", None, "de", "", _SPINOFF_SUMMARY),
        ],
    ),
    (
        "helmholtz",
        "Helmholtz Association",
        "DE",
        INSTITUTE,
        "https://www.helmholtz.de/",
        [
            (SOFTWARE, "Model policy on sustainable research software", None, "de", "", _SOFTWARE_SUMMARY),
            (OPEN_ACCESS, "Open access policy", None, "de", "", _OA_SUMMARY),
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
            (OPEN_ACCESS, "Open science policy", None, "fr", "", _OA_SUMMARY),
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
            (SOFTWARE, "Software development and dissemination policy", None, "fr", "", _SOFTWARE_SUMMARY),
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
            (IP, "Intellectual property policy", None, "en", "", _IP_SUMMARY),
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
            (IP, "Intellectual property policy", None, "en", "", _IP_SUMMARY),
            (OPEN_ACCESS, "Open access policy", None, "en", "", _OA_SUMMARY),
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
            (IP, "Intellectual property policy", None, "en", "", _IP_SUMMARY),
            (COI, "Conflict of interest policy", None, "en", "", _COI_SUMMARY),
        ],
    ),
    (
        "usyd",
        "The University of Sydney",
        "AU",
        UNIVERSITY,
        "https://www.sydney.edu.au/",
        [
            (IP, "Intellectual property policy", None, "en", "", _IP_SUMMARY),
        ],
    ),
    (
        "anu",
        "Australian National University",
        "AU",
        UNIVERSITY,
        "https://www.anu.edu.au/",
        [
            (IP, "Intellectual property policy", None, "en", "", _IP_SUMMARY),
        ],
    ),
    (
        "uq",
        "The University of Queensland",
        "AU",
        UNIVERSITY,
        "https://www.uq.edu.au/",
        [
            (IP, "Intellectual property policy", None, "en", "", _IP_SUMMARY),
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
            (IP, "Intellectual property policy", None, "en", "", _IP_SUMMARY),
        ],
    ),
]
