"""Ask the Expert: questions, votes, answers and accepted answers."""

from typing import TYPE_CHECKING

from django.core.exceptions import ValidationError
from django.db import transaction
from django.db.models import F
from django.utils import timezone
from django.utils.translation import gettext as _

from etisc.models import (
    ExpertSession,
    Notification,
    Question,
    QuestionVote,
)
from etisc.permissions import is_suspended

if TYPE_CHECKING:
    pass
from etisc.services._common import require
from etisc.services.notifications import notifications_create


@transaction.atomic
def question_create(*, user, session: ExpertSession, body: str) -> Question:
    require(user.is_authenticated, _("Sign in to ask a question."))
    require(not is_suspended(user), _("Your account is suspended from posting."))
    if not session.is_open():
        raise ValidationError(_("This session is not taking questions."))
    question = Question(session=session, author=user, body=body.strip())
    question.full_clean()
    question.save()
    return question


@transaction.atomic
def question_vote(*, user, question: Question) -> bool:
    """Toggle the user's vote; returns whether the user now votes for the question."""
    require(user.is_authenticated, _("Sign in to vote."))
    require(question.author_id != user.pk, _("You cannot vote for your own question."))
    deleted, _details = QuestionVote.objects.filter(question=question, user=user).delete()
    if deleted:
        Question.objects.filter(pk=question.pk).update(vote_count=F("vote_count") - 1)
        return False
    QuestionVote.objects.create(question=question, user=user)
    Question.objects.filter(pk=question.pk).update(vote_count=F("vote_count") + 1)
    return True


@transaction.atomic
def question_answer(*, user, question: Question, answer: str) -> Question:
    require(question.session.expert_id == user.pk, _("Only the session's expert can answer."))
    if not answer.strip():
        raise ValidationError({"answer": _("Write an answer first.")})
    question.answer = answer.strip()
    question.answered_at = timezone.now()
    question.full_clean()
    question.save(update_fields=["answer", "answered_at"])
    text = _("%(expert)s answered your question in “%(session)s”") % {
        "expert": user.display_name,
        "session": question.session.title,
    }
    notifications_create(
        recipients={question.author_id: Notification.Kind.ANSWER},
        actor=user,
        texts={Notification.Kind.ANSWER: text},
        url=f"{question.session.get_absolute_url()}#question-{question.pk}",
    )
    return question


@transaction.atomic
def question_accept(*, user, question: Question) -> Question:
    require(question.author_id == user.pk, _("Only the person who asked can accept the answer."))
    if not question.answer:
        raise ValidationError(_("There is no answer to accept yet."))
    question.accepted = True
    question.save(update_fields=["accepted"])
    return question
