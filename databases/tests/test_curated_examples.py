"""What the issue's example questions return on the curated content (databases/content/).

These pin today's answers: when curators add coverage (a Brazilian full-text source, anything for
Kenya), update the expectations here. Whatever the content, each page answers 200 with results or an
empty state naming the filters to drop.
"""

import pytest

from databases import content
from databases.models import PatentDatabase
from inspire.content.seeding import Seeder

pytestmark = pytest.mark.django_db

EXAMPLES = {
    "Brazil + free + full text": "jurisdiction=BR&access=free&level=full_text",
    "Kenya + legal status (coverage level)": "jurisdiction=KE&level=legal_status",
    "Kenya + legal status (feature)": "jurisdiction=KE&feature=legal_status",
    "China + machine translation + free": "jurisdiction=CN&feature=machine_translation&access=free",
}


@pytest.fixture
def curated(db):
    content.load(Seeder())


def answer(client, query: str) -> tuple[list[str], list[tuple[str, str]]]:
    response = client.get(f"/databases/?{query}")
    assert response.status_code == 200
    names = [database.name for database in response.context["page_obj"].object_list]
    suggestions = response.context["suggestions"]
    html = response.content.decode()
    if names:
        assert suggestions == []
    else:
        assert suggestions, "an empty page names the filters whose removal brings results back"
        for url, text in suggestions:
            assert text in html
            # Each link drops exactly one value and keeps the others.
            assert len(url.lstrip("?").split("&")) == len(query.split("&")) - 1
    return names, suggestions


def test_the_issue_examples_answer_with_results_or_filters_to_drop(client, curated):
    answers = {label: answer(client, query) for label, query in EXAMPLES.items()}
    for label, (names, suggestions) in answers.items():
        print(label, "->", names or [text for _url, text in suggestions])

    names, suggestions = answers["Brazil + free + full text"]
    assert names == []  # pePI and LATIPAT are free and record Brazil, but not in full text
    free_with_brazil = (
        PatentDatabase.objects.filter(access="free", coverage__jurisdiction="BR", coverage__covered=True)
        .distinct()
        .count()
    )
    texts = [text for _url, text in suggestions]
    assert any("“Brazil”" in text for text in texts)
    assert any(f"“Full text”: {free_with_brazil} databases" in text for text in texts)

    for label in ("Kenya + legal status (coverage level)", "Kenya + legal status (feature)"):
        names, suggestions = answers[label]
        assert names == []  # no curated database records Kenyan coverage yet
        assert [text.split(":")[0] for _url, text in suggestions] == ["Without “Kenya”"]

    names, _suggestions = answers["China + machine translation + free"]
    assert {"Espacenet", "Google Patents", "PATENTSCOPE"} <= set(names)


def test_the_api_gives_the_same_answers_and_the_three_states(api_client, curated):
    def slugs(params: str) -> list[str]:
        response = api_client.get(f"/api/v1/databases/databases/?{params}")
        assert response.status_code == 200
        return [item["slug"] for item in response.json()["results"]]

    assert slugs("covers=BR&level=fulltext&access=free") == []
    assert sorted(slugs("covers=BR&access=free")) == ["inpi-brazil-pepi", "latipat"]
    assert slugs("not_covering=BR&level=fulltext") == []
    assert slugs("coverage_unknown=BR&level=fulltext&access=free&q=brazil") == ["inpi-brazil-pepi"]
    assert {"espacenet", "google-patents", "patentscope"} <= set(
        slugs("covers=CN&feature=machine_translation&access=free")
    )
