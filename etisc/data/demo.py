"""Demo content for the eTISC community, written for this project and labelled as demo data on every page.

The people, discussions, the Ask the Expert session and the events below are examples that show how the
space works; they are not real events. Facts about WIPO programmes cite the page where they can be checked.
"""

DEMO_USERS = [
    {"username": "demo-moderator", "first_name": "Demo", "last_name": "Moderator", "role": "tisc_staff"},
    {"username": "demo-member", "first_name": "Demo", "last_name": "Member", "role": "tisc_staff"},
    {"username": "demo-researcher", "first_name": "Demo", "last_name": "Researcher", "role": "researcher"},
    {"username": "demo-expert", "first_name": "Demo", "last_name": "Expert", "role": "expert"},
]

GROUPS = [
    {
        "slug": "patent-searching",
        "name": "Patent searching (demo)",
        "visibility": "public",
        "description": (
            "Demo group. Share search strategies, classification tips and database tricks for prior-art, "
            "freedom-to-operate and state-of-the-art searches."
        ),
        "moderators": ["demo-moderator"],
        "members": ["demo-member", "demo-researcher"],
    },
    {
        "slug": "technology-transfer",
        "name": "Technology transfer (demo)",
        "visibility": "public",
        "description": (
            "Demo group. Licensing, invention disclosures, IP policies of universities and research "
            "institutions, and the day-to-day work of a technology transfer office."
        ),
        "moderators": ["demo-moderator"],
        "members": ["demo-member"],
    },
    {
        "slug": "tisc-coordinators",
        "name": "TISC coordinators (demo)",
        "visibility": "members",
        "description": (
            "Demo group, members only. A room for national TISC coordinators to compare service "
            "catalogues, training plans and reporting."
        ),
        "moderators": ["demo-moderator"],
        "members": ["demo-member"],
    },
]

TOPICS = [
    {
        "group": "patent-searching",
        "author": "demo-member",
        "title": "Where do you start a prior-art search for a small client?",
        "tags": ["prior art", "search strategy"],
        "body": (
            "Most of our walk-in clients are individual inventors with a one-page description.\n\n"
            "I usually start with keywords in a free database, collect a handful of relevant documents, "
            "then read their classification codes and search again by class. How do you decide when to "
            "stop and write the report?"
        ),
        "replies": [
            (
                "demo-moderator",
                "I stop when new searches only bring back documents I have already seen. I also note in the "
                "report which sources and which classes I covered, so the client knows the limits of the search.",
            ),
            (
                "demo-researcher",
                "> collect a handful of relevant documents, then read their classification codes\n\n"
                "This is what helped me most as a researcher: the classes found that way beat my own guesses.",
            ),
        ],
    },
    {
        "group": "technology-transfer",
        "author": "demo-moderator",
        "title": "Templates for invention disclosure forms",
        "tags": ["invention disclosure", "ip policy"],
        "body": (
            "We are revising our invention disclosure form. Which questions turned out to be the most "
            "useful in yours: funding sources, prior public disclosures, or the list of contributors?"
        ),
        "replies": [
            (
                "demo-member",
                "Prior public disclosures, by far: conference posters and theses are the ones people forget.",
            ),
        ],
    },
    {
        "group": "tisc-coordinators",
        "author": "demo-member",
        "title": "Sharing our yearly training calendar",
        "tags": ["training"],
        "body": "Members-only demo topic: how do you plan the year's training sessions for TISC staff?",
        "replies": [],
    },
]

SESSION = {
    "slug": "demo-searching-free-patent-databases",
    "title": "Ask the Expert (demo): searching free patent databases",
    "theme": "Patent information search with free databases",
    "description": (
        "Demo session. Ask about search strategies, classification-based searching and the differences "
        "between free patent databases. The expert answers the questions with the most votes first."
    ),
    "expert": "demo-expert",
    "opens_at": "2026-11-16T08:00:00+00:00",
    "closes_at": "2027-01-29T17:00:00+00:00",
    "questions": [
        {
            "author": "demo-member",
            "body": "How can I check whether a patent found in a database is still in force in a given country?",
            "voters": ["demo-researcher", "demo-moderator"],
            "answer": (
                "Look at the legal status in the national register of that country: databases that aggregate "
                "many offices may lag behind. The register portal of this hub lists the online register of "
                "each jurisdiction."
            ),
            "accepted": True,
        },
        {
            "author": "demo-researcher",
            "body": "Is it better to search by keywords or by classification first?",
            "voters": ["demo-member"],
            "answer": "",
            "accepted": False,
        },
    ],
}

EVENTS = [
    {
        "slug": "demo-webinar-ip-and-life-sciences",
        "title": "IP and Life Sciences (demo webinar)",
        "kind": "webinar",
        "description": (
            "Demo event. The first of a thematic webinar series: what patent information can tell a "
            "life-sciences researcher before a project starts."
        ),
        "starts_at": "2027-02-10T13:00:00+00:00",
        "ends_at": "2027-02-10T14:30:00+00:00",
        "timezone": "Europe/Zurich",
        "group": "technology-transfer",
    },
    {
        "slug": "demo-workshop-search-reports",
        "title": "Writing a patent search report (demo workshop)",
        "kind": "workshop",
        "description": "Demo event. A hands-on workshop for TISC staff on structuring search reports for clients.",
        "starts_at": "2027-03-17T09:00:00+00:00",
        "ends_at": "2027-03-17T12:00:00+00:00",
        "timezone": "America/Mexico_City",
        "venue": "Demo venue",
        "group": "patent-searching",
    },
    {
        "slug": "demo-webinar-classification-basics",
        "title": "Classification basics for patent searchers (demo webinar, past)",
        "kind": "webinar",
        "description": "Demo event in the past, to show how past webinars are listed.",
        "starts_at": "2026-10-07T12:00:00+00:00",
        "ends_at": "2026-10-07T13:00:00+00:00",
        "timezone": "Africa/Nairobi",
        "group": "patent-searching",
    },
]

NEWS = [
    {
        "slug": "welcome-to-etisc",
        "title": "Welcome to the eTISC community space",
        "published_on": "2026-11-24",
        "body": (
            "Technology and Innovation Support Centers (TISCs) help innovators in many countries find and use "
            "patent information. This space lets TISC staff, technology transfer professionals and experts "
            "discuss in groups, put questions to experts, and keep track of events and webinars.\n\n"
            "The groups, topics, session and events you see now are demo data that show how the space works."
        ),
        "source_url": "https://www.wipo.int/tisc/en/",
    },
]
