"""Records what the portal simulator is asked and what it answers, for the OpenAPI contract test.

When the environment variable PORTALKEYS_SIM_RECORD names a folder, every portal exchange (not the /__sim/
control calls) is appended as one JSON line to <folder>/sim-<pid>.jsonl: method, path, query, request headers
and body, status, response headers and body, and the injected fault if a test asked for one.
tests/contract/check-openapi.js then checks every line against the vendor's OpenAPI description.

The lines carry the simulator's demo credentials as PortalKeys sent them (the request must be checked as it
was), so the folder and its files are private to the user, nothing is ever printed from them, and the
contract check deletes them. Without the variable this module does nothing.
"""

import base64
import json
import os
import threading

_FOLDER = os.environ.get("PORTALKEYS_SIM_RECORD") or None
_LOCK = threading.Lock()
_FILE = None


def _text_or_base64(data):
    """Bodies as text when they are UTF-8 (all JSON and forms are), else as base64 so nothing is lost."""
    if not data:
        return {"text": ""}
    try:
        return {"text": data.decode("utf-8")}
    except UnicodeDecodeError:
        return {"base64": base64.b64encode(data).decode("ascii")}


def _open_file():
    global _FILE
    if _FILE is None:
        os.makedirs(_FOLDER, mode=0o700, exist_ok=True)
        path = os.path.join(_FOLDER, "sim-%d.jsonl" % os.getpid())
        descriptor = os.open(path, os.O_WRONLY | os.O_CREAT | os.O_APPEND, 0o600)
        _FILE = os.fdopen(descriptor, "a", encoding="utf-8")
    return _FILE


def record(scheme, req, query_string, fault, response):
    """Notes one answered request. `fault` is the injected fault's kind, or None for the simulator's own answer."""
    if not _FOLDER:
        return
    request_headers = {}
    for name, value in req.headers.items():
        key = name.lower()
        request_headers[key] = request_headers[key] + ", " + value if key in request_headers else value
    response_headers = {name.lower(): value for name, value in response.headers}
    if response.content_type:
        response_headers["content-type"] = response.content_type
    line = {
        "scheme": scheme,
        "method": req.method,
        "path": req.path,
        "query": query_string,
        "request_headers": request_headers,
        "request_body": _text_or_base64(req.body),
        "status": response.status,
        "response_headers": response_headers,
        "response_body": _text_or_base64(response.body),
        "fault": fault,
    }
    with _LOCK:
        try:
            out = _open_file()
            out.write(json.dumps(line, separators=(",", ":")) + "\n")
            out.flush()
        except OSError:
            pass  # a full disk must not change the simulator's answers; the check then reports missing lines
