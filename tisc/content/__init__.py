"""The TISC directory and demo workspace, read from `networks/<slug>.yaml`, `institutions/<slug>.csv`
and `demo.yaml`. Real entries cite the page that states them; demo ones are labelled as demo."""

from collections import Counter
from collections.abc import Iterable
from dataclasses import dataclass
from pathlib import Path

from inspire.content.admin import place
from inspire.content.errors import ContentError, ContentInvalid
from inspire.content.files import Located, csv_entries, yaml_entry, yaml_line
from inspire.content.seeding import Seeder
from tisc.content.schema import DemoContent, InstitutionRow, NetworkEntry

ROOT = Path(__file__).parent


@dataclass(frozen=True)
class NetworkFile:
    slug: str
    entry: Located[NetworkEntry]
    institutions: list[Located[InstitutionRow]]


@dataclass(frozen=True)
class Content:
    networks: list[NetworkFile]
    demo: DemoContent | None


def read_directory(root: Path) -> tuple[list[NetworkFile], list[ContentError]]:
    errors: list[ContentError] = []
    files = []
    for path in sorted((root / "networks").glob("*.yaml")):
        csv_path = root / "institutions" / f"{path.stem}.csv"
        entry, rows = None, []
        try:
            entry = yaml_entry(path, NetworkEntry)
        except ContentInvalid as invalid:
            errors.extend(invalid.errors)
        try:
            rows = csv_entries(csv_path, InstitutionRow) if csv_path.exists() else []
        except ContentInvalid as invalid:
            errors.extend(invalid.errors)
        if entry is not None:
            files.append(NetworkFile(path.stem, entry, rows))
    for path in sorted((root / "institutions").glob("*.csv")):
        if not (root / "networks" / f"{path.stem}.yaml").exists():
            errors.append(ContentError(path, 1, f"no networks/{path.stem}.yaml for these institutions"))
    countries = Counter(f.entry.entry.country for f in files)
    for network in files:
        if countries[network.entry.entry.country] > 1:
            line = yaml_line(network.entry.path, "country")
            errors.append(ContentError(network.entry.path, line, "another network file has the same country"))
    return files, errors


def _demo_errors(demo: DemoContent, path: Path, taken: set[str]) -> Iterable[ContentError]:
    def error(message: str, *location: str | int) -> ContentError:
        return ContentError(path, yaml_line(path, *location), message)

    users = {user.username for user in demo.users}
    for index, username in enumerate(demo.programme_staff):
        if username not in users:
            yield error(f"{username} is not in users", "programme_staff", index)
    networks = {}
    for n, network in enumerate(demo.networks):
        if network.slug in networks:
            yield error(f"network {network.slug} is listed twice", "networks", n, "slug")
        networks[network.slug] = {item.slug for item in network.institutions}
        for index, username in enumerate(network.coordinators):
            if username not in users:
                yield error(f"{username} is not in users", "networks", n, "coordinators", index)
        for i, item in enumerate(network.institutions):
            if item.slug in taken:
                yield error(f"institution slug {item.slug} is used twice", "networks", n, "institutions", i, "slug")
            taken.add(item.slug)
            for s, username in enumerate(item.staff):
                if username not in users:
                    yield error(f"{username} is not in users", "networks", n, "institutions", i, "staff", s)
        for a, activity in enumerate(network.project.activities):
            if activity.institution and activity.institution not in networks[network.slug]:
                yield error(f"no institution {activity.institution} in this network", *_a(n, a, "institution"))
            if activity.owner and activity.owner not in users:
                yield error(f"{activity.owner} is not in users", *_a(n, a, "owner"))
        if network.project.end_year < network.project.start_year:
            yield error("end_year comes before start_year", "networks", n, "project", "end_year")
    for r, report in enumerate(demo.reports):
        if report.network not in networks:
            yield error(f"no demo network {report.network}", "reports", r, "network")
        elif report.institution and report.institution not in networks[report.network]:
            yield error(f"no institution {report.institution} in {report.network}", "reports", r, "institution")
        for c, comment in enumerate(report.comments):
            if comment.author not in users:
                yield error(f"{comment.author} is not in users", "reports", r, "comments", c, "author")
        if report.status == "returned" and not report.review_comment:
            yield error("a returned report needs the review_comment that says why", "reports", r, "status")


def _a(network: int, activity: int, key: str) -> tuple:
    return ("networks", network, "project", "activities", activity, key)


def read(root: Path = ROOT, *, demo: bool = True) -> Content:
    """Everything, validated; raises ContentInvalid listing every error."""
    networks, errors = read_directory(root)
    taken: set[str] = set()
    for network in networks:
        for row in network.institutions:
            if row.entry.slug in taken:
                errors.append(ContentError(row.path, row.line, f"institution slug {row.entry.slug} is used twice"))
            taken.add(row.entry.slug)
    demo_content = None
    demo_path = root / "demo.yaml"
    if demo and demo_path.exists():
        try:
            demo_content = yaml_entry(demo_path, DemoContent).entry
            errors.extend(_demo_errors(demo_content, demo_path, taken))
        except ContentInvalid as invalid:
            errors.extend(invalid.errors)
    if errors:
        raise ContentInvalid(errors)
    return Content(networks, demo_content)


def _load_directory(networks: list[NetworkFile], seeder: Seeder) -> int:
    from tisc.services.directory import institution_seed, network_seed

    count = 0
    for item in networks:
        entry = item.entry.entry
        network = network_seed(slug=item.slug, entry=entry, seeder=seeder)
        if network is None:
            continue
        for row in item.institutions:
            institution_seed(
                network=network,
                row=row.entry,
                host_services=entry.host_services,
                host_services_source=entry.host_services_source or "",
                seeder=seeder,
            )
            count += 1
    return count


def load(seeder: Seeder, root: Path = ROOT) -> str:
    from tisc.content.demo import demo_load

    content = read(root)
    institutions = _load_directory(content.networks, seeder)
    summary = f"{len(content.networks)} TISC networks with {institutions} host institutions"
    if content.demo is not None:
        summary += "; " + demo_load(content.demo, seeder)
    return summary


def import_upload(folder: Path, uploads: list, seeder: Seeder) -> str:
    """An admin import of directory files (never the demo), laid out like this folder, then loaded."""
    place(folder, uploads, {".yaml": "networks", ".csv": "institutions"})
    (folder / "networks").mkdir(exist_ok=True)
    (folder / "institutions").mkdir(exist_ok=True)
    content = read(folder, demo=False)
    institutions = _load_directory(content.networks, seeder)
    return f"{len(content.networks)} TISC networks with {institutions} host institutions"
