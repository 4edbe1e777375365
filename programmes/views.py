from django.http import Http404
from django.shortcuts import render
from django.urls import reverse
from django.views.decorators.http import require_safe
from django_countries import countries

from inspire.sections import section_trail
from programmes import selectors
from programmes.eligibility import eligibility_check
from programmes.forms import EligibilityForm
from programmes.models import InstitutionType, Programme


@require_safe
def index(request):
    context = {
        "programmes": selectors.programmes_all(),
        "form": EligibilityForm(),
        "trail": section_trail("programmes"),
    }
    return render(request, "programmes/index.html", context)


@require_safe
def detail(request, slug):
    try:
        programme = selectors.programme_detail(slug)
    except Programme.DoesNotExist as error:
        raise Http404 from error
    context = {
        "programme": programme,
        "charts": selectors.programme_charts(programme),
        "trail": section_trail("programmes", (programme.get_absolute_url(), programme.acronym)),
    }
    return render(request, "programmes/detail.html", context)


@require_safe
def eligibility(request):
    """The checker: with no question asked yet it shows the form; a bad answer is a form error (400)."""
    asked = bool(request.GET)
    form = EligibilityForm(request.GET if asked else None)
    answers, country_name, type_label = None, "", ""
    if asked and form.is_valid():
        country, kind = form.cleaned_data["country"], form.cleaned_data["type"]
        answers = eligibility_check(country=country, institution_type=kind)
        country_name, type_label = countries.name(country), InstitutionType(kind).label
    context = {
        "form": form,
        "answers": answers,
        "country_name": country_name,
        "type_label": type_label,
        "trail": section_trail("programmes", (reverse("programmes:eligibility"), EligibilityForm.title)),
    }
    return render(request, "programmes/eligibility.html", context, status=400 if asked and not form.is_valid() else 200)
