"""Edit a YAML text in place, value by value: positions from the loader, everything else kept byte for byte.

Only what a tool that rewrites single scalars needs: offsets from 1-based (line, column) as the loader reports
them, where a scalar starting at an offset ends, and how to write a new string scalar in the same context.
The caller parses the result again to check it.
"""

from __future__ import annotations

import unicodedata
from bisect import bisect_right

FOLD_WIDTH = 110
# What the YAML reader counts as a line break (``\r\n`` is one).
_BREAKS = "\n\r\x85\u2028\u2029"


class YamlText:
    """A YAML text with its line starts, counted as the YAML reader counts them."""

    def __init__(self, text: str) -> None:
        self.text = text
        starts = [0]
        i, n = 0, len(text)
        while i < n:
            c = text[i]
            if c in _BREAKS:
                i += 2 if c == "\r" and text.startswith("\r\n", i) else 1
                starts.append(i)
            else:
                i += 1
        self._starts = starts
        self.newline = "\r\n" if "\r\n" in text else ("\r" if "\r" in text else "\n")

    def index(self, line: int, column: int) -> int:
        """Offset of 1-based (line, column)."""
        return self._starts[line - 1] + column - 1

    def line_start(self, index: int) -> int:
        return self._starts[bisect_right(self._starts, index) - 1]

    def column(self, index: int) -> int:
        """0-based column of an offset."""
        return index - self.line_start(index)

    def line_end(self, index: int) -> int:
        """Offset just after the line break ending the line of ``index`` (the text's end on the last line)."""
        k = bisect_right(self._starts, index)
        return self._starts[k] if k < len(self._starts) else len(self.text)

    def _line_at(self, k: int) -> tuple[int, int]:
        """[start, end) of line ``k`` (0-based) without its line break."""
        start = self._starts[k]
        end = self._starts[k + 1] if k + 1 < len(self._starts) else len(self.text)
        while end > start and self.text[end - 1] in _BREAKS:
            end -= 1
        return start, end

    def scalar_end(self, start: int, owner_col: int) -> int:
        """End offset of the scalar that starts at ``start``, owned by a dash or key at column ``owner_col``."""
        text = self.text
        c = text[start]
        if c == '"':
            i = start + 1
            while i < len(text) and text[i] != '"':
                i += 2 if text[i] == "\\" else 1
            return min(i + 1, len(text))
        if c == "'":
            i = start + 1
            while i < len(text):
                if text[i] == "'":
                    if text.startswith("''", i):
                        i += 2
                        continue
                    return i + 1
                i += 1
            return len(text)
        block = c in "|>"
        k = bisect_right(self._starts, start) - 1
        _, first_end = self._line_at(k)
        end = start if block else self._content_end(start, first_end)
        k += 1
        while k < len(self._starts):
            a, b = self._line_at(k)
            line = text[a:b]
            stripped = line.lstrip(" \t")
            if not stripped:
                k += 1
                continue
            if len(line) - len(line.lstrip(" ")) <= owner_col or (not block and stripped.startswith("#")):
                break
            end = b if block else self._content_end(a, b)
            k += 1
        return end

    def flow_scalar_end(self, start: int) -> int:
        """End offset of a scalar inside a flow collection (``[...]``, ``{...}``)."""
        if self.text[start] in "\"'":
            return self.scalar_end(start, 0)
        i = start
        while i < len(self.text) and self.text[i] not in ",[]{}" and not self.text.startswith(" #", i):
            i += 1
        while i > start and self.text[i - 1] in " \t" + _BREAKS:
            i -= 1
        return i

    def _content_end(self, a: int, b: int) -> int:
        """End of a plain scalar's text on one line: before a comment (`` #``) and trailing blanks."""
        line = self.text[a:b]
        cut = line.find(" #")
        tab = line.find("\t#")
        if tab >= 0 and (cut < 0 or tab < cut):
            cut = tab
        if cut >= 0:
            line = line[:cut]
        return a + len(line.rstrip(" \t"))


def printable(text: str) -> bool:
    return all(c == " " or (c.isprintable() and unicodedata.category(c) not in ("Zl", "Zp")) for c in text)


def scalar_inline(text: str) -> str:
    """A double-quoted YAML scalar: ``"`` and ``\\`` escaped, and every non-printable character."""
    out = []
    for c in text:
        if c in '"\\':
            out.append("\\" + c)
        elif c == " " or (c.isprintable() and unicodedata.category(c) not in ("Zl", "Zp")):
            out.append(c)
        else:
            out.append(f"\\u{ord(c):04x}" if ord(c) < 0x10000 else f"\\U{ord(c):08x}")
    return '"' + "".join(out) + '"'


def plain_safe(value: str) -> bool:
    """``value`` reads back as the same string when written plain as a list item."""
    from ruamel.yaml import YAML
    from ruamel.yaml.error import YAMLError

    if not value or value != value.strip() or not printable(value):
        return False
    try:
        return YAML(typ="safe").load(f"- {value}\n") == [value]
    except YAMLError:
        return False


def render_scalar(value: str, style: str, in_flow: bool, column: int, content_col: int, newline: str) -> str:
    """``value`` written in place of a scalar of ``style`` (its first character) that starts at ``column``.

    A folded block stays a folded block (``>-``) indented at ``content_col``, a literal one a one-line literal
    block; a plain one stays plain when that
    reads back the same and fits in the line; otherwise double-quoted (always in a flow collection).
    """
    block = style in "|>"
    if in_flow or not printable(value):
        return scalar_inline(value)
    if not block and column + len(value) + 2 <= FOLD_WIDTH:
        return value if style not in "\"'" and plain_safe(value) else scalar_inline(value)
    pad = " " * content_col
    if style == "|":  # a literal block keeps its line breaks: the quote is one line
        return "|-" + newline + pad + value
    lines: list[str] = []
    current = ""
    for word in value.split(" "):
        if current and content_col + len(current) + 1 + len(word) > FOLD_WIDTH:
            lines.append(current)
            current = word
        else:
            current = f"{current} {word}" if current else word
    lines.append(current)
    return ">-" + "".join(newline + pad + line for line in lines)
