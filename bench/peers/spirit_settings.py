"""django-spirit as `spirit startproject benchforum` makes it, on its production settings (DEBUG off,
its caches in PostgreSQL), pointed at its bench database and loopback. The project itself is
generated under bench/.peers/spirit/site by bench/peers.py."""

import os

from benchforum.settings.prod import *  # noqa: F403
from common import database_from_url

SECRET_KEY = os.environ["DJANGO_SECRET_KEY"]
ALLOWED_HOSTS = ["127.0.0.1"]
DATABASES = {"default": database_from_url()}
ST_SITE_URL = os.environ["PEER_SITE_URL"]
ROOT_URLCONF = "spirit_urls"
