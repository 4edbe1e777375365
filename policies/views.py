from django.contrib import messages
from django.contrib.auth.decorators import login_required
from django.contrib.auth.views import redirect_to_login
from django.core.exceptions import ValidationError
from django.core.paginator import Paginator
from django.http import Http404, HttpResponse
from django.shortcuts import redirect, render
from django.urls import reverse
from django.utils.translation import gettext as _
from django.views.decorators.http import require_http_methods, require_POST, require_safe

from inspire.jurisdictions import CONTINENTS, local_countries
from inspire.sections import section_trail
from policies import document, selectors, services
from policies.filters import PolicyFilter
from policies.forms import CompareForm, DraftForm, StepForm
from policies.models import Institution, Policy, PolicyDraft

PAGE_SIZE = 25


def _section_trail(*rest):
    return section_trail("policies", *rest)


@require_safe
def index(request):
    """The policy database: every policy, filterable by country, region, types, language and year."""
    filterset = PolicyFilter(request.GET, queryset=selectors.policies_for_list(), request=request)
    context = {"filter": filterset, "policy_total": selectors.policy_count()}
    if not filterset.is_valid():
        return render(request, "policies/index.html", {**context, "invalid": True}, status=400)
    rows = filterset.qs
    counts = selectors.facet_counts(rows, request.GET)
    type_options = [(value, label, counts["policy_type"].get(value, 0)) for value, label in Policy.Type.choices]
    region_counts = [(code, label, counts["region"].get(code, 0)) for code, label in CONTINENTS.items()]
    context.update(
        {
            "page_obj": Paginator(rows, PAGE_SIZE).get_page(request.GET.get("page")),
            "type_options": type_options,
            "selected_types": filterset.form.cleaned_data.get("policy_type") or [],
            "region_counts": region_counts,
            "figures": selectors.policy_figures(type_options, region_counts),
            "country_links": selectors.countries_with_policies(),
            "content_version": selectors.content_version(),
        }
    )
    return render(request, "policies/index.html", context)


@require_safe
def institution(request, slug: str):
    try:
        item = selectors.institution_detail(slug)
    except Institution.DoesNotExist:
        raise Http404 from None
    return render(
        request,
        "policies/institution.html",
        {
            "institution": item,
            "policy_types": selectors.policy_types_of(item),
            "trail": _section_trail(
                (reverse("policies:country", args=[item.country.code]), item.country.name), ("", item.name)
            ),
        },
    )


@require_safe
def policy(request, pk: int):
    try:
        item = selectors.policy_detail(pk)
    except Policy.DoesNotExist:
        raise Http404 from None
    return render(
        request,
        "policies/policy.html",
        {
            "policy": item,
            "trail": _section_trail((item.institution.get_absolute_url(), item.institution.name), ("", item.title)),
        },
    )


@require_safe
def compare(request):
    """Two to four policies side by side on their key terms; the address names them, so it can be shared."""
    trail = _section_trail(("", _("Compare policies")))
    if "p" not in request.GET:
        return render(request, "policies/compare.html", {"form": CompareForm(), "trail": trail})
    form = CompareForm(request.GET)
    if not form.is_valid():
        return render(request, "policies/compare.html", {"form": form, "trail": trail}, status=400)
    policies = form.cleaned_data["policies"]
    context = {"form": form, "policies": policies, "rows": selectors.compare_rows(policies), "trail": trail}
    return render(request, "policies/compare.html", context)


@require_safe
def country(request, code: str):
    code = code.upper()
    name = dict(local_countries()).get(code)
    if name is None:
        raise Http404
    return render(
        request,
        "policies/country.html",
        {
            "code": code,
            "name": name,
            "institutions": selectors.country_institutions(code),
            "national_version": selectors.national_version(code),
            "regional_versions": selectors.regional_versions_for(code),
            "trail": _section_trail(("", name)),
        },
    )


@require_safe
def toolkit(request):
    """The IP Policy Toolkit: checklist, template, guidelines and national versions on one page."""
    return render(
        request,
        "policies/toolkit.html",
        {
            "topics": selectors.checklist(),
            "national_versions": selectors.national_versions(),
            "regional_versions": selectors.regional_versions(),
            "trail": _section_trail(("", _("IP Policy Toolkit"))),
        },
    )


def _owned_draft(request, pk: int) -> PolicyDraft:
    try:
        return selectors.draft_of(request.user, pk)
    except PolicyDraft.DoesNotExist:
        # Someone else's draft looks exactly like a missing one.
        raise Http404 from None


def _writer_trail(*rest):
    return _section_trail((reverse("policies:writer"), _("Policy Writer")), *rest)


