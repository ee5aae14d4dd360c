#!/usr/bin/env python3
"""A simulated ONLYOFFICE DocSpace 3.7 portal for PortalKeys' tests and demos.

The simulator is a small stateful web server on 127.0.0.1 that answers the portal calls PortalKeys makes:
logging in (API keys, Basic, login tokens, OAuth access tokens, two-factor codes), the portal settings
(`GET /api/2.0/settings`), API key management (`/api/2.0/keys`), the third-party authorization keys
("authservice", the 19 DocSpace 3.7 consumers), the OAuth 2.0 app (client) registry of the identity service
and the portal's OAuth 2.0 authorization server (PKCE code flow, refresh-token rotation, JWKS). It listens on
plain HTTP and on HTTPS (self-signed certificate) at the same time; both listeners share one state.

It follows what DocSpace's own server code does (DocSpace-server v3.7.2-server), not what its generated
OpenAPI text says where the two differ: the ASP.NET envelope (`response`, `count`, `links`, `status` 0/1,
`statusCode`), sign-in failures (401 alike for a wrong password and an unknown e-mail, 403 for the brute-force
lock, a refused reCAPTCHA and a disabled user), the identity service's plain JSON and RFC 7807 problems.

Usage:
    portal_simulator.py [--http-port N] [--https-port N] [--cert-dir DIR] [--no-https] [--ready-file PATH]
                        [--x-signature-ttl S] [--access-token-ttl S] [--readonly-consumer NAME ...]
                        [--plan-without-paid] [--extra-consumer] [--version-string V] [--saas]
                        [--limited-dev-tools] [--recaptcha-demanded] [--cloud-registry] [--latency S]
                        [--portals N]

When both listeners are up, exactly one JSON line goes to stdout (and to --ready-file):
    {"http_port": N, "https_port": N|null, "cert_pem_path": "...", "cert_sha256": "<hex of DER>", "pid": N}
With --portals N (N > 1) it also has "portals": [{"http_port": N, "https_port": N|null}, ...], the first
being the one above.
After that, stdout stays silent; stderr gets one line per request (scheme, method, path without query,
status). Header values, bodies, passwords and tokens are never logged. SIGTERM or SIGINT ends it cleanly.

Run `portal_simulator.py --help` for the demo accounts, keys, OAuth clients and the /__sim/ control API.
Only the Python standard library is required; the `cryptography` package (Debian: python3-cryptography)
enables ES256 access tokens, otherwise HS256 is used. The certificate is made with the `openssl` command.
"""

import argparse
import base64
import binascii
import copy
import datetime
import email.parser
import email.policy
import hashlib
import hmac
import http.server
import json
import math
import os
import posixpath
import re
import secrets
import select
import shutil
import signal
import socketserver
import ssl
import subprocess
import sys
import tempfile
import threading
import time
import traceback
import urllib.parse
import uuid

import exchange_recorder  # beside this script; records exchanges for the contract test when asked

try:
    from cryptography.exceptions import InvalidSignature
    from cryptography.hazmat.primitives import hashes
    from cryptography.hazmat.primitives.asymmetric import ec
    from cryptography.hazmat.primitives.asymmetric.utils import decode_dss_signature, encode_dss_signature

    HAVE_CRYPTOGRAPHY = True
except ImportError:  # HS256 access tokens instead of ES256
    HAVE_CRYPTOGRAPHY = False


# ----------------------------------------------------------------------------------------------------------
# Demo data
# ----------------------------------------------------------------------------------------------------------

TENANT_ID = 1
TFA_CODE = "123456"
# The brute-force lock of BruteForceLoginManager with the defaults of LoginSettings: more than 5 sign-in
# attempts for one user name within 60 s block that name for 60 s (a successful attempt does not count).
LOGIN_ATTEMPT_COUNT = 5
LOGIN_CHECK_PERIOD = 60
LOGIN_BLOCK_TIME = 60
# A reCAPTCHA answer the simulated portal accepts (any other answer is refused with 403 "Invalid Recaptcha").
RECAPTCHA_PASS = "sim-recaptcha-pass"
LOGIN_TOKEN_LIFETIME = 365 * 24 * 3600
AUTH_CODE_LIFETIME = 60
REFRESH_TOKEN_LIFETIME = 60 * 24 * 3600
MAX_KEY_VALUE_LENGTH = 4000
MAX_BODY_BYTES = 16 * 1024 * 1024

USERS = [
    {"id": "a7b2f0d4-1c3e-4f5a-8b6c-0d1e2f3a4b5c", "email": "admin@example.com", "password": "admin-password",
     "firstName": "Ada", "lastName": "Admin", "isAdmin": True, "isOwner": True, "tfa": False, "disabled": False},
    {"id": "b8c3a1e5-2d4f-4a6b-9c7d-1e2f3a4b5c6d", "email": "user@example.com", "password": "user-password",
     "firstName": "Uma", "lastName": "User", "isAdmin": False, "isOwner": False, "tfa": False, "disabled": False},
    {"id": "c9d4b2f6-3e5a-4b7c-8d8e-2f3a4b5c6d7e", "email": "tfa@example.com", "password": "tfa-password",
     "firstName": "Tess", "lastName": "Twofactor", "isAdmin": True, "isOwner": False, "tfa": True,
     "disabled": False},
    {"id": "d0e5c3a7-4f6b-4c8d-9e9f-3a4b5c6d7e8f", "email": "disabled@example.com",
     "password": "disabled-password", "firstName": "Dora", "lastName": "Disabled", "isAdmin": False,
     "isOwner": False, "tfa": False, "disabled": True},
    {"id": "e1f6d4b8-5a7c-4d9e-8f0a-4b5c6d7e8f90", "email": "guest@example.com", "password": "guest-password",
     "firstName": "Gil", "lastName": "Guest", "isAdmin": False, "isOwner": False, "tfa": False,
     "disabled": False, "isGuest": True},
]
ADMIN_EMAIL = "admin@example.com"

# The demo API keys: "sk-" + 64 lowercase hex digits. The portal keeps only a hash; `["*"]` is stored as `[]`.
DEMO_API_KEYS = [
    ("sk-" + "a" * 64, "Demo full access", ADMIN_EMAIL, ["*"]),
    ("sk-" + "b" * 64, "Demo read only", ADMIN_EMAIL, ["*:read"]),
    ("sk-" + "c" * 64, "Demo files only", ADMIN_EMAIL, ["files:read", "files:write"]),
    ("sk-" + "d" * 64, "Demo user key", "user@example.com", ["*"]),
]
# GET /api/2.0/keys/permissions (ApiKeysController.GetAllPermissions): the scopes of the API's scope map,
# "*" included, and the two global ones.
API_KEY_PERMISSIONS = ["*", "*:read", "*:write", "accounts.self:read", "accounts.self:write", "accounts:read",
                       "accounts:write", "files:read", "files:write", "rooms:read", "rooms:write"]
# AuthorizationExtension.ScopesMap: the first pattern found in "METHOD api/2.0/..." names the scopes a
# limited key needs besides the global ones; ["*"] means no scope is needed at all.
API_SCOPE_MAP = [
    (r"GET api/[^/]+/files/rooms", ["rooms:read", "rooms:write"]),
    (r"(POST|PUT|DELETE|UPDATE) api/[^/]+/files/rooms", ["rooms:write"]),
    (r"GET api/[^/]+/files", ["files:read", "files:write"]),
    (r"(POST|PUT|DELETE|UPDATE) api/[^/]+/files", ["files:write"]),
    (r"GET api/[^/]+/people/@self", ["accounts.self:read", "accounts.self:write"]),
    (r"(POST|PUT|DELETE|UPDATE) api/[^/]+/people/@self", ["accounts.self:write"]),
    (r"GET api/[^/]+/people", ["accounts:read", "accounts:write"]),
    (r"(POST|PUT|DELETE|UPDATE) api/[^/]+/people", ["accounts:write"]),
    (r"GET api/[^/]+/group", ["accounts:read"]),
    (r"(POST|PUT|DELETE|UPDATE) api/[^/]+/group", ["accounts:write"]),
    (r"GET api/[^/]+/keys/@self?", ["*"]),
]
MAX_API_KEY_NAME = 30
# The "sensitive_api" rate limit on key creation: 5 calls per user in a sliding 15-minute window.
KEY_CREATE_LIMIT = 5
KEY_CREATE_WINDOW = 15 * 60

DEFAULT_VERSION = "3.7.2.1800"
# The simulated folder that holds external-database SQLite files, and the files in it.
SQLITE_BASE_PATH = "/var/www/onlyoffice/Data/externaldb"
SQLITE_FILES = {"forms.db", "reports/results.db"}
# The identity service's limits in its DynamoDB-backed (cloud) registry, CoreDynamoClientRepository.
CLOUD_CLIENTS_PER_TENANT = 100
CLOUD_CLIENTS_PER_USER = 10

DEMO_CLIENT_ID = "11111111-2222-3333-4444-555555555555"
DEMO_CLIENT_SECRET = "DemoClientSecret0123456789abcdefghij"
DEMO_PUBLIC_CLIENT_ID = "66666666-7777-8888-9999-000000000000"
# A 1x1 transparent PNG, so that the demo clients have a logo like real ones.
DEMO_LOGO = ("data:image/png;base64,iVBORw0KGgoAAAANSUhEUgAAAAEAAAABCAYAAAAfFcSJAAAADUlEQVR42mNkYPhfDwAChwGA"
             "60e6kgAAAABJRU5ErkJggg==")

# (name, group, type) as the identity service's scope table holds them (groups as GET /scopes names them:
# "profiles" for accounts.self), in the order GET /scopes lists them: by name ignoring case, openid last.
SCOPES = [
    ("accounts.self:read", "profiles", "read"), ("accounts.self:write", "profiles", "write"),
    ("accounts:read", "accounts", "read"), ("accounts:write", "accounts", "write"),
    ("files:read", "files", "read"), ("files:write", "files", "write"),
    ("rooms:read", "rooms", "read"), ("rooms:write", "rooms", "write"),
    ("openid", "openid", "openid"),
]
SCOPE_NAMES = [name for name, _group, _type in SCOPES]


def prop(name, title=None, **extra):
    """One editable key of a consumer. The title is the portal's label, the resource Consumers<key>
    (web/ASC.Web.Core/AuthService.cs); keys without one show the key itself. Every key has a `type`, "text"
    unless the consumer's key metadata says otherwise (AuthKey.Type defaults to "text")."""
    definition = {"name": name, "title": title if title is not None else name, "type": "text"}
    definition.update(extra)
    return definition


def consumer(name, title, order, kind, props, paid=False, key=None):
    """A consumer as the portal knows it; `key` is the server-side lookup key when it differs from `name`."""
    return {"name": name, "key": key or name, "title": title, "order": order, "kind": kind, "paid": paid,
            "props": props}


# DocSpace 3.7: 19 consumers in GET order (order ties keep this sequence).
CONSUMERS = [
    consumer("dropbox", "DropBox", 2, "D", [prop("dropboxClientId"), prop("dropboxClientSecret")]),
    consumer("box", "Box", 3, "D", [prop("boxClientId", "Box ID"), prop("boxClientSecret", "Box Key")]),
    consumer("skydrive", "OneDrive", 4, "D",
             [prop("skydriveappkey", "Application ID"), prop("skydriveappsecret", "Client secret")]),
    consumer("microsoft", "Microsoft", 4, "L",
             [prop("microsoftClientId", "Application Client ID"), prop("microsoftClientSecret", "Client Secret")]),
    consumer("google", "Google", 5, "LD",
             [prop("googleClientId", "Google ID"), prop("googleClientSecret", "Google Key")]),
    consumer("facebook", "Facebook", 6, "L",
             [prop("facebookClientId", "Facebook ID"), prop("facebookClientSecret", "Facebook Key")]),
    consumer("twitter", "X", 6, "L", [prop("twitterKey", "API Key"), prop("twitterSecret", "API Key Secret")]),
    consumer("linkedin", "LinkedIn", 8, "L",
             [prop("linkedInKey", "Linkedin ID"), prop("linkedInSecret", "Linkedin Key")]),
    consumer("twilio", "Twilio", 9, "S",
             [prop("twilioAccountSid", "Account Sid"), prop("twilioAuthToken", "Auth Token"),
              prop("twiliosender", "Phone number from Twilio (required for SMS authorization)")]),
    consumer("firebase", "Firebase", 12, "N",
             [prop("firebase_apiKey", "Web API key"), prop("firebase_projectId", "Project ID"),
              prop("firebase_messagingSenderId", "Sender ID"), prop("firebase_authorization", "Server key")]),
    consumer("appleID", "Apple ID", 13, "L",
             [prop("appleIdClientId", "Application Client ID"), prop("appleIdClientIdMobile"),
              prop("appleIdTeamId", "10-character developer account Team ID"),
              prop("appleIdKeyId",
                   "A 10-character key identifier generated for the Sign in with Apple private key"),
              prop("appleIdPrivateKey", "Private key downloaded from Apple Developer")],
             key="appleid"),
    consumer("s3", "Amazon AWS S3", 20, "St",
             [prop("acesskey", "S3 accesskey"), prop("secretaccesskey", "S3 secret access key")], paid=True),
    consumer("googlecloud", "Google Cloud Storage", 21, "St", [prop("json")], paid=True),
    consumer("rackspace", "Rackspace Cloud Storage", 22, "St",
             [prop("username", "Rackspace username"), prop("apiKey", "Rackspace apiKey")], paid=True),
    consumer("zoom", "Zoom", 24, "L",
             [prop("zoomClientId", "Zoom client id"), prop("zoomClientSecret", "Zoom client secret")]),
    consumer("telegram", "Telegram", 25, "N",
             [prop("telegramBotToken", "Bot token"), prop("telegramBotName", "Bot username")]),
    consumer("weixin", "WeChat", 26, "L",
             [prop("weixinClientId", "Client ID"), prop("weixinClientSecret", "Client Secret")]),
    consumer("externaldb", "Database connection", 27, "O",
             # ExternalDatabaseProvider.GetKeyMetadata; "sqlite" is offered on self-hosted portals only.
             [prop("databaseType", "Database type", type="select", options=["mysql", "sqlite"]),
              prop("dbHost", "Host", dependsOn="databaseType", dependsOnValue="mysql"),
              prop("dbPort", "Port", type="number", dependsOn="databaseType", dependsOnValue="mysql"),
              prop("dbName", "Database name", dependsOn="databaseType", dependsOnValue="mysql"),
              prop("dbUser", "User", dependsOn="databaseType", dependsOnValue="mysql"),
              prop("dbPassword", "Password", type="password", dependsOn="databaseType", dependsOnValue="mysql"),
              prop("dbSsl", "Use SSL", type="toggle", dependsOn="databaseType", dependsOnValue="mysql"),
              prop("sqliteFilePath", "SQLite file path", dependsOn="databaseType", dependsOnValue="sqlite")]),
    consumer("nextcloud", "Nextcloud", 28, "L",
             [prop("nextcloudBaseUrl", "Enter the URL address of the Nextcloud instance."),
              prop("nextcloudClientId", "Client ID"), prop("nextcloudClientSecret", "Client Secret")]),
]

# Only with --extra-consumer: a consumer no built-in catalog knows, to test how clients treat unknown ones.
EXTRA_CONSUMER = consumer("acme", "Acme Storage", 30, "St", [prop("acmeKey", "Acme key"),
                                                             prop("acmeSecret", "Acme secret")])

KIND_DESCRIPTIONS = {
    "L": "Lets portal users sign in with their {title} account.",
    "D": "Connects {title} as a third-party storage for documents.",
    "LD": "Lets users sign in with {title} and connect it as a document storage.",
    "S": "Sends SMS messages, for example two-factor authentication codes, through {title}.",
    "St": "Stores backups and portal data in {title}.",
    "N": "Sends notifications through {title}.",
    "O": "Connects the portal to an external service: {title}.",
}

TWILIO_SID_PATTERN = re.compile(r"AC[0-9a-f]{32}")
TWILIO_TOKEN_PATTERN = re.compile(r"[0-9a-f]{32}")
TELEGRAM_TOKEN_PATTERN = re.compile(r"\d{6,12}:[A-Za-z0-9_-]{30,}")
UNREACHABLE_DB_HOST = "bad.example.com"

# The identity service's URL rule for website_url, terms_url, policy_url and logout_redirect_uri
# (CreateClientRequest.java, matched against the whole value): a host with a dot and a TLD of 2+ letters, the
# scheme optional, or an IPv4 address with a scheme; so "localhost" is refused.
URL_PATTERN = re.compile(
    r"^(https?://)?([a-zA-Z0-9-]+\.)+[a-zA-Z]{2,}(:\d+)?(/[a-zA-Z0-9-._~:/?#\[\]@!$&'()*+,;=]*)?$"
    r"|^https?://(\d{1,3}\.){3}\d{1,3}(:\d+)?(/[a-zA-Z0-9-._~:/?#\[\]@!$&'()*+,;=]*)?$")
# The logo rule of CreateClientRequest/UpdateClientRequest (a whole-value match; "." stops at line ends).
LOGO_PATTERN = re.compile(r"data:image/(?:png|jpeg|jpg|svg\+xml);base64,.*.{1,}")
MAX_LOGO_BYTES = 256000      # @LogoSize(maxBytes): the decoded size, checked on create only
MAX_LOGO_LENGTH = 2000000    # @LogoSize(maxLength): the data URI's length
# URLCollectionValidator: redirect_uris and allowed_origins may use these schemes, nothing else is checked.
URL_COLLECTION_SCHEMES = ("http", "https", "claude")
IDENTITY_ERROR_TYPE = "https://api.onlyoffice.com/docspace/api-backend/get-started/basic-concepts"

