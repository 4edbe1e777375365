"""Loading the demo workspace: the order matters (people, networks, roles, projects, records, reports)."""

from inspire.content.seeding import Seeder
from tisc.content.schema import DemoContent


def demo_load(demo: DemoContent, seeder: Seeder) -> str:
    from tisc.services import demo as services
    from tisc.services.directory import demo_institution_seed, demo_network_seed

    users = {entry.username: services.demo_user_create(entry=entry) for entry in demo.users}
    services.demo_programme_seed(users=[users[name] for name in demo.programme_staff], seeder=seeder)
    networks, institutions, records = {}, {}, 0
    for entry in demo.networks:
        network = demo_network_seed(entry=entry, seeder=seeder)
        if network is None:
            continue
        networks[entry.slug] = network
        own = {}
        for item in entry.institutions:
            institution = demo_institution_seed(network=network, entry=item, seeder=seeder)
            if institution is not None:
                own[item.slug] = institution
        institutions.update(own)
        services.demo_roles_seed(entry=entry, network=network, institutions=own, users=users, seeder=seeder)
        services.demo_project_seed(entry=entry, network=network, institutions=own, users=users, seeder=seeder)
        for item in entry.institutions:
            if item.slug in own:
                staff = users[item.staff[0]] if item.staff else users[entry.coordinators[0]]
                records += services.demo_records_generate(
                    institution=own[item.slug], volume=item.volume, generator=demo.generator, recorded_by=staff
                )
    walked = 0
    coordinators = {entry.slug: users[entry.coordinators[0]] for entry in demo.networks}
    staff_of = {item.slug: item.staff for entry in demo.networks for item in entry.institutions}
    programme = users[demo.programme_staff[0]] if demo.programme_staff else None
    for entry in demo.reports:
        network = networks.get(entry.network)
        institution = institutions.get(entry.institution) if entry.institution else None
        if network is None or (entry.institution and institution is None):
            continue
        coordinator = coordinators[entry.network]
        if institution is not None:
            names = staff_of[entry.institution]
            writer, reviewer = (users[names[0]] if names else coordinator), coordinator
        else:
            writer, reviewer = coordinator, programme or coordinator
        walked += services.demo_report_walk(
            entry=entry, network=network, institution=institution, users=users, writer=writer, reviewer=reviewer
        )
    return (
        f"{len(networks)} demo networks with {len(institutions)} host institutions, "
        f"{records} new demo records, {walked} demo reports taken through review"
    )
