"""Settings shared by every environment. Values that differ come from the environment via `env`."""

from pathlib import Path

import environ
from celery.schedules import crontab
from django.utils.translation import gettext_lazy as _

from inspire import spreadsheets

BASE_DIR = Path(__file__).resolve().parent.parent.parent

env = environ.Env()
environ.Env.read_env(BASE_DIR / ".env")

DEBUG = env.bool("DJANGO_DEBUG", default=False)
SECRET_KEY = env.str("DJANGO_SECRET_KEY", default="")
ALLOWED_HOSTS = env.list("ALLOWED_HOSTS", default=["127.0.0.1", "localhost"])
CSRF_TRUSTED_ORIGINS = env.list("CSRF_TRUSTED_ORIGINS", default=[])
# Reverse proxies in front of the site that append to X-Forwarded-For (nginx, Traefik: 1). Only their
# entries are believed; with 0 the header is ignored. Read by inspire.clientip for every per-IP limit.
NUM_PROXIES = env.int("NUM_PROXIES", default=0)

INSTALLED_APPS = [
    "django.contrib.admin",
    "django.contrib.auth",
    "django.contrib.contenttypes",
    "django.contrib.sessions",
    "django.contrib.messages",
    "whitenoise.runserver_nostatic",
    "django.contrib.staticfiles",
    "django.contrib.postgres",
    "django.contrib.humanize",
    "django.contrib.sitemaps",
    "rest_framework",
    "rest_framework.authtoken",
    "django_filters",
    "drf_spectacular",
    "drf_spectacular_sidecar",
    "django_countries",
    "django_celery_beat",
    "import_export",
    "axes",
    "inspire.accounts",
    "inspire.usage",
    "inspire",
    "inspire.content",
    # Content apps, in the order their curated content loads (databases cite registers' jurisdictions).
    "registers",
    "databases",
    "analytics",
    "policies",
    "etisc",
    "tisc",
    # Programmes link their products to database reports; learning cites the programmes' sources.
    "programmes",
    "learning",
    # After the content apps: its content step re-indexes what they loaded.
    "inspire.search",
]

MIDDLEWARE = [
    "django.middleware.security.SecurityMiddleware",
    "inspire.middleware.PermissionsPolicyMiddleware",
    "inspire.middleware.RejectNulMiddleware",
    "whitenoise.middleware.WhiteNoiseMiddleware",
    "csp.middleware.CSPMiddleware",
    "django.contrib.sessions.middleware.SessionMiddleware",
    "django.middleware.locale.LocaleMiddleware",
    "inspire.middleware.ApiLanguageMiddleware",
    "django.middleware.common.CommonMiddleware",
    "django.middleware.csrf.CsrfViewMiddleware",
    "django.contrib.auth.middleware.AuthenticationMiddleware",
    "inspire.usage.middleware.PageViewMiddleware",
    "django.contrib.messages.middleware.MessageMiddleware",
    "django.middleware.clickjacking.XFrameOptionsMiddleware",
    "axes.middleware.AxesMiddleware",
    "inspire.pagecache.AnonymousPageCacheMiddleware",
    "inspire.middleware.StatementTimeoutMiddleware",
]

ROOT_URLCONF = "inspire.urls"
WSGI_APPLICATION = "inspire.wsgi.application"

TEMPLATES = [
    {
        "BACKEND": "django.template.backends.django.DjangoTemplates",
        "DIRS": [BASE_DIR / "templates"],
        "APP_DIRS": True,
        "OPTIONS": {
            "context_processors": [
                "django.template.context_processors.request",
                "django.template.context_processors.i18n",
                "django.contrib.auth.context_processors.auth",
                "django.contrib.messages.context_processors.messages",
                "inspire.context_processors.site",
            ],
        },
    },
]