# Values of these query parameters are replaced in /__sim/requests (they can be credentials).
SENSITIVE_QUERY_NAMES = {"code", "code_verifier", "client_secret", "access_token", "refresh_token", "token",
                         "password", "x-signature", "id_token", "state"}

DEFAULT_FAULT_MESSAGES = {
    400: "Bad request", 401: "Unauthorized", 402: "Your pricing plan does not include this feature",
    403: "Access denied", 404: "Not found", 405: "Method not allowed", 409: "Conflict",
    415: "Unsupported media type", 429: "Too many requests. Try again later.", 500: "Internal server error",
    502: "Bad gateway", 503: "Service temporarily unavailable", 504: "Gateway timeout",
}


# ----------------------------------------------------------------------------------------------------------
# Small helpers: time, encodings, JWT
# ----------------------------------------------------------------------------------------------------------

def iso_dotnet(timestamp):
    """A date as the ASP.NET endpoints write it: 7 fraction digits and an offset."""
    moment = datetime.datetime.fromtimestamp(timestamp, datetime.timezone.utc)
    return moment.strftime("%Y-%m-%dT%H:%M:%S.") + "%06d0+00:00" % moment.microsecond


def iso_millis(millis):
    """A date as the identity service writes it: milliseconds and Z."""
    moment = datetime.datetime.fromtimestamp(millis / 1000.0, datetime.timezone.utc)
    return moment.strftime("%Y-%m-%dT%H:%M:%S.") + "%03dZ" % (millis % 1000)


def parse_iso_millis(text):
    """Milliseconds since the epoch for an ISO 8601 date, or None if it cannot be read."""
    try:
        moment = datetime.datetime.fromisoformat(text.strip().replace("Z", "+00:00"))
    except (ValueError, AttributeError):
        return None
    if moment.tzinfo is None:
        moment = moment.replace(tzinfo=datetime.timezone.utc)
    return int(round(moment.timestamp() * 1000))


def expiry_after(seconds):
    """A JWT exp claim (whole seconds) no earlier than `seconds` from now, so short test lifetimes hold."""
    return int(math.ceil(time.time() + float(seconds)))


def b64url_encode(data):
    return base64.urlsafe_b64encode(data).rstrip(b"=").decode("ascii")


def b64url_decode(text):
    return base64.urlsafe_b64decode(text + "=" * (-len(text) % 4))


def json_bytes(obj):
    return json.dumps(obj, separators=(",", ":")).encode("utf-8")


def split_jwt(token):
    """(header, claims, signing input, signature) of a compact JWS, or None if it is not one."""
    parts = token.split(".")
    if len(parts) != 3:
        return None
    try:
        header = json.loads(b64url_decode(parts[0]))
        claims = json.loads(b64url_decode(parts[1]))
        signature = b64url_decode(parts[2])
    except (ValueError, binascii.Error):
        return None
    if not isinstance(header, dict) or not isinstance(claims, dict):
        return None
    return header, claims, (parts[0] + "." + parts[1]).encode("ascii"), signature


def hs256_sign(secret, claims, kid=None):
    header = {"alg": "HS256", "typ": "JWT"}
    if kid:
        header["kid"] = kid
    signing_input = b64url_encode(json_bytes(header)) + "." + b64url_encode(json_bytes(claims))
    signature = hmac.new(secret, signing_input.encode("ascii"), hashlib.sha256).digest()
    return signing_input + "." + b64url_encode(signature)


def hs256_verify(secret, token):
    """The claims of an HS256 token with a valid signature, else None. Expiry is the caller's business."""
    parts = split_jwt(token)
    if parts is None or parts[0].get("alg") != "HS256":
        return None
    expected = hmac.new(secret, parts[2], hashlib.sha256).digest()
    return parts[1] if hmac.compare_digest(expected, parts[3]) else None


class AccessTokenSigner:
    """Signs the OAuth tokens: ES256 with a key made at start (HS256 when `cryptography` is missing)."""

    def __init__(self):
        self.kid = secrets.token_hex(8)
        if HAVE_CRYPTOGRAPHY:
            self.alg = "ES256"
            self.private_key = ec.generate_private_key(ec.SECP256R1())
        else:
            self.alg = "HS256"
            self.secret = secrets.token_bytes(32)

    def sign(self, claims):
        if self.alg == "HS256":
            return hs256_sign(self.secret, claims, self.kid)
        header = {"alg": "ES256", "typ": "JWT", "kid": self.kid}
        signing_input = b64url_encode(json_bytes(header)) + "." + b64url_encode(json_bytes(claims))
        der = self.private_key.sign(signing_input.encode("ascii"), ec.ECDSA(hashes.SHA256()))
        r, s = decode_dss_signature(der)
        return signing_input + "." + b64url_encode(r.to_bytes(32, "big") + s.to_bytes(32, "big"))

    def verify(self, token):
        """The claims when the signature is ours, else None."""
        if self.alg == "HS256":
            return hs256_verify(self.secret, token)
        parts = split_jwt(token)
        if parts is None or parts[0].get("alg") != "ES256" or len(parts[3]) != 64:
            return None
        r = int.from_bytes(parts[3][:32], "big")
        s = int.from_bytes(parts[3][32:], "big")
        try:
            self.private_key.public_key().verify(encode_dss_signature(r, s), parts[2], ec.ECDSA(hashes.SHA256()))
        except InvalidSignature:
            return None
        return parts[1]

    def jwks(self):
        if self.alg == "HS256":
            return {"keys": []}  # a symmetric key is never published
        numbers = self.private_key.public_key().public_numbers()
        return {"keys": [{"kty": "EC", "crv": "P-256", "use": "sig", "alg": "ES256", "kid": self.kid,
                          "x": b64url_encode(numbers.x.to_bytes(32, "big")),
                          "y": b64url_encode(numbers.y.to_bytes(32, "big"))}]}


# ----------------------------------------------------------------------------------------------------------
# Responses
# ----------------------------------------------------------------------------------------------------------

class Response:
    def __init__(self, status, body=b"", content_type=None, headers=None):
        self.status = status
        self.body = body
        self.content_type = content_type
        self.headers = list(headers or [])
        self.envelope = None  # the success envelope's body, so that route() can add the request's links


class Reply(Exception):
    """Raised by route code to answer at once with `response` (mostly errors)."""

    def __init__(self, response):
        super().__init__(response.status)
        self.response = response


def json_response(obj, status=200, content_type="application/json; charset=utf-8", headers=None):
    return Response(status, json_bytes(obj), content_type, headers)


def envelope(payload, status=200, api_status=0, total=None):
    """The ASP.NET success envelope (common/ASC.Api.Core/Middleware/CommonApiResponse.cs, SuccessApiResponse):
    `response` (left out when null, as nulls are not written), `count` (0 for null, the length of a list, else
    1), `total` only for paged answers, `links` (the request's URL and method, filled in by route()),
    `status` 0 (1 for a validation problem) and `statusCode`."""
    if payload is None:
        count = 0
    elif isinstance(payload, list):
        count = len(payload)
    else:
        count = 1
    body = {}
    if payload is not None:
        body["response"] = payload
    body["count"] = count
    if total is not None:
        body["total"] = total
    body["links"] = []
    body["status"] = api_status
    body["statusCode"] = status
    response = json_response(body, status)
    response.envelope = body
    return response


def validation_problem(errors):
    """ASP.NET's automatic 400 for a body that fails its model's validation attributes: a
    ValidationProblemDetails wrapped in the success envelope with status 1 (there is no `error` member)."""
    payload = {"type": "https://tools.ietf.org/html/rfc9110#section-15.5.1",
               "title": "One or more validation errors occurred.", "status": 400, "errors": errors,
               "traceId": "00-%s-%s-00" % (secrets.token_hex(16), secrets.token_hex(8))}
    return envelope(payload, 400, api_status=1)


# HResults .NET gives the exception types the portal names in error.type.
EXCEPTION_HRESULTS = {"System.InvalidOperationException": -2146233079, "System.ArgumentException": -2147024809}


def envelope_error(status, message, headers=None, exception_type=None):
    """The ASP.NET error envelope (ErrorApiResponse): only `error.message` is reliable. Exceptions that
    ResponseWrapper.cs maps "with stack trace" (InvalidOperationException, ArgumentException, ...) also carry
    `type`, `stack` and `hresult` (CommonApiError.FromException); authentication, brute-force and reCAPTCHA
    refusals do not."""
    error = {"message": message}
    if exception_type:
        error.update({"type": exception_type, "stack": "   at ASC.Web.Api.Controllers.(simulated)",
                      "hresult": EXCEPTION_HRESULTS.get(exception_type, -2146233088)})
    return json_response({"error": error, "status": 1, "statusCode": status}, status, headers=headers)


def null_reference(_req=None):
    """What the portal answers where its code dereferences a missing object: a 500 with .NET's message."""
    return Reply(envelope_error(500, "Object reference not set to an instance of an object."))


REASON_PHRASES = {400: "Bad Request", 401: "Unauthorized", 403: "Forbidden", 404: "Not Found",
                  405: "Method Not Allowed", 415: "Unsupported Media Type", 429: "Too Many Requests",
                  500: "Internal Server Error", 503: "Service Unavailable"}


def problem(status, title, detail, instance, errors=None):
    """RFC 7807 problem details as the identity service sends them (RegistrationGlobalExceptionHandler):
    the type is its documentation page, the title the status's reason phrase, the instance the request path."""
    body = {"type": IDENTITY_ERROR_TYPE, "title": title or REASON_PHRASES.get(status, "Error"),
            "status": status, "detail": detail, "instance": instance}
    if errors is not None:
        body["errors"] = errors
    return json_response(body, status, "application/problem+json")


def identity_forbidden():
    """The identity service refuses a missing, invalid or expired x-signature with a bare 403: its signature
    filter sets the status without a body, and a request without one is turned away by Spring Security."""
    return Response(403)


def oauth_error(status, error, description):
    return json_response({"error": error, "error_description": description}, status,
                         headers=[("Cache-Control", "no-store")])


def html_page(status, title, text):
    body = ("<!DOCTYPE html><html><head><title>%s</title></head><body><h1>%s</h1><p>%s</p></body></html>"
            % (title, title, text)).encode("utf-8")
    return Response(status, body, "text/html; charset=utf-8")


def empty(status=200):
    return Response(status)


# ----------------------------------------------------------------------------------------------------------
# The portal's state
# ----------------------------------------------------------------------------------------------------------

class Identity:
    """Who sent a request and how: kind is api_key, basic, token or oauth."""

    def __init__(self, user, kind, permissions=None, token=None, claims=None, api_key=None):
        self.user = user
        self.kind = kind
        self.permissions = permissions
        self.api_key = api_key
        self.token = token
        self.claims = claims


class Gauge:
    """Test instrumentation, not part of DocSpace: how many portal calls are being answered at this moment and
    the most at once since the last reset, so that tests can check how many requests a client has in flight.
    A call counts from its arrival until just before its answer is written (a client cannot have seen the
    answer, and sent its next call, while the call still counts)."""

    def __init__(self):
        self.lock = threading.Lock()
        self.current = 0
        self.peak = 0

    def enter(self):
        with self.lock:
            self.current += 1
            self.peak = max(self.peak, self.current)

    def leave(self):
        with self.lock:
            self.current -= 1

    def reset(self):
        with self.lock:
            self.peak = self.current


class Portal:
    """Everything the portal remembers. All access happens with `lock` held. The portals of one process (see
    --portals) share nothing but `stop_event` and `process_gauge`."""

    def __init__(self, config, stop_event=None, process_gauge=None):
        self.lock = threading.RLock()
        self.stop_event = stop_event or threading.Event()
        self.gauge = Gauge()
        self.process_gauge = process_gauge or Gauge()
        self.initial_config = dict(config)
        self.signer = AccessTokenSigner()
        self.x_signature_secret = secrets.token_bytes(32)
        self.users = {user["email"]: user for user in USERS}
        self.users_by_id = {user["id"]: user for user in USERS}
        self.reset()

    def reset(self):
        with self.lock:
            self.config = copy.deepcopy(self.initial_config)
            self.consumer_values = {}
            for definition in CONSUMERS + [EXTRA_CONSUMER]:
                self.consumer_values[definition["key"]] = {p["name"]: "" for p in definition["props"]}
            self.clients = {}
            self.last_created_millis = 0
            for client in initial_clients():
                self.clients[client["client_id"]] = client
            self.login_tokens = {}       # token -> {"email", "expires"}
            self.pending_tfa = set()     # e-mails that passed the password step of a two-factor login
            self.login_history = {}      # lower-case userName -> times of counted sign-in attempts
            self.login_blocks = {}       # lower-case userName -> end of its brute-force block
            self.api_keys = [self.demo_api_key(*demo) for demo in DEMO_API_KEYS]
            self.key_creations = {}      # user id -> times of POST /api/2.0/keys (the rate limit)
            self.codes = {}              # authorization code -> grant
            self.consents = {}           # (client id, user id) -> the scopes the user has approved
            self.consent_requests = {}   # consent state -> the authorization request waiting for consent
            self.refresh_tokens = {}     # refresh token -> grant
            self.revoked_jtis = set()
            self.faults = []
            self.next_fault_id = 1
            self.requests = []
            self.audit_events = []      # what MessageService recorded, oldest first (the audit trail)
            self.gauge.reset()
            self.process_gauge.reset()

    # --- consumers -----------------------------------------------------------------------------------------

    def consumers(self):
        """The consumer definitions this portal offers, in GET order."""
        definitions = list(CONSUMERS)
        if self.config.get("extra_consumer"):
            definitions.append(EXTRA_CONSUMER)
        return sorted(definitions, key=lambda d: d["order"])  # sorted() is stable: ties keep list order

    def can_set(self, definition):
        return definition["name"] not in self.config.get("readonly_consumers", [])

    def standalone(self):
        """A self-hosted portal. A plan that lacks paid consumers only exists in the cloud, so
        plan_without_paid makes the portal a cloud one too."""
        return bool(self.config.get("standalone", True)) and not self.config.get("plan_without_paid")

    # --- API keys ------------------------------------------------------------------------------------------

    def demo_api_key(self, key, name, email, permissions):
        created = parse_iso_millis("2025-01-01T00:00:00.000Z") / 1000.0
        return new_api_key_record(key, name, self.users[email]["id"], permissions, created, None)

    def api_key_by_value(self, value):
        digest = hashlib.sha256(value.encode("utf-8")).hexdigest()
        return next((k for k in self.api_keys if hmac.compare_digest(k["hash"], digest)), None)

    def api_key_by_id(self, key_id):
        return next((k for k in self.api_keys if k["id"] == key_id), None)

    # --- users ---------------------------------------------------------------------------------------------

    def user_by_email(self, email):
        return self.users.get((email or "").strip().lower())

    def issue_login_token(self, user):
        token = secrets.token_urlsafe(48)
        expires = time.time() + LOGIN_TOKEN_LIFETIME
        self.login_tokens[token] = {"email": user["email"], "expires": expires}
        return token, expires

    # --- clients -------------------------------------------------------------------------------------------

    def next_created_millis(self):
        """A creation time in ms, strictly increasing so that paging cursors are unambiguous."""
        millis = max(int(time.time() * 1000), self.last_created_millis + 1)
        self.last_created_millis = millis
        return millis


def new_api_key_record(key, name, user_id, permissions, created, expires):
    """An API key as ApiKeyManager stores it: a hash, the last four characters, and `[]` for any list that
    holds "*" (everything)."""
    if permissions and "*" in permissions:
        permissions = []
    return {"id": str(uuid.uuid4()), "name": name, "hash": hashlib.sha256(key.encode("utf-8")).hexdigest(),
            "postfix": key[-4:], "permissions": list(permissions or []), "createOn": created,
            "createBy": user_id, "expiresAt": expires, "isActive": True, "lastUsed": None}


def initial_clients():
    """The two pre-registered OAuth clients of the demo portal."""
    admin_id = USERS[0]["id"]
    created = parse_iso_millis("2025-01-01T00:00:00.000Z")
    common = {
        "description": "Pre-registered client of the simulated portal", "logo": DEMO_LOGO,
        "website_url": "https://portalkeys.example.com", "terms_url": "https://portalkeys.example.com/terms",
        "policy_url": "https://portalkeys.example.com/privacy",
        "redirect_uris": ["http://127.0.0.1/callback"], "allowed_origins": ["http://127.0.0.1"],
        "logout_redirect_uris": ["https://portalkeys.example.com"], "scopes": list(SCOPE_NAMES),
        "allow_pkce": True, "is_public": True, "enabled": True, "tenant": TENANT_ID,
        "created_by": admin_id, "modified_by": admin_id,
    }
    confidential = dict(copy.deepcopy(common), client_id=DEMO_CLIENT_ID, client_secret=DEMO_CLIENT_SECRET,
                        name="PortalKeys Demo", created_millis=created, modified_millis=created)
    public = dict(copy.deepcopy(common), client_id=DEMO_PUBLIC_CLIENT_ID, client_secret=None,
                  name="PortalKeys Public Demo", created_millis=created + 1, modified_millis=created + 1)
    return [confidential, public]


# ----------------------------------------------------------------------------------------------------------
# Requests
# ----------------------------------------------------------------------------------------------------------

