"""Schema migrations, applied in numeric order by playhouse.migrations.Runner.

Each file is frozen once released: a later schema change is a new file, never
an edit of an old one, so every database made by an earlier version upgrades.
"""
