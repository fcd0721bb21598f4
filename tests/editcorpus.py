"""An edit corpus for re-anchoring: versions of the seed texts with known edits and the expected fate of every quote.

A seed text (``vendors/*/*.txt``) is read into paragraphs of sentences with the project's segmenter. Quotes
are whole sentences or runs of words inside one sentence, each unique in its text. Edits apply to this
model and record, for each quote, what must happen to it: ``unchanged`` (in place or moved), ``reworded``
(a word inside it replaced, inserted or deleted) or ``removed`` (its sentence deleted), and which sentence
of the new text it belongs to. Nothing here knows how re-anchoring works.

Run as a script to write the corpus out: ``python tests/editcorpus.py OUT_DIR``.
"""

from __future__ import annotations

import json
import random
import sys
from collections.abc import Callable
from dataclasses import dataclass, field
from pathlib import Path

sys.path.insert(0, str(Path(__file__).resolve().parents[1] / "generators"))

from policylabel.evidence import SourceText, normalise
from policylabel.segment import sentences

ROOT = Path(__file__).resolve().parents[1]
EDITS = ("insert", "delete", "reword", "move", "reflow", "renumber")
# Words a rewording brings in: ordinary English, none of them specific to a policy.
FILLER = ("certain", "additional", "relevant", "other", "applicable", "specific", "general", "limited",
          "reasonable", "various", "appropriate", "particular")


@dataclass
class Sentence:
    id: int
    words: list[str]


@dataclass
class Paragraph:
    prefix: str  # a list marker or heading number, kept apart from the sentences
    sentences: list[Sentence]
    heading: bool = False


@dataclass
class Quote:
    sentence: int
    start: int  # word range in the sentence
    end: int
    status: str = "unchanged"  # what re-anchoring must report: unchanged (or moved), reworded, removed

    def text(self, words: list[str]) -> str:
        return " ".join(words[self.start:self.end])


@dataclass
class Version:
    paragraphs: list[Paragraph]
    width: int = 0  # reflow: wrap lines at this many columns (0: one line per paragraph)
    indent: str = ""
    newline: str = "\n"
    trailing: str = ""

    def render(self) -> tuple[str, dict[int, tuple[int, int]]]:
        """The text and, per sentence id, its [start, end) in it."""
        out: list[str] = []
        spans: dict[int, tuple[int, int]] = {}
        pos = 0
        for p in self.paragraphs:
            line = self.indent + p.prefix
            placed: list[tuple[int, int, int]] = []
            for k, s in enumerate(p.sentences):
                if k:
                    line += " "
                a = len(line)
                line += " ".join(s.words)
                placed.append((s.id, a, len(line)))
            wrapped, shift = self._wrap(line)
            for sid, a, b in placed:
                spans[sid] = (pos + shift(a), pos + shift(b - 1) + 1)
            text = wrapped + self.trailing + self.newline
            out.append(text)
            pos += len(text)
        return "".join(out), spans

    def _wrap(self, line: str) -> tuple[str, Callable[[int], int]]:
        if not self.width or len(line) <= self.width:
            return line, lambda i: i
        # Replace some spaces with line breaks; offsets do not move (one character for one).
        chars = list(line)
        col = 0
        last_space = -1
        for i, c in enumerate(chars):
            if c == " ":
                last_space = i
            col += 1
            if col > self.width and last_space >= 0 and self.newline == "\n":
                chars[last_space] = "\n"
                col = i - last_space
                last_space = -1
        return "".join(chars), lambda i: i


@dataclass
class Case:
    name: str
    old: str
    new: str
    quotes: list[str]
    expected: list[str]  # unchanged | reworded | removed
    expected_new: list[str | None]  # the quote's words in the new text (reworded: the rewritten quote)
    sentence_spans: list[tuple[int, int] | None]  # the quote's sentence in the new text
    edits: list[str] = field(default_factory=list)


def read_seed(path: Path) -> list[Paragraph]:
    """Paragraphs (one per line) of sentences, from the segmenter's units."""
    source = SourceText.from_file(path)
    text = source.text
    units = sentences(source)
    paragraphs: list[Paragraph] = []
    next_id = 0
    line_start = -1
    for u in units:
        start = text.rfind("\n", 0, u.span.start) + 1
        words = u.text.split()
        if not words:
            continue
        if start != line_start:
            prefix = text[start:u.span.start].strip()
            paragraphs.append(Paragraph(prefix + " " if prefix else "", [], heading=u.kind == "heading"))
            line_start = start
        paragraphs[-1].sentences.append(Sentence(next_id, words))
        next_id += 1
    return paragraphs