class Request:
    """What the route functions see of an HTTP request."""

    def __init__(self, method, path, query, headers, body, scheme, host, port):
        self.method = method
        self.path = path
        self.query = query
        self.headers = headers
        self.body = body
        self.scheme = scheme
        self.origin = "%s://%s" % (scheme, host)
        self.port = port
        self.extra_headers = []

    def query_value(self, name, default=None):
        values = self.query.get(name)
        return values[0] if values else default

    def display_url(self):
        """The request's full URL, as ASP.NET's GetDisplayUrl() puts it into the envelope's links."""
        query = urllib.parse.urlencode(self.query, doseq=True)
        return self.origin + self.path + ("?" + query if query else "")

    def cookie(self, name, ignore_case=False):
        for header in self.headers.get_all("Cookie") or []:
            for part in header.split(";"):
                key, _, value = part.strip().partition("=")
                if key == name or (ignore_case and key.lower() == name.lower()):
                    return value
        return None

    def parse_json(self):
        """The body as JSON, or raises ValueError."""
        if not self.body:
            raise ValueError("empty body")
        return json.loads(self.body.decode("utf-8"))

    def json_object(self):
        """The body as a JSON object (ASP.NET style: form bodies work too), or an envelope 400."""
        content_type = (self.headers.get("Content-Type") or "").lower()
        if content_type.startswith("application/x-www-form-urlencoded"):
            return self.form()
        try:
            value = self.parse_json()
        except (ValueError, UnicodeDecodeError):
            raise Reply(envelope_error(400, "The request body is not valid JSON."))
        if not isinstance(value, dict):
            raise Reply(envelope_error(400, "The request body must be a JSON object."))
        return value

    def form(self):
        try:
            text = self.body.decode("utf-8")
        except UnicodeDecodeError:
            text = ""
        return {key: values[0] for key, values in urllib.parse.parse_qs(text, keep_blank_values=True).items()}

    def body_parameters(self):
        """A form body's fields, each with every value it was given: URL-encoded, or multipart/form-data as
        the portal's consent page posts it (browsers' FormData)."""
        content_type = self.headers.get("Content-Type") or ""
        if content_type.lower().startswith("multipart/form-data"):
            message = email.parser.BytesParser(policy=email.policy.HTTP).parsebytes(
                b"Content-Type: " + content_type.encode("latin-1") + b"\r\n\r\n" + self.body)
            fields = {}
            for part in message.iter_parts() if message.is_multipart() else []:
                name = part.get_param("name", header="content-disposition")
                if name is not None and part.get_filename() is None:
                    value = (part.get_payload(decode=True) or b"").decode("utf-8", "replace")
                    fields.setdefault(name, []).append(value)
            return fields
        if not content_type.lower().startswith("application/x-www-form-urlencoded"):
            return {}
        try:
            text = self.body.decode("utf-8")
        except UnicodeDecodeError:
            return {}
        return urllib.parse.parse_qs(text, keep_blank_values=True)


def first_of(mapping, *names, default=None):
    """The first present key among `names`: the portal's JSON is camelCase but older pages used PascalCase."""
    for name in names:
        if name in mapping:
            return mapping[name]
    return default


def redact_path(path):
    """The path for logs: a two-factor code travels in the path, so it is replaced."""
    match = re.fullmatch(r"(/api/2\.0/authentication/)([^/]+)/?", path, re.IGNORECASE)
    if match and match.group(2).lower() not in ("logout", "confirm", "setphone", "sendsms"):
        return match.group(1) + "{code}"
    return path


def redact_query(query_string):
    if not query_string:
        return ""
    pairs = urllib.parse.parse_qsl(query_string, keep_blank_values=True)
    return urllib.parse.urlencode([(k, "REDACTED" if k.lower() in SENSITIVE_QUERY_NAMES else v) for k, v in pairs])


# ----------------------------------------------------------------------------------------------------------
# Authentication of /api/2.0 calls
# ----------------------------------------------------------------------------------------------------------

def unauthorized(message="Unauthorized"):
    return Reply(envelope_error(401, message))


def authenticate(portal, req):
    """The caller's Identity, None for anonymous calls; raises Reply(401) for wrong credentials."""
    authorization = (req.headers.get("Authorization") or "").strip()
    if authorization:
        scheme, _, value = authorization.partition(" ")
        value = value.strip()
        if scheme.lower() == "bearer":
            return bearer_identity(portal, value)
        if scheme.lower() == "basic":
            identity = basic_identity(portal, value)
            req.extra_headers.append(("WWW-Authenticate", "Basic"))
            return identity
        return login_token_identity(portal, authorization)
    cookie = req.cookie("asc_auth_key")
    if cookie:
        return login_token_identity(portal, cookie)
    return None


def bearer_identity(portal, value):
    if value.startswith("sk-"):
        # ApiKeyBearerAuthHandler: a known key that is switched on and not expired; its use is noted.
        key = portal.api_key_by_value(value)
        if key is None or not key["isActive"] or (key["expiresAt"] is not None and key["expiresAt"] <= time.time()):
            raise unauthorized("The API key is not valid.")
        user = portal.users_by_id.get(key["createBy"])
        if user is None or user["disabled"]:
            raise unauthorized("The API key is not valid.")
        key["lastUsed"] = time.time()
        return Identity(user, "api_key", permissions=key["permissions"], api_key=key)
    claims = portal.signer.verify(value)
    if claims is None or "cid" not in claims:  # an id_token is no access token
        raise unauthorized("The access token is not valid.")
    if claims.get("exp", 0) <= time.time():
        raise unauthorized("The access token has expired.")
    if claims.get("jti") in portal.revoked_jtis:
        raise unauthorized("The access token has been revoked.")
    user = portal.users_by_id.get(claims.get("sub"))
    if user is None or user["disabled"]:
        raise unauthorized("The access token is not valid.")
    return Identity(user, "oauth", claims=claims)


def basic_identity(portal, value):
    try:
        email, _, password = base64.b64decode(value, validate=True).decode("utf-8").partition(":")
    except (ValueError, binascii.Error, UnicodeDecodeError):
        raise unauthorized("The username or password is not correct.")
    user = portal.user_by_email(email)
    if user is None or user["disabled"] or not hmac.compare_digest(user["password"], password):
        raise unauthorized("The username or password is not correct.")
    return Identity(user, "basic")


def login_token_identity(portal, token):
    entry = portal.login_tokens.get(token)
    if entry is None or entry["expires"] <= time.time():
        raise unauthorized()
    return Identity(portal.users[entry["email"]], "token", token=token)


def api_key_allows(permissions, method, path):
    """Whether a key with these stored permissions may make this call (AuthorizationExtension's policy):
    `[]` means everything; otherwise GET needs *:read or *:write, other methods *:write, or one of the
    scopes the scope map names for the path."""
    if not permissions or "*" in permissions:
        return True
    route_text = "%s %s" % (method, path.lstrip("/"))
    local = []
    for pattern, scopes in API_SCOPE_MAP:
        if re.search(pattern, route_text):
            if scopes == ["*"]:
                return True
            local = scopes
            break
    wanted = ["*:read", "*:write"] if method == "GET" else ["*:write"]
    return any(scope in permissions for scope in wanted + local)


def scope_refusal():
    """An API key whose permissions lack the endpoint's scope: the failed scope policy (or, on anonymous
    endpoints, ApiKeyScopesFilter's StatusCodeResult) answers a bare 403, no envelope and no body."""
    return Reply(Response(403))


def require_user(portal, req):
    """The signed-in caller; 401 without credentials, a bare 403 for an API key whose permissions do not
    cover this call."""
    identity = authenticate(portal, req)
    if identity is None:
        raise unauthorized()
    if identity.kind == "api_key" and not api_key_allows(identity.permissions, req.method, req.path):
        raise scope_refusal()
    return identity


def anonymous_caller(portal, req):
    """The caller of an [AllowAnonymous] endpoint, None when anonymous or the credentials are wrong (they just
    make an anonymous caller there). ApiKeyScopesFilter still checks an API key's scope on these endpoints, and
    a wrong, expired or switched-off key has no scope at all: both get a bare 403."""
    authorization = req.headers.get("Authorization") or ""
    is_api_key = authorization.startswith("Bearer ") and authorization[7:].strip().startswith("sk-")
    try:
        identity = authenticate(portal, req)
    except Reply:
        identity = None
    if is_api_key and (identity is None or not api_key_allows(identity.permissions, req.method, req.path)):
        raise scope_refusal()
    return identity


def is_admin(user):
    return user["isAdmin"] or user["isOwner"]


def require_settings_admin(portal, req, _mode=None):
    """Settings endpoints (EditPortalSettings): an owner or admin, with a key whose permissions cover the
    call (GET: *:read or *:write; POST: *:write)."""
    identity = require_user(portal, req)
    if not is_admin(identity.user):
        raise Reply(envelope_error(403, "Access denied"))
    return identity


def user_dto(user, origin):
    return {
        "id": user["id"], "userName": user["email"].split("@")[0],
        "displayName": "%s %s" % (user["firstName"], user["lastName"]),
        "firstName": user["firstName"], "lastName": user["lastName"], "email": user["email"],
        "isAdmin": user["isAdmin"], "isOwner": user["isOwner"], "isVisitor": bool(user.get("isGuest")),
        "isCollaborator": False,
        "isRoomAdmin": False, "isLDAP": False, "isSSO": False, "status": 2 if user["disabled"] else 1,
        "activationStatus": 1, "avatar": "", "profileUrl": "%s/accounts/people/%s" % (origin, user["id"]),
    }


# ----------------------------------------------------------------------------------------------------------
# /api/2.0/authentication, people, x-signature
# ----------------------------------------------------------------------------------------------------------

def api_is_authenticated(portal, req):
    return envelope(anonymous_caller(portal, req) is not None)


AUTH_FAILED = "User authentication failed"


def login_setting(portal, name, default):
    value = portal.config.get(name)
    return default if value is None else value


def count_login_attempt(portal, counter_key):
    """BruteForceLoginManager.AttemptAsync: 403 while the name is blocked, or when this attempt is one too
    many within the check period (which starts a block). Returns the attempt history, this one included."""
    now = time.time()
    if portal.login_blocks.get(counter_key, 0) > now:
        raise Reply(envelope_error(403, "Too many login attempts. Please try again later"))
    period = login_setting(portal, "login_check_period", LOGIN_CHECK_PERIOD)
    history = [t for t in portal.login_history.get(counter_key, []) if t > now - period] + [now]
    if len(history) > login_setting(portal, "login_attempt_count", LOGIN_ATTEMPT_COUNT):
        portal.login_blocks[counter_key] = now + login_setting(portal, "login_block_time", LOGIN_BLOCK_TIME)
        portal.login_history.pop(counter_key, None)
        raise Reply(envelope_error(403, "Too many login attempts. Please try again later"))
    portal.login_history[counter_key] = history
    return history


def recaptcha_passed(portal, body):
    """Recaptcha check of a sign-in: an answer that is sent is verified (a wrong one: 403 "Invalid
    Recaptcha"); a passed one lifts the brute-force lock. With recaptcha_demanded every sign-in without a
    passing answer is refused as if its answer had failed."""
    answer = first_of(body, "recaptchaResponse", "RecaptchaResponse")
    if answer:
        if not hmac.compare_digest(str(answer), RECAPTCHA_PASS):
            raise Reply(envelope_error(403, "Invalid Recaptcha"))
        return True
    if portal.config.get("recaptcha_demanded"):
        raise Reply(envelope_error(403, "Invalid Recaptcha"))
    return False


def check_login_credentials(portal, req):
    """The user for {userName, password} as AuthenticationController.GetUserAsync finds it: 401 "User
    authentication failed" for a wrong password and for an unknown e-mail alike (also for a missing user
    name or password), 403 for the brute-force lock and a refused reCAPTCHA, 403 "User disabled"."""
    body = req.json_object()
    user_name = first_of(body, "userName", "UserName")
    password = first_of(body, "password", "Password")
    if not isinstance(user_name, str) or not isinstance(password, str) or not password.strip():
        raise Reply(envelope_error(401, AUTH_FAILED))
    passed = recaptcha_passed(portal, body)
    counter_key = user_name.lower()
    history = None if passed else count_login_attempt(portal, counter_key)
    user = portal.user_by_email(user_name)
    if user is None or not hmac.compare_digest(user["password"].encode(), password.strip().encode()):
        raise Reply(envelope_error(401, AUTH_FAILED))
    if history:
        history.pop()  # a successful attempt does not count towards the lock
    if user["disabled"]:
        raise Reply(envelope_error(403, "User disabled", exception_type="System.InvalidOperationException"))
    return user, counter_key


def login_success(portal, user, _counter_key):
    portal.pending_tfa.discard(user["email"])
    token, expires = portal.issue_login_token(user)
    return envelope({"token": token, "expires": iso_dotnet(expires), "sms": False, "tfa": False})


def api_login(portal, req):
    user, counter_key = check_login_credentials(portal, req)
    if user["tfa"]:
        portal.pending_tfa.add(user["email"])
        return envelope({"sms": False, "tfa": True, "confirmUrl": req.origin + "/confirm/TfaAuth"})
    return login_success(portal, user, counter_key)


def api_login_with_code(portal, req, code):
    user, counter_key = check_login_credentials(portal, req)
    # A user without two-factor authentication, or a wrong code: the portal answers 401 for both.
    if not user["tfa"] or not hmac.compare_digest(code.encode(), TFA_CODE.encode()):
        raise Reply(envelope_error(401, AUTH_FAILED))
    return login_success(portal, user, counter_key)


def api_logout(portal, req):
    identity = anonymous_caller(portal, req)
    if identity is not None and identity.token:
        portal.login_tokens.pop(identity.token, None)
    return envelope(None)


def api_self(portal, req):
    identity = require_user(portal, req)
    return envelope(user_dto(identity.user, req.origin))


def api_x_signature(portal, req):
    """The short-lived JWT the OAuth app registry wants in its `x-signature` header."""
    user = require_user(portal, req).user
    now = int(time.time())
    expires = expiry_after(portal.config["x_signature_ttl"])
    claims = {"user_id": user["id"], "user_name": "%s %s" % (user["firstName"], user["lastName"]),
              "user_email": user["email"], "tenant_id": TENANT_ID, "tenant_url": req.origin,
              "is_admin": is_admin(user), "is_guest": bool(user.get("isGuest")), "is_public": True,
              "iat": now, "exp": expires, "jti": secrets.token_hex(8)}
    return envelope(hs256_sign(portal.x_signature_secret, claims))


# ----------------------------------------------------------------------------------------------------------
# /api/2.0/settings (SettingsController.GetPortalSettings, anonymous allowed)
# ----------------------------------------------------------------------------------------------------------

def external_db_enabled(portal):
    """ExternalDatabaseProvider.IsEnabled for the stored values."""
    values = portal.consumer_values["externaldb"]
    database_type = values.get("databaseType", "").strip().lower()
    if database_type == "sqlite":
        return portal.standalone() and bool(values.get("sqliteFilePath", "").strip())
    if database_type not in ("mysql",) and database_type:
        database_type = "mysql"  # an unknown type is read as MySQL
    if not database_type:
        return False
    return all(values.get(key, "").strip() for key in ("dbHost", "dbName", "dbUser"))


def api_settings(portal, req):
    """The portal's settings: the same core for everybody, more for a signed-in caller (SettingsDto)."""
    identity = anonymous_caller(portal, req)
    standalone = portal.standalone()
    settings = {
        "trustedDomainsType": 0, "culture": "en-US", "utcOffset": "00:00:00", "utcHoursOffset": 0.0,
        "greetingSettings": "Simulated DocSpace", "ownerId": "00000000-0000-0000-0000-000000000000",
        "enableAdmMess": False, "docSpace": True, "standalone": standalone, "isAmi": False,
        "baseDomain": "localhost", "version": portal.config.get("version") or DEFAULT_VERSION,
        "recaptchaType": 0, "debugInfo": False, "tenantStatus": 0, "tenantAlias": "localhost",
        "displayAbout": True, "cookieSettingsEnabled": False, "limitedAccessSpace": False,
        "limitedAccessDevToolsForUsers": False, "displayBanners": False, "aiEnabled": False,
        "userNameRegex": "^[\\p{L}\\p{M}' \\-]+$",
        "deepLink": {"androidPackageName": "com.onlyoffice.documents", "url": "oodocuments://openfile",
                     "iosPackageId": "944896972"},
        "maxImageUploadSize": 0, "logoText": "ONLYOFFICE", "defaultFolderType": 0, "externalDbEnabled": False,
    }
    if identity is not None:
        settings.update({
            "timezone": "UTC", "trustedDomains": [], "ownerId": USERS[0]["id"], "nameSchemaId": "Common",
            "socketUrl": "/socket.io", "domainValidator": {"minLength": 3, "maxLength": 63},
            "limitedAccessDevToolsForUsers": bool(portal.config.get("limited_dev_tools")),
            "displayBanners": True,
            "firebase": {"apiKey": "", "authDomain": "", "projectId": "", "storageBucket": "",
                         "messagingSenderId": "", "appId": "", "measurementId": "", "databaseURL": ""},
            "plugins": {"enabled": True, "upload": True, "delete": True},
            "maxImageUploadSize": 1048576, "externalDbEnabled": external_db_enabled(portal),
        })
    else:
        settings.update({
            "enabledJoin": False, "thirdpartyEnable": False,
            "passwordHash": {"size": 256, "iterations": 100000, "salt": "4d5e6f708192a3b4c5d6e7f8091a2b3c"},
        })
    return envelope(settings)


# ----------------------------------------------------------------------------------------------------------
# /api/2.0/keys: API keys (products/ASC.People/Server/Api/ApiKeysController.cs, ApiKeyManager.cs)
# ----------------------------------------------------------------------------------------------------------

def employee_dto(user, origin):
    return {"id": user["id"], "displayName": "%s %s" % (user["firstName"], user["lastName"]),
            "avatar": "", "avatarSmall": "", "profileUrl": "%s/accounts/people/%s" % (origin, user["id"]),
            "hasAvatar": False, "isAnonim": False}


