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
