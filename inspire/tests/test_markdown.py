from inspire.markdown import render_markdown


def test_markdown_renders_formatting():
    html = render_markdown("**bold** and [a link](https://www.wipo.int)")
    assert "<strong>bold</strong>" in html
    assert 'href="https://www.wipo.int"' in html
    assert "nofollow" in html


def test_markdown_strips_scripts_handlers_and_javascript_links():
    html = render_markdown(
        '<script>alert(1)</script><img src=x onerror="alert(2)"><a href="javascript:alert(3)">x</a>'
        '<p onclick="alert(4)">hi</p>[y](javascript:alert(5))'
    )
    for payload in ("<script", "onerror", "javascript:", "onclick", "<img"):
        assert payload not in html