def api_key_dto(portal, key, origin, full_key=None):
    """ApiKeyResponseDto: `key` is the full key only in the create answer, else "sk-***" + its last four
    characters; null members (permissions after a PUT with ["*"], lastUsed, expiresAt) are left out."""
    dto = {"id": key["id"], "name": key["name"], "key": full_key or "sk-***" + key["postfix"],
           "keyPostfix": key["postfix"]}
    if key["permissions"] is not None:
        dto["permissions"] = list(key["permissions"])
    if key["lastUsed"] is not None:
        dto["lastUsed"] = iso_dotnet(key["lastUsed"])
    dto["createOn"] = iso_dotnet(key["createOn"])
    creator = portal.users_by_id.get(key["createBy"])
    if creator is not None:
        dto["createBy"] = employee_dto(creator, origin)
    if key["expiresAt"] is not None:
        dto["expiresAt"] = iso_dotnet(key["expiresAt"])
    dto["isActive"] = key["isActive"]
    return dto


def permissions_valid(permissions):
    return not permissions or all(p in API_KEY_PERMISSIONS for p in permissions)


def key_body_errors(body, creating):
    """ASP.NET model validation of CreateApiKeyRequestDto / UpdateApiKeyRequest."""
    errors = {}
    name = body.get("name")
    if creating and (name is None or (isinstance(name, str) and not name.strip())):
        errors["Name"] = ["The Name field is required."]
    elif name is not None and not isinstance(name, str):
        errors["$.name"] = ["The JSON value could not be converted to System.String."]
    elif isinstance(name, str) and len(name) > MAX_API_KEY_NAME:
        errors["Name"] = ["Incorrect name. Length must be less than 30"]
    permissions = body.get("permissions")
    if permissions is not None and (not isinstance(permissions, list)
                                    or not all(isinstance(p, str) for p in permissions)):
        errors["$.permissions"] = ["The JSON value could not be converted to List<String>."]
    if creating:
        days = body.get("expiresInDays")
        if days is not None and (isinstance(days, bool) or not isinstance(days, int)):
            errors["$.expiresInDays"] = ["The JSON value could not be converted to "
                                         "System.Nullable`1[System.Int32]."]
        elif days is not None and not 1 <= days <= 365:
            errors["ExpiresInDays"] = ["Incorrect number of days. Value must be between 1 and 365"]
    else:
        active = body.get("isActive")
        if active is not None and not isinstance(active, bool):
            errors["$.isActive"] = ["The JSON value could not be converted to System.Nullable`1[System.Boolean]."]
    return errors


def take_key_creation_permit(portal, user):
    """The "sensitive_api" sliding-window limiter: over the limit, 429 with no body (RedisRateLimiting)."""
    now = time.time()
    window = portal.config.get("key_create_window") or KEY_CREATE_WINDOW
    limit = portal.config.get("key_create_limit") or KEY_CREATE_LIMIT
    recent = [t for t in portal.key_creations.get(user["id"], []) if t > now - window]
    if len(recent) >= limit:
        raise Reply(Response(429, headers=[("X-RateLimit-Limit", str(limit)), ("X-RateLimit-Remaining", "0")]))
    portal.key_creations[user["id"]] = recent + [now]


def keys_create(portal, req):
    identity = require_user(portal, req)
    take_key_creation_permit(portal, identity.user)
    body = req.json_object()
    errors = key_body_errors(body, creating=True)
    if errors:
        raise Reply(validation_problem(errors))
    user = identity.user
    if not is_admin(user) and portal.config.get("limited_dev_tools"):
        raise Reply(envelope_error(403, "Access denied"))  # "only for portal owner/admins"
    if user.get("isGuest"):
        raise Reply(envelope_error(403, "Access denied"))  # "unavailable for user with guest role"
    if not permissions_valid(body.get("permissions")):
        raise Reply(envelope_error(400, "Permissions are not valid."))
    value = "sk-" + secrets.token_hex(32)
    now = time.time()
    days = body.get("expiresInDays")
    key = new_api_key_record(value, body["name"], user["id"], body.get("permissions"), now,
                             now + days * 86400 if days is not None else None)
    portal.api_keys.append(key)
    record_audit(portal, user, 6058, key["id"], "sk-***" + key["postfix"])
    return envelope(api_key_dto(portal, key, req.origin, full_key=value))


def keys_list(portal, req):
    """Every key of the portal for an admin (newest first), only one's own for anybody else."""
    user = require_user(portal, req).user
    keys = sorted(portal.api_keys, key=lambda k: k["createOn"], reverse=True)
    if not is_admin(user):
        keys = [k for k in keys if k["createBy"] == user["id"]]
    return envelope([api_key_dto(portal, k, req.origin) for k in keys])


def keys_permissions(portal, req):
    require_user(portal, req)
    return envelope(list(API_KEY_PERMISSIONS))


def keys_self(portal, req):
    """The key making the call, found by the Authorization header minus its first seven characters; a
    call made with other credentials finds none, and the portal then fails with a 500."""
    require_user(portal, req)
    authorization = (req.headers.get("Authorization") or "").strip()
    key = portal.api_key_by_value(authorization[len("Bearer "):])
    if key is None:
        raise null_reference()
    return envelope(api_key_dto(portal, key, req.origin))


def keys_update(portal, req, key_id):
    """PUT /api/2.0/keys/{id} → boolean: false (not an error) for an expired key or another user's key."""
    user = require_user(portal, req).user
    body = req.json_object()
    errors = key_body_errors(body, creating=False)
    if errors:
        raise Reply(validation_problem(errors))
    key = portal.api_key_by_id(key_id.lower())
    if key is None:
        raise null_reference()
    if key["expiresAt"] is not None and key["expiresAt"] < time.time():
        return envelope(False)
    if not is_admin(user) and key["createBy"] != user["id"]:
        return envelope(False)
    if not permissions_valid(body.get("permissions")):
        raise Reply(envelope_error(400, "Permissions are not valid."))
    if body.get("isActive") is not None:
        key["isActive"] = body["isActive"]
    permissions = body.get("permissions")
    if permissions:
        # A list of just "*" is stored as null (everything): the key's answers then have no permissions.
        key["permissions"] = None if permissions == ["*"] else list(permissions)
    if body.get("name"):
        key["name"] = body["name"]
    record_audit(portal, user, 6059, key["id"], "sk-***" + key["postfix"])
    return envelope(True)


def keys_delete(portal, req, key_id):
    """DELETE /api/2.0/keys/{id} → boolean; false for another user's key (non-admins)."""
    user = require_user(portal, req).user
    key = portal.api_key_by_id(key_id.lower())
    if key is None:
        raise null_reference()
    if not is_admin(user) and key["createBy"] != user["id"]:
        return envelope(False)
    portal.api_keys.remove(key)
    record_audit(portal, user, 6060, key["id"], "sk-***" + key["postfix"])
    return envelope(True)


# ----------------------------------------------------------------------------------------------------------
# /api/2.0/security/audit/events/filter: the audit trail
# ----------------------------------------------------------------------------------------------------------

# The MessageAction ids (common/ASC.Core.Common/Messaging/MessageAction.cs) of the changes the simulator
# records, with the audit report's text (AuditReportResource) and the ActionType its mapper gives them
# (SettingsActionMapper, OAuthActionMapper: product and location are both Settings).
AUDIT_ACTIONS = {
    5038: ("Third-party authorization keys updated", 2),
    6058: ("User Api Key Created: {0}", 1),
    6059: ("User Api Key Updated: {0}", 2),
    6060: ("User Api Key Deleted: {0}", 3),
    9901: ("Client created", 1),
    9902: ("Client {0} updated", 2),
    9903: ("Client's {0} secret regenerated", 2),
    9904: ("Client {0} deleted", 3),
    9905: ("Client's {0} activation changed", 2),
}
AUDIT_PRODUCT_SETTINGS = 7
AUDIT_LOCATION_SETTINGS = 29
# TenantAuditSettings.MaxLifeTime: the default retention of the audit trail, in days.
AUDIT_LIFETIME_DAYS = 180
# What GetLastAuditEvents returns when the plan has no audit trail: the latest events, filters ignored.
AUDIT_LATEST_COUNT = 20


def record_audit(portal, user, action, target=None, description=None):
    """MessageService.Send: one event with the acting user, the time, the target ids and the description
    the action's text is formatted with (the OAuth actions use the target instead)."""
    text, _action_type = AUDIT_ACTIONS[action]
    items = [description] if description is not None else ([target] if target is not None else [])
    portal.audit_events.append({
        "id": len(portal.audit_events) + 1, "date": time.time(), "userId": user["id"],
        "user": "%s %s" % (user["firstName"], user["lastName"]), "action": action,
        "text": text.format(*items) if "{0}" in text and items else text,
        "target": [target] if target is not None else None})


def audit_event_dto(event):
    """AuditEventDto: IP and place as the portal's request log has them (the simulator has none)."""
    return {"id": event["id"], "date": iso_dotnet(event["date"]), "user": event["user"],
            "userId": event["userId"], "action": event["text"], "actionId": event["action"],
            "ip": "127.0.0.1", "country": None, "city": None, "browser": "PortalKeys", "platform": None,
            "page": None, "actionType": AUDIT_ACTIONS[event["action"]][1], "product": AUDIT_PRODUCT_SETTINGS,
            "location": AUDIT_LOCATION_SETTINGS, "target": event["target"], "entries": [], "context": None}


def audit_query_time(req, name):
    """An ApiDateTime query parameter; unreadable or missing: None (the binder leaves it unset)."""
    value = req.query_value(name)
    if not value:
        return None
    millis = parse_iso_millis(value)
    if millis is None:
        millis = parse_iso_millis(value + "T00:00:00.000Z")
    return None if millis is None else millis / 1000.0


def audit_events_filter(portal, req):
    """SecurityController.GetAuditEventsByFilter: EditPortalSettings (an admin; others get 403), then a plan
    without the audit feature gets the latest 20 events of the retention period with every filter ignored
    (GetLastAuditEvents), and a cloud portal whose settings hide the audit pages gets 402
    (ErrorNotAllowedOption). Otherwise: newest first, filtered by action, userId and from/to, paged."""
    require_settings_admin(portal, req)
    try:
        count = int(req.query_value("count", "100"))
        start = int(req.query_value("startIndex", "0"))
        action = int(req.query_value("action", "0"))
    except ValueError:
        raise Reply(validation_problem({"count": ["The value is not valid."]}))
    if not 1 <= count <= 100:
        raise Reply(validation_problem({"Count": ["The field Count must be between 1 and 100."]}))
    if portal.config.get("audit_hidden") and not portal.config.get("standalone", True):
        raise Reply(envelope_error(402, "Your pricing plan does not support this option"))
    newest = sorted(portal.audit_events, key=lambda e: (e["date"], e["id"]), reverse=True)
    oldest = time.time() - AUDIT_LIFETIME_DAYS * 86400
    if portal.config.get("plan_without_audit"):
        return envelope([audit_event_dto(e) for e in newest if e["date"] >= oldest][:AUDIT_LATEST_COUNT])
    since, until = audit_query_time(req, "from"), audit_query_time(req, "to")
    user_id = (req.query_value("userId") or "").lower()
    chosen = [e for e in newest
              if (action in (0, -1) or e["action"] == action) and (not user_id or e["userId"] == user_id)
              and (since is None or e["date"] >= since) and (until is None or e["date"] <= until)]
    return envelope([audit_event_dto(e) for e in chosen[start:start + count]])


# ----------------------------------------------------------------------------------------------------------
# /api/2.0/settings/authservice
# ----------------------------------------------------------------------------------------------------------

def consumer_dto(portal, definition):
    title = definition["title"]
    dto = {"name": definition["name"], "title": title,
           "description": KIND_DESCRIPTIONS[definition["kind"]].format(title=title),
           "instruction": ("Register an application in the %s developer console.{0}"
                           "Enter the keys it shows you below." % title),
           "canSet": portal.can_set(definition), "paid": definition["paid"]}
    if dto["canSet"]:
        values = portal.consumer_values[definition["key"]]
        dto["props"] = []
        for definition_prop in definition["props"]:
            item = {"name": definition_prop["name"], "value": values[definition_prop["name"]],
                    "title": definition_prop["title"]}
            for optional in ("type", "options", "dependsOn", "dependsOnValue"):
                if optional in definition_prop:
                    item[optional] = copy.copy(definition_prop[optional])
            if item["name"] == "databaseType" and not portal.standalone():
                item["options"] = [o for o in item["options"] if o != "sqlite"]
            dto["props"].append(item)
    return dto


def api_get_authservices(portal, req):
    require_settings_admin(portal, req, "read")
    return envelope([consumer_dto(portal, d) for d in portal.consumers()])


class UnauthorizedAccess(Exception):
    """The portal's UnauthorizedAccessException: answered with 403 "Access denied"."""


def sqlite_full_path(file_name):
    """ExternalDatabaseProvider.ValidateSqlitePath on a Linux server: the name is joined to the storage
    folder and normalised; a result outside the folder (an absolute path, or one that climbs out with "..")
    raises. A backslash is an ordinary character in a Linux file name, so it does not leave the folder."""
    if not file_name or not file_name.strip():
        raise ValueError("SQLite file name is not configured.")
    full = posixpath.normpath(posixpath.join(SQLITE_BASE_PATH, file_name))
    if full != SQLITE_BASE_PATH and not full.startswith(SQLITE_BASE_PATH + "/"):
        raise UnauthorizedAccess("SQLite path is outside the allowed directory.")
    return full


def sqlite_file_exists(full_path):
    return posixpath.relpath(full_path, SQLITE_BASE_PATH) in SQLITE_FILES


def mysql_connect_error(host):
    """Why MySQL at this host cannot be reached (MySqlConnector's message), or None."""
    if not (host or "").strip() or host.strip().lower() == UNREACHABLE_DB_HOST:
        return "Unable to connect to any of the specified MySQL hosts."
    return None


def external_db_valid(portal, values):
    """ExternalDatabaseProvider.ValidateConnectionAsync on the stored values: False when the settings are
    incomplete or the database cannot be opened; raises UnauthorizedAccess for a path outside the folder."""
    if not external_db_enabled(portal):
        return False
    if values.get("databaseType", "").strip().lower() == "sqlite":
        return sqlite_file_exists(sqlite_full_path(values.get("sqliteFilePath", "")))
    return mysql_connect_error(values.get("dbHost")) is None


def keys_pass_check(portal, key, values):
    """The server-side key checks (IValidateKeysProvider): Twilio lists the account's numbers, Telegram
    connects the bot (an empty token passes), the external database opens a connection."""
    if key == "twilio":
        return bool(TWILIO_SID_PATTERN.fullmatch(values.get("twilioAccountSid", ""))
                    and TWILIO_TOKEN_PATTERN.fullmatch(values.get("twilioAuthToken", "")))
    if key == "telegram":
        token = values.get("telegramBotToken", "")
        return not token or bool(TELEGRAM_TOKEN_PATTERN.fullmatch(token))
    if key == "externaldb":
        return external_db_valid(portal, values)
    return True


def auth_keys_model_errors(props):
    """What ASP.NET's model validation says about the AuthKey list: `name` and `value` are required
    strings, a value holds at most 4000 characters."""
    errors = {}
    if props is None:
        return errors
    if not isinstance(props, list):
        return {"$.props": ["The JSON value could not be converted to List<AuthKey>."]}
    for index, item in enumerate(props):
        if not isinstance(item, dict):
            errors["$.props[%d]" % index] = ["The JSON value could not be converted to AuthKey."]
            continue
        missing = [n for n in ("name", "value") if first_of(item, n, n.capitalize(), default=KeyError) is KeyError]
        if missing:
            errors["$.props[%d]" % index] = ["JSON deserialization for type 'AuthKey' was missing required "
                                             "properties including: '%s'." % "', '".join(missing)]
            continue
        for field in ("name", "value"):
            if not isinstance(first_of(item, field, field.capitalize()), (str, type(None))):
                errors["$.props[%d].%s" % (index, field)] = ["The JSON value could not be converted to "
                                                             "System.String."]
        value = first_of(item, "value", "Value")
        if isinstance(value, str) and len(value) > MAX_KEY_VALUE_LENGTH:
            errors["Props[%d].Value" % index] = ["The field Value must be a string with a maximum length of "
                                                 "%d." % MAX_KEY_VALUE_LENGTH]
    return errors


def api_save_authservice(portal, req):
    """SettingsController.SaveAuthKeys: the audit trail records AuthorizationKeysSetting when it saved."""
    identity = require_settings_admin(portal, req)
    body = req.json_object()
    name = first_of(body, "name", "Name")
    props = first_of(body, "props", "Props")
    errors = auth_keys_model_errors(props)
    if errors:
        raise Reply(validation_problem(errors))
    if not isinstance(name, str):
        raise Reply(envelope_error(400, "Value cannot be null. (Parameter 'serviceKey')"))
    # Consumers are looked up by their key, case-sensitively; an unknown key gives an empty consumer that
    # cannot be set, hence 403. Apple's key is "appleid" while GET calls it "appleID".
    definition = next((d for d in portal.consumers() if d["key"] == name), None)
    if definition is None or not portal.can_set(definition):
        raise Reply(envelope_error(403, "Access denied"))
    if definition["paid"] and not portal.standalone() and portal.config.get("plan_without_paid"):
        raise Reply(envelope_error(402, "Your pricing plan does not support this option"))
    if props is None:
        raise null_reference()
    stored = portal.consumer_values[definition["key"]]
    changed = False
    if all(not first_of(item, "value", "Value") for item in props):
        for prop_name in stored:
            stored[prop_name] = ""
        changed = True
    else:
        for item in props:
            prop_name = first_of(item, "name", "Name")
            value = first_of(item, "value", "Value")
            if stored.get(prop_name) != value:  # an unknown name never equals: the portal says "changed"
                if prop_name in stored:
                    stored[prop_name] = value or ""
                changed = True
    try:
        valid = keys_pass_check(portal, definition["key"], stored)
    except UnauthorizedAccess:
        raise Reply(envelope_error(403, "Access denied"))  # the check threw: nothing is cleared
    if not valid and any(stored.values()):
        for prop_name in stored:
            stored[prop_name] = ""
        raise Reply(envelope_error(400, "Bad keys"))
    record_audit(portal, identity.user, 5038)
    return envelope(changed)


