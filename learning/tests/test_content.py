import shutil

import pytest
from django.core.management import call_command

from inspire.content.errors import ContentInvalid
from inspire.content.schema import mirror_domain
from inspire.content.seeding import Seeder
from learning import content
from learning.models import Edition, LearningPath, LearningResource, PathStep

pytestmark = pytest.mark.django_db


@pytest.fixture
def sources(db):
    call_command("load_content", "--only", "programmes", verbosity=0)


def copy(tmp_path):
    root = tmp_path / "content"
    shutil.copytree(content.ROOT, root, ignore=shutil.ignore_patterns("*.py", "__pycache__"))
    return root


def test_the_files_hold_the_catalogue_and_the_paths(sources):
    assert content.load(Seeder()) == "16 learning resources, 2 learning paths, 2 providers, 7 topics"
    assert LearningResource.objects.count() == 16 and LearningPath.objects.count() == 2
    assert PathStep.objects.count() == 7 and Edition.objects.count() == 5


def test_every_link_is_a_page_of_its_provider_never_a_mirror(sources):
    content.load(Seeder())
    urls = [*LearningResource.objects.exclude(url="").values_list("url", flat=True)]
    urls += Edition.objects.exclude(url="").values_list("url", flat=True)
    assert urls and all(mirror_domain(url) is None for url in urls)


def test_loading_twice_changes_nothing(sources):
    content.load(Seeder())
    seeder = Seeder()
    content.load(seeder)
    assert not seeder.report.created and not seeder.report.updated and not seeder.report.lines()


def test_a_curators_admin_edit_survives_a_reload(sources, admin_client):
    content.load(Seeder())
    resource = LearningResource.objects.get(slug="patent-information-search-dl318")
    LearningResource.objects.filter(pk=resource.pk).update(duration="About ten weeks")
    seeder = Seeder()
    content.load(seeder)
    resource.refresh_from_db()
    assert resource.duration == "About ten weeks"
    assert "learning/resources/patent-information-search-dl318.duration: kept curator edit; file differs" in (
        seeder.report.conflicts
    )


def test_a_changed_file_value_reaches_an_untouched_row(sources, tmp_path):
    root = copy(tmp_path)
    content.load(Seeder(), root=root)
    path = root / "resources" / "patent-analytics-handbook.yaml"
    path.write_text(path.read_text().replace("level: advanced", "level: intermediate"))
    content.load(Seeder(), root=root)
    assert LearningResource.objects.get(slug="patent-analytics-handbook").level == "intermediate"


def test_a_broken_file_is_reported_with_its_file_and_line(sources, tmp_path):
    root = copy(tmp_path)
    path = root / "resources" / "knowledge-technology-transfer-leadership-summit-2023.yaml"
    path.write_text(path.read_text().replace("format: on_site", "format: hybrid"))
    with pytest.raises(ContentInvalid) as raised:
        content.read(root)
    [error] = raised.value.errors
    assert (error.path.name, error.line) == ("knowledge-technology-transfer-leadership-summit-2023.yaml", 4)
    assert error.message.startswith("format: Input should be")


def test_a_step_naming_a_missing_resource_is_reported_on_its_line(sources, tmp_path):
    root = copy(tmp_path)
    path = root / "paths" / "patent-searching.yaml"
    path.write_text(path.read_text().replace("resource: patent-information-search-dl318", "resource: dl-999"))
    with pytest.raises(ContentInvalid) as raised:
        content.read(root)
    [error] = raised.value.errors
    assert error.path.name == "patent-searching.yaml" and error.message == "no resources/dl-999.yaml"
    assert path.read_text().splitlines()[error.line - 1].strip() == "resource: dl-999"


def test_without_the_programmes_sources_loaded_entries_wait_and_say_why(db):
    seeder = Seeder()
    content.load(seeder)
    assert not LearningResource.objects.exists()
    assert (
        "learning/paths/patent-searching: source wipo-tisc-report-2023 is not in the database (load programmes); "
        "not loaded" in seeder.report.conflicts
    )
