import re

from extractor.schema import data_dictionary
from tests.conftest import ROOT


def test_readme_data_dictionary_is_the_schema():
    readme = (ROOT / "README.md").read_text(encoding="utf-8")
    match = re.search(r"<!-- data-dictionary:start[^>]*-->\n(.*)<!-- data-dictionary:end -->", readme, re.S)
    assert match, "README.md has lost its data dictionary markers"
    assert match.group(1) == data_dictionary(), "README data dictionary is stale: python -m extractor.schema"


def test_readme_names_the_two_commands_and_ci_runs_the_test_one():
    readme = (ROOT / "README.md").read_text(encoding="utf-8")
    assert "make extract" in readme and "make test" in readme
    assert "make test" in (ROOT / ".ci" / "run").read_text()