def _copy(paragraphs: list[Paragraph]) -> list[Paragraph]:
    return [Paragraph(p.prefix, [Sentence(s.id, list(s.words)) for s in p.sentences], p.heading) for p in paragraphs]


def number_headings(paragraphs: list[Paragraph]) -> None:
    """Give every heading a number, so that renumbering has something to renumber."""
    n = 0
    for p in paragraphs:
        if p.heading and not p.prefix:
            n += 1
            p.prefix = f"{n}. "


def make_case(name: str, paragraphs: list[Paragraph], donors: list[list[str]], rng: random.Random,
              n_quotes: int = 30, n_edits: int = 3, kinds: tuple[str, ...] = EDITS) -> Case:
    """One old/new pair with ``n_edits`` random edits of the given kinds and up to ``n_quotes`` quotes."""
    paragraphs = _copy(paragraphs)
    old_version = Version(paragraphs)
    old_text, _ = old_version.render()
    old_norm = normalise(old_text)
    by_id = {s.id: s for p in paragraphs for s in p.sentences}
    candidates = [s for p in paragraphs if not p.heading for s in p.sentences if len(s.words) >= 6]
    rng.shuffle(candidates)
    quotes: list[Quote] = []
    for s in candidates:
        if len(quotes) >= n_quotes:
            break
        if rng.random() < 0.5:
            q = Quote(s.id, 0, len(s.words))
        else:
            length = rng.randint(5, len(s.words))
            start = rng.randint(0, len(s.words) - length)
            q = Quote(s.id, start, start + length)
        norm = normalise(q.text(s.words))
        if old_norm.count(norm) != 1:
            continue  # a quote that is not unique in its text has no single sentence to follow
        quotes.append(q)
    old_quotes = [q.text(by_id[q.sentence].words) for q in quotes]
    new = Version(_copy(paragraphs))
    next_id = max(by_id) + 1
    applied: list[str] = []
    for _ in range(n_edits):
        kind = rng.choice(kinds)
        applied.append(kind)
        next_id = _apply(kind, new, quotes, donors, rng, next_id)
    new_text, spans = new.render()
    new_by_id = {s.id: s for p in new.paragraphs for s in p.sentences}
    for q, before in zip(quotes, old_quotes, strict=True):
        if q.status == "reworded" and q.text(new_by_id[q.sentence].words) == before:
            q.status = "unchanged"  # a word inserted, then deleted again
    return Case(
        name=name, old=old_text, new=new_text, quotes=old_quotes,
        expected=[q.status for q in quotes],
        expected_new=[q.text(new_by_id[q.sentence].words) if q.status != "removed" else None for q in quotes],
        sentence_spans=[spans.get(q.sentence) if q.status != "removed" else None for q in quotes],
        edits=applied,
    )


def _apply(kind: str, v: Version, quotes: list[Quote], donors: list[list[str]], rng: random.Random,
           next_id: int) -> int:
    paras = v.paragraphs
    prose = [p for p in paras if not p.heading and p.sentences]
    if kind == "insert":
        words = list(rng.choice(donors))
        p = rng.choice(prose)
        if rng.random() < 0.5:
            p.sentences.insert(rng.randint(0, len(p.sentences)), Sentence(next_id, words))
        else:
            paras.insert(rng.randint(0, len(paras)), Paragraph("", [Sentence(next_id, words)]))
        return next_id + 1
    if kind == "delete":
        p = rng.choice(prose)
        s = p.sentences.pop(rng.randrange(len(p.sentences)))
        for q in quotes:
            if q.sentence == s.id:
                q.status = "removed"
        if not p.sentences:
            paras.remove(p)
        return next_id
    if kind == "reword":
        quoted = {q.sentence for q in quotes if q.status != "removed"}
        pool = [s for p in prose for s in p.sentences if s.id in quoted and len(s.words) >= 6]
        if not pool:
            return next_id
        s = rng.choice(pool)
        for _ in range(rng.randint(1, 2)):
            _reword(s, quotes, rng)
        return next_id
    if kind == "move":
        if len(paras) > 2:
            p = paras.pop(rng.randrange(len(paras)))
            paras.insert(rng.randint(0, len(paras)), p)
        return next_id
    if kind == "reflow":
        v.width = rng.randint(60, 100)
        v.indent = rng.choice(["", " ", "  ", "\t"])
        v.trailing = rng.choice(["", " ", "  "])
        v.newline = rng.choice(["\n", "\r\n"])
        if v.newline == "\r\n":
            v.width = 0  # wrapping writes "\n" in place of a space; keep one line ending per text
        return next_id
    if kind == "renumber":
        shift = rng.randint(1, 3)
        for p in paras:
            number = p.prefix.rstrip(". ")
            if p.heading and number.isdigit():
                p.prefix = f"{int(number) + shift}. "
        return next_id
    raise ValueError(kind)


