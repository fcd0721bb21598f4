"""Editor help as a curator meets it: the YAML language server (npm yaml-language-server 2.0.0, installed by
setup.sh) driven over stdio LSP on a document YAML whose modeline points at the generated schema. Hover on
`practice` and completion at `practice:` must say what to write (each term's label, definition and an example),
with no vocabulary internals and no escaped markdown."""

from __future__ import annotations

import json
import os
import select
import shutil
import subprocess
import time
from collections.abc import Iterator
from pathlib import Path
from typing import Any

import pytest

from policylabel.vocabulary import load_vocabulary

HERE = Path(__file__).resolve().parent
REPO = HERE.parent.parent
SERVER = Path(os.environ.get("YAML_LANGUAGE_SERVER",
                             HERE / "node_modules/yaml-language-server/bin/yaml-language-server"))
TIMEOUT = 60  # seconds for any one answer: a hang guard, not a benchmark
INTERNALS = ("label-column", "p3p-element", "applies-to", "`section`", "P3P")

DOCUMENT = """# yaml-language-server: $schema=../../schemas/document.schema.json
id: privacy-policy
kind: privacy-policy
title: Example Privacy Policy
source:
  file: privacy-policy.txt
  sha256: {sha}
claims:
  - practice: sale
    polarity: denied
    summary: Does not sell personal information.
    data: [personal-information]
    evidence:
      - We do not sell your personal information.
  - practice: sel
    polarity: denied
    summary: A misspelt practice.
    evidence:
      - We do not sell your personal information.
  - practice: \n"""


class Client:
    """A minimal LSP client over the server's stdin/stdout (Content-Length framed JSON-RPC)."""

    def __init__(self, argv: list[str]) -> None:
        self.proc = subprocess.Popen(argv, stdin=subprocess.PIPE, stdout=subprocess.PIPE, stderr=subprocess.PIPE)
        self.buffer = b""
        self.next_id = 0
        self.notifications: list[dict[str, Any]] = []

    def send(self, message: dict[str, Any]) -> None:
        body = json.dumps({"jsonrpc": "2.0", **message}).encode("utf-8")
        assert self.proc.stdin is not None
        self.proc.stdin.write(b"Content-Length: %d\r\n\r\n" % len(body) + body)
        self.proc.stdin.flush()

    def _read(self, deadline: float) -> dict[str, Any]:
        assert self.proc.stdout is not None
        while True:
            head, sep, rest = self.buffer.partition(b"\r\n\r\n")
            if sep:
                length = next(int(line.split(b":", 1)[1]) for line in head.split(b"\r\n")
                              if line.lower().startswith(b"content-length:"))
                if len(rest) >= length:
                    self.buffer = rest[length:]
                    return json.loads(rest[:length])
            ready, _, _ = select.select([self.proc.stdout], [], [], max(0.0, deadline - time.monotonic()))
            if not ready:
                raise TimeoutError("the language server did not answer in time")
            chunk = os.read(self.proc.stdout.fileno(), 1 << 16)
            if not chunk:
                raise EOFError("the language server exited: " + (self.proc.stderr.read() or b"").decode())
            self.buffer += chunk

    def _answer(self, message: dict[str, Any]) -> None:
        """Requests from the server: its settings, and acknowledgements."""
        result: Any = None
        if message["method"] == "workspace/configuration":
            result = [{"validate": True, "hover": True, "completion": True, "schemaStore": {"enable": False}}
                      for _ in message["params"]["items"]]
        self.send({"id": message["id"], "result": result})

    def request(self, method: str, params: Any) -> Any:
        self.next_id += 1
        rid = self.next_id
        self.send({"id": rid, "method": method, "params": params})
        deadline = time.monotonic() + TIMEOUT
        while True:
            message = self._read(deadline)
            if "method" in message and "id" in message:
                self._answer(message)
            elif "method" in message:
                self.notifications.append(message)
            elif message.get("id") == rid:
                assert "error" not in message, message
                return message.get("result")

    def notify(self, method: str, params: Any) -> None:
        self.send({"method": method, "params": params})

    def wait_for(self, method: str) -> dict[str, Any]:
        deadline = time.monotonic() + TIMEOUT
        while True:
            for n in self.notifications:
                if n["method"] == method:
                    self.notifications.remove(n)
                    return n
            message = self._read(deadline)
            if "method" in message and "id" in message:
                self._answer(message)
            elif "method" in message:
                self.notifications.append(message)

    def close(self) -> None:
        try:
            self.request("shutdown", None)
            self.notify("exit", None)
            self.proc.wait(timeout=10)
        finally:
            if self.proc.poll() is None:
                self.proc.kill()
                self.proc.wait()


