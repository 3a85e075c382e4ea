"""index release states by item (item pages and timelines)

Revision ID: 0002
Revises: 0001
"""
from alembic import op

revision = "0002"
down_revision = "0001"
branch_labels = None
depends_on = None


def upgrade() -> None:
    with op.batch_alter_table("releasestate", schema=None) as batch_op:
        batch_op.create_index(batch_op.f("ix_releasestate_item"), ["item"], unique=False)


def downgrade() -> None:
    with op.batch_alter_table("releasestate", schema=None) as batch_op:
        batch_op.drop_index(batch_op.f("ix_releasestate_item"))