DATABASES = {"default": env.db("DATABASE_URL", default=f"sqlite:///{BASE_DIR / 'db.sqlite3'}")}
DATABASES["default"]["CONN_MAX_AGE"] = env.int("DB_CONN_MAX_AGE", default=60)
DATABASES["default"]["CONN_HEALTH_CHECKS"] = True
# Web requests give up on a statement after this long, so one slow query cannot hold a worker for
# minutes (and answers 503, see inspire.middleware). Only web processes: inspire/wsgi.py sets
# INSPIRE_WEB_PROCESS, while migrate, load_content and Celery tasks may rightly run long statements.
DATABASE_STATEMENT_TIMEOUT_MS = env.int("DATABASE_STATEMENT_TIMEOUT_MS", default=5000)
if (
    env.bool("INSPIRE_WEB_PROCESS", default=False)
    and DATABASE_STATEMENT_TIMEOUT_MS
    and DATABASES["default"]["ENGINE"] == "django.db.backends.postgresql"
):
    DATABASES["default"].setdefault("OPTIONS", {})["options"] = f"-c statement_timeout={DATABASE_STATEMENT_TIMEOUT_MS}"
DEFAULT_AUTO_FIELD = "django.db.models.BigAutoField"

AUTH_USER_MODEL = "accounts.User"
AUTHENTICATION_BACKENDS = [
    "axes.backends.AxesStandaloneBackend",
    "django.contrib.auth.backends.ModelBackend",
]
AUTH_PASSWORD_VALIDATORS = [
    {"NAME": "django.contrib.auth.password_validation.UserAttributeSimilarityValidator"},
    {"NAME": "django.contrib.auth.password_validation.MinimumLengthValidator"},
    {"NAME": "django.contrib.auth.password_validation.CommonPasswordValidator"},
    {"NAME": "django.contrib.auth.password_validation.NumericPasswordValidator"},
]
LOGIN_URL = "login"
LOGIN_REDIRECT_URL = "profile"
LOGOUT_REDIRECT_URL = "home"

# Login brute-force protection: lock a username+IP pair after repeated failures.
AXES_FAILURE_LIMIT = env.int("AXES_FAILURE_LIMIT", default=5)
AXES_COOLOFF_TIME = 1  # hours
AXES_LOCKOUT_PARAMETERS = [["username", "ip_address"]]
AXES_RESET_ON_SUCCESS = True
AXES_LOCKOUT_TEMPLATE = "registration/locked_out.html"
AXES_VERBOSE = False  # its start-up banner is printed by every management command
AXES_CLIENT_IP_CALLABLE = "inspire.clientip.axes_client_ip"

# Per-IP limits (requests, seconds) counted by inspire.ratelimit: pages that cost the database real work,
# and failed sign-ins from one address across all usernames (on the sign-in page, the admin's and the
# API token endpoint), on top of axes' lockout of one username+address pair.
RATE_LIMITS = {
    "search": (env.int("RATE_LIMIT_SEARCH_PER_MINUTE", default=60), 60),
    "suggest": (env.int("RATE_LIMIT_SUGGEST_PER_MINUTE", default=240), 60),
    "login": (env.int("RATE_LIMIT_FAILED_LOGINS_PER_HOUR", default=30), 3600),
}

LANGUAGE_CODE = "en"
# The six UN languages. Pages carry the language in the URL (/fr/databases/); English, the source
# language, keeps the unprefixed URLs so existing links and bookmarks still work.
LANGUAGES = [
    ("en", _("English")),
    ("ar", _("Arabic")),
    ("zh-hans", _("Chinese")),
    ("fr", _("French")),
    ("ru", _("Russian")),
    ("es", _("Spanish")),
]
LOCALE_PATHS = [BASE_DIR / "locale"]
# django-countries 9 names Nauru by its Nauruan name, which English readers do not recognise.
COUNTRIES_OVERRIDE = {"NR": _("Nauru")}
TIME_ZONE = "UTC"
USE_I18N = True
USE_TZ = True

