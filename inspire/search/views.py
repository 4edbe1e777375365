from django.core.paginator import Paginator
from django.http import JsonResponse
from django.shortcuts import render
from django.views.decorators.http import require_safe

from inspire.ratelimit import rate_limited
from inspire.search import selectors
from inspire.search.forms import SearchForm
from inspire.search.providers import kind_labels
from inspire.search.text import MAX_QUERY_LENGTH, query_terms, snippet
from inspire.views import too_many_requests, too_many_requests_json

RESULTS_PER_PAGE = 20
RESULTS_PER_GROUP = 5


def _with_snippets(documents, terms):
    for document in documents:
        document.snippet = snippet(document.title, document.body, terms)
    return documents


@require_safe
@rate_limited("search", respond=too_many_requests)
def search(request):
    form = SearchForm(request.GET)
    context = {"form": form, "query": "", "truncated": len(request.GET.get("q", "")) > MAX_QUERY_LENGTH}
    if not form.is_valid():
        return render(request, "search/results.html", context, status=400)
    query, kind = form.cleaned_data["q"], form.cleaned_data["kind"]
    context.update(query=query, kind=kind, kind_label=kind_labels().get(kind, ""))
    if not query_terms(query):
        return render(request, "search/results.html", context)
    terms = selectors.highlight_terms(query)
    results = selectors.search(query=query, user=request.user)
    context.update(
        facets=results.facets,
        total=results.total,
        more=results.more,
        any_word=results.matched == selectors.MATCHED_ANY,
    )
    if kind:
        # The kind's page lists the kind's share of the same ranked results, so it agrees with the
        # counts beside it and the page costs one search.
        page_obj = Paginator(results.of_kind(kind), RESULTS_PER_PAGE).get_page(request.GET.get("page"))
        page_obj.object_list = _with_snippets(selectors.documents_for(page_obj.object_list), terms)
        context["page_obj"] = page_obj
    else:
        context["groups"] = selectors.grouped_results(results, per_group=RESULTS_PER_GROUP)
        for _, documents in context["groups"]:
            _with_snippets(documents, terms)
    return render(request, "search/results.html", context)


@require_safe
@rate_limited("suggest", respond=too_many_requests_json)
def suggest(request):
    query = request.GET.get("q", "")[:MAX_QUERY_LENGTH]
    labels = kind_labels()
    found = selectors.suggestions(query=query, user=request.user)
    return JsonResponse(
        {
            "query": query,
            "suggestions": [
                {
                    "title": d.title,
                    "language": d.language,
                    "kind": d.kind,
                    "kind_label": str(labels.get(d.kind, d.kind)),
                    "url": d.url,
                }
                for d in found
            ],
        }
    )
