import pytest

from databases.models import Coverage
from databases.tests.factories import make_database


@pytest.fixture
def known_databases(db):
    """Three databases with known coverage and features, for filter, compare and finder tests."""
    full, biblio = Coverage.Level.FULL_TEXT, Coverage.Level.BIBLIOGRAPHIC
    grants, applications = Coverage.DocumentKind.GRANTS, Coverage.DocumentKind.APPLICATIONS
    return {
        "alpha": make_database(
            "alpha",
            name="Alpha Search",
            kind="national_office",
            access="free",
            features=["boolean", "cpc", "legal_status"],
            coverage=[("CN", grants, full, 1985), ("CN", applications, biblio, None), ("US", grants, biblio, None)],
        ),
        "beta": make_database(
            "beta",
            name="Beta Patents",
            kind="commercial",
            access="subscription",
            aspi=True,
            features=["boolean", "cpc", "chemical", "alerts"],
            coverage=[("CN", grants, full, None), ("US", grants, full, 1976), ("EP", grants, full, 1980)],
        ),
        "gamma": make_database(
            "gamma",
            name="Gamma Lens",
            kind="free_service",
            access="registration",
            features=["sequence", "npl"],
            lacks=["boolean"],
            coverage=[("US", grants, full, None)],
            not_covered=[("CN", grants, full)],
        ),
    }
