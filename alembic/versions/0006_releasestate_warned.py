"""release states: whether each was read with warnings, indexed

Revision ID: 0006
Revises: 0005

releasestate.warned, filled from each stored state's JSON (a non-empty
"warnings" list), and an index on (release, warned): the releases' counts
of warned states read the index instead of every state's text.
"""
from alembic import op
import sqlalchemy as sa

revision = "0006"
down_revision = "0005"
branch_labels = None
depends_on = None

_TEXT = sa.cast(sa.column("state"), sa.Text)


def upgrade() -> None:
    with op.batch_alter_table("releasestate", schema=None) as batch_op:
        batch_op.add_column(sa.Column("warned", sa.Boolean(), nullable=False, server_default=sa.false()))
    states = sa.table("releasestate", sa.column("state"), sa.column("warned"))
    op.execute(states.update().where(_TEXT.like('%"warnings": [%') & ~_TEXT.like('%"warnings": []%'))
               .values(warned=True))
    with op.batch_alter_table("releasestate", schema=None) as batch_op:
        batch_op.create_index("ix_releasestate_release_warned", ["release", "warned"], unique=False)


def downgrade() -> None:
    with op.batch_alter_table("releasestate", schema=None) as batch_op:
        batch_op.drop_index("ix_releasestate_release_warned")
        batch_op.drop_column("warned")
