"""breaks name the vCPU configuration they hit; items keep their former slugs

Revision ID: 0004
Revises: 0003

break.vcpu: "default" | "all" | "both" (issue 11, item 5); rows written
before it were judged for every vCPU alike: "both".
itemalias: former slug -> item, for fields renamed between eras (item 7).
The new break status "unconfirmed" needs no schema change (a 16-char string).
"""
from alembic import op
import sqlalchemy as sa
import sqlmodel

revision = "0004"
down_revision = "0003"
branch_labels = None
depends_on = None


def upgrade() -> None:
    with op.batch_alter_table("break", schema=None) as batch_op:
        batch_op.add_column(sa.Column("vcpu", sqlmodel.sql.sqltypes.AutoString(length=8),
                                      nullable=False, server_default="both"))
    op.create_table("itemalias",
                    sa.Column("alias", sqlmodel.sql.sqltypes.AutoString(length=200), nullable=False),
                    sa.Column("item", sqlmodel.sql.sqltypes.AutoString(length=200), nullable=False),
                    sa.PrimaryKeyConstraint("alias"))


def downgrade() -> None:
    op.drop_table("itemalias")
    with op.batch_alter_table("break", schema=None) as batch_op:
        batch_op.drop_column("vcpu")
