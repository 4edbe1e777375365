"""Loads the curated institutions, policies, toolkit and national versions. Idempotent."""

from datetime import date

from policies import services
from policies.data.institutions import INSTITUTIONS, JORDAN_PROJECT_SOURCE
from policies.data.national import NATIONAL_VERSIONS
from policies.data.toolkit import TOOLKIT_SOURCE, TOPICS

REVIEWED_ON = date(2026, 12, 1)


def _load_institutions() -> tuple[int, int]:
    policy_total = 0
    for slug, name, country, kind, website, policies in INSTITUTIONS:
        # The Jordanian policies are documented by WIPO's project report rather than the universities' sites.
        source = JORDAN_PROJECT_SOURCE if country == "JO" else website
        institution = services.institution_upsert(
            slug=slug,
            name=name,
            country=country,
            kind=kind,
            website=website,
            source_url=source,
            reviewed_on=REVIEWED_ON,
        )
        for policy_type, title, year, language, url, summary, *checked_at in policies:
            # An optional seventh element names the page where the title or year was checked when that is not
            # the policy URL itself.
            policy_source = checked_at[0] if checked_at else url or source
            services.policy_upsert(
                institution=institution,
                policy_type=policy_type,
                title=title,
                year=year,
                language=language,
                url=url,
                summary=summary,
                source_url=policy_source,
                reviewed_on=REVIEWED_ON,
            )
            policy_total += 1
    return len(INSTITUTIONS), policy_total


def _load_toolkit() -> tuple[int, int, int]:
    item_total = clause_total = 0
    for topic_order, topic_data in enumerate(TOPICS, start=1):
        topic = services.checklist_topic_upsert(
            key=topic_data["key"],
            order=topic_order,
            title=topic_data["title"],
            summary=topic_data["summary"],
            guideline=topic_data["guideline"],
            source_url=TOOLKIT_SOURCE,
            reviewed_on=REVIEWED_ON,
        )
        for item_order, item_data in enumerate(topic_data["items"], start=1):
            item = services.checklist_item_upsert(
                topic=topic,
                key=item_data["key"],
                order=item_order,
                question=item_data["question"],
                explanation=item_data["explanation"],
            )
            item_total += 1
            for clause_order, clause in enumerate(item_data["clauses"], start=1):
                services.template_clause_upsert(
                    item=item,
                    key=clause["key"],
                    order=clause_order,
                    label=clause["label"],
                    text=clause["text"],
                    guideline=clause["guideline"],
                    is_default=clause.get("default", False),
                )
                clause_total += 1
    return len(TOPICS), item_total, clause_total


def load() -> str:
    institutions, policies = _load_institutions()
    topics, items, clauses = _load_toolkit()
    for version in NATIONAL_VERSIONS:
        services.national_version_upsert(reviewed_on=REVIEWED_ON, **version)
    return (
        f"{institutions} institutions, {policies} policies, {topics} checklist topics, {items} items, "
        f"{clauses} template clauses, {len(NATIONAL_VERSIONS)} national versions"
    )
