"""Site-wide search latency on PostgreSQL over 100,000 synthetic documents.

    python bench/search_latency.py [--documents 100000] [--queries 300]

Creates (once) the synthetic documents in the bench database, then times whole requests to the
search page, the search API and the suggestions endpoint for random one- and two-word queries,
one at a time on one connection, and prints p50/p95/max in milliseconds. For the "one core"
figure, pin PostgreSQL and the script to one CPU:

    taskset -pc 0 $(head -1 /var/lib/postgresql/15/main/postmaster.pid)
    taskset -c 0 python bench/search_latency.py
"""

import argparse
import os
import random
import time

# Its own database: the scaled data set of bench/run.py would otherwise join the 100,000 documents.
os.environ.setdefault("BENCH_DATABASE_URL", "postgres://inspire:inspire@127.0.0.1:5432/inspire_bench_search")
# One client sends every request: lift the per-visitor API limit so it measures search, not throttling.
os.environ.setdefault("API_THROTTLE_ANON", "1000000/minute")
os.environ.setdefault("RATE_LIMIT_SEARCH_PER_MINUTE", "1000000")
os.environ.setdefault("RATE_LIMIT_SUGGEST_PER_MINUTE", "1000000")

from _django import percentile, setup

DOMAIN_WORDS = (
    "patent register gazette database vaccine graphite titanium battery artificial intelligence "
    "assistive technology transportation licensing university policy spinoff copyright software "
    "open access conflict interest consulting landscape trends family citation classification "
    "chemical structure sequence semantic legal status opposition renewal grant application "
    "utility model design examiner priority translation europe japan china korea brazil africa "
    "propriété brevet innovación tecnología"
).split()
KINDS = ["database", "jurisdiction", "report", "policy", "institution", "topic", "post", "event"]
SYNTHETIC_MARKER = "bench-synthetic"
SYLLABLES = "ka to mi ra ne su lo pe vi da go ri ta no be ze fu ly qua xo".split()
VOCABULARY_SIZE = 20_000


def build_vocabulary(rng: random.Random) -> tuple[list[str], list[float]]:
    """A Zipf-distributed vocabulary, as in real text; domain words sit among the common ranks
    (50 to 110), so a one-word query matches several thousand documents, not all of them."""
    words = {"".join(rng.choice(SYLLABLES) for _ in range(rng.randint(2, 4))) for _ in range(VOCABULARY_SIZE * 2)}
    vocabulary = sorted(words)[:VOCABULARY_SIZE]
    rng.shuffle(vocabulary)
    for offset, word in enumerate(DOMAIN_WORDS):
        vocabulary[50 + offset] = word
    weights = [1 / (rank + 1) ** 1.07 for rank in range(len(vocabulary))]
    return vocabulary, weights


def sentence(rng: random.Random, vocabulary, weights, words: int) -> str:
    return " ".join(rng.choices(vocabulary, weights, k=words))


def ensure_documents(count: int, rebuild: bool) -> None:
    from django.contrib.contenttypes.models import ContentType

    from inspire.accounts.models import User
    from inspire.search.models import SearchDocument
    from inspire.search.services import _vectors_update

    existing = SearchDocument.objects.filter(object_id__startswith=SYNTHETIC_MARKER).count()
    if existing == count and not rebuild:
        return
    SearchDocument.objects.filter(object_id__startswith=SYNTHETIC_MARKER).delete()
    content_type = ContentType.objects.get_for_model(User)
    rng = random.Random(42)
    vocabulary, weights = build_vocabulary(rng)
    started = time.perf_counter()
    for start in range(0, count, 5000):
        batch = []
        for index in range(start, min(count, start + 5000)):
            title = sentence(rng, vocabulary, weights, rng.randint(3, 8)).capitalize()
            body = sentence(rng, vocabulary, weights, rng.randint(40, 160))
            batch.append(
                SearchDocument(
                    content_type=content_type,
                    object_id=f"{SYNTHETIC_MARKER}-{index}",
                    kind=rng.choice(KINDS),
                    title=title,
                    body=body,
                    url=f"/synthetic/{index}/",
                    restricted_to_group=rng.choice([None] * 9 + [1]),
                )
            )
        SearchDocument.objects.bulk_create(batch)
    _vectors_update(SearchDocument.objects.filter(object_id__startswith=SYNTHETIC_MARKER))
    from django.db import connection

    with connection.cursor() as cursor:
        cursor.execute("VACUUM ANALYZE search_searchdocument")
    print(f"created {count} synthetic documents in {time.perf_counter() - started:.1f} s")


def main() -> None:
    parser = argparse.ArgumentParser()
    parser.add_argument("--documents", type=int, default=100_000)
    parser.add_argument("--queries", type=int, default=300)
    parser.add_argument("--rebuild", action="store_true", help="Regenerate the synthetic documents.")
    args = parser.parse_args()
    setup()
    ensure_documents(args.documents, args.rebuild)

    from django.test import Client

    client = Client(HTTP_HOST="127.0.0.1")
    rng = random.Random(7)
    urls = {
        "search page": "/search/",
        "one kind": "/search/",
        "search API": "/api/v1/search/",
        "suggestions": "/search/suggest/",
    }
    timings: dict[str, list[float]] = {label: [] for label in urls}
    for url in urls.values():  # first requests compile templates and fill caches: not what is measured
        client.get(url, {"q": "warm up"})
    more = 0
    for _ in range(args.queries):
        # Whole or half-typed domain words, one or two of them, as people type in the header box.
        query = " ".join(rng.choice(DOMAIN_WORDS)[: rng.randint(4, 12)] for _ in range(rng.randint(1, 2)))
        for label, url in urls.items():
            params = {"q": query, "kind": rng.choice(KINDS)} if label == "one kind" else {"q": query}
            started = time.perf_counter()
            response = client.get(url, params)
            timings[label].append((time.perf_counter() - started) * 1000)
            assert response.status_code == 200, (url, query, response.status_code)
            if label == "search API":
                more += response.json()["more"]
    print(f"search over {args.documents} documents, {args.queries} random one/two-word queries, one connection;")
    print(f"{more} of the queries matched more documents than a search ranks.")
    print("Whole requests through Django (middleware, query, snippets, template or JSON):")
    for label, values in timings.items():
        print(
            f"  {label:12s} p50 {percentile(values, 0.50):6.1f} ms   p95 {percentile(values, 0.95):6.1f} ms"
            f"   max {max(values):6.1f} ms"
        )


if __name__ == "__main__":
    main()
