"""pending commits and changes

Revision ID: 0003
Revises: 0002
Create Date: 2026-11-25 23:04:40.020112
"""
from alembic import op
import sqlalchemy as sa
import sqlmodel


revision = '0003'
down_revision = '0002'
branch_labels = None
depends_on = None


def upgrade() -> None:
    op.create_table('pendingchange',
    sa.Column('id', sa.Integer(), nullable=False),
    sa.Column('item', sqlmodel.sql.sqltypes.AutoString(length=200), nullable=False),
    sa.Column('commit', sqlmodel.sql.sqltypes.AutoString(length=40), nullable=False),
    sa.Column('seq', sa.Integer(), nullable=False),
    sa.Column('old', sa.JSON(), nullable=True),
    sa.Column('new', sa.JSON(), nullable=True),
    sa.PrimaryKeyConstraint('id')
    )
    with op.batch_alter_table('pendingchange', schema=None) as batch_op:
        batch_op.create_index(batch_op.f('ix_pendingchange_commit'), ['commit'], unique=False)

    op.create_table('pendingcommit',
    sa.Column('sha', sqlmodel.sql.sqltypes.AutoString(length=40), nullable=False),
    sa.Column('seq', sa.Integer(), nullable=False),
    sa.Column('subject', sqlmodel.sql.sqltypes.AutoString(), nullable=False),
    sa.Column('author', sqlmodel.sql.sqltypes.AutoString(), nullable=False),
    sa.Column('date', sqlmodel.sql.sqltypes.UTCDateTime(), nullable=False),
    sa.Column('parents', sqlmodel.sql.sqltypes.AutoString(), nullable=False),
    sa.Column('release', sqlmodel.sql.sqltypes.AutoString(length=64), nullable=True),
    sa.PrimaryKeyConstraint('sha')
    )
    with op.batch_alter_table('pendingcommit', schema=None) as batch_op:
        batch_op.create_index(batch_op.f('ix_pendingcommit_release'), ['release'], unique=False)
        batch_op.create_index(batch_op.f('ix_pendingcommit_seq'), ['seq'], unique=False)



def downgrade() -> None:
    with op.batch_alter_table('pendingcommit', schema=None) as batch_op:
        batch_op.drop_index(batch_op.f('ix_pendingcommit_seq'))
        batch_op.drop_index(batch_op.f('ix_pendingcommit_release'))

    op.drop_table('pendingcommit')
    with op.batch_alter_table('pendingchange', schema=None) as batch_op:
        batch_op.drop_index(batch_op.f('ix_pendingchange_commit'))

    op.drop_table('pendingchange')
