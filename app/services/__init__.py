"""What the shop does: plain functions over the models, returning frozen dataclasses. No Qt."""