STATIC_URL = "/static/"
STATIC_ROOT = env.path("STATIC_ROOT", default=BASE_DIR / "staticfiles")
STATICFILES_DIRS = [BASE_DIR / "static"]
MEDIA_URL = "/media/"
MEDIA_ROOT = env.path("MEDIA_ROOT", default=BASE_DIR / "media")
STORAGES = {
    "default": {"BACKEND": "django.core.files.storage.FileSystemStorage"},
    "staticfiles": {"BACKEND": "django.contrib.staticfiles.storage.StaticFilesStorage"},
}
FILE_UPLOAD_MAX_MEMORY_SIZE = 5 * 1024 * 1024
DATA_UPLOAD_MAX_MEMORY_SIZE = 5 * 1024 * 1024

REDIS_URL = env.str("REDIS_URL", default="")
if REDIS_URL:
    CACHES = {
        "default": {
            "BACKEND": "django_redis.cache.RedisCache",
            "LOCATION": REDIS_URL,
            # Fail fast when Redis is away, and serve without it (inspire/cache.py): a page must not
            # wait on, or fail with, a cache.
            "OPTIONS": {"IGNORE_EXCEPTIONS": True, "SOCKET_CONNECT_TIMEOUT": 0.25, "SOCKET_TIMEOUT": 0.5},
        }
    }
    DJANGO_REDIS_LOG_IGNORED_EXCEPTIONS = True
    DJANGO_REDIS_LOGGER = "inspire.cache.outage"
else:
    CACHES = {"default": {"BACKEND": "django.core.cache.backends.locmem.LocMemCache"}}

# Anonymous pages are served whole from the cache (inspire/pagecache.py); any write retires them at
# once, so this is only how long an unchanged page may wait before it is rendered afresh (lists of
# upcoming events move with the clock, not with writes).
PAGE_CACHE_SECONDS = env.int("PAGE_CACHE_SECONDS", default=300)

# Celery: with Redis it is a real broker and worker; without, tasks run in-process so the site
# works with nothing else installed.
CELERY_BROKER_URL = REDIS_URL or "memory://"
CELERY_RESULT_BACKEND = REDIS_URL or None
# Pages fire tasks and never wait for them. Tracking a result would make every publish subscribe to
# it in Redis, and while Redis is down that subscription retries for 20 s inside the request.
# Callers that do wait (tests, scripts) ask with apply_async(ignore_result=False).
CELERY_TASK_IGNORE_RESULT = True
CELERY_TASK_ALWAYS_EAGER = not REDIS_URL
CELERY_TASK_EAGER_PROPAGATES = True
CELERY_TASK_ACKS_LATE = True
CELERY_TASK_REJECT_ON_WORKER_LOST = True
CELERY_WORKER_PREFETCH_MULTIPLIER = 1
CELERY_RESULT_EXPIRES = 3600
CELERY_BROKER_CONNECTION_RETRY_ON_STARTUP = True
CELERY_BROKER_TRANSPORT_OPTIONS = {"visibility_timeout": 3600}
# When the broker is down, give up publishing quickly so the request that queued the task can finish.
CELERY_BROKER_CONNECTION_TIMEOUT = 1
CELERY_TASK_PUBLISH_RETRY_POLICY = {"max_retries": 2, "interval_start": 0, "interval_step": 0.2, "interval_max": 0.5}
CELERY_TIMEZONE = TIME_ZONE
CELERY_BEAT_SCHEDULER = "django_celery_beat.schedulers:DatabaseScheduler"
# Each app's periodic jobs, by task name; the tasks live in that app's tasks.py.
CELERY_BEAT_SCHEDULE = {
    "usage-rollup": {"task": "inspire.usage.tasks.rollups_update", "schedule": crontab(minute=15)},
    "usage-prune": {"task": "inspire.usage.tasks.events_prune", "schedule": crontab(hour=3, minute=30)},
    "registers-link-check": {
        "task": "registers.tasks.links_check",
        "schedule": crontab(hour=2, minute=0, day_of_week="sun"),
    },
    "etisc-daily-digest": {"task": "etisc.tasks.digests_send", "schedule": crontab(hour=6, minute=0)},
    # E-mails left unsent while the broker was down are queued again.
    "etisc-retry-unsent-notifications": {"task": "etisc.tasks.notifications_retry_unsent", "schedule": 300.0},
    "tisc-report-reminders": {"task": "tisc.tasks.reminders_send", "schedule": crontab(hour=6, minute=30)},
    # Early on the 1st: last month is complete, and late entries for the month before are caught too.
    "tisc-monthly-rollups": {
        "task": "tisc.tasks.rollups_monthly",
        "schedule": crontab(day_of_month=1, hour=2, minute=0),
    },
}

