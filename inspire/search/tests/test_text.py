from inspire.search.text import fold, highlight, query_terms


def test_fold_removes_accents_and_case():
    assert fold("Propriété Intellectuelle") == "propriete intellectuelle"


def test_query_terms_drop_operators_and_cap_length():
    assert query_terms("patent & (drug | !vaccine):* <-> 'x'") == ["patent", "drug", "vaccine", "x"]
    assert query_terms("'; DROP TABLE search_searchdocument; --") == ["drop", "table", "search", "searchdocument"]
    assert len(query_terms("word " * 5000)) == 8
    assert query_terms("   ") == []


def test_highlight_marks_matches_and_escapes_html():
    snippet = highlight("Brevets <b>européens</b> et propriété", ["europeens", "propr"])
    assert "<mark>européens</mark>" in snippet
    assert "<mark>propriété</mark>" in snippet
    assert "&lt;b&gt;" in snippet


def test_highlight_centres_on_a_late_match():
    text = "filler " * 100 + "graphite anodes"
    snippet = highlight(text, ["graphite"])
    assert snippet.startswith("… ")
    assert "<mark>graphite</mark>" in snippet


def test_highlight_keeps_marks_in_place_after_letters_that_fold_to_two():
    # "ﬁ" (one ligature character) folds to "fi": later matches must still mark the right letters.
    snippet = highlight("ﬁnancement des brevets", ["financ", "brevet"])
    assert snippet == "<mark>ﬁnancement</mark> des <mark>brevets</mark>"


def test_highlight_marks_short_words_whole():
    assert highlight("IP and IPC", ["ip"]) == "<mark>IP</mark> and IPC"
