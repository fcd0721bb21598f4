"""Server-rendered pictures: a document's text minimap (a grid of links), and as inline SVG the comparison heat map
and the chart of findings by kind.

Each picture is drawn from data the label already has; colours are CSS classes (style.css gives them light
and dark values) and never the only channel: states carry a pattern or a symbol, and each picture comes with
a title and a text alternative (a description, a legend with counts, or the equivalent table). Every string
goes through the same escaping as Jinja's autoescape, so nothing from vendor data becomes markup.
"""

from __future__ import annotations

from collections.abc import Iterable, Sequence
from dataclasses import dataclass
from typing import Any

from markupsafe import Markup, escape

from policylabel.badge import text_width
from policylabel.label import MIXED, NO, NONE, YES
from policylabel.minimap import BACKS, OTHER, OUT_OF_SCOPE, UNREVIEWED, Minimap

try:  # markupsafe's C escaper on plain str, without wrapping each result in Markup
    from markupsafe._speedups import _escape_inner
except ImportError:  # pragma: no cover - pure-Python markupsafe
    _escape_inner = None


def _e(value: object) -> str:
    if _escape_inner is not None and type(value) is str:
        return _escape_inner(value)
    return str(escape(value))


def fit(text: str, width: float, size: float = 11) -> str:
    """``text`` cut (with an ellipsis) to fit ``width`` pixels at font size ``size``, by the width table."""
    scale = size / 11
    if text_width(text) * scale <= width:
        return text
    out = []
    used = text_width("\u2026") * scale
    for ch in text:
        w = text_width(ch) * scale
        if used + w > width:
            break
        out.append(ch)
        used += w
    return "".join(out).rstrip() + "\u2026"


# ---------------------------------------------------------------- minimap

_MM_KIND_CLASS = {OUT_OF_SCOPE: "mm-oos", UNREVIEWED: "mm-unrev"}


def minimap_html(minimap: Minimap, title: str) -> Markup:
    """One cell per sentence in reading order, left to right and top to bottom (the grid of 40 columns of
    style.css's ``.mm`` places them: the markup carries no coordinates); a click on a cell opens the source
    view at that sentence (which gives its line and what quotes it). Decorative for assistive technology (``aria-hidden``,
    links out of the tab order): the legend in the template gives its content as text; colours and dots say
    what each cell is, so cells carry no tooltip of their own.

    Each cell is an empty link; a run of cells of one kind shares a wrapper that carries the class (the
    stylesheet colours the cells in it), and a cell a finding quotes has the class ``f`` (its dot).
    """
    out = [f'<div class="mm" title="{_e(title)}" aria-hidden="true">']
    group = None
    classes: dict[Any, str] = {}  # per kind and group: a few per picture, escaped once
    for band in minimap.bands:
        kind = band.kind
        cls = classes.get((kind, band.group))
        if cls is None:
            cls = classes[kind, band.group] = f"mm-s-{_e(band.group)}" if kind == BACKS else \
                _MM_KIND_CLASS.get(kind, "mm-other")
        if cls != group:
            out.append(("</span>" if group else "") + f'<span class="{cls}">')
            group = cls
        dot = ' class="f"' if band.finding else ""
        out.append(f'<a href="source.html#{_e(band.target)}" tabindex="-1"{dot}></a>')
    if group:
        out.append("</span>")
    out.append("</div>")
    return Markup("".join(out))


@dataclass(frozen=True)
class MinimapLegend:
    """The minimap as text: what each kind of cell stands for, with its count."""

    items: tuple[tuple[str, str, int], ...]  # (CSS class of the swatch, words, count)
    sentences: int


def minimap_legend(minimap: Minimap) -> MinimapLegend:
    items = [(f"mm-s-{sid}", title, count) for sid, title, count in minimap.groups]
    for kind, cls, words in ((OUT_OF_SCOPE, "mm-oos", "Out of scope"), (UNREVIEWED, "mm-unrev", "Not reviewed"),
                             (OTHER, "mm-other", "Quoted by a finding only")):
        if minimap.count(kind):
            items.append((cls, words, minimap.count(kind)))
    if minimap.findings:
        items.append(("mm-f", "Quoted by a finding (dot)", minimap.findings))
    return MinimapLegend(tuple(items), len(minimap.bands))