@require_http_methods(["GET", "POST"])
def writer(request):
    """The Policy Writer's start page: the user's drafts and a form to start a new one. Anonymous
    visitors read first what needs an account and why, rather than losing a filled form to a sign-in."""
    if not request.user.is_authenticated:
        if request.method == "POST":
            return redirect_to_login(request.get_full_path())
        return render(request, "policies/writer.html", {"trail": _writer_trail()})
    form = DraftForm(request.POST or None)
    if request.method == "POST" and form.is_valid():
        try:
            draft = services.draft_create(owner=request.user, **form.cleaned_data)
        except ValidationError as error:
            form.add_error(None, error)
        else:
            topics = selectors.checklist()
            if not topics:
                return redirect(draft)
            return redirect("policies:draft-step", pk=draft.pk, step=topics[0].key)
    return render(
        request,
        "policies/writer.html",
        {"form": form, "drafts": selectors.drafts_of(request.user), "trail": _writer_trail()},
        status=400 if form.errors else 200,
    )


def _progress(draft: PolicyDraft, topics) -> list[tuple]:
    """(topic, answered items, total items) per step."""
    return [
        (
            topic,
            sum(1 for item in topic.items.all() if draft.answer_for(item.key).get("clause")),
            len(topic.items.all()),
        )
        for topic in topics
    ]


@login_required
@require_http_methods(["GET", "POST"])
def draft(request, pk: int):
    """A draft's overview: its details, progress through the steps, and where to resume."""
    item = _owned_draft(request, pk)
    topics = selectors.checklist()
    form = DraftForm(request.POST or None, instance=item)
    if request.method == "POST" and form.is_valid():
        services.draft_update(draft=item, **form.cleaned_data)
        messages.success(request, _("Draft details saved."))
        return redirect(item)
    keys = [topic.key for topic in topics]
    progress = _progress(item, topics)
    resume = next(
        (topic.key for topic, answered, total in progress if answered < total),
        item.last_step if item.last_step in keys else next(iter(keys), None),
    )
    return render(
        request,
        "policies/draft.html",
        {
            "draft": item,
            "form": form,
            "progress": progress,
            "resume": resume,
            "trail": _writer_trail(("", item.title)),
        },
        status=400 if form.errors else 200,
    )


@login_required
@require_http_methods(["GET", "POST"])
def draft_step(request, pk: int, step: str):
    item = _owned_draft(request, pk)
    topics = selectors.checklist()
    keys = [topic.key for topic in topics]
    if step not in keys:
        raise Http404
    index_ = keys.index(step)
    topic = topics[index_]
    form = StepForm(request.POST or None, topic=topic, draft=item)
    if request.method == "POST" and form.is_valid():
        try:
            services.draft_answers_save(draft=item, answers=form.answers(), step=step)
        except ValidationError as error:
            form.add_error(None, error)
        else:
            if request.POST.get("go") == "previous" and index_ > 0:
                return redirect("policies:draft-step", pk=item.pk, step=keys[index_ - 1])
            if index_ + 1 < len(keys):
                return redirect("policies:draft-step", pk=item.pk, step=keys[index_ + 1])
            return redirect("policies:draft-preview", pk=item.pk)
    return render(
        request,
        "policies/step.html",
        {
            "draft": item,
            "topic": topic,
            "form": form,
            "number": index_ + 1,
            "total": len(keys),
            "steps": topics,
            "has_previous": index_ > 0,
            "country_law": selectors.country_law(item),
            "law_decided_items": selectors.LAW_DECIDED_ITEMS,
            "trail": _writer_trail((item.get_absolute_url(), item.title), ("", topic.title)),
        },
        status=400 if form.errors else 200,
    )


@login_required
@require_safe
def draft_preview(request, pk: int):
    item = _owned_draft(request, pk)
    built = document.for_draft(item)
    return render(
        request,
        "policies/preview.html",
        {
            "draft": item,
            "document": built,
            "html": built.html(),
            "national_version": built.national_version,
            "trail": _writer_trail((item.get_absolute_url(), item.title), ("", _("Preview"))),
        },
    )


@login_required
@require_safe
def draft_download(request, pk: int, extension: str):
    item = _owned_draft(request, pk)
    if extension not in document.DOWNLOAD_TYPES:
        raise Http404
    built = document.for_draft(item)
    body = built.docx() if extension == "docx" else built.markdown().encode()
    response = HttpResponse(body, content_type=document.DOWNLOAD_TYPES[extension])
    response["Content-Disposition"] = f'attachment; filename="{built.filename(extension)}"'
    return response


@login_required
@require_POST
def draft_delete(request, pk: int):
    services.draft_delete(draft=_owned_draft(request, pk))
    messages.success(request, _("Draft deleted."))
    return redirect("policies:writer")
