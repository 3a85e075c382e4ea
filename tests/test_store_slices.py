"""Release states are written in slices (hundreds of thousands of rows on
a full kernel history); slicing must lose, repeat or garble no row."""
from __future__ import annotations

import pytest

from ingest import store
from test_pipeline import dump, iidr_story, run


@pytest.mark.parametrize("size", [1, 2, 3])
def test_release_states_in_slices_are_the_rows_of_one_insert(history, engine, tmp_path, monkeypatch, size):
    from app.config import Settings
    from app.db import make_engine, upgrade

    iidr_story(history)
    run(history, engine, jobs=0)
    whole = dump(engine)
    assert len(whole["states"]) == 4  # four releases, one item: more rows than a slice of 1-3

    monkeypatch.setattr(store, "_RELEASE_ROWS", size)
    sliced = make_engine(Settings(database_url=f"sqlite:///{tmp_path / 'sliced.db'}"))
    upgrade(sliced)
    run(history, sliced, jobs=0)
    assert dump(sliced) == whole
