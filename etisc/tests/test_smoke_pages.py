import pytest
from django.urls import reverse

pytestmark = pytest.mark.django_db


def test_every_etisc_page_renders(client, member, public_topic, private_topic):
    client.force_login(member)
    for url in [
        reverse("etisc:index"),
        reverse("etisc:topics"),
        reverse("etisc:group", args=["patent-search"]),
        reverse("etisc:group", args=["tisc-staff-room"]),
        reverse("etisc:topic_create", args=["patent-search"]),
        public_topic.get_absolute_url(),
        private_topic.get_absolute_url(),
        reverse("etisc:sessions"),
        reverse("etisc:events"),
        reverse("etisc:news"),
        reverse("etisc:notifications"),
        reverse("etisc:preferences"),
    ]:
        assert client.get(url).status_code == 200, url
