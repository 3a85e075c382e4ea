"""The migrations are the only way the schema is made; they and the models
never disagree."""
from alembic.autogenerate import compare_metadata
from alembic.migration import MigrationContext
from sqlalchemy import inspect
from sqlmodel import SQLModel

import app.models  # noqa: F401
from app.db import schema_is_current


def test_upgraded_empty_database_matches_the_models(engine):
    with engine.connect() as conn:
        diffs = compare_metadata(MigrationContext.configure(conn, opts={"compare_type": True}),
                                 SQLModel.metadata)
    assert diffs == []
    assert set(SQLModel.metadata.tables) <= set(inspect(engine).get_table_names())
    assert schema_is_current(engine)


def _migrate(engine, verb, rev):
    from alembic import command

    from app.db import alembic_config
    cfg = alembic_config(engine.url.render_as_string(hide_password=False))
    with engine.begin() as conn:
        cfg.attributes["connection"] = conn
        getattr(command, verb)(cfg, rev)


def test_0004_keeps_old_breaks_as_judged_for_every_vcpu_and_goes_back(db_url):
    """Breaks written before 0004 were judged for every vCPU alike: the
    new column reads "both" for them; the aliases table comes and goes."""
    from sqlalchemy import text

    from app.config import Settings
    from app.db import make_engine

    engine = make_engine(Settings(database_url=db_url))
    _migrate(engine, "upgrade", "0003")
    with engine.begin() as conn:
        conn.execute(text("INSERT INTO break (item, \"commit\", seq, direction, status, reason) "
                          "VALUES ('fw/X', 'abc', 1, 'upgrade', 'open', 'r')"))
    _migrate(engine, "upgrade", "head")
    with engine.connect() as conn:
        assert conn.execute(text("SELECT vcpu FROM break")).scalars().all() == ["both"]
    assert "itemalias" in inspect(engine).get_table_names()
    _migrate(engine, "downgrade", "0003")
    assert "itemalias" not in inspect(engine).get_table_names()
    assert "vcpu" not in {c["name"] for c in inspect(engine).get_columns("break")}
    engine.dispose()


def test_0006_marks_the_stored_states_read_with_warnings_and_goes_back(db_url):
    """States stored before 0006 get `warned` from their JSON (a non-empty
    warnings list), so the releases' counts stay what they were."""
    from sqlalchemy import text

    from app.config import Settings
    from app.db import make_engine

    engine = make_engine(Settings(database_url=db_url))
    _migrate(engine, "upgrade", "0005")
    with engine.begin() as conn:
        for item, warnings in (("idreg/A/B", '["computed at run time"]'), ("idreg/A/C", "[]"), ("fw/X", "[]")):
            conn.execute(text("INSERT INTO releasestate (release, item, state) VALUES ('v6.1', :item, :state)"),
                         {"item": item, "state": f'{{"item": "{item}", "default": "1", "warnings": {warnings}}}'})
    _migrate(engine, "upgrade", "head")
    with engine.connect() as conn:
        rows = conn.execute(text("SELECT item, warned FROM releasestate ORDER BY item")).all()
    assert [(item, bool(w)) for item, w in rows] == [("fw/X", False), ("idreg/A/B", True), ("idreg/A/C", False)]
    assert "ix_releasestate_release_warned" in {i["name"] for i in inspect(engine).get_indexes("releasestate")}
    _migrate(engine, "downgrade", "0005")
    assert "warned" not in {c["name"] for c in inspect(engine).get_columns("releasestate")}
    engine.dispose()
