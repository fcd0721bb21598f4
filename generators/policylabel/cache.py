"""The build cache: each vendor's rendered files and diagnostics, kept between builds.

An entry is keyed by the content hashes of everything a vendor's output depends on: every file of its
folder (YAML, texts, symbolic links), the package's code and version, the vocabulary and schemas, the
templates and static assets, the base URL and the working directory (diagnostics name paths as given).
Each vendor folder has one slot, so the cache holds one entry per vendor whatever the number of builds.

An entry is one small file: a first line with the SHA-256 of the rest and its length, then a JSON header
(format, version, key, what the build needs besides the files, and each file's path, size and SHA-256).
The files' bytes are objects of their own (``objects/<sha256>``), shared by entries with equal files, so
that a build places an unchanged file with a hard link instead of writing it again. Entries and objects are
written to a temporary name and renamed into place, so a reader sees a whole one or none. A truncated,
corrupt, foreign-version or other-key entry, or an object whose bytes no longer hash to its name (it was
edited through a published hard link, say), fails its checks and is ignored, never served. Objects no entry
names any more are removed at the end of a build that stored entries.
"""

from __future__ import annotations

import hashlib
import json
import os
import shutil
import stat
import sys
from collections.abc import Callable, Iterable
from pathlib import Path
from typing import Any

from policylabel import __version__, paths

