"""How a post's text becomes the HTML readers see: Markdown with @mentions of members linked, sanitized.

Posts are rendered once, when written (`body_html`), and the preview renders through the same function,
so what a writer previews is what the thread will show.
"""

import re
import xml.etree.ElementTree as etree
from typing import NamedTuple
from urllib.parse import urlencode

from django.conf import settings
from django.urls import reverse
from django.utils import translation
from markdown.extensions import Extension
from markdown.inlinepatterns import InlineProcessor
from markdown.util import AtomicString

from etisc import selectors
from inspire.markdown import render_markdown

# Not after a word character, "@" or "/": e-mail addresses and URL paths such as /@name are no mentions.
MENTION_RE = re.compile(r"(?<![\w@/])@([\w.+-]{1,150})")

# After Markdown's links, code spans, escapes and raw HTML, so none of those turns into a mention; before
# underscore emphasis, so a name such as @ana_maria_ keeps its underscores.
MENTION_PRIORITY = 55


def mentioned_names(body: str) -> set[str]:
    # A sentence may end right after a name: "thanks @ana." mentions "ana".
    return {name.rstrip(".") for name in MENTION_RE.findall(body)}


def member_url(username: str) -> str:
    """The page a mention links to: the discussions the member took part in (there is no public profile).

    The link is stored in the post and read in every language, so it takes the unprefixed path.
    """
    with translation.override(settings.LANGUAGE_CODE):
        return f"{reverse('etisc:topics')}?{urlencode({'author': username})}"


class _MentionProcessor(InlineProcessor):
    # Text already inside a link keeps that link's target; links cannot nest.
    ANCESTOR_EXCLUDES = ("a",)

    def __init__(self, members: set[str], linked: set[str]):
        super().__init__(MENTION_RE.pattern)
        self.members = members
        self.linked = linked

    def handleMatch(self, m, data):
        name = m.group(1).rstrip(".")
        if name not in self.members:
            return None, None, None
        self.linked.add(name)
        link = etree.Element("a", {"href": member_url(name)})
        link.text = AtomicString(f"@{name}")
        return link, m.start(0), m.start(0) + 1 + len(name)


class _MentionExtension(Extension):
    def __init__(self, members: set[str]):
        super().__init__()
        self.members = members
        self.linked: set[str] = set()

    def extendMarkdown(self, md):
        md.inlinePatterns.register(_MentionProcessor(self.members, self.linked), "etisc_mention", MENTION_PRIORITY)


class RenderedPost(NamedTuple):
    html: str
    # The members the HTML links: `@name` in code or in a link is no mention.
    mentions: set[str]


def render_post(body: str) -> RenderedPost:
    """Sanitized HTML of a post; `@name` links to the member only when an active member has that username."""
    members = selectors.active_usernames(names=mentioned_names(body))
    extension = _MentionExtension(members)
    return RenderedPost(render_markdown(body, extensions=[extension]), extension.linked)


def render_post_body(body: str) -> str:
    return render_post(body).html


def post_mentions(body: str) -> set[str]:
    return render_post(body).mentions
