"""Initials avatars beside posts: readable initials, a colour that never changes, hidden from screen readers."""

import re
from pathlib import Path

import pytest

from conftest import make_user
from etisc.avatars import AVATAR_COLOURS, avatar_colour, avatar_initials
from etisc.tests.factories import PostFactory

CSS = Path(__file__).resolve().parents[1] / "static" / "etisc" / "etisc.css"
WCAG_AA_TEXT = 4.5


@pytest.mark.parametrize(
    ("name", "initials"),
    [
        ("Ana María Pérez", "AP"),
        ("grace", "G"),
        ("demo-coordinator", "DC"),
        ("jean_luc.picard", "JP"),
        ("émile zola", "ÉZ"),
        ("李 小龙", "李小"),
        ("  (Ana)  [Pérez] ", "AP"),
    ],
)
def test_initials_come_from_the_first_and_last_word(name, initials):
    assert avatar_initials(name) == initials


@pytest.mark.django_db
def test_avatar_shows_the_display_name_initials_else_the_username_and_is_hidden_from_screen_readers(
    client, public_topic, member
):
    named = make_user("ana-p", first_name="Ana", last_name="Pérez")
    PostFactory(topic=public_topic, author=named, number=2)
    html = client.get(public_topic.get_absolute_url()).content.decode()
    assert f'<span class="etisc-avatar etisc-avatar-{avatar_colour("ana-p")}" aria-hidden="true">AP</span>' in html
    assert f'<span class="etisc-avatar etisc-avatar-{avatar_colour("member")}" aria-hidden="true">M</span>' in html
    assert "<img" not in html.split('class="etisc-thread"')[1]


def test_colour_depends_only_on_the_username():
    # Pinned values: a salted hash() would change them between processes, and every page must agree.
    assert [avatar_colour(name) for name in ("member", "ana-p", "outsider")] == [8, 4, 9]
    assert len({avatar_colour(f"user{n}") for n in range(200)}) == AVATAR_COLOURS


@pytest.mark.django_db
def test_changing_the_display_name_keeps_the_colour(client, public_topic, member):
    url = public_topic.get_absolute_url()
    before = re.search(r'class="etisc-avatar (etisc-avatar-\d+)"', client.get(url).content.decode()).group(1)
    member.first_name, member.last_name = "Zoë", "Quist"
    member.save()
    html = client.get(url).content.decode()
    assert f'<span class="etisc-avatar {before}" aria-hidden="true">ZQ</span>' in html


def _luminance(hex_colour: str) -> float:
    channels = [int(hex_colour[i : i + 2], 16) / 255 for i in (1, 3, 5)]
    linear = [c / 12.92 if c <= 0.04045 else ((c + 0.055) / 1.055) ** 2.4 for c in channels]
    return 0.2126 * linear[0] + 0.7152 * linear[1] + 0.0722 * linear[2]


def test_every_avatar_colour_keeps_white_initials_readable():
    css = CSS.read_text()
    assert re.search(r"\.etisc-avatar \{[^}]*color: #fff;", css)
    colours = dict(re.findall(r"\.etisc-avatar-(\d+) \{ background: (#[0-9a-f]{6}); \}", css))
    assert sorted(map(int, colours)) == list(range(AVATAR_COLOURS))
    for index, colour in colours.items():
        contrast = 1.05 / (_luminance(colour) + 0.05)
        assert contrast >= WCAG_AA_TEXT, f".etisc-avatar-{index} {colour}: {contrast:.2f}:1"
