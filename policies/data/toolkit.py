# ruff: noqa: E501  (curated prose and names keep their own punctuation and line lengths)
"""The IP Policy Writer's Checklist, the template clauses and the guidelines, written for this hub.

The structure (topics, and what a policy must settle in each) follows the public description of
the WIPO IP Policy Toolkit; the wording of every question, clause and guideline is our own.
Clause text may use {institution} and {office}. Exactly one clause per item is the template's default.
"""

TOOLKIT_SOURCE = "https://www.wipo.int/about-ip/en/universities_research/ip_policies/"

TOPICS = [
    {
        "key": "ownership",
        "title": "Ownership of intellectual property",
        "summary": "Who owns the results of research, teaching and other work done at the institution.",
        "guideline": (
            "Start from your national law: in some countries employers own employees' inventions by statute, "
            "in others a *professor's privilege* leaves them with the inventor, and copyright usually stays with "
            "the author unless a contract says otherwise. Then decide where the institution wants to differ, and "
            "say so plainly. Treat students separately from staff: students are usually not employees, so "
            "institutional ownership of their work needs their written agreement. Name the exceptions up front "
            "(teaching material, theses, scholarly works) so researchers are not surprised later."
        ),
        "items": [
            {
                "key": "ownership-staff",
                "question": "Who owns inventions and other IP created by staff in the course of their duties?",
                "explanation": (
                    "Clear title is the basis of every licence, patent filing and spin-off. Investors and "
                    "licensees will ask who owns the IP before anything else."
                ),
                "clauses": [
                    {
                        "key": "institution",
                        "label": "The institution owns it",
                        "default": True,
                        "text": (
                            "{institution} owns all intellectual property created by its employees in the course "
                            "of their employment, or with significant use of its funds, facilities or equipment. "
                            "Creators shall assign to {institution} any rights needed to give effect to this policy."
                        ),
                        "guideline": (
                            "The most common model where the institution pays for protection and marketing. "
                            "Pair it with fair revenue sharing so creators stay motivated."
                        ),
                    },
                    {
                        "key": "creator",
                        "label": "The creator owns it; the institution has an option",
                        "text": (
                            "Creators own the intellectual property they create. They shall disclose it to "
                            "{office}, which has 90 days to ask for an assignment on the terms of this policy. "
                            "If it does not, the creator may protect and exploit the IP and shall pay "
                            "{institution} the share of net income set out in the revenue sharing section."
                        ),
                        "guideline": (
                            "Suits institutions with little capacity to manage IP or countries with a professor's "
                            "privilege. Keep the option period short and enforce disclosure."
                        ),
                    },
                    {
                        "key": "joint",
                        "label": "Joint ownership between institution and creator",
                        "text": (
                            "Intellectual property created by employees in the course of their duties is owned "
                            "jointly by {institution} and the creators, in shares agreed in writing at the time "
                            "of disclosure. {office} manages the jointly owned IP on behalf of all owners."
                        ),
                        "guideline": (
                            "Rarely the best choice: joint owners must agree on every licence. Use it only if "
                            "national law or a funder requires it."
                        ),
                    },
                ],
            },
            {
                "key": "ownership-students",
                "question": "Who owns IP created by students and visiting researchers?",
                "explanation": (
                    "Students and visitors are usually not employees, so employment law does not transfer their "
                    "rights. Without a rule, a single student can block the licensing of a whole project."
                ),
                "clauses": [
                    {
                        "key": "agreement",
                        "label": "The institution owns it when the student signs an IP agreement",
                        "default": True,
                        "text": (
                            "Students and visiting researchers own the IP they create unless they take part in "
                            "funded research, use significant resources of {institution} or work with staff on a "
                            "project; in those cases they shall sign an agreement assigning their rights to "
                            "{institution} before the work starts, and they share in revenue as creators."
                        ),
                        "guideline": "Protects projects with mixed teams while leaving ordinary coursework to students.",
                    },
                    {
                        "key": "student",
                        "label": "Students always own their IP",
                        "text": (
                            "Students own the intellectual property they create. Where a student's work builds on "
                            "IP owned by {institution}, the student and {office} shall agree on its use in writing."
                        ),
                        "guideline": "Simple and attractive to students, but makes collaborative projects harder to license.",
                    },
                ],
            },
            {
                "key": "ownership-copyright",
                "question": "Who owns scholarly works, teaching material and theses?",
                "explanation": (
                    "Academic freedom usually means authors keep copyright in articles, books and theses. "
                    "Commissioned works and online courses are often treated differently."
                ),
                "clauses": [
                    {
                        "key": "author",
                        "label": "Authors keep copyright in scholarly works; commissioned works belong to the institution",
                        "default": True,
                        "text": (
                            "Authors own the copyright in scholarly and artistic works, including articles, books "
                            "and theses, and grant {institution} a non-exclusive, royalty-free licence to use them "
                            "for teaching, research and its repository. Works that {institution} specifically "
                            "commissions or funds, and administrative material, belong to {institution}."
                        ),
                        "guideline": "The usual academic compromise; it respects academic freedom and keeps open access possible.",
                    },
                    {
                        "key": "institution",
                        "label": "The institution owns all copyright works of employees",
                        "text": (
                            "{institution} owns the copyright in works created by its employees in the course of "
                            "their employment. It grants authors a licence to publish and reuse their scholarly "
                            "works for non-commercial purposes."
                        ),
                        "guideline": "Legally simple but unpopular with faculty; check it against national copyright law.",
                    },
                ],
            },
        ],
    },
    {
        "key": "disclosure",
        "title": "Disclosure of inventions and confidentiality",
        "summary": "How and when creators tell the institution about results that may be protected.",
        "guideline": (
            "Disclosure is the moment the institution learns that something may be protectable. Make the "
            "form short, accept disclosures at any time, and say who reviews them and how fast. Remind "
            "researchers that publishing, presenting at a conference or putting a thesis online before a "
            "patent filing can destroy novelty in most countries. Keep the publication delay short: "
            "academic freedom to publish should only be postponed, never refused."
        ),
        "items": [
            {
                "key": "disclosure-duty",
                "question": "When must creators disclose potentially protectable results?",
                "explanation": "Late disclosure is the commonest reason valuable inventions are lost to prior publication.",
                "clauses": [
                    {
                        "key": "before-publication",
                        "label": "Promptly, and in any case before any public disclosure",
                        "default": True,
                        "text": (
                            "Creators shall disclose to {office}, in writing and on its disclosure form, any "
                            "result that may be protectable or commercially useful, promptly after it is "
                            "conceived and in any case before it is published, presented or otherwise made public."
                        ),
                        "guideline": "The standard rule. Train staff so that they recognise what is worth disclosing.",
                    },
                    {
                        "key": "annual",
                        "label": "In an annual research return",
                        "text": (
                            "Creators shall report potentially protectable results to {office} at least once a "
                            "year in their research return, and earlier when they plan to publish them."
                        ),
                        "guideline": "Lighter on researchers but risky: a result can be published long before the return.",
                    },
                ],
            },
            {
                "key": "disclosure-publication",
                "question": "May the institution delay publication to file for protection?",
                "explanation": "A short delay lets the office file a patent application before the results become prior art.",
                "clauses": [
                    {
                        "key": "delay-90",
                        "label": "Yes, for up to 90 days",
                        "default": True,
                        "text": (
                            "{institution} will not prevent publication of research results. {office} may ask the "
                            "creators to delay a publication or presentation by up to 90 days from disclosure "
                            "so that an application for protection can be filed."
                        ),
                        "guideline": "Long enough to draft a provisional or priority filing; short enough for students to graduate on time.",
                    },
                    {
                        "key": "no-delay",
                        "label": "No, publication is never delayed",
                        "text": (
                            "Publication of research results is never delayed for IP reasons. {office} will "
                            "review disclosures quickly so that protection can be sought before publication "
                            "where possible."
                        ),
                        "guideline": "Maximises openness; accept that some results will not be patentable.",
                    },
                ],
            },
            {
                "key": "disclosure-confidentiality",
                "question": "How is confidential information handled?",
                "explanation": "Both the institution's unpublished results and partners' secrets need protection.",
                "clauses": [
                    {
                        "key": "nda",
                        "label": "Confidentiality agreements signed through the office",
                        "default": True,
                        "text": (
                            "Staff and students shall keep disclosures and unpublished results confidential until "
                            "{office} decides on protection. Confidentiality and material transfer agreements "
                            "with third parties are signed only by {office} or another authorised signatory."
                        ),
                        "guideline": "Prevents individual researchers from signing away rights in agreements they cannot negotiate.",
                    },
                ],
            },
        ],
    },
    {
        "key": "ip-management",
        "title": "IP management and protection",
        "summary": "Who decides whether to protect a result, who pays, and what happens if the institution declines.",
        "guideline": (
            "Name the office responsible and give it a mandate and a budget. State the criteria it uses to "
            "decide whether to file (novelty, market interest, cost, available partners) and how long it "
            "takes. Say what happens if the institution decides not to protect or abandons a right: giving "
            "it back to the creators keeps good ideas alive and is seen as fair."
        ),
        "items": [
            {
                "key": "management-office",
                "question": "Who manages the institution's IP?",
                "explanation": "One accountable office avoids conflicting promises to companies and funders.",
                "clauses": [
                    {
                        "key": "internal",
                        "label": "An internal technology transfer office",
                        "default": True,
                        "text": (
                            "{office} manages the intellectual property of {institution}: it evaluates "
                            "disclosures, decides on protection, negotiates licences and other agreements, and "
                            "keeps creators informed of its decisions."
                        ),
                        "guideline": "The usual model for institutions with regular research output.",
                    },
                    {
                        "key": "external",
                        "label": "An external agent or a shared regional office",
                        "text": (
                            "{institution} entrusts the management of its intellectual property to {office}, "
                            "acting under a written agreement that sets out its duties, reporting and fees. "
                            "{institution} keeps ownership and the final decision on any assignment."
                        ),
                        "guideline": "Practical for smaller institutions that cannot staff their own office.",
                    },
                ],
            },
            {
                "key": "management-decision",
                "question": "How is the decision to protect a result made?",
                "explanation": "Patents are expensive; a transparent rule prevents both waste and missed opportunities.",
                "clauses": [
                    {
                        "key": "criteria",
                        "label": "By the office, on published criteria, within a fixed time",
                        "default": True,
                        "text": (
                            "Within 60 days of a complete disclosure, {office} decides whether to seek protection, "
                            "considering patentability, commercial potential, cost and the interest of partners. "
                            "It informs the creators of its decision and its reasons."
                        ),
                        "guideline": "Gives researchers certainty; 60 days fits with a 90-day publication delay.",
                    },
                    {
                        "key": "committee",
                        "label": "By an IP committee including researchers",
                        "text": (
                            "An IP committee appointed by the head of {institution}, including researchers and a "
                            "representative of {office}, decides on the protection of disclosed results within "
                            "60 days of a complete disclosure."
                        ),
                        "guideline": "Builds trust in the early years of a policy, at the cost of slower decisions.",
                    },
                ],
            },
            {
                "key": "management-waiver",
                "question": "What happens when the institution decides not to protect or abandons a right?",
                "explanation": "A path back to the creators keeps results that the institution cannot pursue alive.",
                "clauses": [
                    {
                        "key": "return",
                        "label": "Rights are offered back to the creators",
                        "default": True,
                        "text": (
                            "If {institution} decides not to protect a result, or to abandon a right, it shall "
                            "offer to assign it to the creators, keeping a non-exclusive licence for research and "
                            "teaching and, where the law or a funder requires it, a share of future income."
                        ),
                        "guideline": "Fair and widely used; check funder conditions before assigning.",
                    },
                    {
                        "key": "public",
                        "label": "The result is published and left in the public domain",
                        "text": (
                            "If {institution} decides not to protect a result, {office} will help the creators "
                            "publish it so that it is freely available to all."
                        ),
                        "guideline": "Suits institutions with a strong open-science mission.",
                    },
                ],
            },
        ],
    },
    {
        "key": "commercialization",
        "title": "Commercialization: licensing and spin-offs",
        "summary": "How the institution turns its IP into products and services: licences, spin-off companies, equity.",
        "guideline": (
            "Say which routes you use (licensing to existing companies, creating spin-offs, or both) and "
            "what the institution expects in return. For spin-offs, decide in advance on equity, the role "
            "staff may play in the company, and leave of absence. Always keep a right to use the IP for "
            "research and teaching, and consider humanitarian licensing for health and agriculture."
        ),
        "items": [
            {
                "key": "commercialization-licensing",
                "question": "What kinds of licences does the institution grant?",
                "explanation": "Licence terms decide whether the public benefits and whether research can continue.",
                "clauses": [
                    {
                        "key": "non-exclusive-first",
                        "label": "Non-exclusive where possible, exclusive when needed for investment",
                        "default": True,
                        "text": (
                            "{office} licenses intellectual property to the partner best able to bring it into "
                            "use. Licences are non-exclusive where this achieves that aim and exclusive, limited by "
                            "field and time, where a licensee must invest heavily. Every licence reserves the right "
                            "of {institution} to use the IP for research and teaching and requires diligent "
                            "development."
                        ),
                        "guideline": "A balanced default that serves both public access and investor needs.",
                    },
                    {
                        "key": "open",
                        "label": "Open licensing by default",
                        "text": (
                            "{institution} makes its research results available under open licences unless "
                            "{office} decides that an exclusive licence is the only way to bring them into use."
                        ),
                        "guideline": "Fits software, data and institutions with an open-science mandate.",
                    },
                ],
            },
            {
                "key": "commercialization-spinoffs",
                "question": "How does the institution support spin-off companies?",
                "explanation": "Spin-offs are often the only route for early-stage technology; clear terms speed up investment.",
                "clauses": [
                    {
                        "key": "equity-licence",
                        "label": "Licence in exchange for a minority equity stake",
                        "default": True,
                        "text": (
                            "{institution} supports the creation of spin-off companies based on its IP. It "
                            "licenses the IP to the company on terms that may include a minority shareholding "
                            "instead of, or in addition to, royalties. Staff may hold shares and serve the company "
                            "with the approval of {institution}, subject to the conflict of interest section."
                        ),
                        "guideline": "The common model; publish standard terms so founders know what to expect.",
                    },
                    {
                        "key": "royalty-only",
                        "label": "Licence for royalties only, no equity",
                        "text": (
                            "{institution} licenses IP to spin-off companies for royalties and fees only and does "
                            "not take shares. Staff involvement in the company requires the approval of "
                            "{institution}."
                        ),
                        "guideline": "Avoids managing shares, but can burden young companies with early payments.",
                    },
                ],
            },
        ],
    },
    {
        "key": "revenue-sharing",
        "title": "Revenue sharing and incentives",
        "summary": "How net income from IP is shared between creators, their units and the institution, and other rewards.",
        "guideline": (
            "Define *net income* (income minus protection and licensing costs) before you define shares. "
            "Many institutions give creators between a quarter and a half of net income, often more for the "
            "first tranche. Non-financial recognition matters too: count patents and licences in promotion, "
            "and celebrate successful transfers. Say what happens to the creators' share when they leave."
        ),
        "items": [
            {
                "key": "revenue-shares",
                "question": "How is net income from IP shared?",
                "explanation": "A clear, fair share is the strongest incentive to disclose and to help with licensing.",
                "clauses": [
                    {
                        "key": "thirds",
                        "label": "One third each to creators, their department and the institution",
                        "default": True,
                        "text": (
                            "Net income from the commercialization of IP, after {office} recovers the direct costs "
                            "of protection and licensing, is shared: one third to the creators, one third to their "
                            "department or research unit, and one third to {institution} for research and "
                            "technology transfer."
                        ),
                        "guideline": "Simple and easy to explain; suits most institutions.",
                    },
                    {
                        "key": "sliding",
                        "label": "Sliding scale that favours creators for small amounts",
                        "text": (
                            "Net income is shared as follows: creators receive one half of the first tranche "
                            "(an amount set each year by {institution}), and one third of any amount above it; "
                            "the remainder goes in equal parts to the creators' unit and to {institution}."
                        ),
                        "guideline": "Rewards creators generously for modest successes while keeping large income for the institution.",
                    },
                ],
            },
            {
                "key": "revenue-incentives",
                "question": "What other incentives does the institution offer?",
                "explanation": "Most inventions earn little; recognition keeps researchers engaged.",
                "clauses": [
                    {
                        "key": "career",
                        "label": "Recognition in career evaluation",
                        "default": True,
                        "text": (
                            "{institution} recognises disclosures, patents, licences and spin-offs as evidence of "
                            "impact in recruitment, evaluation and promotion, alongside publications."
                        ),
                        "guideline": "Costs little and changes behaviour over time.",
                    },
                    {
                        "key": "awards",
                        "label": "Recognition and an annual innovation award",
                        "text": (
                            "{institution} recognises technology transfer in career evaluation and gives an annual "
                            "innovation award to creators whose results have been brought into use."
                        ),
                        "guideline": "Adds visibility; make the selection criteria public.",
                    },
                ],
            },
        ],
    },
    {
        "key": "conflicts-of-interest",
        "title": "Conflicts of interest and commitment",
        "summary": "How staff declare and manage outside interests, consulting and roles in companies.",
        "guideline": (
            "Conflicts are normal when researchers work with industry; the policy should make them visible "
            "and manageable, not forbid them. Require a written declaration, name the person who reviews it, "
            "and list management options (disclosure in publications, independent oversight, divestment). "
            "Set a limit on outside work (often one day per week) and say whether consulting income is kept "
            "by the individual. Make sure consulting agreements do not give away institutional IP."
        ),
        "items": [
            {
                "key": "coi-declaration",
                "question": "How are conflicts of interest declared and managed?",
                "explanation": "Undeclared interests damage trust in research and can void licences.",
                "clauses": [
                    {
                        "key": "annual-and-adhoc",
                        "label": "Annual declaration plus a declaration whenever a new interest arises",
                        "default": True,
                        "text": (
                            "Staff shall declare in writing, every year and whenever circumstances change, any "
                            "financial interest or role in an organisation that does business with, licenses IP "
                            "from or sponsors research at {institution}. A designated officer reviews each "
                            "declaration and may require a management plan."
                        ),
                        "guideline": "Standard practice; keep the form short and the review confidential.",
                    },
                    {
                        "key": "adhoc",
                        "label": "Declaration only when a new interest arises",
                        "text": (
                            "Staff shall declare in writing any financial interest or role in an organisation that "
                            "deals with {institution} as soon as it arises. {office} and the head of unit agree on "
                            "any measures needed."
                        ),
                        "guideline": "Lighter, but relies on staff remembering to declare.",
                    },
                ],
            },
            {
                "key": "coi-consulting",
                "question": "How is outside consulting handled?",
                "explanation": "Consulting transfers know-how, but can create conflicts and claims on institutional IP.",
                "clauses": [
                    {
                        "key": "one-day",
                        "label": "Allowed up to one day per week with prior approval",
                        "default": True,
                        "text": (
                            "Staff may consult for outside organisations for up to one day per week with the prior "
                            "approval of their head of unit. Consulting agreements shall not grant rights in IP of "
                            "{institution} or use its name, and shall be reviewed by {office} when they concern "
                            "the consultant's field of research."
                        ),
                        "guideline": "The most common limit; adjust it to employment contracts and national rules.",
                    },
                    {
                        "key": "through-institution",
                        "label": "Only through the institution's consulting service",
                        "text": (
                            "Consulting by staff in their professional field is contracted through {office}, which "
                            "negotiates terms, insures the work and shares the fees with the consultant."
                        ),
                        "guideline": "Protects staff and IP, but adds overhead to small assignments.",
                    },
                ],
            },
        ],
    },
    {
        "key": "recording-accounting",
        "title": "Recording, accounting and review",
        "summary": "How IP, agreements and income are recorded and reported, disputes resolved and the policy reviewed.",
        "guideline": (
            "A policy without records cannot be enforced. Keep a register of disclosures, rights, agreements "
            "and income; report to creators at least once a year; and publish aggregate figures. Name a "
            "body that resolves disputes before anyone goes to court, and set a date to review the policy."
        ),
        "items": [
            {
                "key": "recording-register",
                "question": "How are IP assets and income recorded?",
                "explanation": "Records are needed for revenue sharing, funder reporting and due diligence.",
                "clauses": [
                    {
                        "key": "register",
                        "label": "A register kept by the office, with an annual report",
                        "default": True,
                        "text": (
                            "{office} keeps a register of disclosures, applications and rights, agreements, and "
                            "income and costs for each asset. It reports to each creator at least once a year on "
                            "the income and costs of their IP and publishes an annual report on technology "
                            "transfer at {institution}."
                        ),
                        "guideline": "Essential; a spreadsheet is enough to start with.",
                    },
                ],
            },
            {
                "key": "recording-disputes",
                "question": "How are disputes under the policy resolved?",
                "explanation": "Most disputes concern ownership or revenue shares and can be settled internally.",
                "clauses": [
                    {
                        "key": "committee",
                        "label": "An internal committee, then mediation",
                        "default": True,
                        "text": (
                            "Disputes about the application of this policy are first referred to a committee "
                            "appointed by the head of {institution}, which hears all parties and decides within "
                            "60 days. If a party does not accept its decision, the parties shall try mediation "
                            "before any court proceedings."
                        ),
                        "guideline": "Keeps disputes quick and collegial.",
                    },
                ],
            },
            {
                "key": "recording-review",
                "question": "When is the policy reviewed?",
                "explanation": "Laws, funders and the institution's experience change; the policy should follow.",
                "clauses": [
                    {
                        "key": "three-years",
                        "label": "Every three years",
                        "default": True,
                        "text": (
                            "This policy takes effect on the date of its approval by the governing body of "
                            "{institution} and is reviewed at least every three years, or sooner if the law "
                            "changes. It applies to IP created after its approval."
                        ),
                        "guideline": "Frequent enough to learn from experience in the first years.",
                    },
                    {
                        "key": "five-years",
                        "label": "Every five years",
                        "text": (
                            "This policy takes effect on the date of its approval by the governing body of "
                            "{institution} and is reviewed at least every five years. It applies to IP created "
                            "after its approval."
                        ),
                        "guideline": "Suits a mature policy with an established office.",
                    },
                ],
            },
        ],
    },
]
