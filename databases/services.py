"""Every write to patent database reports, ratings, comments and follows goes through here."""

import datetime
from collections.abc import Iterable
from typing import TYPE_CHECKING, Any

from django.db import transaction
from django.utils import timezone
from django.utils.translation import gettext as _

from databases.models import Comment, Coverage, DatabaseFeature, Follow, PatentDatabase, Rating, ReportRevision
from etisc.models import Notification
from etisc.services.notifications import notifications_create
from inspire.accounts.models import User
from inspire.content.seeding import Seeder
from inspire.services import model_fields_set, model_upsert

if TYPE_CHECKING:
    from databases.content.schema import CoverageFact, DatabaseEntry
    from inspire.content.files import Located


@transaction.atomic
def database_upsert(
    *,
    slug: str,
    fields: dict[str, Any],
    features: Iterable[dict[str, Any]] | None = None,
    coverage: Iterable[dict[str, Any]] | None = None,
) -> PatentDatabase:
    """Create or update a database by slug; `features` and `coverage`, when given, replace the old sets.

    Rows are matched by their natural keys, so writing the same data twice changes nothing.
    """
    database, _changed = model_upsert(
        PatentDatabase, lookup={"slug": slug}, data=fields, editable=PatentDatabase.EDITABLE_FIELDS
    )
    if features is not None:
        kept = []
        for item in features:
            feature, _changed = model_upsert(
                DatabaseFeature,
                lookup={"database": database, "feature": item["feature"]},
                data={"available": item.get("available", True), "note": item.get("note", "")},
                editable=("available", "note"),
            )
            kept.append(feature.pk)
        database.features.exclude(pk__in=kept).delete()

    if coverage is not None:
        kept = []
        for item in coverage:
            cell, _changed = model_upsert(
                Coverage,
                lookup={"database": database, **{k: item[k] for k in ("jurisdiction", "document_kind", "level")}},
                data={
                    "covered": item.get("covered", True),
                    "from_year": item.get("from_year"),
                    "note": item.get("note", ""),
                },
                editable=("covered", "from_year", "note"),
            )
            kept.append(cell.pk)
        database.coverage.exclude(pk__in=kept).delete()
    return database


@transaction.atomic
def database_seed(
    *, slug: str, entry: "DatabaseEntry", coverage: "list[Located[CoverageFact]]", seeder: Seeder
) -> PatentDatabase | None:
    """Seed one database, its features and coverage from its content files (see inspire.content.seeding)."""
    values = entry.model_dump(exclude={"features", "source"})
    values["source_url"] = entry.source
    database = seeder.seed(PatentDatabase, key=f"databases/{slug}", lookup={"slug": slug}, values=values)
    if database is None:
        return None
    for fact in entry.features:
        seeder.seed(
            DatabaseFeature,
            key=f"databases/{slug}/features/{fact.feature.value}",
            lookup={"database": database, "feature": fact.feature.value},
            values={"available": fact.available, "note": fact.note},
        )
    for row in coverage:
        cell = row.entry
        seeder.seed(
            Coverage,
            key=f"databases/{slug}/coverage/{cell.jurisdiction}/{cell.document_kind.value}/{cell.level.value}",
            lookup={
                "database": database,
                "jurisdiction": cell.jurisdiction,
                "document_kind": cell.document_kind.value,
                "level": cell.level.value,
            },
            values={
                "covered": cell.covered,
                "from_year": cell.from_year,
                "to_year": cell.to_year,
                "note": cell.note,
                "source_url": cell.source or "",
                "reviewed_on": cell.reviewed_on,
            },
        )
    return database


@transaction.atomic
def report_revise(
    *,
    database: PatentDatabase,
    summary: str,
    revised_by: User | None,
    changes: dict[str, str] | None = None,
    revised_on: datetime.date | None = None,
) -> ReportRevision:
    """Apply changes to the written report, log them with a date, and e-mail the followers."""
    revised_on = revised_on or timezone.localdate()
    # Only the report's texts may change here; a revision always re-dates the report, so it is always saved.
    model_fields_set(instance=database, data=changes or {}, editable=PatentDatabase.REPORT_FIELDS)
    database.reviewed_on = revised_on
    if revised_by is not None:
        database.curator = revised_by
    database.full_clean()
    database.save()
    revision = ReportRevision(database=database, revised_on=revised_on, summary=summary, revised_by=revised_by)
    revision.full_clean()
    revision.save()
    _followers_notify(database=database, revision=revision)
    return revision


def _followers_notify(*, database: PatentDatabase, revision: ReportRevision) -> None:
    """Through the site's durable notifications: stored with the revision, sent at most once, and
    subject to each follower's settings (e-mail at once, daily digest or none)."""
    followers = Follow.objects.filter(database=database, user__is_active=True).exclude(user=revision.revised_by)
    kind = Notification.Kind.REVISED
    text = _("The report on %(name)s was revised: %(summary)s") % {"name": database.name, "summary": revision.summary}
    notifications_create(
        recipients=dict.fromkeys(followers.values_list("user_id", flat=True), kind),
        actor=revision.revised_by,
        texts={kind: text},
        url=database.get_absolute_url(),
    )


@transaction.atomic
def rating_set(*, database: PatentDatabase, user: User, stars: int) -> Rating:
    rating = Rating.objects.filter(database=database, user=user).first() or Rating(database=database, user=user)
    rating.stars = stars
    rating.full_clean()
    rating.save()
    return rating


@transaction.atomic
def comment_create(*, database: PatentDatabase, author: User, body: str) -> Comment:
    comment = Comment(database=database, author=author, body=body.strip())
    comment.full_clean()
    comment.save()
    return comment


@transaction.atomic
def comment_moderate(*, comment: Comment, approve: bool) -> Comment:
    comment.status = Comment.Status.APPROVED if approve else Comment.Status.REJECTED
    comment.moderated_at = timezone.now()
    comment.full_clean()
    comment.save(update_fields=["status", "moderated_at"])
    return comment


@transaction.atomic
def follow_set(*, database: PatentDatabase, user: User, following: bool) -> bool:
    """Start or stop following; returns whether the user now follows the database."""
    if following:
        Follow.objects.get_or_create(database=database, user=user)
    else:
        Follow.objects.filter(database=database, user=user).delete()
    return following
