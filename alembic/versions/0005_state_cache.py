"""extractor results kept across runs

Revision ID: 0005
Revises: 0004

statecache: key (a hash of the extractor, its code and the blob ids it
read) -> its states as JSON, for the last run's frontier
(ingest/statecache.py). Only a cache: dropping it loses nothing.
"""
from alembic import op
import sqlalchemy as sa
import sqlmodel

revision = "0005"
down_revision = "0004"
branch_labels = None
depends_on = None


def upgrade() -> None:
    op.create_table("statecache",
                    sa.Column("key", sqlmodel.sql.sqltypes.AutoString(length=64), nullable=False),
                    sa.Column("states", sqlmodel.sql.sqltypes.AutoString(), nullable=False),
                    sa.PrimaryKeyConstraint("key"))


def downgrade() -> None:
    op.drop_table("statecache")