@pytest.fixture(scope="module")
def session(tmp_path_factory: pytest.TempPathFactory) -> Iterator[tuple[Client, str, list[str]]]:
    if not SERVER.exists():
        pytest.fail(f"{SERVER} missing: run tests/site/setup.sh")
    node = shutil.which("node")
    if node is None:
        pytest.fail("node is needed for the YAML language server (apt-get install nodejs)")
    root = tmp_path_factory.mktemp("editor")
    shutil.copytree(REPO / "schemas", root / "schemas")
    doc = root / "vendors" / "example" / "privacy-policy.yaml"
    doc.parent.mkdir(parents=True)
    text = DOCUMENT.format(sha="0" * 64)
    doc.write_text(text, encoding="utf-8")
    client = Client([node, str(SERVER), "--stdio"])
    try:
        client.request("initialize", {
            "processId": os.getpid(), "rootUri": root.as_uri(), "workspaceFolders": None,
            "capabilities": {"textDocument": {
                "hover": {"contentFormat": ["markdown", "plaintext"]},
                "completion": {"completionItem": {"documentationFormat": ["markdown", "plaintext"]}},
                "publishDiagnostics": {}}}})
        client.notify("initialized", {})
        client.notify("workspace/didChangeConfiguration", {"settings": {"yaml": {
            "validate": True, "hover": True, "completion": True, "schemaStore": {"enable": False}}}})
        client.notify("textDocument/didOpen", {"textDocument": {
            "uri": doc.as_uri(), "languageId": "yaml", "version": 1, "text": text}})
        yield client, doc.as_uri(), text.splitlines()
    finally:
        client.close()


def _position(lines: list[str], needle: str, offset: int = 0) -> dict[str, int]:
    line = next(i for i, text in enumerate(lines) if needle in text)
    return {"line": line, "character": lines[line].index(needle) + offset}


def _markdown(value: Any) -> str:
    assert isinstance(value, dict) and value.get("kind") == "markdown", value
    return value["value"]


def test_hover_on_practice_says_what_to_write(session) -> None:
    client, uri, lines = session
    result = client.request("textDocument/hover", {"textDocument": {"uri": uri},
                                                    "position": _position(lines, "practice: sale", 2)})
    text = _markdown(result["contents"])
    assert text.startswith("#### Practice")
    assert "What the claim is about" in text and "for example `practice: sharing`" in text
    assert "\\`" not in text and "\\*" not in text  # markdown rendered, not escaped
    assert not [w for w in INTERNALS if w in text]
    for term in load_vocabulary().sets["practices"].terms.values():
        assert f"**{term.label}**: {term.description}" in text, term.id
        assert f"Example: `practice: {term.id}`" in text, term.id


def test_completion_at_practice_lists_every_practice_with_label_definition_example(session) -> None:
    client, uri, lines = session
    last = len(lines) - 1
    assert lines[last].strip() == "- practice:"
    result = client.request("textDocument/completion", {"textDocument": {"uri": uri},
                                                         "position": {"line": last, "character": len(lines[last])}})
    items = result["items"] if isinstance(result, dict) else result
    terms = load_vocabulary().sets["practices"].terms
    assert sorted(i["label"] for i in items) == sorted(terms)
    for item in items:
        term = terms[item["label"]]
        doc = _markdown(item["documentation"])
        assert doc.startswith(f"**{term.label}**: {term.description}")
        assert doc.endswith(f"Example: `practice: {term.id}`")
        assert "\\`" not in doc and not [w for w in INTERNALS if w in doc]


def test_completion_at_choice_words_whose_consent(session) -> None:
    client, uri, lines = session
    client.notify("textDocument/didChange", {"textDocument": {"uri": uri, "version": 2}, "contentChanges": [
        {"text": "\n".join([*lines[:-1], "  - choice: "]) + "\n"}]})
    last = len(lines) - 1
    result = client.request("textDocument/completion", {"textDocument": {"uri": uri},
                                                         "position": {"line": last, "character": 12}})
    items = {i["label"]: _markdown(i["documentation"]) for i in (result["items"] if isinstance(result, dict)
                                                                   else result)}
    assert "Only with your consent" in items["opt-in"]
    assert "customer's or account holder's consent, not yours" in items["customer-opt-in"]


def test_a_misspelt_practice_is_a_diagnostic_naming_the_values(session) -> None:
    client, uri, lines = session
    line = _position(lines, "practice: sel")["line"]
    while True:
        note = client.wait_for("textDocument/publishDiagnostics")
        if note["params"]["uri"] == uri and note["params"]["diagnostics"]:
            break
    found = [d for d in note["params"]["diagnostics"] if d["range"]["start"]["line"] == line]
    assert found and "sale" in found[0]["message"] and "collection" in found[0]["message"]
