"""The preview server of a built site (``policylabel serve``): a Python module of its own, as its request
handler subclasses the standard library's (where :mod:`policylabel.site` is compiled, mypyc compiles no such
subclass)."""

from __future__ import annotations

import functools
import http.server
from pathlib import Path
from typing import Any, ClassVar
from urllib.parse import unquote


class _Handler(http.server.SimpleHTTPRequestHandler):
    extensions_map: ClassVar[dict[str, str]] = {**http.server.SimpleHTTPRequestHandler.extensions_map,
                      ".jsonld": "application/ld+json", ".xml": "application/xml", ".js": "text/javascript",
                      ".css": "text/css", ".html": "text/html; charset=utf-8"}

    def log_message(self, format: str, *args: Any) -> None:
        pass  # a preview server need not log every request

    def copyfile(self, source: Any, outputfile: Any) -> None:
        try:
            super().copyfile(source, outputfile)
        except (BrokenPipeError, ConnectionResetError):
            pass  # the browser moved on before the file was sent; nothing to report

    def send_head(self) -> Any:
        # A NUL or an undecodable escape in the path is a bad request, never a traceback.
        try:
            if "\0" in unquote(self.path, errors="strict"):
                self.send_error(400, "Bad request")
                return None
            return super().send_head()
        except (ValueError, UnicodeDecodeError):
            self.send_error(400, "Bad request")
            return None

    def list_directory(self, path: Any) -> None:
        self.send_error(404, "Not found")  # a folder without index.html is not a page; never list it
        return None

    def send_error(self, code: int, message: str | None = None, explain: str | None = None) -> None:
        page = Path(self.directory) / "404.html"
        if code == 404 and page.exists():
            body = page.read_bytes()
            self.send_response(404)
            self.send_header("Content-Type", "text/html; charset=utf-8")
            self.send_header("Content-Length", str(len(body)))
            self.end_headers()
            if self.command != "HEAD":
                self.wfile.write(body)
            return
        super().send_error(code, message, explain)


def make_server(out: Path, port: int) -> http.server.ThreadingHTTPServer:
    """A server for ``out`` bound to 127.0.0.1 only (port 0: any free port)."""
    handler = functools.partial(_Handler, directory=str(out))
    return http.server.ThreadingHTTPServer(("127.0.0.1", port), handler)


def serve(out: Path, port: int) -> None:
    """Serve the built site on 127.0.0.1 until interrupted."""
    with make_server(out, port) as server:
        server.serve_forever()
