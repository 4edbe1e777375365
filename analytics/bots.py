"""Recognising crawlers and scripts by their User-Agent, so they do not inflate download counts."""

import re

# Self-declared crawlers, link checkers and HTTP libraries. A missing User-Agent counts as a bot:
# every browser sends one.
BOT_PATTERN = re.compile(
    r"bot\b|bot/|crawl|spider|slurp|archiver|facebookexternalhit|embedly|preview|monitor|pingdom|"
    r"curl/|wget/|python-requests|python-urllib|httpx|aiohttp|go-http-client|java/|okhttp|libwww|scrapy",
    re.IGNORECASE,
)


def is_bot(user_agent: str) -> bool:
    return not user_agent.strip() or bool(BOT_PATTERN.search(user_agent))
