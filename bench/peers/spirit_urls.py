from benchforum.urls import urlpatterns as forum_urlpatterns
from common import hello
from django.urls import path

urlpatterns = [path("bench/hello", hello), *forum_urlpatterns]