# ---------------------------------------------------------------- comparison heat map

HM_LABEL = 230  # width of the row labels
HM_COL = 20
HM_ROW = 18
HM_HEAD = 150
HM_ANGLE = -55
STATUS_WORDS = {YES: "affirmed", NO: "denied", MIXED: "conflicting", NONE: "not stated"}


_HM_CLASS = {YES: "hm-yes", NO: "hm-no", MIXED: "hm-mixed", NONE: "hm-none"}


def _hm_shape(status: str, x: float, y: float) -> str:
    """Path data of a cell's symbol: a filled square (affirmed), a ring (denied), a hatched square
    (conflicting), a short dash (not stated). Shapes differ, so colour is never needed."""
    cx, cy = x + HM_COL / 2, y + HM_ROW / 2
    if status in (YES, MIXED):
        return f"M{cx - 6:g} {cy - 6:g}h12v12h-12z"
    if status == NO:
        return f"M{cx - 5:g} {cy:g}a5 5 0 1 0 10 0a5 5 0 1 0-10 0"
    return f"M{cx - 3:g} {cy:g}h6"


def _hm_paths(shapes: dict[str, list[str]], pid: str) -> str:
    """One path per status for the whole picture: a few bytes per cell, so a page of many documents stays
    light."""
    out = []
    for status, cls in _HM_CLASS.items():
        if shapes.get(status):
            fill = f' fill="url(#{_e(pid)}-hatch)"' if status == MIXED else ""
            out.append(f'<path class="{cls}"{fill} d="{"".join(shapes[status])}"/>')
    return "".join(out)


def heatmap_svg(pid: str, title: str, practices: Sequence[tuple[str, str]],
                rows: Iterable[tuple[str, Sequence[str]]], table_id: str | None = None) -> Markup:
    """Documents (rows) by practices (columns) of one page of documents. ``pid`` prefixes the ids in the
    picture (one page may hold several); ``table_id``: the equivalent table the description points to."""
    rows = list(rows)
    width = HM_LABEL + HM_COL * len(practices) + 110  # room for the last slanted headings
    height = HM_HEAD + HM_ROW * len(rows) + 4
    counts = {s: 0 for s in STATUS_WORDS}
    for _, statuses in rows:
        for s in statuses:
            counts[s if s in counts else NONE] += 1
    desc = (f"{len(rows)} documents by {len(practices)} practices. "
            + ", ".join(f"{counts[s]} {w}" for s, w in STATUS_WORDS.items()) + ". "
            + ("The table below gives every status as text." if table_id else ""))
    out = [f'<svg class="hm" xmlns="http://www.w3.org/2000/svg" viewBox="0 0 {width} {height}" '
           f'width="{width}" height="{height}" role="img" aria-labelledby="{_e(pid)}-t {_e(pid)}-d">',
           f'<title id="{_e(pid)}-t">{_e(title)}</title><desc id="{_e(pid)}-d">{_e(desc)}</desc>',
           f'<defs><pattern id="{_e(pid)}-hatch" width="4" height="4" patternUnits="userSpaceOnUse" '
           'patternTransform="rotate(45)"><rect class="hm-hatch-bg" width="4" height="4"/>'
           '<rect class="hm-hatch-line" width="1.8" height="4"/></pattern></defs>']
    bands = "".join(f"M0 {HM_HEAD + i * HM_ROW}h{width}v{HM_ROW}h-{width}z" for i in range(1, len(rows), 2))
    if bands:
        out.append(f'<path class="hm-band" d="{bands}"/>')
    for j, (_, plabel) in enumerate(practices):
        x = HM_LABEL + j * HM_COL + HM_COL / 2
        out.append(f'<text class="hm-col" transform="translate({x:g} {HM_HEAD - 4}) rotate({HM_ANGLE})">'
                   f"{_e(fit(plabel, 170))}</text>")
    shapes: dict[str, list[str]] = {s: [] for s in _HM_CLASS}
    for i, (name, statuses) in enumerate(rows):
        y = HM_HEAD + i * HM_ROW
        out.append(f'<text class="hm-name" x="{HM_LABEL - 8}" y="{y + 13}">{_e(fit(name, HM_LABEL - 12))}</text>')
        for j, s in enumerate(statuses):
            shapes[s if s in shapes else NONE].append(_hm_shape(s, HM_LABEL + j * HM_COL, y))
    out.append(_hm_paths(shapes, pid))
    out.append("</svg>")
    return Markup("".join(out))


