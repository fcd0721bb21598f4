"""policylabel: machine-readable privacy policies and terms of service."""

__version__ = "0.1.0"
