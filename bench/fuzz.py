"""Long schema-driven fuzzing of every API operation against gunicorn on loopback, anonymous and
with a curator's token. (The short run is part of the test suite: inspire/tests/test_api_fuzz.py.)

    python bench/fuzz.py [--max-examples 200]
"""

import argparse
import subprocess

import stack
from _django import setup

# The checks the CI run uses (negative data included), plus the stateful phase's own checks: a
# resource that a response links to must exist, and a deleted one must stay gone.
CHECKS = (
    "not_a_server_error,status_code_conformance,content_type_conformance,response_schema_conformance,"
    "negative_data_rejection,use_after_free,ensure_resource_availability"
)
PHASES = "examples,coverage,fuzzing,stateful"


def main() -> None:
    parser = argparse.ArgumentParser()
    parser.add_argument("--max-examples", type=int, default=200)
    parser.add_argument("--seed", type=int, default=20261202, help="Same seed, same cases: a failure can be re-run.")
    args = parser.parse_args()
    stack.ensure_services()
    setup()
    from django.core.management import call_command
    from rest_framework.authtoken.models import Token

    from inspire.accounts.models import User

    call_command("load_content", verbosity=0)
    curator, _ = User.objects.get_or_create(username="fuzz-curator", defaults={"role": User.Role.CURATOR})
    token, _ = Token.objects.get_or_create(user=curator)
    failed = False
    with stack.Stack(workers=2):
        for label, headers in (("anonymous", []), ("curator", ["-H", f"Authorization: Token {token.key}"])):
            print(f"== {label}")
            command = [
                str(stack.VENV_BIN / "schemathesis"),
                "run",
                f"{stack.BASE_URL}/api/schema/",
                "--url",
                stack.BASE_URL,
                "--checks",
                CHECKS,
                "--phases",
                PHASES,
                "--max-examples",
                str(args.max_examples),
                "--seed",
                str(args.seed),
                *headers,
            ]
            failed |= subprocess.run(command, check=False).returncode != 0
    raise SystemExit(1 if failed else 0)


if __name__ == "__main__":
    main()