def api_test_externaldb(portal, req):
    """SettingsController.TestExternalDatabaseConnection: tests settings without saving them."""
    require_settings_admin(portal, req)
    body = req.json_object()
    database_type = str(body.get("databaseType") or "").strip().lower()
    if database_type == "sqlite":
        if not portal.standalone():
            return envelope({"success": False, "error": "SQLite is only available in Standalone installations."})
        try:
            full = sqlite_full_path(body.get("sqliteFilePath"))
        except (ValueError, UnauthorizedAccess) as error:
            return envelope({"success": False, "error": str(error)})
        if not sqlite_file_exists(full):
            return envelope({"success": False, "error": "SQLite file not found."})
        return envelope({"success": True})
    error = mysql_connect_error(body.get("dbHost") if isinstance(body.get("dbHost"), str) else "")
    return envelope({"success": False, "error": error} if error else {"success": True})


# ----------------------------------------------------------------------------------------------------------
# /api/2.0/clients: the OAuth app registry (plain JSON, RFC 7807 errors, x-signature authentication)
# ----------------------------------------------------------------------------------------------------------

def require_x_signature(portal, req):
    """The caller of the identity service and their role (ADMIN, USER or GUEST, as its
    SignatureAuthenticationProvider derives it). A missing, invalid or expired signature: a bare 403."""
    token = req.cookie("x-signature") or req.headers.get("x-signature")
    if not token or not token.strip():
        raise Reply(identity_forbidden())
    claims = hs256_verify(portal.x_signature_secret, token.strip())
    if claims is None or claims.get("exp", 0) <= time.time():
        raise Reply(identity_forbidden())
    user = portal.users_by_id.get(claims.get("user_id"))
    if user is None:
        raise Reply(identity_forbidden())
    role = "ADMIN" if claims.get("is_admin") else "GUEST" if claims.get("is_guest") else "USER"
    return user, role


def require_member(portal, req):
    """@PreAuthorize("hasRole('ADMIN') or hasRole('USER')"): guests get 403 "Access denied"."""
    user, role = require_x_signature(portal, req)
    if role == "GUEST":
        raise Reply(problem(403, None, "Access denied", req.path))
    return user, role


# The service encrypts stored client secrets; the list shows that ciphertext, GET /clients/{id} the secret.
SECRET_ENCRYPTION_KEY = secrets.token_bytes(32)


def encrypted_secret(secret):
    """An opaque, stable base64 ciphertext of a client secret (what the list answer carries)."""
    iv = hmac.new(SECRET_ENCRYPTION_KEY, secret.encode("utf-8"), hashlib.sha256).digest()[:16]
    stream = b""
    counter = 0
    while len(stream) < len(secret):
        stream += hashlib.sha256(SECRET_ENCRYPTION_KEY + iv + counter.to_bytes(4, "big")).digest()
        counter += 1
    cipher = bytes(a ^ b for a, b in zip(secret.encode("utf-8"), stream))
    return base64.b64encode(iv + cipher).decode("ascii")


def client_dto(client, secret="none"):
    """A client as ClientResponse serialises it; `secret` is "clear", "encrypted" or "none"."""
    dto = {key: copy.copy(client[key]) for key in (
        "client_id", "name", "description", "logo", "website_url", "terms_url", "policy_url", "redirect_uris",
        "allowed_origins", "logout_redirect_uris", "scopes", "is_public", "enabled", "tenant", "created_by",
        "modified_by")}
    methods = ["client_secret_post"] if client["client_secret"] else []
    if client["allow_pkce"] or not client["client_secret"]:
        methods.append("none")
    dto["authentication_methods"] = methods
    dto["created_on"] = iso_millis(client["created_millis"])
    dto["modified_on"] = iso_millis(client["modified_millis"])
    if client["client_secret"] and secret == "clear":
        dto["client_secret"] = client["client_secret"]
    elif client["client_secret"] and secret == "encrypted":
        dto["client_secret"] = encrypted_secret(client["client_secret"])
    return dto


def new_client_secret():
    alphabet = "ABCDEFGHIJKLMNOPQRSTUVWXYZabcdefghijklmnopqrstuvwxyz0123456789"
    return "".join(secrets.choice(alphabet) for _ in range(36))


def field_error(field, code, message):
    return {"field": field, "code": code, "message": message}


def bad_request_unreadable(req):
    return Reply(problem(400, None, "Failed to read request", req.path))


def read_client_body(req, text_fields, set_fields, flag_fields):
    """The JSON body as Jackson binds it into the request class: scalars coerce to strings, lists become
    sets (exact duplicates merged, order kept), a missing or null flag is false. Anything it cannot bind: 400."""
    content_type = (req.headers.get("Content-Type") or "").split(";")[0].strip().lower()
    if content_type != "application/json" and not content_type.endswith("+json"):
        raise Reply(problem(415, None, "Content-Type '%s' is not supported." % (content_type or
                                                                               "application/octet-stream"),
                            req.path))
    try:
        raw = req.parse_json()
    except (ValueError, UnicodeDecodeError):
        raise bad_request_unreadable(req)
    if not isinstance(raw, dict):
        raise bad_request_unreadable(req)

    def scalar_text(value):
        if value is None or isinstance(value, str):
            return value
        if isinstance(value, bool):
            return "true" if value else "false"
        if isinstance(value, (int, float)):
            return json.dumps(value)
        raise bad_request_unreadable(req)

    body = {}
    for field in text_fields:
        body[field] = scalar_text(raw.get(field))
    for field in set_fields:
        value = raw.get(field)
        if value is not None and not isinstance(value, list):
            raise bad_request_unreadable(req)
        body[field] = None if value is None else list(dict.fromkeys(scalar_text(v) for v in value))
    for field in flag_fields:
        value = raw.get(field)
        if isinstance(value, str) and value.lower() in ("true", "false"):
            value = value.lower() == "true"
        if value is not None and not isinstance(value, bool):
            raise bad_request_unreadable(req)
        body[field] = bool(value)
    return body


def java_uri_error(url):
    """Whether java.net.URI would refuse this text (a rough equivalent of its parser's character rules)."""
    if any(ch in ' "<>\\^`{|}' or ord(ch) < 0x20 or ord(ch) == 0x7f for ch in url):
        return True
    if url.count("#") > 1 or re.search(r"%(?![0-9A-Fa-f]{2})", url):
        return True
    return False


def url_collection_valid(urls):
    """URLCollectionValidator: every entry a URI with the scheme http, https or claude (null: invalid)."""
    if urls is None:
        return False
    for url in urls:
        if not url:
            return False
        match = re.match(r"([A-Za-z][A-Za-z0-9+.\-]*):(.*)\Z", url, re.S)
        if match is None or match.group(1).lower() not in URL_COLLECTION_SCHEMES or java_uri_error(url):
            return False
        if match.group(2) == "//":  # an authority is announced but missing
            return False
    return True


def logo_size_valid(logo):
    """@LogoSize: at most 2,000,000 characters, and the base64 after the comma decodes to ≤ 256,000 bytes."""
    if not logo:
        return True
    if len(logo) > MAX_LOGO_LENGTH:
        return False
    data = logo.split(",", 1)[1] if "," in logo else logo
    try:
        return len(base64.b64decode(data + "=" * (-len(data) % 4), validate=True)) <= MAX_LOGO_BYTES
    except (ValueError, binascii.Error):
        return False


def text_errors(body, field, errors, required=True, size=None, pattern=None, pattern_code="ErrorWrongURL"):
    """@NotBlank, @Size and @Pattern of one text field, each reported on its own as bean validation does."""
    value = body.get(field)
    if required and (value is None or not value.strip()):
        errors.append(field_error(field, "EmptyFieldError", "%s must not be empty" % field.replace("_", " ")))
    if value is not None and size is not None and not size[0] <= len(value) <= size[1]:
        errors.append(field_error(field, "ErrorName", "%s must have %d to %d characters"
                                  % (field.replace("_", " "), size[0], size[1])))
    if value is not None and pattern is not None and not pattern.fullmatch(value):
        what = "a URL" if pattern_code == "ErrorWrongURL" else "a base64 data URI"
        errors.append(field_error(field, pattern_code, "%s must be given as %s" % (field.replace("_", " "), what)))


def url_set_errors(body, field, errors, required):
    """@NotNull (create only), @URLCollection and @Size(1..12) of redirect_uris / allowed_origins."""
    value = body.get(field)
    if required and value is None:
        errors.append(field_error(field, "EmptyFieldError", "%s must not be null" % field.replace("_", " ")))
    if not url_collection_valid(value):
        errors.append(field_error(field, "ErrorWrongURL", "%s holds an address that is not an http, https or "
                                  "claude URL" % field.replace("_", " ")))
    if value is not None and not 1 <= len(value) <= 12:
        errors.append(field_error(field, "ErrorName", "%s must hold 1 to 12 addresses" % field.replace("_", " ")))


CLIENT_URL_FIELDS = ("website_url", "terms_url", "policy_url", "logout_redirect_uri")


def create_client_errors(body):
    """Bean validation of CreateClientRequest."""
    errors = []
    text_errors(body, "name", errors, size=(3, 256))
    text_errors(body, "description", errors, required=False, size=(0, 255))
    text_errors(body, "logo", errors, pattern=LOGO_PATTERN, pattern_code="ErrorPattern")
    if not logo_size_valid(body.get("logo")):
        errors.append(field_error("logo", "ErrorPattern", "the logo is larger than the service accepts"))
    for field in CLIENT_URL_FIELDS:
        text_errors(body, field, errors, pattern=URL_PATTERN)
    url_set_errors(body, "redirect_uris", errors, required=True)
    url_set_errors(body, "allowed_origins", errors, required=True)
    if not body.get("scopes"):
        errors.append(field_error("scopes", "EmptyFieldError", "scopes must not be empty"))
    return errors


def update_client_errors(body):
    """Bean validation of UpdateClientRequest: the logo's size is not checked, allowed_origins is required
    (its URL check refuses a missing list)."""
    errors = []
    text_errors(body, "name", errors, size=(3, 256))
    text_errors(body, "description", errors, required=False, size=(0, 255))
    text_errors(body, "logo", errors, pattern=LOGO_PATTERN, pattern_code="ErrorPattern")
    url_set_errors(body, "allowed_origins", errors, required=False)
    return errors


def validation_failed(req, errors):
    return Reply(problem(400, None, "Validation failed", req.path, errors))


def find_client(portal, req, client_id, user, role):
    """A client of the tenant: any for an admin, only their own for anybody else; else 404."""
    client = portal.clients.get(client_id)
    if client is None or (role != "ADMIN" and client["created_by"] != user["id"]):
        raise Reply(problem(404, None, "Client with id %s for tenant %d was not found" % (client_id, TENANT_ID),
                            req.path))
    return client


def check_cloud_limits(portal, req, user):
    """The DynamoDB-backed registry (cloud) counts the tenant's and the user's clients before saving and
    refuses when a count is already above its limit (so the 101st and 11th client still get in)."""
    if not portal.config.get("cloud_registry"):
        return
    total = len(portal.clients)
    own = sum(1 for c in portal.clients.values() if c["created_by"] == user["id"])
    if total > (portal.config.get("cloud_clients_per_tenant") or CLOUD_CLIENTS_PER_TENANT):
        raise Reply(problem(400, None, "Tenant has reached the maximum allowed number of clients", req.path))
    if own > (portal.config.get("cloud_clients_per_user") or CLOUD_CLIENTS_PER_USER):
        raise Reply(problem(400, None, "User has reached the maximum allowed number of clients", req.path))


def clients_create(portal, req):
    """ClientCommandController.createClient: 201 with the secret in clear; is_public is always true."""
    user, _role = require_member(portal, req)
    body = read_client_body(req, ("name", "description", "logo") + CLIENT_URL_FIELDS,
                            ("redirect_uris", "allowed_origins", "scopes"), ("allow_pkce", "is_public"))
    errors = create_client_errors(body)
    if errors:
        raise validation_failed(req, errors)
    unknown = [s for s in body["scopes"] if s not in SCOPE_NAMES]
    if unknown:
        raise validation_failed(req, [field_error("scopes", "ErrorInvalidScope",
                                                  "unknown scopes: %s" % ", ".join(map(str, unknown)))])
    check_cloud_limits(portal, req, user)
    millis = portal.next_created_millis()
    client = {
        "client_id": str(uuid.uuid4()), "client_secret": new_client_secret(), "name": body["name"],
        "description": body["description"], "logo": body["logo"],
        "website_url": body["website_url"], "terms_url": body["terms_url"], "policy_url": body["policy_url"],
        "redirect_uris": body["redirect_uris"], "allowed_origins": body["allowed_origins"],
        "logout_redirect_uris": [body["logout_redirect_uri"]], "scopes": body["scopes"],
        "allow_pkce": body["allow_pkce"], "is_public": True,
        "enabled": True, "tenant": TENANT_ID, "created_by": user["id"], "modified_by": user["id"],
        "created_millis": millis, "modified_millis": millis,
    }
    portal.clients[client["client_id"]] = client
    record_audit(portal, user, 9901, client["client_id"])
    return json_response(client_dto(client, secret="clear"), 201)


def clients_list(portal, req):
    """ClientQueryController.getClients: newest first, limit 1..50 (default 30); the cursor is the last
    item's creation time, given only when more clients follow (the service fetches limit + 1)."""
    user, role = require_member(portal, req)
    try:
        limit = int(req.query_value("limit", "30"))
    except ValueError:
        raise Reply(problem(400, None, "Failed to convert 'limit' to a number", req.path))
    if not 1 <= limit <= 50:
        raise validation_failed(req, [field_error("limit", "ErrorName", "limit must be between 1 and 50")])
    last_created = req.query_value("last_created_on")
    ordered = sorted((c for c in portal.clients.values() if role == "ADMIN" or c["created_by"] == user["id"]),
                     key=lambda c: c["created_millis"], reverse=True)
    if last_created:
        millis = parse_iso_millis(last_created)
        if millis is None:
            raise Reply(problem(400, None, "Failed to convert 'last_created_on' to a date", req.path))
        ordered = [c for c in ordered if c["created_millis"] < millis]  # last_client_id is not used
    fetched = ordered[:limit + 1]
    last = fetched[limit - 1] if len(fetched) > limit else None
    return json_response({
        "data": [client_dto(c, secret="encrypted") for c in fetched[:limit]],
        "last_client_id": last["client_id"] if last else None,
        "last_created_on": iso_millis(last["created_millis"]) if last else None, "limit": limit,
    })


def clients_get(portal, req, client_id):
    """ClientQueryController.getClient: the secret decrypted, for an admin or the client's creator."""
    user, role = require_member(portal, req)
    return json_response(client_dto(find_client(portal, req, client_id, user, role), secret="clear"))


def clients_update(portal, req, client_id):
    """ClientCommandController.updateClient: name, description, logo, allowed_origins and allow_pkce are
    replaced (a missing allow_pkce turns PKCE off), is_public stays true; 200 with an empty body."""
    user, role = require_member(portal, req)
    body = read_client_body(req, ("name", "description", "logo"), ("allowed_origins",),
                            ("allow_pkce", "is_public"))
    errors = update_client_errors(body)
    if errors:
        raise validation_failed(req, errors)
    client = find_client(portal, req, client_id, user, role)
    for field in ("name", "description", "logo", "allowed_origins", "allow_pkce"):
        client[field] = copy.copy(body[field])
    client["is_public"] = True
    client["modified_by"] = user["id"]
    client["modified_millis"] = int(time.time() * 1000)
    record_audit(portal, user, 9902, client_id)
    return empty(200)


def clients_delete(portal, req, client_id):
    user, role = require_member(portal, req)
    find_client(portal, req, client_id, user, role)
    del portal.clients[client_id]
    record_audit(portal, user, 9904, client_id)
    for store in (portal.codes, portal.refresh_tokens):
        for key in [k for k, grant in store.items() if grant["client_id"] == client_id]:
            del store[key]
    return empty(200)


def clients_regenerate(portal, req, client_id):
    user, role = require_member(portal, req)
    client = find_client(portal, req, client_id, user, role)
    client["client_secret"] = new_client_secret()
    client["modified_by"] = user["id"]
    client["modified_millis"] = int(time.time() * 1000)
    record_audit(portal, user, 9903, client_id)
    return json_response({"client_secret": client["client_secret"]})


def clients_activation(portal, req, client_id):
    """ChangeClientActivationRequest binds `status` to a primitive boolean: a missing one means false."""
    user, role = require_member(portal, req)
    client = find_client(portal, req, client_id, user, role)
    try:
        raw = req.parse_json() if req.body else {}
    except (ValueError, UnicodeDecodeError):
        raise bad_request_unreadable(req)
    status = raw.get("status") if isinstance(raw, dict) else None
    if isinstance(status, str) and status.lower() in ("true", "false"):
        status = status.lower() == "true"
    if status is not None and not isinstance(status, bool):
        raise bad_request_unreadable(req)
    client["enabled"] = bool(status)
    record_audit(portal, user, 9905, client_id)
    return empty(200)


def scopes_list(portal, req):
    """ScopeQueryController.getScopes: by name ignoring case, openid last."""
    require_x_signature(portal, req)
    ordered = sorted(SCOPES, key=lambda s: (s[0].lower() == "openid", s[0].lower()))
    return json_response([{"name": name, "group": group, "type": kind} for name, group, kind in ordered])


# ----------------------------------------------------------------------------------------------------------
# /oauth2: the authorization server
# ----------------------------------------------------------------------------------------------------------

