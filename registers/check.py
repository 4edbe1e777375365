"""The status checker page: a number as typed, read into office, type, number and kind, with links into
the registers and databases that take it and what to check next (the API twin is registers/api/check.py)."""

from django.shortcuts import render
from django.utils.translation import gettext_lazy as _
from django.views.decorators.http import require_safe

from inspire.jurisdictions import all_jurisdictions
from inspire.sections import section_trail
from registers import deeplinks, selectors
from registers.forms import NumberCheckForm
from registers.numbers import MAX_INPUT_LENGTH, OFFICE_FORMATS


def _formats() -> list[tuple[str, str, tuple[str, ...]]]:
    names = all_jurisdictions()
    return [(code, names[code], examples) for code, examples in OFFICE_FORMATS.items()]


@require_safe
def check_number(request):
    context = {
        "trail": section_trail("registers", ("", _("Status checker"))),
        "formats": _formats(),
        "max_length": MAX_INPUT_LENGTH,
        "value": request.GET.get("number", "")[:MAX_INPUT_LENGTH],
    }
    if "number" not in request.GET:
        return render(request, "registers/check.html", context)
    form = NumberCheckForm(request.GET)
    context["form"] = form
    if not form.is_valid():
        return render(request, "registers/check.html", context, status=400)
    result = selectors.number_check(form.cleaned_data["number"])
    context.update(
        result=result,
        office_name=all_jurisdictions().get(result.number.office, result.number.office),
        direct_links=[link for link in result.links if link.kind != deeplinks.SEARCH],
        search_links=[link for link in result.links if link.kind == deeplinks.SEARCH],
    )
    return render(request, "registers/check.html", context)
