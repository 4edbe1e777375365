"""Scaled, clearly synthetic data set for load benchmarks, on top of the curated content.

    python bench/seed.py [--scale 10000] [--posts 100000]

Adds (once) `scale` patent databases, register resources, reports and policies, `posts` forum
posts in one synthetic group (including one 200-post thread), and a public synthetic TISC network
of 50 host institutions with three years of records (its dashboard is measured), then rebuilds the
search index and writes bench/targets.json: the paths bench/run.py measures. A rerun on a seeded
database only reloads the curated content and rewrites the targets. Everything it creates is named
"[synthetic] …" or has a "synthetic-" slug, and lives only in the bench database.
"""

import argparse
import json
import random
from datetime import date, timedelta
from pathlib import Path

from _django import setup

TARGETS_FILE = Path(__file__).with_name("targets.json")
MARK = "[synthetic]"
BATCH = 2000
WORDS = (
    "patent search register legal status family citation classification grant application licence "
    "university spinoff copyright software open access landscape vaccine battery graphite hydrogen"
).split()


def words(rng: random.Random, count: int) -> str:
    return " ".join(rng.choice(WORDS) for _ in range(count))


def seed_databases(rng, scale: int) -> bool:
    from databases.features import Feature
    from databases.models import Coverage, DatabaseFeature, PatentDatabase

    if PatentDatabase.objects.filter(slug__startswith="synthetic-").exists():
        return False
    today = date(2026, 11, 24)
    for start in range(0, scale, BATCH):
        created = PatentDatabase.objects.bulk_create(
            PatentDatabase(
                slug=f"synthetic-db-{i}",
                name=f"{MARK} Database {i}",
                provider=f"{MARK} Provider {i % 97}",
                kind=rng.choice(PatentDatabase.Kind.values),
                url=f"https://example.org/db/{i}",
                access=rng.choice(PatentDatabase.Access.values),
                interface_languages=["en"],
                summary=f"{MARK} {words(rng, 12)}",
                overview=f"{MARK} {words(rng, 80)}",
                source_url="https://example.org/synthetic",
                reviewed_on=today,
            )
            for i in range(start, min(scale, start + BATCH))
        )
        DatabaseFeature.objects.bulk_create(
            DatabaseFeature(database=db, feature=feature) for db in created for feature in rng.sample(Feature.values, 4)
        )
        Coverage.objects.bulk_create(
            Coverage(
                database=db,
                jurisdiction=code,
                document_kind=Coverage.DocumentKind.GRANTS,
                level=rng.choice(Coverage.Level.values),
                from_year=rng.choice([None, 1980, 1990, 2000]),
            )
            for db in created
            for code in rng.sample(["US", "EP", "CN", "JP", "KR", "DE", "FR", "WO", "GB", "BR"], 3)
        )
    return True


def seed_register_resources(rng, scale: int) -> bool:
    from registers.models import Jurisdiction, Resource

    if Resource.objects.filter(title__startswith=MARK).exists():
        return False
    jurisdictions = list(Jurisdiction.objects.all())
    Resource.objects.bulk_create(
        (
            Resource(
                jurisdiction=jurisdictions[i % len(jurisdictions)],
                kind=rng.choice(Resource.Kind.values),
                title=f"{MARK} Resource {i}",
                url=f"https://example.org/register/{i}",
                languages="en",
                access=rng.choice(Resource.Access.values),
            )
            for i in range(scale)
        ),
        batch_size=BATCH,
    )
    return True


def seed_reports(rng, scale: int) -> bool:
    from analytics.models import Publisher, Region, Report, Series, TechnologyField

    if Report.objects.filter(slug__startswith="synthetic-").exists():
        return False
    publishers = list(Publisher.objects.all())
    fields = list(TechnologyField.objects.all())
    reports = Report.objects.bulk_create(
        (
            Report(
                title=f"{MARK} Landscape of {words(rng, 3)} {i}",
                slug=f"synthetic-report-{i}",
                series=rng.choice(Series.values),
                publisher=rng.choice(publishers),
                publication_year=rng.randint(2005, 2026),
                region=rng.choice(Region.values),
                summary=f"{MARK} {words(rng, 60)}",
                source_url="https://example.org/synthetic",
                reviewed_on=date(2026, 11, 24),
                download_count=rng.randint(0, 5000),
            )
            for i in range(scale)
        ),
        batch_size=BATCH,
    )
    links = Report.fields.through
    links.objects.bulk_create(
        (links(report_id=report.pk, technologyfield_id=rng.choice(fields).pk) for report in reports), batch_size=BATCH
    )
    return True


