"""The build cache: each vendor's rendered files and diagnostics, kept between builds.

An entry is keyed by the content hashes of everything a vendor's output depends on: every file of its
folder (YAML, texts, symbolic links), the package's code and version, the vocabulary and schemas, the
templates and static assets, the base URL and the working directory (diagnostics name paths as given).
Each vendor folder has one slot, so the cache holds one entry per vendor whatever the number of builds.

An entry is one file: a first line with the SHA-256 of the rest and the lengths of its two parts, a JSON
header (format, version, key, what the build needs besides the files) and the files' bytes. It is written
to a temporary name and renamed into place, so a reader sees a whole entry or none; a truncated, corrupt,
foreign-version or other-key entry fails its checks and is ignored (and later overwritten), never served.
"""

from __future__ import annotations

import hashlib
import json
import os
import stat
import sys
from collections.abc import Iterable
from pathlib import Path
from typing import Any

from policylabel import __version__, paths

FORMAT = 1
MAGIC = b"policylabel-cache\n"
DEFAULT_DIR = Path(".policylabel-cache")
_TMP_PREFIX = ".tmp-"
_CHUNK = 1 << 20


def _hash_file(h: Any, path: Path) -> None:
    with open(path, "rb") as fh:
        while chunk := fh.read(_CHUNK):
            h.update(chunk)


def tree_digest(root: Path, h: Any | None = None) -> Any:
    """Hash every entry below ``root``: names, kinds, link targets and the bytes of regular files.

    Symbolic links are hashed as links (their target) and, when they lead to a regular file, with its
    bytes; devices, FIFOs and sockets by kind only, never read.
    """
    h = h or hashlib.sha256()
    if not root.exists():
        h.update(b"missing\0")
        return h
    for dirpath, dirnames, filenames in os.walk(root, followlinks=False):
        dirnames[:] = sorted(d for d in dirnames if d != "__pycache__")  # compiled code follows the source
        for name in sorted(filenames + [d for d in dirnames if os.path.islink(os.path.join(dirpath, d))]):
            p = Path(dirpath, name)
            rel = p.relative_to(root).as_posix().encode("utf-8", "surrogateescape")
            h.update(b"\0name\0" + rel)
            try:
                if p.is_symlink():
                    h.update(b"\0link\0" + os.fsencode(os.readlink(p)))
                mode = p.stat().st_mode
            except OSError:
                h.update(b"\0dangling")
                continue
            if stat.S_ISREG(mode):
                h.update(b"\0file\0")
                try:
                    _hash_file(h, p)
                except OSError:
                    h.update(b"\0unreadable")
            elif stat.S_ISDIR(mode):
                h.update(b"\0dir")
            else:
                h.update(b"\0special")
    return h


def global_key(*parts: str) -> str:
    """The part of every key shared by all vendors: code, data files, settings (``parts``)."""
    h = hashlib.sha256(f"policylabel-cache {FORMAT} {__version__} {sys.version_info[:2]}\0".encode())
    for part in parts:
        h.update(part.encode("utf-8", "surrogateescape") + b"\0")
    h.update(b"\0code\0")
    tree_digest(Path(__file__).resolve().parent, h)
    for folder in (paths.SCHEMAS, paths.SITE):
        h.update(b"\0data\0" + str(folder.name).encode())
        tree_digest(folder, h)
    return h.hexdigest()


def vendor_key(shared: str, folder: Path, documents: Iterable[Path] | None) -> str:
    """The key of one vendor folder's output (``documents``: the files asked for, None for all)."""
    h = hashlib.sha256(shared.encode() + b"\0" + os.fsencode(str(folder)) + b"\0" + os.fsencode(os.getcwd()))
    for d in sorted(documents or ()):
        h.update(b"\0doc\0" + os.fsencode(str(d)))
    tree_digest(folder, h)
    return h.hexdigest()


class Cache:
    """Entries below ``root``; every failure to read or write one is a miss, never an error."""

    def __init__(self, root: Path, owner: int | None = None) -> None:
        self.root = root
        self.owner = owner if owner is not None else os.getpid()  # names this run's temporary files

    def _slot(self, slot: str) -> Path:
        return self.root / (hashlib.sha256(slot.encode("utf-8", "surrogateescape")).hexdigest()[:40] + ".entry")

    def load(self, slot: str, key: str) -> tuple[dict[str, Any], list[tuple[str, bytes]]] | None:
        """The entry of ``slot`` if it is whole, of this format and version, and for ``key``; else None."""
        try:
            path = self._slot(slot)
            if not stat.S_ISREG(os.lstat(path).st_mode):
                return None
            data = path.read_bytes()
        except OSError:
            return None
        try:
            if not data.startswith(MAGIC):
                return None
            first_end = data.index(b"\n", len(MAGIC))
            digest, hlen, plen = data[len(MAGIC):first_end].split(b" ")
            body = memoryview(data)[first_end + 1:]
            if len(body) != int(hlen) + int(plen) or hashlib.sha256(body).hexdigest().encode() != digest:
                return None
            header = json.loads(bytes(body[:int(hlen)]))
            if header.get("format") != FORMAT or header.get("version") != __version__ or header.get("key") != key:
                return None
            files, pos, payload = [], int(hlen), body
            for rel, size in header["files"]:
                files.append((str(rel), bytes(payload[pos:pos + int(size)])))
                pos += int(size)
            if pos != len(body):
                return None
            return header["meta"], files
        except (ValueError, KeyError, TypeError):
            return None

    def store(self, slot: str, key: str, meta: dict[str, Any], files: list[tuple[str, bytes]]) -> None:
        """Write the entry of ``slot`` (replacing any), atomically; a failure leaves no entry, no error."""
        header = json.dumps({"format": FORMAT, "version": __version__, "key": key, "meta": meta,
                             "files": [[rel, len(b)] for rel, b in files]},
                            ensure_ascii=False, sort_keys=True, separators=(",", ":")).encode()
        h = hashlib.sha256(header)
        for _, b in files:
            h.update(b)
        plen = sum(len(b) for _, b in files)
        tmp = self.root / f"{_TMP_PREFIX}{self.owner}-{os.getpid()}-{os.urandom(4).hex()}"
        try:
            self.root.mkdir(parents=True, exist_ok=True)
            with open(tmp, "wb") as fh:
                fh.write(MAGIC + f"{h.hexdigest()} {len(header)} {plen}\n".encode() + header)
                for _, b in files:
                    fh.write(b)
            os.replace(tmp, self._slot(slot))
        except OSError:
            tmp.unlink(missing_ok=True)

    def remove_temporary(self) -> None:
        """Remove the temporary files this run's processes left (a worker stopped while writing)."""
        try:
            for p in self.root.glob(f"{_TMP_PREFIX}{self.owner}-*"):
                p.unlink(missing_ok=True)
        except OSError:
            pass
