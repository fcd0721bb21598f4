"""`--changed REV`: the vendor folders a branch touched, so a pull request checks only its vendors."""

from __future__ import annotations

import subprocess
from pathlib import Path

from policylabel import paths


def _is_commit_id(value: str) -> bool:
    return len(value) in (40, 64) and all(c in "0123456789abcdef" for c in value)


def changed_vendor_folders(rev: str, roots: list[Path]) -> tuple[list[Path], str | None]:
    """Vendor folders under ``roots`` with files that differ from ``rev`` (committed or not).

    ``rev`` never reaches git as an option: a value starting with "-" is refused, the rest is resolved to a
    commit (after ``--end-of-options``) and only that commit's id is given to ``git diff``.
    """
    if not rev or rev.startswith("-") or any(c.isspace() or not c.isprintable() for c in rev):
        return [], f"--changed: {rev!r} is not a git revision"
    try:
        top = subprocess.run(["git", "rev-parse", "--show-toplevel"], capture_output=True, text=True, check=True,
                             timeout=30).stdout.strip()
        resolved = subprocess.run(["git", "rev-parse", "--verify", "--quiet", "--end-of-options", f"{rev}^{{commit}}"],
                                  capture_output=True, text=True, cwd=top, timeout=30)
        commit = resolved.stdout.strip()
        if resolved.returncode != 0 or not _is_commit_id(commit):
            return [], f"--changed: {rev!r} is not a commit of this repository"
        diff = subprocess.run(["git", "diff", "--name-only", "-z", commit, "--"], capture_output=True, text=True,
                              check=True, cwd=top, timeout=60).stdout
        untracked = subprocess.run(["git", "ls-files", "--others", "--exclude-standard", "-z"], capture_output=True,
                                   text=True, check=True, cwd=top, timeout=60).stdout
    except FileNotFoundError:
        return [], "git is not installed"
    except subprocess.CalledProcessError as exc:
        return [], f"git could not compare with {rev!r}: {(exc.stderr or '').strip() or exc}"
    except subprocess.TimeoutExpired:
        return [], "git did not answer in time"
    changed = [(Path(top) / name).resolve() for name in (diff + untracked).split("\0") if name]
    folders: set[Path] = set()
    for root in roots:
        root_r = root.resolve()
        # A single vendor folder given directly is its own root.
        base = root_r.parent if (root_r / paths.VENDOR_FILE).exists() else root_r
        for f in changed:
            if f.is_relative_to(base) and f != base:
                rel = f.relative_to(base)
                if len(rel.parts) >= 2:
                    folder = base / rel.parts[0]
                    if folder.is_dir() and (root_r == base or folder == root_r):
                        folders.add(folder)
    cwd = Path.cwd()
    return sorted(Path(p.relative_to(cwd)) if p.is_relative_to(cwd) else p for p in folders), None