def document_rows(rows: Iterable[tuple[Any, Sequence[str]]]) -> list[tuple[str, Sequence[str]]]:
    """Rows of the comparison table (a document's entry, statuses) as heat-map rows."""
    return [(f"{d.vendor_name}: {d.title}", statuses) for d, statuses in rows]


def heatmap_key(pid: str) -> Markup:
    """The heat map's symbols with their words (for the legend beside it)."""
    items = []
    for s, word in STATUS_WORDS.items():
        sym = _hm_paths({s: [_hm_shape(s, 0, 0)]}, pid)  # the hatch pattern is the heat map's, once a page
        items.append(f'<li><svg class="hm-key" xmlns="http://www.w3.org/2000/svg" viewBox="0 0 {HM_COL} {HM_ROW}" '
                     f'width="{HM_COL}" height="{HM_ROW}" aria-hidden="true" focusable="false">{sym}</svg> '
                     f"{_e(word.capitalize())}</li>")
    return Markup(f'<ul class="hm-legend">{"".join(items)}</ul>')


# ---------------------------------------------------------------- findings by kind

FC_LABEL = 230
FC_BAR = 300
FC_ROW = 24


def findings_chart_svg(items: Sequence[tuple[str, int]], title: str) -> Markup:
    """A horizontal bar per finding kind, its count written after the bar."""
    most = max((n for _, n in items), default=0) or 1
    width = FC_LABEL + FC_BAR + 60
    height = FC_ROW * len(items) + 4
    desc = "; ".join(f"{label}: {n}" for label, n in items) + "."
    out = [f'<svg class="fc" xmlns="http://www.w3.org/2000/svg" viewBox="0 0 {width} {height}" '
           f'width="{width}" height="{height}" role="img" aria-labelledby="fc-t fc-d">',
           f'<title id="fc-t">{_e(title)}</title><desc id="fc-d">{_e(desc)}</desc>']
    for i, (label, n) in enumerate(items):
        y = 2 + i * FC_ROW
        w = round(FC_BAR * n / most, 1)
        out.append(f'<text class="fc-label" x="{FC_LABEL - 8}" y="{y + 16}">{_e(fit(label, FC_LABEL - 12))}</text>'
                   f'<rect class="fc-bar" x="{FC_LABEL}" y="{y + 4}" width="{w:g}" height="{FC_ROW - 8}"/>'
                   f'<text class="fc-n" x="{FC_LABEL + w + 6:g}" y="{y + 16}">{n}</text>')
    out.append("</svg>")
    return Markup("".join(out))


def findings_by_kind(kind_labels: dict[str, str], per_document: Iterable[Iterable[tuple[str, int]]]) \
        -> list[tuple[str, int]]:
    """Findings per kind across documents, in the vocabulary's order of kinds; kinds with none left out."""
    totals: dict[str, int] = {}
    for kinds in per_document:
        for kind, n in kinds:
            totals[kind] = totals.get(kind, 0) + n
    ordered = [(kind_labels[k], totals[k]) for k in kind_labels if totals.get(k)]
    ordered += [(k, n) for k, n in sorted(totals.items()) if k not in kind_labels and n]
    return ordered