FORMAT = 2
MAGIC = b"policylabel-cache\n"
DEFAULT_DIR = Path(".policylabel-cache")
_TMP_PREFIX = ".tmp-"
_CHUNK = 1 << 20
OBJECTS = "objects"


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
        self.stored = False  # an entry was written by this process (objects may be orphaned)
        self._folders: set[str] = set()  # object folders this process made or found: one mkdir each

    @property
    def trash(self) -> Path:
        """Where replaced sites wait to be removed by the next build (on the cache's file system)."""
        return self.root / "trash"

    def _slot(self, slot: str) -> Path:
        return self.root / (hashlib.sha256(slot.encode("utf-8", "surrogateescape")).hexdigest()[:40] + ".entry")

    def _object(self, digest: str) -> Path:
        return self.root / OBJECTS / digest[:2] / digest

    def _tmp(self) -> Path:
        return self.root / f"{_TMP_PREFIX}{self.owner}-{os.getpid()}-{os.urandom(4).hex()}"

    def _header(self, slot: str, key: str) -> dict[str, Any] | None:
        """The checked header of ``slot``'s entry, if it is whole, of this format and version, for ``key``."""
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
            digest, hlen = data[len(MAGIC):first_end].split(b" ")
            body = data[first_end + 1:]
            if len(body) != int(hlen) or hashlib.sha256(body).hexdigest().encode() != digest:
                return None
            header = json.loads(body)
            if header.get("format") != FORMAT or header.get("version") != __version__ or header.get("key") != key:
                return None
            for rel, size, sha in header["files"]:
                if not (isinstance(rel, str) and isinstance(size, int) and isinstance(sha, str) and len(sha) == 64):
                    return None
            return header
        except (ValueError, KeyError, TypeError):
            return None

    def _read_object(self, sha: str, size: int) -> bytes | None:
        """The bytes of an object if they are whole and hash to its name."""
        try:
            path = self._object(sha)
            with open(path, "rb") as fh:
                if not stat.S_ISREG(os.fstat(fh.fileno()).st_mode):
                    return None
                data = fh.read(size + 1)
        except OSError:
            return None
        if len(data) != size or hashlib.sha256(data).hexdigest() != sha:
            return None
        return data

    def load(self, slot: str, key: str) -> tuple[dict[str, Any], list[tuple[str, bytes]]] | None:
        """The entry of ``slot`` (its meta and files' bytes) if it and all its objects are sound; else None."""
        header = self._header(slot, key)
        if header is None:
            return None
        files = []
        for rel, size, sha in header["files"]:
            data = self._read_object(sha, size)
            if data is None:
                return None
            files.append((rel, data))
        return header["meta"], files

    def place(self, slot: str, key: str, dest: Path,
              folder_of: Callable[[dict[str, Any]], str | None] | None = None) -> dict[str, Any] | None:
        """Put the entry's files below ``dest`` (hard links to the checked objects, or copies where links
        cannot be made) and return its meta; None, with nothing left below ``dest``, when it is unsound.
        ``folder_of(meta)``: the one folder whose files are placed, at ``dest`` itself (the others are not)."""
        header = self._header(slot, key)
        if header is None:
            return None
        folder = folder_of(header["meta"]) if folder_of is not None else None
        prefix = f"{folder}/" if folder else ""
        made: set[Path] = set()
        try:
            for rel, size, sha in header["files"]:
                if self._read_object(sha, size) is None:
                    raise OSError("unsound object")
                if folder_of is not None and not (prefix and rel.startswith(prefix)):
                    continue
                path = dest / rel[len(prefix):]
                if path.parent not in made:
                    path.parent.mkdir(parents=True, exist_ok=True)
                    made.add(path.parent)
                try:
                    os.link(self._object(sha), path)
                except OSError:
                    # Another file system, or no hard links: a copy of the bytes checked above.
                    data = self._read_object(sha, size)
                    if data is None:
                        raise
                    path.write_bytes(data)
        except OSError:
            shutil.rmtree(dest, ignore_errors=True)
            return None
        return header["meta"]

    def store(self, slot: str, key: str, meta: dict[str, Any], files: list[tuple[str, bytes]],
              written: Path | None = None, folder: str | None = None) -> None:
        """Write the entry of ``slot`` (replacing any) and its objects, atomically; a failure leaves no
        entry, no error. ``written``: a folder that holds the files already (at their paths, or, with
        ``folder``, those of that folder at its own place), from which new objects are hard-linked rather than
        written again."""
        prefix = f"{folder}/" if folder else ""

        def copy_of(rel: str) -> Path | None:
            if written is None or not rel.startswith(prefix):
                return None
            return written / rel[len(prefix):]

        try:
            self.root.mkdir(parents=True, exist_ok=True)
            listing = []
            for rel, b in files:
                sha = hashlib.sha256(b).hexdigest()
                listing.append([rel, len(b), sha])
                self._write_object(sha, b, copy_of(rel))
            header = json.dumps({"format": FORMAT, "version": __version__, "key": key, "meta": meta,
                                 "files": listing}, ensure_ascii=False, sort_keys=True, separators=(",", ":")).encode()
            self._write_atomically(self._slot(slot),
                                   MAGIC + f"{hashlib.sha256(header).hexdigest()} {len(header)}\n".encode() + header)
            self.stored = True
        except OSError:
            self._folders.clear()  # the cache may have been moved or removed meanwhile: look again next time

    def _write_object(self, sha: str, data: bytes, copy: Path | None = None) -> None:
        path = self._object(sha)
        if copy is not None:
            self._folder(sha)
            try:
                # The same bytes, just written by the caller (checked when read), take the name of an absent
                # object (most are, in a build that renders them) at once: a link is made whole or not at all.
                os.link(copy, path)
                return
            except OSError:
                pass
        if self._read_object(sha, len(data)) is not None:
            return  # already there, sound (reading is much cheaper than writing)
        # Absent or unsound (say, edited through a published hard link): a new file is renamed over it, so
        # the damaged one stays with whoever still links it.
        self._folder(sha)
        if copy is not None:
            tmp = self._tmp()
            try:
                os.link(copy, tmp)
                os.replace(tmp, path)
                return
            except OSError:
                tmp.unlink(missing_ok=True)
        self._write_atomically(path, data)

    def _folder(self, sha: str) -> None:
        """Make the folder of object ``sha``, once per process."""
        if sha[:2] not in self._folders:
            self._object(sha).parent.mkdir(parents=True, exist_ok=True)
            self._folders.add(sha[:2])

    def _write_atomically(self, path: Path, data: bytes) -> None:
        tmp = self._tmp()
        try:
            with open(tmp, "wb") as fh:
                fh.write(data)
            os.replace(tmp, path)
        except OSError:
            tmp.unlink(missing_ok=True)
            raise

    def collect(self) -> None:
        """Remove the objects no entry names (those of replaced entries). Entries that cannot be read name
        nothing: they are misses anyway."""
        try:
            named: set[str] = set()
            for entry in self.root.glob("*.entry"):
                try:
                    data = entry.read_bytes()
                    body = data[data.index(b"\n", len(MAGIC)) + 1:]
                    named.update(sha for _, _, sha in json.loads(body)["files"])
                except (OSError, ValueError, KeyError, TypeError):
                    continue
            objects = self.root / OBJECTS
            for sub in objects.iterdir() if objects.is_dir() else ():
                for obj in sub.iterdir():
                    if obj.name not in named:
                        obj.unlink(missing_ok=True)
        except OSError:
            pass

    def remove_temporary(self) -> None:
        """Remove the temporary files this run's processes left (a worker stopped while writing)."""
        try:
            for p in self.root.glob(f"{_TMP_PREFIX}{self.owner}-*"):
                p.unlink(missing_ok=True)
        except OSError:
            pass