def openid_configuration(portal, req):
    base = req.origin + "/oauth2"
    return json_response({
        "issuer": base, "authorization_endpoint": base + "/authorize", "token_endpoint": base + "/token",
        "jwks_uri": base + "/jwks", "userinfo_endpoint": base + "/userinfo",
        "introspection_endpoint": base + "/introspect", "revocation_endpoint": base + "/revoke",
        "response_types_supported": ["code"], "grant_types_supported": ["authorization_code", "refresh_token"],
        "subject_types_supported": ["public"], "id_token_signing_alg_values_supported": [portal.signer.alg],
        "scopes_supported": list(SCOPE_NAMES), "code_challenge_methods_supported": ["S256"],
        "token_endpoint_auth_methods_supported": ["client_secret_post", "none"],
    })


def is_loopback_host(host):
    """Spring Authorization Server's isLoopbackAddress: 127.x.y.z (not .0 at the end) or [::1]; "localhost"
    is not one."""
    if host in ("[::1]", "[0:0:0:0:0:0:0:1]"):
        return True
    octets = host.split(".") if host else []
    if len(octets) != 4 or not all(octet.isdigit() for octet in octets):
        return False
    numbers = [int(octet) for octet in octets]
    return numbers[0] == 127 and numbers[1] <= 255 and numbers[2] <= 255 and 1 <= numbers[3] <= 255


def uri_host(netloc):
    """The host of a URI's authority as written ([::1] keeps its brackets), without user info and port."""
    host = netloc.rpartition("@")[2]
    return host[:host.index("]") + 1] if host.startswith("[") and "]" in host else host.partition(":")[0]


def redirect_uri_registered(client, redirect_uri):
    """OAuth2AuthorizationCodeRequestAuthenticationValidator: exact string match, except that a loopback
    redirect URI may name any port (RFC 8252, 7.3); its scheme, path and query must still be the registered
    ones, so http://127.0.0.1/callback covers http://127.0.0.1:PORT/callback and nothing else."""
    try:
        wanted = urllib.parse.urlsplit(redirect_uri)
        port = wanted.port
    except ValueError:
        return False
    if wanted.fragment:
        return False
    if not is_loopback_host(uri_host(wanted.netloc)):
        return redirect_uri in client["redirect_uris"]
    for registered in client["redirect_uris"]:
        known = urllib.parse.urlsplit(registered)
        netloc = uri_host(known.netloc) + (":%d" % port if port is not None else "")
        if urllib.parse.urlunsplit((known.scheme, netloc, known.path, known.query, known.fragment)) == redirect_uri:
            return True
    return False


def redirect(location, status=302):
    return Response(status, b"", None, [("Location", location), ("Cache-Control", "no-store")])


# The authorization service (common/ASC.Identity/authorization) lets only a signed-in portal user through
# /oauth2/authorize: BasicSignatureAuthenticationFilter takes the user's x-signature from the cookie (or the
# header) of that name, as the portal's web client sets it, and sends anybody else to the portal's sign-in page
# with an error code. Spring Authorization Server then checks the request; since every client requires consent
# (ClientMapper: requireAuthorizationConsent(true)), the browser goes to /oauth2/consent until the user has
# approved the requested scopes once. The web client's consent page posts client_id, the state from the
# client_state cookie and each approved scope back to /oauth2/authorize (multipart, like a browser's FormData).
SIGNATURE_COOKIE = "x-signature"
REDIRECT_AUTHORIZATION_COOKIE = "x-redirect-authorization-uri"
CLIENT_STATE_COOKIE = "client_state"
DISABLE_REDIRECT_HEADER = "X-Disable-Redirect"
REDIRECT_HEADER = "X-Redirect-URI"
OAUTH_ERROR_URI = "https://datatracker.ietf.org/doc/html/rfc6749#section-4.1.2.1"
PKCE_ERROR_URI = "https://datatracker.ietf.org/doc/html/rfc7636#section-4.4.1"
COOKIE_MAX_AGE = 60 * 60 * 24 * 365 * 10  # both cookies are set for ten years
# SecurityUtils.setSecurityHeaders, added once the signature has been accepted.
SECURITY_HEADERS = [("X-Content-Type-Options", "nosniff"), ("X-Frame-Options", "DENY"),
                    ("X-XSS-Protection", "1; mode=block"),
                    ("Strict-Transport-Security", "max-age=31536000; includeSubDomains"),
                    ("Content-Security-Policy", "default-src 'self'"), ("Referrer-Policy", "no-referrer")]


class AuthorizationError(Exception):
    """OAuth2AuthorizationCodeRequestAuthenticationException: an error code, its error_uri, and where the
    failure handler sends the browser: the client's redirect URI with the request's state, or (None) the
    portal's sign-in page."""

    def __init__(self, code, error_uri=OAUTH_ERROR_URI, redirect_uri=None, state=None):
        super().__init__(code)
        self.code = code
        self.error_uri = error_uri
        self.redirect_uri = redirect_uri
        self.state = state


def has_text(value):
    return bool(value and value.strip())


def set_cookie(name, value):
    return ("Set-Cookie", "%s=%s; Max-Age=%d; Path=/" % (name, value, COOKIE_MAX_AGE))


def sign_in_page_redirect(req, client_id, error, headers=()):
    """SecurityUtils.redirectWithError: 302 to <portal>/login?type=oauth2&client_id=...&error=..., the same
    address in X-Redirect-URI."""
    client = "client_id" if client_id is None else "client_id=" + urllib.parse.quote(client_id, safe="")
    location = "%s/login?type=oauth2&%s&error=%s" % (req.origin, client, error)
    return Response(302, b"", None, list(headers) + [("Location", location), (REDIRECT_HEADER, location)])


def redirect_or_header(req, url, always_header=False):
    """A redirect to the client, or with X-Disable-Redirect (the web client's consent page sends it) a 200
    that names the address in X-Redirect-URI for the page to open."""
    headers = [(REDIRECT_HEADER, url)] if always_header else []
    if req.headers.get(DISABLE_REDIRECT_HEADER) is not None:
        return Response(200, b"", None, [(REDIRECT_HEADER, url)])
    return Response(302, b"", None, headers + [("Location", url)])


def signed_in_caller(portal, req, client_id):
    """BasicSignatureAuthenticationFilter and SignatureAuthenticationProvider: (user, client, headers) for a
    request with a valid x-signature for an enabled client; else raises Reply with the redirect to the sign-in
    page and its error code."""
    if not has_text(client_id):
        raise Reply(sign_in_page_redirect(req, client_id, "missing_client_id_error"))
    # The address the web client returns to after signing in (window.location.replace of this cookie).
    headers = [set_cookie(REDIRECT_AUTHORIZATION_COOKIE,
                          base64.urlsafe_b64encode(req.display_url().encode("utf-8")).decode("ascii"))]
    signature = req.cookie(SIGNATURE_COOKIE, ignore_case=True) or req.headers.get(SIGNATURE_COOKIE)
    if not has_text(signature):
        raise Reply(sign_in_page_redirect(req, client_id, "missing_asc_signature_error", headers))
    claims = hs256_verify(portal.x_signature_secret, signature.strip())
    user = portal.users_by_id.get(claims.get("user_id")) if claims else None
    if claims is None or claims.get("exp", 0) <= time.time() or user is None:
        # SignatureService.validate throws a RuntimeException, which the filter answers with this code.
        raise Reply(sign_in_page_redirect(req, client_id, "something_went_wrong_error", headers))
    client = portal.clients.get(client_id)
    problem_code = "client_not_found_error" if client is None else "client_disabled_error" \
        if not client["enabled"] else None if client["is_public"] else "client_permission_denied_error"
    if problem_code:
        raise Reply(sign_in_page_redirect(req, client_id, problem_code, headers))
    return user, client, headers + SECURITY_HEADERS


def single_parameter(params, name, error_uri=OAUTH_ERROR_URI):
    """An optional parameter of the authorization request: None when empty; given twice: invalid_request."""
    values = params.get(name) or []
    if values and has_text(values[0]) and len(values) != 1:
        raise AuthorizationError("invalid_request", error_uri)
    return values[0] if values and has_text(values[0]) else None


def required_parameter(params, name):
    values = params.get(name) or []
    if len(values) != 1 or not has_text(values[0]):
        raise AuthorizationError("invalid_request")
    return values[0]


def authorization_request(portal, req, user, client, params):
    """The request converter (with DocSpace's fallback to the client's scopes) and
    OAuth2AuthorizationCodeRequestAuthenticationProvider: a code at once when the user has consented to these
    scopes before (or asks for openid alone), else the redirect to the consent page with a new state."""
    response_type = required_parameter(params, "response_type")
    if response_type != "code":
        raise AuthorizationError("unsupported_response_type")
    required_parameter(params, "client_id")
    redirect_uri = single_parameter(params, "redirect_uri")
    scope = single_parameter(params, "scope")
    state = single_parameter(params, "state")
    challenge = single_parameter(params, "code_challenge", PKCE_ERROR_URI)
    method = single_parameter(params, "code_challenge_method", PKCE_ERROR_URI)
    scopes = set(scope.split(" ")) if scope else set(client["scopes"])
    if redirect_uri is not None and not redirect_uri_registered(client, redirect_uri):
        raise AuthorizationError("invalid_request")  # never redirected to an unregistered address
    if redirect_uri is None and ("openid" in scopes or len(client["redirect_uris"]) != 1):
        raise AuthorizationError("invalid_request")
    target = redirect_uri or client["redirect_uris"][0]
    if not scopes <= set(client["scopes"]):
        raise AuthorizationError("invalid_scope", OAUTH_ERROR_URI, target, state)
    if challenge and method != "S256":
        raise AuthorizationError("invalid_request", PKCE_ERROR_URI, target, state)
    grant = {"client_id": client["client_id"], "user_id": user["id"], "redirect_uri": redirect_uri,
             "target": target, "scopes": scopes, "state": state, "challenge": challenge}
    consented = portal.consents.get((client["client_id"], user["id"]), set())
    if scopes == {"openid"} or scopes <= consented:
        return authorization_success(portal, req, grant, scopes)
    consent_state = base64.urlsafe_b64encode(secrets.token_bytes(32)).decode("ascii")
    portal.consent_requests[consent_state] = grant
    query = urllib.parse.urlencode([("scope", " ".join(sorted(scopes))), ("client_id", client["client_id"]),
                                    ("state", consent_state)], quote_via=urllib.parse.quote)
    return Response(302, b"", None, [set_cookie(CLIENT_STATE_COOKIE, consent_state),
                                     ("Location", "%s/oauth2/consent?%s" % (req.origin, query))])


def consent_submission(portal, req, user, form):
    """OAuth2AuthorizationConsentAuthenticationProvider: the consent page's answer. The approved scopes (plus
    those consented before) get a code; none at all is a refusal (access_denied)."""
    client_id = required_parameter(form, "client_id")
    state = required_parameter(form, "state")
    grant = portal.consent_requests.get(state)
    if grant is None or grant["user_id"] != user["id"] or grant["client_id"] != client_id:
        raise AuthorizationError("invalid_request")  # to the sign-in page, not to the client
    approved = set(form.get("scope") or [])
    if not approved <= grant["scopes"]:
        raise AuthorizationError("invalid_scope", OAUTH_ERROR_URI, grant["target"], grant["state"])
    key = (client_id, user["id"])
    consented = portal.consents.get(key, set())
    approved |= grant["scopes"] & consented
    if approved and "openid" in grant["scopes"]:
        approved.add("openid")  # never needs consent
    del portal.consent_requests[state]  # the consent state works once
    if not consented | approved:
        raise AuthorizationError("access_denied", OAUTH_ERROR_URI, grant["target"], grant["state"])
    portal.consents[key] = consented | approved
    return authorization_success(portal, req, grant, approved)


def authorization_success(portal, req, grant, scopes):
    """A new code; AuthorizationSuccessResponseHandler appends it and the state to the redirect URI as
    they are."""
    code = secrets.token_urlsafe(32)
    portal.codes[code] = {"client_id": grant["client_id"], "redirect_uri": grant["redirect_uri"],
                          "scopes": sorted(scopes), "challenge": grant["challenge"], "user_id": grant["user_id"],
                          "expires": time.time() + AUTH_CODE_LIFETIME}
    url = "%s?code=%s" % (grant["target"], code)
    if has_text(grant["state"]):
        url += "&state=" + urllib.parse.quote(grant["state"], safe="!#$&'()*+,/:;=?@[]~")
    return redirect_or_header(req, url)


def authorization_failure(req, client_id, error):
    """AuthorizationFailureResponseHandler: errors about the client or the consent state go to the sign-in
    page; the others to the client with error, error_uri and the request's state (no error_description)."""
    if error.redirect_uri is None:
        return sign_in_page_redirect(req, client_id if has_text(client_id) else "unknown", error.code)
    params = [("error", error.code)]
    if error.error_uri:
        params.append(("error_uri", urllib.parse.quote(error.error_uri, safe="")))
    if has_text(error.state):
        params.append(("state", urllib.parse.quote(error.state, safe="")))
    separator = "&" if urllib.parse.urlsplit(error.redirect_uri).query else "?"
    url = error.redirect_uri + separator + "&".join("%s=%s" % pair for pair in params)
    return redirect_or_header(req, url, always_header=True)


def authorize(portal, req):
    """/oauth2/authorize: GET (or a POST with response_type) is an authorization request, any other POST the
    consent page's answer. Both need the signed-in user's x-signature."""
    form = req.body_parameters() if req.method == "POST" else {}
    client_id = req.query_value("client_id")
    if client_id is None and form.get("client_id"):
        client_id = form["client_id"][0]  # request.getParameter: the query first, then the body
    user, client, headers = signed_in_caller(portal, req, client_id)
    try:
        if req.method == "GET":
            response = authorization_request(portal, req, user, client, req.query)
        elif "response_type" in form:
            response = authorization_request(portal, req, user, client, form)
        else:
            response = consent_submission(portal, req, user, form)
    except AuthorizationError as error:
        response = authorization_failure(req, client_id, error)
    response.headers[:0] = headers
    return response


def consent_page(portal, req):
    """AuthorizationConsentController: the consent page is the web client's, so the service only sends the
    browser on to <portal>/login?type=oauth2&client_id=... (the state travels in the client_state cookie)."""
    client_id = req.query_value("client_id")
    if client_id is None:
        return html_page(400, "Bad request", "Required parameter 'client_id' is not present.")
    query = urllib.parse.urlencode([("type", "oauth2"), ("client_id", client_id)])
    return Response(302, b"", None, [("Location", "%s/login?%s" % (req.origin, query))])


def authenticate_token_client(portal, form, pkce_used):
    """(client, confidential) for the token endpoint: client_secret_post, or "none" with PKCE."""
    client = portal.clients.get(form.get("client_id", ""))
    if client is None or not client["enabled"]:
        raise Reply(oauth_error(401, "invalid_client", "The client is unknown or disabled."))
    secret = form.get("client_secret")
    if secret:
        if not client["client_secret"] or not hmac.compare_digest(client["client_secret"], secret):
            raise Reply(oauth_error(401, "invalid_client", "The client secret is not correct."))
        return client, True
    if (client["allow_pkce"] or not client["client_secret"]) and pkce_used:
        return client, False
    raise Reply(oauth_error(401, "invalid_client", "The client must authenticate (client_secret_post)."))


def issue_tokens(portal, req, client, user_id, scopes, confidential):
    now = int(time.time())
    ttl = portal.config["access_token_ttl"]
    expires = expiry_after(ttl)
    claims = {"iss": req.origin + "/oauth2", "aud": [req.origin], "sub": user_id, "cid": client["client_id"],
              "tid": TENANT_ID, "scope": list(scopes), "iat": now, "nbf": now, "exp": expires,
              "jti": secrets.token_hex(12)}
    answer = {"access_token": portal.signer.sign(claims), "token_type": "Bearer", "expires_in": int(ttl),
              "scope": " ".join(scopes)}
    if confidential:  # public clients get no refresh token
        refresh = secrets.token_urlsafe(48)
        portal.refresh_tokens[refresh] = {"client_id": client["client_id"], "user_id": user_id,
                                          "scopes": list(scopes), "expires": now + REFRESH_TOKEN_LIFETIME}
        answer["refresh_token"] = refresh
    if "openid" in scopes:
        user = portal.users_by_id[user_id]
        answer["id_token"] = portal.signer.sign({
            "iss": req.origin + "/oauth2", "aud": client["client_id"], "sub": user_id, "iat": now,
            "exp": expires, "auth_time": now, "email": user["email"],
            "name": "%s %s" % (user["firstName"], user["lastName"])})
    return json_response(answer, headers=[("Cache-Control", "no-store"), ("Pragma", "no-cache")])


def token_endpoint(portal, req):
    form = req.form()
    grant_type = form.get("grant_type")
    if grant_type == "authorization_code":
        verifier = form.get("code_verifier")
        client, confidential = authenticate_token_client(portal, form, pkce_used=bool(verifier))
        grant = portal.codes.pop(form.get("code", ""), None)  # one use, even when the exchange fails
        if grant is None or grant["expires"] <= time.time() or grant["client_id"] != client["client_id"]:
            raise Reply(oauth_error(400, "invalid_grant", "The authorization code is invalid or expired."))
        if grant["redirect_uri"] is not None and form.get("redirect_uri") != grant["redirect_uri"]:
            raise Reply(oauth_error(400, "invalid_grant", "redirect_uri differs from the authorization request."))
        if grant["challenge"]:
            computed = b64url_encode(hashlib.sha256((verifier or "").encode("ascii", "replace")).digest())
            if not verifier or not hmac.compare_digest(computed, grant["challenge"]):
                raise Reply(oauth_error(400, "invalid_grant", "The PKCE code_verifier does not match."))
        elif not confidential:
            raise Reply(oauth_error(400, "invalid_grant", "The authorization request had no code_challenge."))
        return issue_tokens(portal, req, client, grant["user_id"], grant["scopes"], confidential)
    if grant_type == "refresh_token":
        client, confidential = authenticate_token_client(portal, form, pkce_used=False)
        grant = portal.refresh_tokens.pop(form.get("refresh_token", ""), None)  # rotation: old one is gone
        if grant is None or grant["expires"] <= time.time() or grant["client_id"] != client["client_id"]:
            raise Reply(oauth_error(400, "invalid_grant", "The refresh token is invalid, expired or used."))
        scopes = grant["scopes"]
        if form.get("scope"):
            scopes = form["scope"].split()
            if any(s not in grant["scopes"] for s in scopes):
                raise Reply(oauth_error(400, "invalid_scope", "The scope exceeds the original grant."))
        return issue_tokens(portal, req, client, grant["user_id"], scopes, confidential)
    if not grant_type:
        raise Reply(oauth_error(400, "invalid_request", "grant_type is missing."))
    raise Reply(oauth_error(400, "unsupported_grant_type", "This grant type is not supported."))


