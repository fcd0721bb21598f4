"""The classes of :mod:`policylabel.load` that stay Python classes where load.py is compiled (mypyc compiles
neither a subclass of ``OSError`` or ``UnicodeDecodeError`` nor a class defined inside a function)."""

from __future__ import annotations

import functools
from typing import Any

from policylabel.diagnostics import Diagnostic

_DEFAULT_VERSION = (1, 2)  # ruamel's default YAML version (ruamel.yaml.resolver._DEFAULT_YAML_VERSION)


class ReadRefused(OSError):
    """A file that was not read (not a regular file, too large, unreadable), with its diagnostic."""

    def __init__(self, diagnostic: Diagnostic) -> None:
        super().__init__(diagnostic.message)
        self.diagnostic = diagnostic


class EncodingRefused(UnicodeDecodeError):
    """Bytes that are not UTF-8, with a diagnostic that locates the first bad byte."""

    def __init__(self, exc: UnicodeDecodeError, diagnostic: Diagnostic) -> None:
        super().__init__(exc.encoding, exc.object, exc.start, exc.end, exc.reason)
        self.diagnostic = diagnostic


@functools.lru_cache(maxsize=1)
def resolver_class() -> type:
    """ruamel's resolver with the same answers, found without an exception per scalar.

    ruamel looks up the YAML version of the document being parsed for every scalar, through attributes the
    C parser lacks (two caught AttributeErrors each time): a third of the time to load a file.
    """
    from ruamel.yaml.nodes import ScalarNode
    from ruamel.yaml.resolver import VersionedResolver
    from ruamel.yaml.tag import Tag

    class Resolver(VersionedResolver):  # type: ignore[misc]
        @property
        def processing_version(self) -> Any:
            version = getattr(getattr(self.loadumper, "_scanner", None), "yaml_version", None)
            if version is None:
                version = self._loader_version or _DEFAULT_VERSION
            return version

        _table: Any = None

        def resolve(self, kind: Any, value: Any, implicit: Any) -> Any:
            if kind is ScalarNode and implicit[0] and not self.yaml_path_resolvers:
                table = self._table
                if table is None:
                    table = self.versioned_resolver
                    if not hasattr(getattr(self.loadumper, "_scanner", None), "yaml_version"):
                        self._table = table  # the C parser: one version (the loader's) for the whole stream
                for tag, regexp in table.get(value[0] if value else "", []) + table.get(None, []):
                    if regexp.match(value):
                        return Tag(suffix=tag)
                return self.DEFAULT_SCALAR_TAG
            return super().resolve(kind, value, implicit)

    return Resolver