def _reword(s: Sentence, quotes: list[Quote], rng: random.Random) -> None:
    """Replace, insert or delete one word of ``s``, updating the word ranges of its quotes."""
    op = rng.choice(("replace", "insert", "delete"))
    k = rng.randrange(len(s.words))
    mine = [q for q in quotes if q.sentence == s.id and q.status != "removed"]
    if op == "replace":
        choices = [w for w in FILLER if w != s.words[k]]
        s.words[k] = _punctuated(s.words[k], rng.choice(choices))
        for q in mine:
            if q.start <= k < q.end:
                q.status = "reworded"
    elif op == "insert":
        s.words.insert(k, rng.choice(FILLER))
        for q in mine:
            if q.start < k < q.end:
                q.status = "reworded"
                q.end += 1
            elif k <= q.start:
                q.start += 1
                q.end += 1
    else:
        if len(s.words) <= 6:
            return
        if k == len(s.words) - 1:  # the sentence keeps its final punctuation
            s.words[k - 1] = _punctuated(s.words[k], s.words[k - 1].rstrip(_PUNCT))
        del s.words[k]
        for q in mine:
            if q.start <= k < q.end:
                q.status = "reworded"
                q.end -= 1
                if q.end <= q.start:
                    q.status = "removed"
            elif k < q.start:
                q.start -= 1
                q.end -= 1


_PUNCT = ".,;:!?)]\"'\u201d\u2019"


def _punctuated(old: str, word: str) -> str:
    """``word`` with the punctuation that ended ``old``: a rewording keeps the sentence's punctuation."""
    core = old.rstrip(_PUNCT)
    return word + old[len(core):] if core else word


def seeds() -> list[Path]:
    return sorted((ROOT / "vendors").glob("*/*.txt"))


def donors_for(seed: Path, all_paragraphs: dict[Path, list[Paragraph]]) -> list[list[str]]:
    """Sentences of the other seed texts: what an inserted sentence looks like."""
    return [s.words for other, paras in all_paragraphs.items() if other != seed
            for p in paras if not p.heading for s in p.sentences if len(s.words) >= 6]


def corpus(cases_per_seed: int = 24, seed: int = 11) -> list[Case]:
    """The whole corpus: per seed text, one case per edit kind alone, then mixed edit sequences."""
    rng = random.Random(seed)
    loaded = {p: read_seed(p) for p in seeds()}
    out: list[Case] = []
    for path, paragraphs in loaded.items():
        number_headings(paragraphs)
        donors = donors_for(path, loaded)
        name = f"{path.parent.name}/{path.stem}"
        for kind in EDITS:
            for k in range(8 if kind == "reword" else 3):
                out.append(make_case(f"{name}:{kind}:{k}", paragraphs, donors, rng, n_edits=2, kinds=(kind,)))
        for k in range(cases_per_seed):
            out.append(make_case(f"{name}:mixed:{k}", paragraphs, donors, rng, n_edits=rng.randint(2, 6)))
    return out


def main(argv: list[str]) -> int:
    out = Path(argv[0]) if argv else ROOT / "test-artifacts" / "edit-corpus"
    out.mkdir(parents=True, exist_ok=True)
    for i, case in enumerate(corpus()):
        d = out / f"{i:03d}"
        d.mkdir(exist_ok=True)
        (d / "old.txt").write_bytes(case.old.encode("utf-8"))
        (d / "new.txt").write_bytes(case.new.encode("utf-8"))
        (d / "expected.json").write_text(json.dumps({
            "name": case.name, "edits": case.edits,
            "quotes": [{"old": q, "status": s, "new": n, "sentence": sp}
                       for q, s, n, sp in zip(case.quotes, case.expected, case.expected_new, case.sentence_spans,
                                              strict=True)]}, indent=1, ensure_ascii=False) + "\n",
            encoding="utf-8")
    print(f"wrote {i + 1} cases to {out}")
    return 0


if __name__ == "__main__":
    sys.exit(main(sys.argv[1:]))
