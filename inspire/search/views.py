from django.core.paginator import Paginator
from django.http import JsonResponse
from django.shortcuts import render
from django.views.decorators.http import require_GET

from inspire.search import selectors
from inspire.search.forms import SearchForm
from inspire.search.providers import kind_labels
from inspire.search.text import MAX_QUERY_LENGTH, highlight, query_terms

RESULTS_PER_PAGE = 20
RESULTS_PER_GROUP = 5


def _with_snippets(documents, terms):
    for document in documents:
        document.snippet = highlight(document.body or document.title, terms)
    return documents


@require_GET
def search(request):
    form = SearchForm(request.GET)
    context = {"form": form, "query": "", "truncated": len(request.GET.get("q", "")) > MAX_QUERY_LENGTH}
    if not form.is_valid():
        return render(request, "search/results.html", context, status=400)
    query, kind = form.cleaned_data["q"], form.cleaned_data["kind"]
    terms = query_terms(query)
    context.update(query=query, kind=kind, kind_label=kind_labels().get(kind, ""))
    if terms and kind:
        context["facets"] = selectors.facets_for(query=query, user=request.user)
        matches = selectors.documents_matching(query=query, user=request.user, kind=kind)
        context["page_obj"] = Paginator(matches, RESULTS_PER_PAGE).get_page(request.GET.get("page"))
        _with_snippets(context["page_obj"].object_list, terms)
    elif terms:
        context["groups"] = selectors.grouped_results(query=query, user=request.user, per_group=RESULTS_PER_GROUP)
        context["facets"] = [facet for facet, _ in context["groups"]]
        for _, documents in context["groups"]:
            _with_snippets(documents, terms)
    context["total"] = sum(facet.count for facet in context.get("facets", []))
    return render(request, "search/results.html", context)


@require_GET
def suggest(request):
    query = request.GET.get("q", "")[:MAX_QUERY_LENGTH]
    labels = kind_labels()
    found = selectors.suggestions(query=query, user=request.user)
    return JsonResponse(
        {
            "query": query,
            "suggestions": [
                {"title": d.title, "kind": d.kind, "kind_label": str(labels.get(d.kind, d.kind)), "url": d.url}
                for d in found
            ],
        }
    )