def jwks(portal, req):
    return json_response(portal.signer.jwks())


def valid_access_claims(portal, token):
    claims = portal.signer.verify(token or "")
    if claims is None or "cid" not in claims or claims.get("exp", 0) <= time.time() \
            or claims.get("jti") in portal.revoked_jtis:
        return None
    return claims


def userinfo(portal, req):
    authorization = req.headers.get("Authorization") or ""
    token = authorization[7:].strip() if authorization.lower().startswith("bearer ") else ""
    claims = valid_access_claims(portal, token)
    if claims is None or claims["sub"] not in portal.users_by_id:
        return json_response({"error": "invalid_token"}, 401, headers=[("WWW-Authenticate", "Bearer")])
    user = portal.users_by_id[claims["sub"]]
    return json_response({"sub": user["id"], "email": user["email"],
                          "name": "%s %s" % (user["firstName"], user["lastName"])})


def introspect(portal, req):
    token = req.form().get("token", "")
    grant = portal.refresh_tokens.get(token)
    if grant is not None and grant["expires"] > time.time():
        return json_response({"active": True, "client_id": grant["client_id"], "sub": grant["user_id"],
                              "scope": " ".join(grant["scopes"]), "token_type": "refresh_token"})
    claims = valid_access_claims(portal, token)
    if claims is None:
        return json_response({"active": False})
    return json_response({"active": True, "client_id": claims["cid"], "sub": claims["sub"],
                          "scope": " ".join(claims["scope"]), "exp": claims["exp"], "iat": claims["iat"],
                          "iss": claims["iss"], "token_type": "Bearer"})


def revoke(portal, req):
    token = req.form().get("token", "")
    if portal.refresh_tokens.pop(token, None) is None:
        claims = portal.signer.verify(token)
        if claims and claims.get("jti"):
            portal.revoked_jtis.add(claims["jti"])
    return empty(200)


def home(portal, req):
    text = ("This is the PortalKeys portal simulator. Sign in with admin@example.com / admin-password, "
            "or use the API key sk-" + "a" * 64 + ". Run portal_simulator.py --help for everything else.")
    return html_page(200, "Simulated DocSpace portal", text)


CLIENTS = r"/api/2\.0(?:/oauth2)?/clients"
GUID_PATTERN = r"[0-9a-fA-F]{8}-[0-9a-fA-F]{4}-[0-9a-fA-F]{4}-[0-9a-fA-F]{4}-[0-9a-fA-F]{12}"  # {keyId:guid}
ROUTES = [
    ("GET", r"/api/2\.0/authentication", api_is_authenticated),
    ("POST", r"/api/2\.0/authentication", api_login),
    ("POST", r"/api/2\.0/authentication/logout", api_logout),
    ("POST", r"/api/2\.0/authentication/(?P<code>[^/]+)", api_login_with_code),
    ("GET", r"/api/2\.0/people/@self", api_self),
    ("GET", r"/api/2\.0/settings", api_settings),
    ("GET", r"/api/2\.0/keys", keys_list),
    ("POST", r"/api/2\.0/keys", keys_create),
    ("GET", r"/api/2\.0/keys/permissions", keys_permissions),
    ("GET", r"/api/2\.0/keys/@self", keys_self),
    ("PUT", r"/api/2\.0/keys/(?P<key_id>%s)" % GUID_PATTERN, keys_update),
    ("DELETE", r"/api/2\.0/keys/(?P<key_id>%s)" % GUID_PATTERN, keys_delete),
    ("GET", r"/api/2\.0/security/oauth2/token", api_x_signature),
    ("GET", r"/api/2\.0/security/audit/events/filter", audit_events_filter),
    ("GET", r"/api/2\.0/settings/authservice", api_get_authservices),
    ("POST", r"/api/2\.0/settings/authservice", api_save_authservice),
    ("POST", r"/api/2\.0/settings/authservice/externaldb/test", api_test_externaldb),
    ("GET", CLIENTS, clients_list),
    ("POST", CLIENTS, clients_create),
    ("GET", CLIENTS + r"/(?P<client_id>[^/]+)", clients_get),
    ("PUT", CLIENTS + r"/(?P<client_id>[^/]+)", clients_update),
    ("DELETE", CLIENTS + r"/(?P<client_id>[^/]+)", clients_delete),
    ("PATCH", CLIENTS + r"/(?P<client_id>[^/]+)/regenerate", clients_regenerate),
    ("PATCH", CLIENTS + r"/(?P<client_id>[^/]+)/activation", clients_activation),
    ("GET", r"/api/2\.0(?:/oauth2)?/scopes", scopes_list),
    ("GET", r"(?:/oauth2)?/\.well-known/openid-configuration", openid_configuration),
    ("GET", r"/oauth2/authorize", authorize),
    ("POST", r"/oauth2/authorize", authorize),
    ("GET", r"/oauth2/consent", consent_page),
    ("POST", r"/oauth2/token", token_endpoint),
    ("GET", r"/oauth2/jwks", jwks),
    ("GET", r"/oauth2/userinfo", userinfo),
    ("POST", r"/oauth2/userinfo", userinfo),
    ("POST", r"/oauth2/introspect", introspect),
    ("POST", r"/oauth2/revoke", revoke),
    ("GET", r"/", home),
]
COMPILED_ROUTES = [(method, re.compile(pattern, re.IGNORECASE), function) for method, pattern, function in ROUTES]


def not_found(req, status=404, message="Not found"):
    if req.path.lower().startswith(("/oauth2", "/api/2.0/clients", "/api/2.0/oauth2", "/api/2.0/scopes")):
        return problem(status, message, "%s %s" % (req.method, req.path), req.path)
    return envelope_error(status, message)


def route(portal, req):
    """The response for a portal call. Runs with the portal lock held."""
    path = req.path.rstrip("/") or "/"
    path_matched = False
    for method, pattern, function in COMPILED_ROUTES:
        match = pattern.fullmatch(path)
        if match is None:
            continue
        path_matched = True
        if method == req.method:
            try:
                response = function(portal, req, **match.groupdict())
            except Reply as reply:
                response = reply.response
            if response.envelope is not None:  # the envelope's links name the request
                response.envelope["links"] = [{"href": req.display_url(), "action": req.method}]
                response.body = json_bytes(response.envelope)
            return response
    if path_matched:
        return not_found(req, 405, "Method not allowed")
    return not_found(req)


# ----------------------------------------------------------------------------------------------------------
# Fault injection and the /__sim/ control API
# ----------------------------------------------------------------------------------------------------------

FAULT_KINDS = ("status", "delay", "hang", "malformed", "truncated", "redirect", "garbage")


def add_fault(portal, spec):
    if not isinstance(spec, dict):
        raise ValueError("the fault must be a JSON object")
    kinds = [kind for kind in FAULT_KINDS if kind in spec]
    if len(kinds) != 1:
        raise ValueError("give exactly one of " + ", ".join(FAULT_KINDS))
    path = spec.get("path")
    if not isinstance(path, str) or not path.startswith("/"):
        raise ValueError("path must be an absolute path such as /api/2.0/people/@self")
    times = spec.get("times", 1)
    if not isinstance(times, int) or isinstance(times, bool) or times < 0:
        raise ValueError("times must be a whole number >= 0 (0 = forever)")
    kind = kinds[0]
    value = spec[kind]
    if kind == "status" and (not isinstance(value, int) or not 100 <= value <= 599):
        raise ValueError("status must be an HTTP status code")
    if kind == "delay" and (not isinstance(value, (int, float)) or value < 0):
        raise ValueError("delay must be a number of seconds")
    if kind == "redirect" and not isinstance(value, str):
        raise ValueError("redirect must be a URL")
    fault = {"id": portal.next_fault_id, "method": str(spec.get("method", "*")).upper(),
             "path": path.split("?")[0], "times": times, "remaining": times, "kind": kind, "value": value,
             "body": spec.get("body"), "content_type": spec.get("content_type"),
             "retry_after": spec.get("retry_after"), "redirect_status": spec.get("redirect_status", 302)}
    portal.next_fault_id += 1
    portal.faults.append(fault)
    return fault["id"]


def take_fault(portal, method, path):
    """The first fault matching this request, counting it down; None when no fault applies."""
    for fault in portal.faults:
        if fault["method"] in ("*", method) and fault["path"] == path:
            if fault["times"]:
                fault["remaining"] -= 1
                if fault["remaining"] <= 0:
                    portal.faults.remove(fault)
            return dict(fault)
    return None


def fault_status_response(fault):
    status = fault["value"]
    headers = []
    if fault["retry_after"] is not None:
        headers.append(("Retry-After", str(fault["retry_after"])))
    if fault["body"] is not None:
        body = str(fault["body"]).encode("utf-8")
        content_type = fault["content_type"]
        if content_type is None:
            try:
                json.loads(body)
                content_type = "application/json; charset=utf-8"
            except ValueError:
                content_type = "text/plain; charset=utf-8"
        return Response(status, body, content_type, headers)
    message = DEFAULT_FAULT_MESSAGES.get(status, "HTTP error %d" % status)
    return envelope_error(status, message, headers=headers)


def portal_state_snapshot(portal):
    consumers = {}
    for definition in CONSUMERS + [EXTRA_CONSUMER]:
        consumers[definition["name"]] = dict(portal.consumer_values[definition["key"]])
    return {"consumers": consumers, "clients": sorted(portal.clients), "login_tokens": len(portal.login_tokens),
            "refresh_tokens": len(portal.refresh_tokens), "faults": len(portal.faults),
            "api_keys": [{"id": k["id"], "name": k["name"], "postfix": k["postfix"]} for k in portal.api_keys],
            "login_blocks": sorted(k for k, until in portal.login_blocks.items() if until > time.time()),
            "audit_events": len(portal.audit_events),
            # Test instrumentation (see Gauge): the most portal calls answered at once since the last reset,
            # by this portal and by all portals of this process (--portals).
            "max_concurrent_calls": portal.gauge.peak,
            "max_concurrent_calls_all_portals": portal.process_gauge.peak,
            "config": copy.deepcopy(portal.config)}


CONFIG_KEYS = {"plan_without_paid": bool, "extra_consumer": bool, "readonly_consumers": list,
               "x_signature_ttl": (int, float), "access_token_ttl": (int, float), "version": str,
               "standalone": bool, "limited_dev_tools": bool, "recaptcha_demanded": bool, "cloud_registry": bool,
               "login_attempt_count": int, "login_check_period": (int, float), "login_block_time": (int, float),
               "key_create_limit": int, "key_create_window": (int, float), "cloud_clients_per_tenant": int,
               "cloud_clients_per_user": int, "plan_without_audit": bool, "audit_hidden": bool,
               "latency": (int, float)}


def control(portal, method, path, body):
    """The unauthenticated test-only API under /__sim/. Plain JSON in and out."""
    def bad(message):
        return json_response({"error": message}, 400)

    def parsed_body():
        return json.loads(body.decode("utf-8")) if body else {}

    try:
        if path == "/__sim/faults" and method == "POST":
            return json_response({"id": add_fault(portal, parsed_body())})
        if path == "/__sim/faults" and method == "GET":
            return json_response(portal.faults)
        if path == "/__sim/faults" and method == "DELETE":
            portal.faults.clear()
            return json_response({"cleared": True})
        if path == "/__sim/reset" and method == "POST":
            portal.reset()
            return json_response({"reset": True})
        if path == "/__sim/requests" and method == "GET":
            return json_response(portal.requests)
        if path == "/__sim/state" and method == "GET":
            return json_response(portal_state_snapshot(portal))
        if path == "/__sim/config" and method == "POST":
            changes = parsed_body()
            if not isinstance(changes, dict):
                return bad("the config must be a JSON object")
            for key, value in changes.items():
                if key not in CONFIG_KEYS or not isinstance(value, CONFIG_KEYS[key]):
                    return bad("unknown or mistyped config key: %s" % key)
            portal.config.update(copy.deepcopy(changes))
            return json_response(portal.config)
    except (ValueError, UnicodeDecodeError) as error:
        return bad(str(error))
    return json_response({"error": "unknown control call"}, 404)


# ----------------------------------------------------------------------------------------------------------
# HTTP plumbing
# ----------------------------------------------------------------------------------------------------------

LOG_LOCK = threading.Lock()


def log_line(text):
    with LOG_LOCK:
        try:
            sys.stderr.write("[portal-sim] " + text + "\n")
            sys.stderr.flush()
        except (OSError, ValueError):
            pass


MALFORMED_JSON = b'{"response": {"token": "abc", "expires": '
GARBAGE_HTML = (b"<!DOCTYPE html><html><head><title>Welcome</title></head>"
                b"<body><h1>Welcome to nginx!</h1></body></html>")
TRUNCATED_JSON = b'{"response": [{"name": "google", "title": "Goo'


class PortalHandler(http.server.BaseHTTPRequestHandler):
    protocol_version = "HTTP/1.1"  # keep-alive, as Qt expects; every answer has a Content-Length
    server_version = "PortalSimulator/1.0"
    timeout = 300  # idle keep-alive connections end eventually

    def setup(self):
        # The TLS handshake runs here, in the connection's own thread, so a silent client cannot stall accept().
        if isinstance(self.request, ssl.SSLSocket):
            self.request.settimeout(10)
            self.request.do_handshake()
            self.request.settimeout(None)
        super().setup()

    # One method for every verb; the router decides.
    def do_GET(self):
        self.handle_portal_request()

    do_POST = do_PUT = do_PATCH = do_DELETE = do_HEAD = do_OPTIONS = do_GET

    @property
    def portal(self):
        return self.server.portal

    def read_body(self):
        if "chunked" in (self.headers.get("Transfer-Encoding") or "").lower():
            chunks = []
            total = 0
            while True:
                size = int(self.rfile.readline().split(b";")[0].strip() or b"0", 16)
                if size == 0:
                    while self.rfile.readline() not in (b"\r\n", b"\n", b""):
                        pass
                    return b"".join(chunks)
                total += size
                if total > MAX_BODY_BYTES:
                    raise ValueError("body too large")
                chunks.append(self.rfile.read(size))
                self.rfile.readline()
        length = int(self.headers.get("Content-Length") or 0)
        if length > MAX_BODY_BYTES:
            raise ValueError("body too large")
        return self.rfile.read(length) if length > 0 else b""

    def handle_portal_request(self):
        parts = urllib.parse.urlsplit(self.path)
        path = parts.path or "/"
        try:
            body = self.read_body()
        except ValueError:
            self.close_connection = True
            self.send(envelope_error(413, "The request body is too large or malformed."))
            return
        if path.startswith("/__sim/"):
            with self.portal.lock:
                response = control(self.portal, self.command, path, body)
            self.send(response)
            return

        port = self.server.server_address[1]
        host = self.headers.get("Host") or "127.0.0.1:%d" % port
        req = Request(self.command, path, urllib.parse.parse_qs(parts.query, keep_blank_values=True),
                      self.headers, body, self.server.scheme, host, port)
        entry = self.record(req, parts.query)
        self.enter_gauges()
        try:
            self.answer_portal_request(req, parts.query, path, entry)
        finally:
            self.leave_gauges()

    def answer_portal_request(self, req, query_string, path, entry):
        latency = self.portal.config.get("latency") or 0
        if latency > 0:  # a portal far away: every call takes this long before the server sees it
            self.portal.stop_event.wait(float(latency))
        with self.portal.lock:
            fault = take_fault(self.portal, self.command, path)
        # Contract recording (tests/support/exchange_recorder.py): a delay still gives the simulator's own answer.
        self.exchange = (req, query_string, fault["kind"] if fault and fault["kind"] != "delay" else None)
        if fault is not None and self.apply_fault(fault, entry):
            return
        try:
            with self.portal.lock:
                response = route(self.portal, req)
        except Exception as error:  # a bug in the simulator: answer 500 and name the spot, never the data
            frame = traceback.extract_tb(error.__traceback__)[-1]
            log_line("internal error %s at line %d (%s)" % (type(error).__name__, frame.lineno, frame.name))
            response = envelope_error(500, "Internal server error")
        response.headers.extend(req.extra_headers)
        self.send(response, entry)

    def enter_gauges(self):
        self.counted = True
        self.portal.gauge.enter()
        self.portal.process_gauge.enter()

    def leave_gauges(self):
        if getattr(self, "counted", False):
            self.counted = False
            self.portal.gauge.leave()
            self.portal.process_gauge.leave()

    def record(self, req, query_string):
        """Notes the request for /__sim/requests without any header value."""
        authorization = (req.headers.get("Authorization") or "").strip()
        scheme = None
        if authorization:
            first = authorization.split(" ", 1)[0].lower()
            scheme = {"bearer": "Bearer", "basic": "Basic"}.get(first, "raw") if " " in authorization else "raw"
        entry = {"method": req.method, "path": redact_path(req.path), "query": redact_query(query_string),
                 "has_authorization": bool(authorization), "authorization_scheme": scheme,
                 "has_cookie": bool(req.headers.get("Cookie")),
                 "has_x_signature": bool(req.headers.get("x-signature")),
                 "origin_port": req.port, "tls": req.scheme == "https", "status": None}
        with self.portal.lock:
            self.portal.requests.append(entry)
        return entry

    def apply_fault(self, fault, entry):
        """Carries out a fault. True when the request is finished, False to go on normally (delay)."""
        kind = fault["kind"]
        if kind == "delay":
            self.portal.stop_event.wait(float(fault["value"]))
            return False
        if kind == "hang":
            self.log_event("hang")
            self.hang_until_client_gives_up()
            return True
        if kind == "truncated":
            self.log_event("truncated")
            self.leave_gauges()
            self.send_response_only(200)
            self.send_header("Content-Type", "application/json; charset=utf-8")
            self.send_header("Content-Length", str(len(TRUNCATED_JSON) + 4096))
            self.end_headers()
            self.wfile.write(TRUNCATED_JSON)
            self.wfile.flush()
            self.close_connection = True
            self.set_status(entry, 200)
            return True
        if kind == "status":
            response = fault_status_response(fault)
        elif kind == "malformed":
            response = Response(200, MALFORMED_JSON, "application/json; charset=utf-8")
        elif kind == "garbage":
            response = Response(200, GARBAGE_HTML, "text/html; charset=utf-8")
        else:
            response = redirect(fault["value"], int(fault["redirect_status"]))
        self.send(response, entry)
        return True

    def hang_until_client_gives_up(self):
        """Never answers; returns when the client closes, the simulator stops, or after ten minutes."""
        self.close_connection = True
        deadline = time.monotonic() + 600
        connection = self.connection
        while not self.portal.stop_event.is_set() and time.monotonic() < deadline:
            try:
                readable, _, _ = select.select([connection], [], [], 0.2)
                if readable and not connection.recv(4096):
                    return
            except ssl.SSLWantReadError:
                continue
            except (OSError, ValueError):
                return

    def set_status(self, entry, status):
        if entry is not None:
            with self.portal.lock:
                entry["status"] = status

    def send(self, response, entry=None):
        self.set_status(entry, response.status)
        if entry is not None:  # a portal call, not a /__sim/ control call
            exchange_recorder.record(self.server.scheme, *self.exchange, response)
            self.leave_gauges()
        self.send_response(response.status)
        if response.content_type:
            self.send_header("Content-Type", response.content_type)
        for name, value in response.headers:
            self.send_header(name, value)
        self.send_header("Content-Length", str(len(response.body)))
        self.end_headers()
        if self.command != "HEAD" and response.body:
            self.wfile.write(response.body)

    # --- logging: method, path and status only ---------------------------------------------------------------

    def safe_path(self):
        path = getattr(self, "path", None)
        return redact_path(urllib.parse.urlsplit(path).path) if path else "-"

    def log_event(self, what):
        command = getattr(self, "command", None) or "-"
        log_line("%s %s %s %s" % (self.server.scheme, command, self.safe_path(), what))

    def log_request(self, code="-", size="-"):
        self.log_event(str(int(code)) if isinstance(code, int) else str(code))

    def log_error(self, format, *args):
        # The arguments can quote the raw request line, so only the message's fixed part is logged.
        what = format.split("%")[0].strip(" :(")
        log_line("%s connection problem: %s" % (self.server.scheme, "bad request" if what == "code" else what))

    def log_message(self, format, *args):
        pass


