import os

from django.core.wsgi import get_wsgi_application

os.environ.setdefault("DJANGO_SETTINGS_MODULE", "inspire.settings.prod")
# Only the web server imports this module: settings give its database connections a statement timeout.
os.environ["INSPIRE_WEB_PROCESS"] = "true"
application = get_wsgi_application()