EMAIL_CONFIG = env.email_url("EMAIL_URL", default="consolemail://")
vars().update(EMAIL_CONFIG)
DEFAULT_FROM_EMAIL = env.str("DEFAULT_FROM_EMAIL", default="INSPIRE hub <no-reply@localhost>")

REST_FRAMEWORK = {
    "DEFAULT_AUTHENTICATION_CLASSES": [
        # Token first so unauthenticated API calls get 401 with a WWW-Authenticate header.
        "rest_framework.authentication.TokenAuthentication",
        "rest_framework.authentication.SessionAuthentication",
    ],
    "DEFAULT_PERMISSION_CLASSES": ["rest_framework.permissions.IsAuthenticatedOrReadOnly"],
    "DEFAULT_PARSER_CLASSES": [
        "inspire.api.parsers.DepthLimitedJSONParser",
        "rest_framework.parsers.FormParser",
        "rest_framework.parsers.MultiPartParser",
    ],
    "DEFAULT_PAGINATION_CLASS": "inspire.api.pagination.PageNumberPagination",
    "PAGE_SIZE": 20,
    "DEFAULT_FILTER_BACKENDS": [
        "django_filters.rest_framework.DjangoFilterBackend",
        "rest_framework.filters.SearchFilter",
        "rest_framework.filters.OrderingFilter",
    ],
    "DEFAULT_THROTTLE_CLASSES": [
        "inspire.api.throttling.AnonRateThrottle",
        "inspire.api.throttling.UserRateThrottle",
    ],
    # Our throttles ask inspire.clientip; this keeps any stock DRF throttle to the same rule, where
    # DRF's default would key on the whole client-written X-Forwarded-For.
    "NUM_PROXIES": NUM_PROXIES,
    "DEFAULT_THROTTLE_RATES": {
        "anon": env.str("API_THROTTLE_ANON", default="120/minute"),
        "user": env.str("API_THROTTLE_USER", default="600/minute"),
        # Writes by people (posts, comments, ratings) are throttled separately and tighter.
        "writes": env.str("API_THROTTLE_WRITES", default="30/minute"),
    },
    "EXCEPTION_HANDLER": "inspire.api.exceptions.json_exception_handler",
    "DEFAULT_SCHEMA_CLASS": "drf_spectacular.openapi.AutoSchema",
    "TEST_REQUEST_DEFAULT_FORMAT": "json",
}

SPECTACULAR_SETTINGS = {
    "TITLE": "INSPIRE hub API",
    "DESCRIPTION": "Patent databases, registers, analytics reports, IP policies and eTISC community.",
    "VERSION": "1.0.0",
    "SERVE_INCLUDE_SCHEMA": False,
    "SWAGGER_UI_DIST": "SIDECAR",
    "SWAGGER_UI_FAVICON_HREF": "SIDECAR",
    "REDOC_DIST": "SIDECAR",
    "COMPONENT_SPLIT_REQUEST": True,
    # Several apps have fields named kind/access/region with different choices: name each set.
    "ENUM_NAME_OVERRIDES": {
        "CountryEnum": "django_countries.countries",
        "DatabaseKindEnum": "databases.models.PatentDatabase.Kind",
        "DatabaseAccessEnum": "databases.models.PatentDatabase.Access",
        "JurisdictionKindEnum": "registers.models.Jurisdiction.Kind",
        "JurisdictionRegionEnum": "inspire.jurisdictions.REGIONS.items",
        "InstitutionKindEnum": "policies.models.Institution.Kind",
        "ReportRegionEnum": "analytics.models.Region",
        "TiscReportStatusEnum": "tisc.models.reports.Report.Status",
        "TiscInstitutionKindEnum": "tisc.choices.InstitutionKind",
        "TiscRequestKindEnum": "tisc.choices.RequestKind",
        "LearningKindEnum": "learning.models.Kind",
    },
    "POSTPROCESSING_HOOKS": [
        "drf_spectacular.hooks.postprocess_schema_enums",
        "inspire.api.schema.add_error_responses",
    ],
}

