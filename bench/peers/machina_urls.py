from common import hello
from django.urls import include, path
from machina import urls as machina_urls

urlpatterns = [path("bench/hello", hello), path("forum/", include(machina_urls))]
