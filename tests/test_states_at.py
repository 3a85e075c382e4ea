"""Reader.states_at(): a commit -> the states of its tree, as the CLI's
`states` and `recipe --repo` read them (ingest/commands/common.py,
recipe_repo.py)."""
from __future__ import annotations

from toy import TOY, TOY_EXTRACTOR, toy_text

from ingest.facts import State
from ingest.states import Reader


def test_states_at_reads_the_commits_own_tree(history):
    a = history.commit({TOY: toy_text(IIDR="2 2", PSCI="1.0 1.0,1.1")}, "a")
    b = history.commit({TOY: toy_text(IIDR="3 2,3")}, "b: PSCI gone, IIDR to 3")
    reader = Reader.open(history.repo.workdir, [TOY_EXTRACTOR])
    assert reader.states_at(history.repo[a]) == {
        "toy/IIDR": State("toy/IIDR", "2", ("2",)), "toy/PSCI": State("toy/PSCI", "1.0", ("1.0", "1.1"))}
    assert reader.states_at(history.repo[b]) == {"toy/IIDR": State("toy/IIDR", "3", ("2", "3"))}
    assert reader.states_at(history.repo[a])["toy/IIDR"].default == "2"  # an older commit after a newer one