class PortalServer(http.server.ThreadingHTTPServer):
    daemon_threads = True  # hanging connections must never keep the process alive
    scheme = "http"

    def __init__(self, address, portal):
        self.portal = portal
        super().__init__(address, PortalHandler)

    def handle_error(self, request, client_address):
        error = sys.exc_info()[1]
        log_line("%s connection ended: %s" % (self.scheme, type(error).__name__))


class PortalTLSServer(PortalServer):
    scheme = "https"

    def __init__(self, address, portal, context):
        self.context = context
        super().__init__(address, portal)

    def get_request(self):
        connection, address = self.socket.accept()
        return self.context.wrap_socket(connection, server_side=True, do_handshake_on_connect=False), address


# ----------------------------------------------------------------------------------------------------------
# Certificate, start-up and shutdown
# ----------------------------------------------------------------------------------------------------------

def ensure_certificate(cert_dir):
    """cert.pem/key.pem in cert_dir (made with openssl when missing); returns (cert path, key path)."""
    os.makedirs(cert_dir, exist_ok=True)
    cert_path = os.path.join(cert_dir, "cert.pem")
    key_path = os.path.join(cert_dir, "key.pem")
    if os.path.exists(cert_path) and os.path.exists(key_path):
        return cert_path, key_path
    command = ["openssl", "req", "-x509", "-newkey", "ec", "-pkeyopt", "ec_paramgen_curve:prime256v1", "-nodes",
               "-days", "2", "-subj", "/CN=127.0.0.1", "-addext", "subjectAltName=IP:127.0.0.1,DNS:localhost",
               "-keyout", key_path, "-out", cert_path]
    old_umask = os.umask(0o077)  # the private key is readable by us only
    try:
        result = subprocess.run(command, stdin=subprocess.DEVNULL, stdout=subprocess.PIPE,
                                stderr=subprocess.PIPE, text=True)
    finally:
        os.umask(old_umask)
    if result.returncode != 0:
        raise RuntimeError("openssl could not make the certificate: " + result.stderr.strip())
    return cert_path, key_path


def certificate_sha256(cert_path):
    with open(cert_path, "r", encoding="ascii") as handle:
        der = ssl.PEM_cert_to_DER_cert(handle.read())
    return hashlib.sha256(der).hexdigest()


def write_ready_file(path, text):
    temporary = path + ".tmp"
    with open(temporary, "w", encoding="utf-8") as handle:
        handle.write(text + "\n")
    os.replace(temporary, path)  # readers never see half a file


HELP_EPILOG = """\
demo accounts (e-mail / password):
  admin@example.com    / admin-password     Ada Admin, owner and admin
  user@example.com     / user-password      Uma User, not an admin (settings calls: 403)
  tfa@example.com      / tfa-password       Tess Twofactor, admin with two-factor code 123456
  disabled@example.com / disabled-password  disabled: sign-in answers 403 "User disabled"
  guest@example.com    / guest-password     Gil Guest, a guest: creating API keys gets 403
  Sign-in (POST /api/2.0/authentication) answers as DocSpace does: 401 "User authentication failed" for a
  wrong password and for an unknown e-mail alike; after 5 counted attempts within 60 s for one user name
  the next one (right or wrong) gets 403 "Too many login attempts. Please try again later" and the name
  stays blocked for 60 s (or until /__sim/reset); a "recaptchaResponse" other than sim-recaptcha-pass gets
  403 "Invalid Recaptcha" (sim-recaptcha-pass lifts the lock); never 404 or 429.

API keys (Authorization: Bearer ...; without "Bearer " a key is no API key):
  sk-aaaa...a (64 x a)  admin, permissions ["*"] (stored as [])
  sk-bbbb...b (64 x b)  admin, ["*:read"]: authservice GET works, POST gets 403
  sk-cccc...c (64 x c)  admin, ["files:read", "files:write"]: authservice and people/@self get 403
  A key refused for its scope gets a bare 403 (no envelope, no body), also on anonymous endpoints such as
  GET /api/2.0/authentication and /api/2.0/settings, where a wrong, expired or switched-off key gets it too.
  sk-dddd...d (64 x d)  user@example.com, ["*"]: not an admin
  /api/2.0/keys creates (full key shown once, 5 per user in 15 minutes, then 429), lists, updates and
  deletes keys; elsewhere a key reads "sk-***" + its last four characters.

portal settings: GET /api/2.0/settings (anonymous allowed) has version (--version-string), docSpace,
  standalone (false with --saas or --plan-without-paid), limitedAccessDevToolsForUsers
  (--limited-dev-tools) and externalDbEnabled. SQLite files of the external database: forms.db and
  reports/results.db in the simulated storage folder; a path that leaves it gets 403 "Access denied".

other credentials: Authorization: Basic base64(email:password); the login token from
  POST /api/2.0/authentication as a raw Authorization header or cookie asc_auth_key; an OAuth access token
  as Bearer. GET /api/2.0/security/oauth2/token returns the x-signature for /api/2.0/clients (plain JSON,
  RFC 7807 problems; a missing, invalid or expired x-signature gets a bare 403). --cloud-registry adds the
  cloud registry's limits (a 400 problem once the portal holds more than 100 apps or the user more than 10).

OAuth clients:
  11111111-2222-3333-4444-555555555555  secret DemoClientSecret0123456789abcdefghij, PKCE allowed
  66666666-7777-8888-9999-000000000000  public (no secret, PKCE required, no refresh token)
  Both have the redirect URI http://127.0.0.1/callback, which covers any port (not another path).
  /oauth2/authorize serves only a signed-in portal user: send the x-signature (GET
  /api/2.0/security/oauth2/token after signing in) as cookie or header x-signature, or the browser is sent
  to <portal>/login?type=oauth2&client_id=...&error=missing_asc_signature_error. Until the user has approved
  the scopes once, it then redirects to /oauth2/consent (which sends the browser on to the web client's
  /login, not simulated) and sets the cookie client_state. To approve, POST /oauth2/authorize (multipart
  or form) with client_id, state (the client_state cookie) and one scope field per approved scope, with the
  x-signature: the answer redirects to the redirect URI with code and state (no scope: error=access_denied).
  Header X-Disable-Redirect: 200 with the address in X-Redirect-URI instead of a redirect.
  Discovery: /oauth2/.well-known/openid-configuration.

control API (no authentication, JSON, for tests only; /__sim/state shows stored key values in clear):
  POST /__sim/faults   {"method": "GET"|"*", "path": "/api/2.0/people/@self", "times": 1 (0 = forever),
                        plus one of "status": 503 [, "body": "...", "retry_after": 2], "delay": 2.5,
                        "hang": true, "malformed": true, "truncated": true, "redirect": "URL", "garbage": true}
                       -> {"id": n};  GET /__sim/faults lists them, DELETE /__sim/faults clears them
  POST /__sim/reset    clear faults, request log, login counters; restore keys, clients and tokens
  GET  /__sim/requests requests since reset: method, path, query (secrets redacted), has_authorization,
                       authorization_scheme, has_cookie, has_x_signature, origin_port, tls, status
  GET  /__sim/state    stored consumer values, client ids, counters, current config, and (test
                       instrumentation) max_concurrent_calls: the most portal calls this portal answered
                       at once since reset, max_concurrent_calls_all_portals: the same for the process
  POST /__sim/config   change latency, plan_without_paid, extra_consumer, readonly_consumers, x_signature_ttl,
                       access_token_ttl, version, standalone, limited_dev_tools, recaptcha_demanded,
                       cloud_registry, login_attempt_count, login_check_period, login_block_time,
                       key_create_limit, key_create_window, cloud_clients_per_tenant,
                       cloud_clients_per_user, plan_without_audit (the audit trail shows only its latest
                       20 events), audit_hidden (with standalone false: 402 for the audit trail) at run
                       time (reset restores the command line)

example (demo portal on fixed ports):
  tests/support/portal_simulator.py --http-port 8092 --https-port 8443 --cert-dir /tmp/portal-sim
  curl -u admin@example.com:admin-password http://127.0.0.1:8092/api/2.0/settings/authservice
"""


def parse_arguments(argv):
    parser = argparse.ArgumentParser(
        prog="portal_simulator.py", description="A simulated ONLYOFFICE DocSpace 3.7 portal on 127.0.0.1 "
        "(HTTP and HTTPS at once) for PortalKeys' tests and demos.",
        epilog=HELP_EPILOG, formatter_class=argparse.RawDescriptionHelpFormatter)
    parser.add_argument("--http-port", type=int, default=0, help="HTTP port (default 0: any free port)")
    parser.add_argument("--https-port", type=int, default=0, help="HTTPS port (default 0: any free port)")
    parser.add_argument("--no-https", action="store_true", help="serve plain HTTP only")
    parser.add_argument("--cert-dir", help="where cert.pem/key.pem are kept or made (default: a temporary "
                        "directory removed at exit)")
    parser.add_argument("--ready-file", help="also write the ready JSON line to this file")
    parser.add_argument("--x-signature-ttl", type=float, default=300,
                        help="lifetime of the x-signature JWT in seconds (default 300)")
    parser.add_argument("--access-token-ttl", type=float, default=3600,
                        help="lifetime of OAuth access tokens in seconds (default 3600)")
    parser.add_argument("--readonly-consumer", action="append", default=[], metavar="NAME",
                        help="make this consumer read-only (canSet false, no props); repeatable")
    parser.add_argument("--plan-without-paid", action="store_true",
                        help="the plan lacks paid consumers: saving s3, googlecloud or rackspace answers 402")
    parser.add_argument("--extra-consumer", action="store_true",
                        help="add a 20th consumer 'acme' (Acme Storage) that no catalog knows")
    parser.add_argument("--version-string", default=DEFAULT_VERSION, metavar="V",
                        help="the version GET /api/2.0/settings reports (default %s)" % DEFAULT_VERSION)
    parser.add_argument("--saas", action="store_true",
                        help="a cloud portal: standalone false, no SQLite for the external database")
    parser.add_argument("--limited-dev-tools", action="store_true",
                        help="developer tools limited to admins: other users get 403 creating API keys")
    parser.add_argument("--recaptcha-demanded", action="store_true",
                        help="every sign-in without a passing recaptchaResponse gets 403 \"Invalid Recaptcha\"")
    parser.add_argument("--cloud-registry", action="store_true",
                        help="the identity service's cloud registry: at most 100 apps per portal, 10 per user")
    parser.add_argument("--latency", type=float, default=0, metavar="S",
                        help="every portal call (not /__sim/) waits S seconds before it is answered, as a "
                        "distant portal's would (default 0)")
    parser.add_argument("--portals", type=int, default=1, metavar="N",
                        help="serve N independent portals, each with its own state, faults, /__sim/ API and "
                        "ports (--http-port and --https-port name the first one's); cheaper than N processes")
    args = parser.parse_args(argv)
    if args.portals < 1:
        parser.error("--portals takes a number of portals, at least 1")
    return args


def main(argv=None):
    args = parse_arguments(sys.argv[1:] if argv is None else argv)
    config = {"plan_without_paid": args.plan_without_paid, "extra_consumer": args.extra_consumer,
              "readonly_consumers": list(args.readonly_consumer), "x_signature_ttl": args.x_signature_ttl,
              "access_token_ttl": args.access_token_ttl, "version": args.version_string,
              "standalone": not args.saas, "limited_dev_tools": args.limited_dev_tools,
              "recaptcha_demanded": args.recaptcha_demanded, "cloud_registry": args.cloud_registry,
              "latency": args.latency}
    stop_event = threading.Event()
    process_gauge = Gauge()
    portals = [Portal(config, stop_event, process_gauge) for _ in range(args.portals)]
    portal = portals[0]

    cert_path = cert_sha256 = None
    temporary_cert_dir = None
    context = None
    if not args.no_https:
        cert_dir = args.cert_dir
        if not cert_dir:
            cert_dir = temporary_cert_dir = tempfile.mkdtemp(prefix="portal-sim-")
        cert_path, key_path = ensure_certificate(cert_dir)
        cert_path = os.path.abspath(cert_path)
        cert_sha256 = certificate_sha256(cert_path)
        context = ssl.SSLContext(ssl.PROTOCOL_TLS_SERVER)
        context.load_cert_chain(cert_path, key_path)
    servers = []   # every listener
    listed = []    # per portal: its HTTP and HTTPS listener (None)
    for index, each in enumerate(portals):
        http_server = PortalServer(("127.0.0.1", args.http_port if index == 0 else 0), each)
        https_server = None
        if context is not None:
            https_server = PortalTLSServer(("127.0.0.1", args.https_port if index == 0 else 0), each, context)
        servers.extend(server for server in (http_server, https_server) if server is not None)
        listed.append({"http_port": http_server.server_address[1],
                       "https_port": https_server.server_address[1] if https_server else None})

    for server in servers:
        threading.Thread(target=server.serve_forever, kwargs={"poll_interval": 0.2}, daemon=True).start()

    def request_stop(_signum, _frame):
        portal.stop_event.set()

    signal.signal(signal.SIGTERM, request_stop)
    signal.signal(signal.SIGINT, request_stop)

    ready = {"http_port": listed[0]["http_port"], "https_port": listed[0]["https_port"],
             "cert_pem_path": cert_path, "cert_sha256": cert_sha256, "pid": os.getpid()}
    if len(portals) > 1:
        ready["portals"] = listed
    ready = json.dumps(ready)
    if args.ready_file:
        write_ready_file(args.ready_file, ready)
    sys.stdout.write(ready + "\n")
    sys.stdout.flush()
    log_line("ready (%s, access tokens %s)" % (", ".join(
        "%s port %d" % (s.scheme, s.server_address[1]) for s in servers[:2]) +
        (" and %d more portals" % (len(portals) - 1) if len(portals) > 1 else ""), portal.signer.alg))

    # A test that dies without stopping it must not leave it behind, holding its ports and whatever it
    # inherited (a test run under flock hands down the build lock): it stops once its parent has gone.
    parent = os.getppid()
    while not portal.stop_event.wait(0.5):
        if os.getppid() != parent:
            log_line("the process that started it has ended")
            break
    log_line("stopping")
    for server in servers:
        server.shutdown()
        server.server_close()
    if temporary_cert_dir:
        shutil.rmtree(temporary_cert_dir, ignore_errors=True)
    return 0


if __name__ == "__main__":
    sys.exit(main())