def seed_policies(rng, scale: int) -> bool:
    from inspire.jurisdictions import continent_of
    from policies.models import Institution, Policy

    if Policy.objects.filter(title__startswith=MARK).exists():
        return False
    countries = ["US", "GB", "DE", "FR", "JP", "CN", "BR", "ZA", "KE", "IN", "AU", "CA", "MX", "EG", "SG"]
    institutions = Institution.objects.bulk_create(
        (
            Institution(
                name=f"{MARK} University {i}",
                slug=f"synthetic-institution-{i}",
                country=countries[i % 15],
                continent=continent_of(countries[i % 15]),
                kind=rng.choice(Institution.Kind.values),
                website=f"https://example.org/inst/{i}",
                source_url="https://example.org/synthetic",
                reviewed_on=date(2026, 11, 24),
            )
            for i in range(scale // 5)
        ),
        batch_size=BATCH,
    )
    Policy.objects.bulk_create(
        (
            Policy(
                institution=institutions[i % len(institutions)],
                policy_type=rng.choice(Policy.Type.values),
                key=f"synthetic-policy-{i}",
                title=f"{MARK} Policy {i}",
                year=rng.randint(1995, 2026),
                language="en",
                summary=f"{MARK} {words(rng, 40)}",
                source_url="https://example.org/synthetic",
                reviewed_on=date(2026, 11, 24),
            )
            for i in range(scale)
        ),
        batch_size=BATCH,
    )
    return True


def seed_forum(rng, posts: int):
    """The synthetic forum's long thread, and whether this call created the forum."""
    from django.utils import timezone

    from etisc.models import Group, Post, Topic
    from inspire.accounts.models import User
    from inspire.markdown import render_markdown

    group, _ = Group.objects.get_or_create(
        slug="synthetic-load", defaults={"name": f"{MARK} Load test group", "description": MARK}
    )
    long_topic = Topic.objects.filter(group=group, title=f"{MARK} Long thread").first()
    if long_topic:
        return long_topic, False
    authors = [
        User.objects.get_or_create(username=f"synthetic-{i}", defaults={"email": f"synthetic-{i}@example.org"})[0]
        for i in range(50)
    ]
    now = timezone.now()
    per_topic = 50
    topic_sizes = [200] + [per_topic] * ((posts - 200) // per_topic)
    for start in range(0, len(topic_sizes), 200):
        sizes = topic_sizes[start : start + 200]
        topics = Topic.objects.bulk_create(
            Topic(
                group=group,
                title=f"{MARK} Long thread" if start + n == 0 else f"{MARK} Topic {start + n}",
                author=authors[n % 50],
                post_count=size,
                last_post_number=size,
                last_post_at=now - timedelta(minutes=start + n),
                last_post_author=authors[(n + 1) % 50],
            )
            for n, size in enumerate(sizes)
        )
        batch = []
        for topic, size in zip(topics, sizes, strict=True):
            for number in range(1, size + 1):
                body = f"{MARK} {words(rng, 30)}"
                batch.append(
                    Post(
                        topic=topic,
                        author=authors[number % 50],
                        number=number,
                        body=body,
                        body_html=render_markdown(body),
                        created_at=now - timedelta(seconds=number),
                    )
                )
        Post.objects.bulk_create(batch, batch_size=BATCH)
    return Topic.objects.get(group=group, title=f"{MARK} Long thread"), True


def seed_tisc(rng, *, institutions: int = 50, years: int = 3, per_month: int = 20) -> bool:
    """One public synthetic TISC network: `institutions` host institutions with `years` of records."""
    from decimal import Decimal

    from tisc.choices import Gender, Outcome, RequesterCategory, RequestKind
    from tisc.models import Indicator, Institution, Network, Project, ServiceRequest, Target, TrainingEvent
    from tisc.periods import add_months
    from tisc.services.rollups import rollups_rebuild

    if Network.objects.filter(slug="synthetic-tisc").exists():
        return False
    last_year = date.today().year
    network = Network.objects.create(
        slug="synthetic-tisc", name=f"{MARK} TISC network", coordinator=MARK, is_demo=True, dashboard_public=True
    )
    project = Project.objects.create(
        network=network, title=f"{MARK} project", objectives=MARK, start_year=last_year - years + 1, end_year=last_year
    )
    for position, (measure, category) in enumerate([("requests", ""), ("searches", "sme"), ("participants", "")]):
        indicator = Indicator.objects.create(
            project=project, name=f"{MARK} {measure}", measure=measure, requester_category=category, position=position
        )
        Target.objects.bulk_create(Target(indicator=indicator, year=y, value=5000) for y in project.years)
    hosts = Institution.objects.bulk_create(
        Institution(network=network, slug=f"synthetic-tisc-{n}", name=f"{MARK} TISC {n}", kind="university")
        for n in range(institutions)
    )
    start = date(last_year - years + 1, 1, 1)
    months = [add_months(start, offset) for offset in range(12 * years)]
    requests = []
    for host in hosts:
        for month in months:
            for _ in range(per_month):
                requests.append(
                    ServiceRequest(
                        institution=host,
                        received_on=month.replace(day=rng.randint(1, 28)),
                        kind=rng.choice(RequestKind.values),
                        requester_category=rng.choice(RequesterCategory.values),
                        requester_gender=rng.choice(Gender.values),
                        outcome=rng.choice(Outcome.values),
                        hours=Decimal(rng.choice(["0.5", "1", "2", "6"])),
                    )
                )
        TrainingEvent.objects.bulk_create(
            TrainingEvent(institution=host, held_on=month, title=MARK, women=rng.randint(3, 20), men=rng.randint(3, 20))
            for month in months
        )
    ServiceRequest.objects.bulk_create(requests, batch_size=BATCH)
    rollups_rebuild(institution_ids=[h.pk for h in hosts], start=start, end=add_months(months[-1], 1))
    return True


def write_targets(long_topic) -> None:
    from analytics.models import Report
    from databases.models import PatentDatabase
    from policies.models import Institution, Policy

    report = Report.objects.filter(slug__startswith="synthetic-").first()
    targets = [
        ("home", "/"),
        ("databases list", "/databases/"),
        ("databases detail", PatentDatabase.objects.get(name="Espacenet").get_absolute_url()),
        ("registers table", "/registers/"),
        ("registers detail", "/registers/FR/"),
        ("registers map", "/registers/map/"),
        ("analytics list", "/analytics/"),
        ("analytics detail", report.get_absolute_url()),
        ("policies list", "/policies/"),
        ("policies detail", Policy.objects.filter(title__startswith=MARK).first().get_absolute_url()),
        ("institution page", Institution.objects.filter(name__startswith=MARK).first().get_absolute_url()),
        ("etisc index", "/etisc/"),
        ("thread page (200 posts, p.5)", f"{long_topic.get_absolute_url()}?page=5"),
        ("search page", "/search/?q=patent+register"),
        ("search suggest", "/search/suggest/?q=vacc"),
        ("API databases", "/api/v1/databases/databases/"),
        ("API registers", "/api/v1/registers/jurisdictions/"),
        ("API analytics", "/api/v1/analytics/reports/"),
        ("API policies", "/api/v1/policies/policies/"),
        ("API etisc topics", "/api/v1/etisc/topics/"),
        ("API search", "/api/v1/search/?q=patent"),
        *tisc_targets(),
    ]
    TARGETS_FILE.write_text(json.dumps(targets, indent=1))


def tisc_targets() -> list[tuple[str, str]]:
    year = date.today().year
    return [
        ("TISC network dashboard (50 x 3 y)", f"/tisc/networks/synthetic-tisc/dashboard/?year={year}"),
        ("API TISC network dashboard", f"/api/v1/tisc/networks/synthetic-tisc/dashboard/?year={year}"),
        ("TISC directory map", "/tisc/"),
        ("API TISC institutions", "/api/v1/tisc/institutions/"),
    ]


def main() -> None:
    parser = argparse.ArgumentParser()
    parser.add_argument("--scale", type=int, default=10_000)
    parser.add_argument("--posts", type=int, default=100_000)
    args = parser.parse_args()
    setup()
    from django.core.management import call_command

    from inspire.search.services import index_rebuild

    call_command("load_content", verbosity=0)
    rng = random.Random(2026)
    created = [
        seed_databases(rng, args.scale),
        seed_register_resources(rng, args.scale),
        seed_reports(rng, args.scale),
        seed_policies(rng, args.scale),
    ]
    long_topic, forum_created = seed_forum(rng, args.posts)
    created += [forum_created, seed_tisc(rng)]
    # Rebuilding the index takes most of a 100k seed's half hour: an unchanged data set keeps its index.
    if any(created):
        print(f"search index: {index_rebuild()} documents")
    write_targets(long_topic)


if __name__ == "__main__":
    main()
