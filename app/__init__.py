"""回头客 (Huitouke): keep a small shop's returning customers."""

__version__ = "0.1.0"
APP_NAME = "Huitouke"
ORG_NAME = "Huitouke"