# Content Security Policy: everything is served by the site itself.
CONTENT_SECURITY_POLICY = {
    "DIRECTIVES": {
        "default-src": ["'self'"],
        "script-src": ["'self'"],
        "style-src": ["'self'"],
        "img-src": ["'self'", "data:"],
        "font-src": ["'self'"],
        "connect-src": ["'self'"],
        "frame-ancestors": ["'none'"],
        "form-action": ["'self'"],
        "base-uri": ["'self'"],
        "object-src": ["'none'"],
    }
}
# Admin import-export menus: every format a spreadsheet may open escapes formula-like cells on export.
IMPORT_EXPORT_FORMATS = spreadsheets.FORMATS

# Browser features the site never uses, refused for every page (inspire.middleware).
PERMISSIONS_POLICY = ", ".join(
    f"{feature}=()"
    for feature in (
        "accelerometer",
        "autoplay",
        "browsing-topics",
        "camera",
        "display-capture",
        "geolocation",
        "gyroscope",
        "interest-cohort",
        "magnetometer",
        "microphone",
        "midi",
        "payment",
        "publickey-credentials-get",
        "serial",
        "usb",
        "xr-spatial-tracking",
    )
)
SECURE_REFERRER_POLICY = "same-origin"
SECURE_CONTENT_TYPE_NOSNIFF = True
X_FRAME_OPTIONS = "DENY"
SESSION_COOKIE_HTTPONLY = True

# Usage analytics: keyed hash secret for visitor keys (rotates daily with the date) and retention.
USAGE_RETENTION_DAYS = env.int("USAGE_RETENTION_DAYS", default=90)
USAGE_TRUSTED_COUNTRY_HEADER = env.str("USAGE_TRUSTED_COUNTRY_HEADER", default="")
# Each process keeps captured events in memory and stores them in PostgreSQL in one INSERT per batch:
# when this many wait, or every USAGE_FLUSH_SECONDS (0: no writer thread, the full buffer is stored by
# the request that fills it), and at exit. At most USAGE_BUFFER_MAX wait while the database is away.
USAGE_BUFFER_SIZE = env.int("USAGE_BUFFER_SIZE", default=50)
USAGE_FLUSH_SECONDS = env.float("USAGE_FLUSH_SECONDS", default=2.0)
USAGE_BUFFER_MAX = env.int("USAGE_BUFFER_MAX", default=10_000)

# Site-wide search asks the community app which members-only groups a user may read.
SEARCH_MEMBER_GROUP_IDS = "etisc.search_index.member_group_ids"
# Absolute links in e-mails (notifications, digests, report revisions).
SITE_URL = env.str("SITE_URL", default="http://127.0.0.1:8000")

# Demo TISC accounts get this password when demo content loads; empty (the default): they cannot sign in.
TISC_DEMO_PASSWORD = env.str("TISC_DEMO_PASSWORD", default="")

# Exposes /bench/hello, the baseline the benchmark compares every page with.
BENCH_HELLO = env.bool("INSPIRE_BENCH_HELLO", default=False)

LOGGING = {
    "version": 1,
    "disable_existing_loggers": False,
    "filters": {"cache_outage": {"()": "inspire.cache.CacheOutageLog"}},
    "handlers": {"console": {"class": "logging.StreamHandler"}},
    "root": {"handlers": ["console"], "level": env.str("LOG_LEVEL", default="INFO")},
    "loggers": {
        # Django's own default config also gives "django" a console handler; one is enough.
        "django": {"handlers": ["console"], "level": env.str("LOG_LEVEL", default="INFO"), "propagate": False},
        "django.db.backends": {"level": "INFO"},
        "inspire.cache.outage": {"filters": ["cache_outage"]},
    },
}
