"""The README's commands and queries work (sqlite-utils style docs tests)."""
import re
from pathlib import Path

import pytest

from kg import rdf, sparql
from kg.cli import app

README = (Path(__file__).resolve().parent.parent / "README.md").read_text(encoding="utf-8")
QUERIES = re.findall(r"```sparql\n(.*?)```", README, re.S)


def test_readme_starts_with_the_two_commands():
    first_block = re.search(r"```sh\n(.*?)```", README, re.S).group(1)
    assert [line.split("#")[0].strip() for line in first_block.strip().splitlines()] == ["make demo", "make test"]


def test_every_command_is_documented():
    commands = {c.name or c.callback.__name__ for c in app.registered_commands}
    for name in commands:
        assert f"kg {name}" in README, name


@pytest.mark.parametrize("query", QUERIES, ids=[f"query{i}" for i in range(len(QUERIES))])
def test_readme_sparql_answers_on_the_seed_graph(seed_out, query):
    result = sparql.run_query(rdf.load_rdf(seed_out / "graph.ttl"), query)
    assert result.rows, query


def test_readme_lists_three_queries():
    assert len(QUERIES) == 3
