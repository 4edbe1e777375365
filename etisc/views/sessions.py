"""Ask the Expert sessions: questions, votes, answers, accepted answers."""

from django.contrib.auth.decorators import login_required
from django.core.exceptions import ValidationError
from django.shortcuts import get_object_or_404, redirect, render
from django.urls import reverse
from django.utils import timezone
from django.utils.translation import gettext as _
from django.views.decorators.http import require_POST, require_safe

from etisc import selectors, services
from etisc.forms import (
    AnswerForm,
    QuestionForm,
)
from etisc.models import (
    ExpertSession,
    Question,
)
from etisc.ratelimit import RateLimited, rate_limit_hit
from etisc.views._common import form_errors, too_many
from inspire.sections import section_trail


@require_safe
def sessions(request):
    query = request.GET.get("q", "")[:200]
    context = {
        "sessions": selectors.sessions_list(query=query),
        "query": query,
        "now": timezone.now(),
        "trail": section_trail("etisc", ("", _("Ask the Expert"))),
    }
    return render(request, "etisc/sessions.html", context)


def _session_context(request, session: ExpertSession, **forms) -> dict:
    questions, voted = selectors.session_questions(session=session, user=request.user)
    return {
        "session": session,
        "questions": questions,
        "voted": voted,
        "is_open": session.is_open(),
        "is_expert": request.user.is_authenticated and request.user.pk == session.expert_id,
        "question_form": forms.get("question_form") or QuestionForm(),
        "answer_form": AnswerForm(),
        "trail": section_trail("etisc", (reverse("etisc:sessions"), _("Ask the Expert")), ("", session.title)),
    }


@require_safe
def session_detail(request, slug: str):
    session = get_object_or_404(ExpertSession.objects.select_related("expert"), slug=slug)
    return render(request, "etisc/session.html", _session_context(request, session))


@login_required
@require_POST
def question_create(request, slug: str):
    session = get_object_or_404(ExpertSession.objects.select_related("expert"), slug=slug)
    form = QuestionForm(request.POST)
    if form.is_valid():
        try:
            rate_limit_hit(request=request, action="question")
            question = services.question_create(user=request.user, session=session, body=form.cleaned_data["body"])
        except RateLimited:
            return too_many(request)
        except ValidationError as error:
            form_errors(form, error)
        else:
            return redirect(f"{session.get_absolute_url()}#question-{question.pk}")
    return render(request, "etisc/session.html", _session_context(request, session, question_form=form), status=400)


def _question(pk: int) -> Question:
    return get_object_or_404(Question.objects.select_related("session__expert"), pk=pk, hidden=False)


@login_required
@require_POST
def question_vote(request, pk: int):
    question = _question(pk)
    services.question_vote(user=request.user, question=question)
    return redirect(f"{question.session.get_absolute_url()}#question-{question.pk}")


@login_required
@require_POST
def question_answer(request, pk: int):
    question = _question(pk)
    form = AnswerForm(request.POST)
    if not form.is_valid():
        return render(request, "etisc/bad_request.html", {"form": form}, status=400)
    services.question_answer(user=request.user, question=question, answer=form.cleaned_data["answer"])
    return redirect(f"{question.session.get_absolute_url()}#question-{question.pk}")


@login_required
@require_POST
def question_accept(request, pk: int):
    question = _question(pk)
    try:
        services.question_accept(user=request.user, question=question)
    except ValidationError as error:
        return render(request, "etisc/bad_request.html", {"errors": error.messages}, status=400)
    return redirect(f"{question.session.get_absolute_url()}#question-{question.pk}")
