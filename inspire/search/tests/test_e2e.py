import pytest
from django.core.management import call_command


@pytest.mark.e2e
def test_visitor_types_in_header_box_picks_suggestion_and_lands_on_it(page):
    call_command("load_content", "--only", "databases", verbosity=0)
    page.goto("/")
    box = page.get_by_role("combobox", name="Search the hub")
    box.press_sequentially("espace", delay=40)
    suggestion = page.get_by_role("option", name="Espacenet Patent databases", exact=True)
    suggestion.wait_for()
    assert box.get_attribute("aria-expanded") == "true"
    box.press("ArrowDown")
    assert suggestion.get_attribute("aria-selected") == "true"
    box.press("Enter")
    page.wait_for_url("**/databases/espacenet/")
    assert page.get_by_role("heading", level=1).inner_text().startswith("Espacenet")


@pytest.mark.e2e
def test_search_page_groups_results_and_filters_by_kind(page):
    call_command("load_content", "--only", "registers", "databases", verbosity=0)
    page.goto("/search/?q=japan")
    assert page.get_by_role("heading", name="Patent databases").is_visible()
    page.get_by_role("navigation", name="Kinds of results").get_by_role(
        "link", name="Jurisdictions and registers"
    ).click()
    page.wait_for_url("**kind=jurisdiction**")
    assert page.get_by_role("link", name="Japan (JP)").is_visible()


@pytest.mark.e2e
def test_escape_closes_suggestions_and_keeps_what_was_typed(page):
    call_command("load_content", "--only", "databases", verbosity=0)
    page.goto("/")
    box = page.get_by_role("combobox", name="Search the hub")
    box.press_sequentially("espace", delay=40)
    suggestions = page.get_by_role("listbox", name="Suggestions")
    page.get_by_role("option", name="Espacenet Patent databases", exact=True).wait_for()
    assert suggestions.is_visible()
    box.press("Escape")
    assert suggestions.is_hidden()
    assert box.get_attribute("aria-expanded") == "false"
    assert box.input_value() == "espace"
    # A suggestion already on its way does not reopen the list.
    page.wait_for_timeout(400)
    assert suggestions.is_hidden()
    # Typing again brings suggestions back.
    box.press_sequentially("n", delay=40)
    page.get_by_role("option", name="Espacenet Patent databases", exact=True).wait_for()
    assert box.input_value() == "espacen"
