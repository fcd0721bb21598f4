"""The one module that knows where schemas, templates and static assets live.

Installed from a wheel they sit in the package under ``_data/``; run from a checkout they sit at
the repository's top level.
"""

from __future__ import annotations

from pathlib import Path

_PACKAGE = Path(__file__).resolve().parent
_INSTALLED = _PACKAGE / "_data"
_CHECKOUT = _PACKAGE.parent.parent

DATA_ROOT: Path = _INSTALLED if (_INSTALLED / "schemas").is_dir() else _CHECKOUT

SCHEMAS: Path = DATA_ROOT / "schemas"
VOCABULARY: Path = SCHEMAS / "vocabulary.yaml"
DPV_TERMS: Path = SCHEMAS / "dpv-terms.json"
CONTEXT: Path = SCHEMAS / "context.jsonld"
SHAPES: Path = SCHEMAS / "shapes.ttl"
SITE: Path = DATA_ROOT / "site"
TEMPLATES: Path = SITE / "templates"
STATIC: Path = SITE / "static"

VENDOR_FILE = "vendor.yaml"
DEFAULT_VENDORS = Path("vendors")
