#!/usr/bin/env python3
"""Self-test of portal_simulator.py: starts it as a subprocess and checks every feature through urllib.

Run:  python3 tests/support/test_portal_simulator.py -v
"""

import base64
import hashlib
import http.client
import json
import os
import secrets
import select
import signal
import socket
import ssl
import subprocess
import sys
import tempfile
import threading
import time
import unittest
import urllib.error
import urllib.parse
import urllib.request

SIMULATOR = os.path.join(os.path.dirname(os.path.abspath(__file__)), "portal_simulator.py")

FULL_KEY = "sk-" + "a" * 64
READ_KEY = "sk-" + "b" * 64
FILES_KEY = "sk-" + "c" * 64
USER_KEY = "sk-" + "d" * 64
UNKNOWN_KEY = "sk-" + "e" * 64
CLIENT_ID = "11111111-2222-3333-4444-555555555555"
CLIENT_SECRET = "DemoClientSecret0123456789abcdefghij"
PUBLIC_CLIENT_ID = "66666666-7777-8888-9999-000000000000"
ADMIN_ID = "a7b2f0d4-1c3e-4f5a-8b6c-0d1e2f3a4b5c"
CONSUMER_ORDER = ["dropbox", "box", "skydrive", "microsoft", "google", "facebook", "twitter", "linkedin", "twilio",
                  "firebase", "appleID", "s3", "googlecloud", "rackspace", "zoom", "telegram", "weixin",
                  "externaldb", "nextcloud"]
# The labels a DocSpace 3.7 portal shows for each consumer's keys (docs/consumers.md): title, then key -> label.
CONSUMER_LABELS = {
    "dropbox": ("DropBox", {"dropboxClientId": "dropboxClientId", "dropboxClientSecret": "dropboxClientSecret"}),
    "box": ("Box", {"boxClientId": "Box ID", "boxClientSecret": "Box Key"}),
    "skydrive": ("OneDrive", {"skydriveappkey": "Application ID", "skydriveappsecret": "Client secret"}),
    "microsoft": ("Microsoft", {"microsoftClientId": "Application Client ID",
                                "microsoftClientSecret": "Client Secret"}),
    "google": ("Google", {"googleClientId": "Google ID", "googleClientSecret": "Google Key"}),
    "facebook": ("Facebook", {"facebookClientId": "Facebook ID", "facebookClientSecret": "Facebook Key"}),
    "twitter": ("X", {"twitterKey": "API Key", "twitterSecret": "API Key Secret"}),
    "linkedin": ("LinkedIn", {"linkedInKey": "Linkedin ID", "linkedInSecret": "Linkedin Key"}),
    "twilio": ("Twilio", {"twilioAccountSid": "Account Sid", "twilioAuthToken": "Auth Token",
                          "twiliosender": "Phone number from Twilio (required for SMS authorization)"}),
    "firebase": ("Firebase", {"firebase_apiKey": "Web API key", "firebase_projectId": "Project ID",
                              "firebase_messagingSenderId": "Sender ID", "firebase_authorization": "Server key"}),
    "appleID": ("Apple ID", {
        "appleIdClientId": "Application Client ID", "appleIdClientIdMobile": "appleIdClientIdMobile",
        "appleIdTeamId": "10-character developer account Team ID",
        "appleIdKeyId": "A 10-character key identifier generated for the Sign in with Apple private key",
        "appleIdPrivateKey": "Private key downloaded from Apple Developer"}),
    "s3": ("Amazon AWS S3", {"acesskey": "S3 accesskey", "secretaccesskey": "S3 secret access key"}),
    "googlecloud": ("Google Cloud Storage", {"json": "json"}),
    "rackspace": ("Rackspace Cloud Storage", {"username": "Rackspace username", "apiKey": "Rackspace apiKey"}),
    "zoom": ("Zoom", {"zoomClientId": "Zoom client id", "zoomClientSecret": "Zoom client secret"}),
    "telegram": ("Telegram", {"telegramBotToken": "Bot token", "telegramBotName": "Bot username"}),
    "weixin": ("WeChat", {"weixinClientId": "Client ID", "weixinClientSecret": "Client Secret"}),
    "externaldb": ("Database connection", {
        "databaseType": "Database type", "dbHost": "Host", "dbPort": "Port", "dbName": "Database name",
        "dbUser": "User", "dbPassword": "Password", "dbSsl": "Use SSL", "sqliteFilePath": "SQLite file path"}),
    "nextcloud": ("Nextcloud", {"nextcloudBaseUrl": "Enter the URL address of the Nextcloud instance.",
                                "nextcloudClientId": "Client ID", "nextcloudClientSecret": "Client Secret"}),
}
TOO_MANY_ATTEMPTS = "Too many login attempts. Please try again later"
AUTH_FAILED = "User authentication failed"
MYSQL_DB = {"databaseType": "mysql", "dbHost": "db.example.com", "dbPort": "3306", "dbName": "forms",
            "dbUser": "forms", "dbPassword": "db-password", "dbSsl": "false"}
# Every secret the tests send; none of them may show in /__sim/requests or on stderr.
SECRETS = ["admin-password", "user-password", "tfa-password", "disabled-password", "guest-password", FULL_KEY,
           READ_KEY, FILES_KEY, USER_KEY, UNKNOWN_KEY, CLIENT_SECRET, "123456", "wrong-password", "db-password",
           "sim-recaptcha-pass"]


def b64url(data):
    return base64.urlsafe_b64encode(data).rstrip(b"=").decode("ascii")


def basic(email, password):
    return "Basic " + base64.b64encode(("%s:%s" % (email, password)).encode()).decode()


def jwt_claims(token):
    payload = token.split(".")[1]
    return json.loads(base64.urlsafe_b64decode(payload + "=" * (-len(payload) % 4)))


def multipart(fields):
    """A multipart/form-data body as a browser's FormData sends it: (body, content type)."""
    boundary = "----portal-sim-test-" + secrets.token_hex(8)
    lines = []
    for name, value in fields:
        lines += ["--" + boundary, 'Content-Disposition: form-data; name="%s"' % name, "", value]
    lines += ["--" + boundary + "--", ""]
    return "\r\n".join(lines).encode(), "multipart/form-data; boundary=" + boundary


def query_of(location):
    return dict(urllib.parse.parse_qsl(urllib.parse.urlsplit(location or "").query))


def consent(sim, location, signature, scopes=None, tls=False, headers=None):
    """The web client's consent page answering the consent redirect at `location`: Allow posts client_id, the
    state (the client_state cookie holds the same) and each scope; Deny (scopes=[]) posts none."""
    asked = query_of(location)
    fields = [("client_id", asked["client_id"]), ("state", asked["state"])]
    fields += [("scope", scope) for scope in (asked["scope"].split(" ") if scopes is None else scopes)]
    body, content_type = multipart(fields)
    all_headers = {"Content-Type": content_type, "Cookie": "x-signature=" + signature}
    all_headers.update(headers or {})
    return sim.call("POST", "/oauth2/authorize", data=body, headers=all_headers, follow=False, tls=tls)


def authorize_as_user(sim, params, signature, tls=False):
    """A signed-in user's browser: the authorization request, then Allow on the consent page if the portal
    asks; the answer that leaves the portal (the redirect to the client)."""
    first = sim.call("GET", "/oauth2/authorize?" + urllib.parse.urlencode(params), follow=False, tls=tls,
                     headers={"Cookie": "x-signature=" + signature})
    if urllib.parse.urlsplit(first.headers["Location"] or "").path == "/oauth2/consent":
        return consent(sim, first.headers["Location"], signature, tls=tls)
    return first


class Result:
    def __init__(self, status, headers, body):
        self.status = status
        self.headers = headers
        self.body = body

    def json(self):
        return json.loads(self.body.decode("utf-8"))


class NoRedirect(urllib.request.HTTPRedirectHandler):
    def redirect_request(self, *args, **kwargs):
        return None


class Simulator:
    """A running portal_simulator.py subprocess; stderr is collected so that its pipe never fills up."""

    def __init__(self, *args):
        self.process = subprocess.Popen([sys.executable, SIMULATOR] + list(args), stdout=subprocess.PIPE,
                                        stderr=subprocess.PIPE, text=True)
        self.stderr_lines = []
        self.stderr_reader = threading.Thread(target=self._drain_stderr, daemon=True)
        self.stderr_reader.start()
        readable, _, _ = select.select([self.process.stdout], [], [], 15)
        if not readable:
            self.process.kill()
            raise RuntimeError("the simulator did not get ready")
        line = self.process.stdout.readline()
        self.ready_line = line
        self.ready = json.loads(line)
        self.context = None
        if self.ready["https_port"]:
            self.context = ssl.create_default_context(cafile=self.ready["cert_pem_path"])

    def _drain_stderr(self):
        for line in self.process.stderr:
            self.stderr_lines.append(line)

    def stop(self):
        self.process.send_signal(signal.SIGTERM)
        code = self.process.wait(10)
        rest = self.process.stdout.read()
        self.process.stdout.close()
        self.stderr_reader.join(5)
        self.process.stderr.close()
        return code, rest

    def url(self, path, tls=False):
        if tls:
            return "https://127.0.0.1:%d%s" % (self.ready["https_port"], path)
        return "http://127.0.0.1:%d%s" % (self.ready["http_port"], path)

    def call(self, method, path, json_body=None, form=None, headers=None, tls=False, follow=True, timeout=5,
             data=None):
        headers = dict(headers or {})
        if json_body is not None:
            data = json.dumps(json_body).encode()
            headers.setdefault("Content-Type", "application/json")
        elif form is not None:
            data = urllib.parse.urlencode(form).encode()
            headers.setdefault("Content-Type", "application/x-www-form-urlencoded")
        request = urllib.request.Request(self.url(path, tls), data=data, headers=headers, method=method)
        handlers = [urllib.request.HTTPSHandler(context=self.context)] if tls else []
        if not follow:
            handlers.append(NoRedirect())
        opener = urllib.request.build_opener(*handlers)
        try:
            with opener.open(request, timeout=timeout) as response:
                return Result(response.status, response.headers, response.read())
        except urllib.error.HTTPError as error:
            body = error.read()
            error.close()
            return Result(error.code, error.headers, body)

    def control(self, method, path, body=None):
        return self.call(method, path, json_body=body).json()

    def fault(self, **spec):
        return self.control("POST", "/__sim/faults", spec)["id"]


class SimulatorTestCase(unittest.TestCase):
    sim = None

    @classmethod
    def setUpClass(cls):
        cls.ready_file = os.path.join(tempfile.mkdtemp(prefix="portal-sim-test-"), "ready.json")
        cls.sim = Simulator("--ready-file", cls.ready_file)

    @classmethod
    def tearDownClass(cls):
        code, rest = cls.sim.stop()
        assert code == 0, code
        assert rest == "", "stdout must hold the ready line only"

    def setUp(self):
        self.sim.control("POST", "/__sim/reset")

    # --- helpers ---------------------------------------------------------------------------------------------

    def login_token(self, email="admin@example.com", password="admin-password"):
        result = self.sim.call("POST", "/api/2.0/authentication", {"userName": email, "password": password})
        self.assertEqual(result.status, 200, result.body)
        return result.json()["response"]["token"]

    def x_signature(self, authorization="Bearer " + FULL_KEY):
        result = self.sim.call("GET", "/api/2.0/security/oauth2/token", headers={"Authorization": authorization})
        self.assertEqual(result.status, 200)
        return result.json()["response"]

    def sign_in(self, user, password, **extra):
        body = {"userName": user, "password": password}
        body.update(extra)
        return self.sim.call("POST", "/api/2.0/authentication", body)

    def api(self, method, path, body=None, key=FULL_KEY, authorization=None):
        headers = {"Authorization": authorization or "Bearer " + key}
        return self.sim.call(method, path, json_body=body, headers=headers,
                             data=b"" if body is None and method in ("PUT", "POST") else None)

    def assert_validation_problem(self, result, *fields):
        """ASP.NET's model-validation 400: a ValidationProblemDetails inside the envelope, status 1."""
        self.assertEqual(result.status, 400, result.body)
        body = result.json()
        self.assertEqual((body["status"], body["statusCode"]), (1, 400))
        self.assertNotIn("error", body)
        self.assertEqual(set(body["response"]["errors"]), set(fields))
        return body["response"]["errors"]

    def assert_scope_refusal(self, result):
        """An API key refused for its scope: a bare 403, without the envelope (ApiKeyScopesFilter and the
        failed scope policy only set the status)."""
        self.assertEqual((result.status, result.body, result.headers.get("Content-Type")), (403, b"", None))

    def assert_envelope_error(self, result, status, message=None):
        self.assertEqual(result.status, status, result.body)
        body = result.json()
        self.assertEqual(body["status"], 1)
        self.assertEqual(body["statusCode"], status)
        if message is not None:
            self.assertEqual(body["error"]["message"], message)

    def save_keys(self, name, values, key=FULL_KEY):
        props = [{"name": k, "value": v} for k, v in values.items()]
        return self.sim.call("POST", "/api/2.0/settings/authservice", {"name": name, "props": props},
                             headers={"Authorization": "Bearer " + key})

    def stored(self, name):
        return self.sim.control("GET", "/__sim/state")["consumers"][name]

    def new_client_body(self, **overrides):
        body = {"name": "Test App", "description": "made by the self-test",
                "logo": "data:image/png;base64," + base64.b64encode(b"\x89PNG fake").decode(),
                "website_url": "https://app.example.com", "terms_url": "https://app.example.com/terms",
                "policy_url": "https://app.example.com/privacy", "logout_redirect_uri": "https://app.example.com",
                "redirect_uris": ["https://app.example.com/callback"], "allowed_origins": ["https://app.example.com"],
                "scopes": ["files:read", "openid"], "allow_pkce": True, "is_public": False}
        body.update(overrides)
        return body


class StartupTest(SimulatorTestCase):
    def test_ready_line_and_file(self):
        ready = self.sim.ready
        self.assertEqual(set(ready), {"http_port", "https_port", "cert_pem_path", "cert_sha256", "pid"})
        self.assertEqual(ready["pid"], self.sim.process.pid)
        with open(self.ready_file, encoding="utf-8") as handle:
            self.assertEqual(json.loads(handle.read()), ready)
        with open(ready["cert_pem_path"], encoding="ascii") as handle:
            der = ssl.PEM_cert_to_DER_cert(handle.read())
        self.assertEqual(ready["cert_sha256"], hashlib.sha256(der).hexdigest())

    def test_https_needs_the_generated_certificate(self):
        result = self.sim.call("GET", "/api/2.0/authentication", tls=True)
        self.assertEqual(result.json()["response"], False)
        with self.assertRaises(urllib.error.URLError):
            urllib.request.urlopen(self.sim.url("/api/2.0/authentication", tls=True),
                                   context=ssl.create_default_context(), timeout=5)

    def test_envelope_shape(self):
        body = self.sim.call("GET", "/api/2.0/people/@self", headers={"Authorization": "Bearer " + FULL_KEY}).json()
        self.assertEqual((body["status"], body["statusCode"], body["count"]), (0, 200, 1))
        self.assertEqual(body["links"], [{"href": self.sim.url("/api/2.0/people/@self"), "action": "GET"}])
        self.assertNotIn("total", body)  # only paged answers carry a total
        self.assertEqual(list(body), ["response", "count", "links", "status", "statusCode"])
        services = self.api("GET", "/api/2.0/settings/authservice?x=1").json()
        self.assertEqual(services["count"], len(services["response"]))
        self.assertEqual(services["links"][0]["href"], self.sim.url("/api/2.0/settings/authservice?x=1"))
        scalar = self.sim.call("GET", "/api/2.0/authentication").json()
        self.assertEqual((scalar["response"], scalar["count"]), (False, 1))
        # A null payload: no "response" member at all, count 0.
        token = self.login_token()
        logout = self.sim.call("POST", "/api/2.0/authentication/logout", headers={"Authorization": token}).json()
        self.assertNotIn("response", logout)
        self.assertEqual((logout["count"], logout["status"], logout["links"][0]["action"]), (0, 0, "POST"))
        error = self.sim.call("GET", "/api/2.0/no/such/thing")
        self.assert_envelope_error(error, 404)
        self.assertEqual(set(error.json()), {"error", "status", "statusCode"})


class CredentialTest(SimulatorTestCase):
    def me(self, **headers):
        return self.sim.call("GET", "/api/2.0/people/@self", headers=headers)

    def test_api_keys(self):
        result = self.me(Authorization="Bearer " + FULL_KEY)
        self.assertEqual(result.status, 200)
        me = result.json()["response"]
        self.assertEqual((me["email"], me["displayName"], me["isAdmin"], me["isOwner"]),
                         ("admin@example.com", "Ada Admin", True, True))
        self.assert_envelope_error(self.me(Authorization="Bearer " + UNKNOWN_KEY), 401)
        self.assert_envelope_error(self.me(Authorization="Bearer sk-short"), 401)
        self.assert_envelope_error(self.me(Authorization=FULL_KEY), 401)  # the Bearer prefix is required
        self.assert_envelope_error(self.me(), 401)
        # A key limited to files and rooms may not read the profile (people/@self needs accounts.self).
        self.assert_scope_refusal(self.me(Authorization="Bearer " + FILES_KEY))
        self.assertEqual(self.me(Authorization="Bearer " + READ_KEY).status, 200)

    def test_api_key_permissions(self):
        path = "/api/2.0/settings/authservice"
        self.assertEqual(self.sim.call("GET", path, headers={"Authorization": "Bearer " + READ_KEY}).status, 200)
        self.assert_scope_refusal(self.save_keys("google", {"googleClientId": "x"}, READ_KEY))
        self.assert_scope_refusal(self.sim.call("GET", path, headers={"Authorization": "Bearer " + FILES_KEY}))
        # A key with every scope gets as far as the settings' own check: not an admin, the envelope's 403.
        self.assert_envelope_error(self.sim.call("GET", path, headers={"Authorization": "Bearer " + USER_KEY}),
                                   403, "Access denied")
        self.assertEqual(self.save_keys("google", {"googleClientId": "x"}, FULL_KEY).json()["response"], True)

    def test_basic(self):
        result = self.me(Authorization=basic("admin@example.com", "admin-password"))
        self.assertEqual(result.status, 200)
        self.assertEqual(result.headers["WWW-Authenticate"], "Basic")
        result = self.me(Authorization=basic("admin@example.com", "wrong-password"))
        self.assert_envelope_error(result, 401, "The username or password is not correct.")
        self.assertIsNone(result.headers["WWW-Authenticate"])

    def test_login_token_header_cookie_logout(self):
        response = self.sim.call("POST", "/api/2.0/authentication",
                                 {"userName": "admin@example.com", "password": "admin-password"}).json()["response"]
        self.assertEqual((response["sms"], response["tfa"]), (False, False))
        expires = time.mktime(time.strptime(response["expires"][:19], "%Y-%m-%dT%H:%M:%S")) - time.timezone
        self.assertAlmostEqual(expires - time.time(), 365 * 86400, delta=86400 + 3600)
        token = response["token"]
        self.assertEqual(self.me(Authorization=token).status, 200)
        self.assertEqual(self.me(Cookie="other=1; asc_auth_key=" + token).status, 200)
        authenticated = self.sim.call("GET", "/api/2.0/authentication", headers={"Authorization": token})
        self.assertIs(authenticated.json()["response"], True)
        self.assertEqual(self.sim.call("POST", "/api/2.0/authentication/logout",
                                       headers={"Authorization": token}).status, 200)
        self.assert_envelope_error(self.me(Authorization=token), 401)
        authenticated = self.sim.call("GET", "/api/2.0/authentication", headers={"Authorization": token})
        self.assertIs(authenticated.json()["response"], False)

    def test_sign_in_failures_look_alike(self):
        # A wrong password and an unknown e-mail get the same 401, so that nobody can probe for accounts.
        wrong = self.sign_in("user@example.com", "wrong-password")
        unknown = self.sign_in("nobody@example.com", "wrong-password")
        for result in (wrong, unknown, self.sign_in("", ""), self.sign_in("user@example.com", "")):
            self.assert_envelope_error(result, 401, AUTH_FAILED)
        self.assertEqual(wrong.json(), unknown.json())
        disabled = self.sign_in("disabled@example.com", "disabled-password")
        self.assert_envelope_error(disabled, 403, "User disabled")
        # InvalidOperationException is answered with its type; the lock and reCAPTCHA refusals are not.
        self.assertEqual(disabled.json()["error"]["type"], "System.InvalidOperationException")
        self.assertNotIn("type", wrong.json()["error"])
        self.assert_envelope_error(self.sign_in("disabled@example.com", "wrong-password"), 401, AUTH_FAILED)
        self.assertEqual(self.sign_in(" admin@example.com", "admin-password ").status, 200)  # both are trimmed

    def test_brute_force_lock(self):
        for _ in range(5):
            self.assert_envelope_error(self.sign_in("user@example.com", "wrong-password"), 401, AUTH_FAILED)
        # The sixth attempt within a minute is refused even with the right password, and starts the block.
        locked = self.sign_in("User@Example.com", "user-password")
        self.assert_envelope_error(locked, 403, TOO_MANY_ATTEMPTS)
        self.assertIsNone(locked.headers["Retry-After"])
        self.assert_envelope_error(self.sign_in("user@example.com", "user-password"), 403, TOO_MANY_ATTEMPTS)
        self.assertEqual(self.sim.control("GET", "/__sim/state")["login_blocks"], ["user@example.com"])
        self.assertEqual(self.sign_in("admin@example.com", "admin-password").status, 200)  # others are not locked
        # A passed reCAPTCHA gets past the lock; a wrong answer is refused with its own 403.
        self.assert_envelope_error(self.sign_in("user@example.com", "user-password", recaptchaResponse="nope"),
                                   403, "Invalid Recaptcha")
        passed = self.sign_in("user@example.com", "user-password", recaptchaResponse="sim-recaptcha-pass")
        self.assertEqual(passed.status, 200)
        self.sim.control("POST", "/__sim/reset")
        self.assertEqual(self.sign_in("user@example.com", "user-password").status, 200)

    def test_successful_sign_ins_do_not_count_and_the_lock_ends(self):
        self.sim.control("POST", "/__sim/config", {"login_block_time": 0.5})
        for _ in range(4):
            self.sign_in("user@example.com", "wrong-password")
        for _ in range(3):
            self.assertEqual(self.sign_in("user@example.com", "user-password").status, 200)
        self.assert_envelope_error(self.sign_in("user@example.com", "wrong-password"), 401)  # the 5th counted one
        self.assert_envelope_error(self.sign_in("user@example.com", "user-password"), 403, TOO_MANY_ATTEMPTS)
        time.sleep(0.6)
        self.assertEqual(self.sign_in("user@example.com", "user-password").status, 200)

    def test_recaptcha_demanded(self):
        self.sim.control("POST", "/__sim/config", {"recaptcha_demanded": True})
        self.assert_envelope_error(self.sign_in("admin@example.com", "admin-password"), 403, "Invalid Recaptcha")
        passed = self.sign_in("admin@example.com", "admin-password", recaptchaResponse="sim-recaptcha-pass")
        self.assertEqual(passed.status, 200)

    def test_sign_in_never_answers_404_or_429(self):
        statuses = {self.sign_in(user, "wrong-password").status
                    for user in ("nobody@example.com", "user@example.com") for _ in range(8)}
        self.assertEqual(statuses, {401, 403})

    def test_two_factor(self):
        credentials = {"userName": "tfa@example.com", "password": "tfa-password"}
        first = self.sim.call("POST", "/api/2.0/authentication", credentials).json()["response"]
        self.assertIs(first["tfa"], True)
        self.assertFalse(first.get("token"))
        self.assertNotIn("tfaKey", first)  # null members are left out
        self.assert_envelope_error(self.sim.call("POST", "/api/2.0/authentication/000000", credentials), 401,
                                   AUTH_FAILED)
        plain = {"userName": "admin@example.com", "password": "admin-password"}
        self.assert_envelope_error(self.sim.call("POST", "/api/2.0/authentication/123456", plain), 401, AUTH_FAILED)
        second = self.sim.call("POST", "/api/2.0/authentication/123456", credentials)
        self.assertEqual(second.status, 200)
        token = second.json()["response"]["token"]
        self.assertEqual(self.me(Authorization=token).json()["response"]["displayName"], "Tess Twofactor")

    def test_x_signature_and_clients_auth(self):
        signature = self.x_signature()
        claims = jwt_claims(signature)
        self.assertAlmostEqual(claims["exp"] - time.time(), 300, delta=5)
        self.assertEqual(self.sim.call("GET", "/api/2.0/clients", headers={"x-signature": signature}).status, 200)
        self.assertEqual(self.sim.call("GET", "/api/2.0/clients",
                                       headers={"Cookie": "x-signature=" + signature}).status, 200)
        # The identity service turns a missing or bad signature away with a bare 403 (no problem body).
        for headers in ({}, {"x-signature": signature[:-4] + "AAAA"}, {"x-signature": "garbage"}):
            for path in ("/api/2.0/clients", "/api/2.0/scopes", "/api/2.0/oauth2/clients"):
                result = self.sim.call("GET", path, headers=headers)
                self.assertEqual((result.status, result.body), (403, b""))
        self.assert_envelope_error(self.sim.call("GET", "/api/2.0/security/oauth2/token"), 401)
        self.assert_scope_refusal(self.sim.call("GET", "/api/2.0/security/oauth2/token",
                                                headers={"Authorization": "Bearer " + FILES_KEY}))


class PortalSettingsTest(SimulatorTestCase):
    def test_anonymous_and_signed_in(self):
        anonymous = self.sim.call("GET", "/api/2.0/settings").json()
        self.assertEqual(anonymous["statusCode"], 200)
        settings = anonymous["response"]
        self.assertRegex(settings["version"], r"^3\.7\.2\.\d+$")
        self.assertEqual((settings["docSpace"], settings["standalone"], settings["externalDbEnabled"]),
                         (True, True, False))
        self.assertIn("passwordHash", settings)
        self.assertNotIn("timezone", settings)  # only for a signed-in caller
        signed_in = self.api("GET", "/api/2.0/settings").json()["response"]
        for field in ("version", "docSpace", "standalone", "limitedAccessDevToolsForUsers", "externalDbEnabled",
                      "timezone", "culture", "tenantAlias", "trustedDomains", "socketUrl", "plugins"):
            self.assertIn(field, signed_in)
        self.assertNotIn("passwordHash", signed_in)
        self.assertIs(signed_in["limitedAccessDevToolsForUsers"], False)
        wrong = self.sim.call("GET", "/api/2.0/settings", headers={"Authorization": basic("x@example.com", "x")})
        self.assertEqual((wrong.status, "timezone" in wrong.json()["response"]), (200, False))  # no 401 here
        # ApiKeyScopesFilter checks API keys on anonymous endpoints too: a wrong key has no scope at all.
        for path in ("/api/2.0/settings", "/api/2.0/authentication"):
            self.assert_scope_refusal(self.api("GET", path, key=UNKNOWN_KEY))
            self.assert_scope_refusal(self.api("GET", path, key=FILES_KEY))
            self.assertEqual(self.api("GET", path, key=READ_KEY).status, 200)
        self.assert_scope_refusal(self.api("POST", "/api/2.0/authentication/logout", key=READ_KEY))
        self.assertIs(self.api("GET", "/api/2.0/authentication", authorization="wrong-token").json()["response"],
                      False)

    def test_settings_follow_the_portal(self):
        self.sim.control("POST", "/__sim/config", {"version": "3.8.0.100", "limited_dev_tools": True})
        self.assertIs(self.save_keys("externaldb", MYSQL_DB).json()["response"], True)
        settings = self.api("GET", "/api/2.0/settings").json()["response"]
        self.assertEqual((settings["version"], settings["limitedAccessDevToolsForUsers"],
                          settings["externalDbEnabled"]), ("3.8.0.100", True, True))
        self.sim.control("POST", "/__sim/config", {"standalone": False})
        self.assertIs(self.api("GET", "/api/2.0/settings").json()["response"]["standalone"], False)


class AuditTrailTest(SimulatorTestCase):
    """GET /api/2.0/security/audit/events/filter and the events the changes leave there."""
    PATH = "/api/2.0/security/audit/events/filter"

    def events(self, query="", key=FULL_KEY):
        result = self.api("GET", self.PATH + query, key=key)
        self.assertEqual(result.status, 200, result.body)
        return result.json()["response"]

    def make_changes(self):
        self.assertEqual(self.save_keys("google", {"googleClientId": "id-1", "googleClientSecret": "s-1"}).status,
                         200)
        created = self.api("POST", "/api/2.0/keys", {"name": "audited", "permissions": ["*"]})
        self.assertEqual(created.status, 200, created.body)
        key = created.json()["response"]
        self.assertEqual(self.api("PUT", "/api/2.0/keys/" + key["id"], {"name": "renamed"}).status, 200)
        self.assertEqual(self.api("DELETE", "/api/2.0/keys/" + key["id"]).status, 200)
        return key

    def test_changes_are_recorded_newest_first_without_secrets(self):
        key = self.make_changes()
        events = self.events()
        self.assertEqual([e["actionId"] for e in events], [6060, 6059, 6058, 5038])
        self.assertEqual(events[0]["action"], "User Api Key Deleted: sk-***" + key["key"][-4:])
        self.assertEqual(events[0]["target"], [key["id"]])
        self.assertEqual(events[3]["action"], "Third-party authorization keys updated")
        self.assertEqual((events[3]["user"], events[3]["userId"]), ("Ada Admin", ADMIN_ID))
        self.assertEqual((events[0]["product"], events[0]["location"], events[0]["actionType"]), (7, 29, 3))
        self.assertRegex(events[0]["date"], r"^\d{4}-\d\d-\d\dT\d\d:\d\d:\d\d\.\d{7}\+00:00$")
        body = json.dumps(events)
        self.assertNotIn(key["key"], body)
        self.assertNotIn("s-1", body.replace("\"s-1\"", ""))

    def test_filters_and_paging(self):
        self.make_changes()
        self.assertEqual([e["actionId"] for e in self.events("?action=6058")], [6058])
        self.assertEqual([e["actionId"] for e in self.events("?count=2&startIndex=1")], [6059, 6058])
        self.assertEqual(self.events("?from=2999-01-01"), [])
        self.assertEqual(len(self.events("?from=2000-01-01T00:00:00Z&to=2999-01-01T00:00:00Z")), 4)
        self.assert_validation_problem(self.api("GET", self.PATH + "?count=101"), "Count")

    def test_oauth_clients_are_recorded(self):
        signature = self.x_signature()
        headers = {"x-signature": signature}
        created = self.sim.call("POST", "/api/2.0/clients", json_body=self.new_client_body(), headers=headers)
        self.assertEqual(created.status, 201, created.body)
        client_id = created.json()["client_id"]
        self.assertEqual(self.sim.call("PATCH", "/api/2.0/clients/%s/regenerate" % client_id, headers=headers,
                                       data=b"").status, 200)
        self.assertEqual(self.sim.call("DELETE", "/api/2.0/clients/" + client_id, headers=headers).status, 200)
        events = self.events()
        self.assertEqual([e["actionId"] for e in events], [9904, 9903, 9901])
        self.assertEqual(events[0]["action"], "Client %s deleted" % client_id)

    def test_refusals(self):
        self.assert_envelope_error(self.api("GET", self.PATH, key=USER_KEY), 403, "Access denied")
        self.assertEqual(self.sim.call("GET", self.PATH).status, 401)
        self.sim.control("POST", "/__sim/config", {"standalone": False, "audit_hidden": True})
        self.assert_envelope_error(self.api("GET", self.PATH), 402, "Your pricing plan does not support this option")

    def test_plan_without_audit_shows_the_latest_events_unfiltered(self):
        self.make_changes()
        self.sim.control("POST", "/__sim/config", {"plan_without_audit": True})
        self.assertEqual(len(self.events("?action=6058&from=2999-01-01")), 4)


class ApiKeysTest(SimulatorTestCase):
    def create(self, body, key=FULL_KEY, authorization=None):
        return self.api("POST", "/api/2.0/keys", body, key=key, authorization=authorization)

    def test_create_list_and_use(self):
        created = self.create({"name": "CI robot", "permissions": ["files:read", "rooms:read"],
                               "expiresInDays": 30})
        self.assertEqual(created.status, 200, created.body)
        key = created.json()["response"]
        self.assertRegex(key["key"], r"^sk-[0-9a-f]{64}$")
        self.assertEqual((key["keyPostfix"], key["name"], key["isActive"]), (key["key"][-4:], "CI robot", True))
        self.assertEqual(key["permissions"], ["files:read", "rooms:read"])
        self.assertEqual(key["createBy"]["displayName"], "Ada Admin")
        self.assertIn("expiresAt", key)
        self.assertNotIn("lastUsed", key)
        listed = {k["id"]: k for k in self.api("GET", "/api/2.0/keys").json()["response"]}
        self.assertEqual(listed[key["id"]]["key"], "sk-***" + key["key"][-4:])  # shown once, never again
        self.assertEqual(len(listed), 5)
        self.assertNotIn(key["key"], json.dumps(self.sim.control("GET", "/__sim/state")))
        # The new key is a credential, limited to its permissions.
        self.assertEqual(self.api("GET", "/api/2.0/keys/@self", key=key["key"]).json()["response"]["id"], key["id"])
        self.assert_scope_refusal(self.api("GET", "/api/2.0/people/@self", key=key["key"]))
        used = {k["id"]: k for k in self.api("GET", "/api/2.0/keys").json()["response"]}[key["id"]]
        self.assertIn("lastUsed", used)
        everything = self.create({"name": "all", "permissions": ["*"], "expiresInDays": None}).json()["response"]
        self.assertEqual(everything["permissions"], [])  # ["*"] is stored as [] (everything)
        self.assertNotIn("expiresAt", everything)
        self.assertEqual(self.api("GET", "/api/2.0/people/@self", key=everything["key"]).status, 200)

    def test_rules(self):
        self.sim.control("POST", "/__sim/config", {"key_create_limit": 100})
        self.assertEqual(self.api("GET", "/api/2.0/keys/permissions").json()["response"],
                         ["*", "*:read", "*:write", "accounts.self:read", "accounts.self:write", "accounts:read",
                          "accounts:write", "files:read", "files:write", "rooms:read", "rooms:write"])
        self.assert_envelope_error(self.create({"name": "x", "permissions": ["files:delete"]}), 400,
                                   "Permissions are not valid.")
        self.assert_validation_problem(self.create({"name": "n" * 31}), "Name")
        self.assertEqual(self.create({"name": "n" * 30}).status, 200)
        self.assert_validation_problem(self.create({"permissions": []}), "Name")
        for days in (0, 366):
            self.assert_validation_problem(self.create({"name": "d", "expiresInDays": days}), "ExpiresInDays")
        self.assertEqual(self.create({"name": "d", "expiresInDays": 365}).status, 200)

    def test_rate_limit(self):
        for number in range(5):
            self.assertEqual(self.create({"name": "k%d" % number}).status, 200)
        limited = self.create({"name": "one too many"})
        self.assertEqual((limited.status, limited.body), (429, b""))
        self.assertEqual(limited.headers["X-RateLimit-Limit"], "5")
        self.assertEqual(self.create({"name": "other user"}, key=USER_KEY).status, 200)  # counted per user

    def test_who_may(self):
        guest = self.login_token("guest@example.com", "guest-password")
        self.assert_envelope_error(self.create({"name": "guest"}, authorization=guest), 403, "Access denied")
        self.assertEqual(self.create({"name": "user"}, key=USER_KEY).status, 200)
        self.sim.control("POST", "/__sim/config", {"limited_dev_tools": True})
        self.assert_envelope_error(self.create({"name": "user"}, key=USER_KEY), 403, "Access denied")
        self.assertEqual(self.create({"name": "admin"}).status, 200)
        self.assert_scope_refusal(self.api("GET", "/api/2.0/keys", key=FILES_KEY))  # needs *:read
        self.assertEqual(self.api("GET", "/api/2.0/keys/@self", key=FILES_KEY).status, 200)  # any key may
        self.assert_scope_refusal(self.create({"name": "ro"}, key=READ_KEY))  # needs *:write
        own = [k["name"] for k in self.api("GET", "/api/2.0/keys", key=USER_KEY).json()["response"]]
        self.assertEqual(sorted(own), ["Demo user key", "user"])

    def test_update_and_delete(self):
        key = self.create({"name": "to change"}).json()["response"]
        path = "/api/2.0/keys/" + key["id"]
        self.assertIs(self.api("PUT", path, {"name": "changed", "permissions": ["files:read"]}).json()["response"],
                      True)
        changed = {k["id"]: k for k in self.api("GET", "/api/2.0/keys").json()["response"]}[key["id"]]
        self.assertEqual((changed["name"], changed["permissions"]), ("changed", ["files:read"]))
        self.assert_validation_problem(self.api("PUT", path, {"name": "n" * 31}), "Name")
        self.assert_envelope_error(self.api("PUT", path, {"permissions": ["bogus"]}), 400,
                                   "Permissions are not valid.")
        # Another user's key: false, not an error.
        self.assertIs(self.api("PUT", path, {"name": "mine"}, key=USER_KEY).json()["response"], False)
        self.assertIs(self.api("DELETE", path, key=USER_KEY).json()["response"], False)
        self.assertIs(self.api("PUT", path, {"isActive": False}).json()["response"], True)
        self.assert_envelope_error(self.api("GET", "/api/2.0/people/@self", key=key["key"]), 401)
        self.assertIs(self.api("PUT", path, {"isActive": True}).json()["response"], True)
        self.assertEqual(self.api("GET", "/api/2.0/keys/@self", key=key["key"]).status, 200)
        self.assertIs(self.api("DELETE", path).json()["response"], True)
        self.assert_envelope_error(self.api("GET", "/api/2.0/keys/@self", key=key["key"]), 401)
        self.assertEqual(self.api("PUT", "/api/2.0/keys/not-a-guid", {"name": "x"}).status, 404)
        # An unknown GUID: UpdateApiKey and DeleteApiKey use the key they did not find (a null), so a 500.
        unknown = "/api/2.0/keys/" + "0" * 8 + "-0000-0000-0000-" + "0" * 12
        for method, body in (("PUT", {"name": "x"}), ("DELETE", None)):
            self.assert_envelope_error(self.api(method, unknown, body), 500,
                                       "Object reference not set to an instance of an object.")


class AuthServiceTest(SimulatorTestCase):
    path = "/api/2.0/settings/authservice"

    def services(self, key=FULL_KEY):
        result = self.sim.call("GET", self.path, headers={"Authorization": "Bearer " + key})
        self.assertEqual(result.status, 200)
        return {s["name"]: s for s in result.json()["response"]}, result.json()

    def test_catalog(self):
        services, body = self.services()
        self.assertEqual(list(services), CONSUMER_ORDER)
        self.assertEqual(body["count"], 19)
        self.assertEqual({n for n, s in services.items() if s["paid"]}, {"s3", "googlecloud", "rackspace"})
        self.assertTrue(all(s["canSet"] and "{0}" in s["instruction"] for s in services.values()))
        for name, (title, labels) in CONSUMER_LABELS.items():
            self.assertEqual(services[name]["title"], title)
            self.assertEqual({p["name"]: p["title"] for p in services[name]["props"]}, labels, name)
        types = {p["type"] for s in services.values() for p in s["props"] if s["name"] != "externaldb"}
        self.assertEqual(types, {"text"})  # every key has a type; only the database connection's differ
        self.assertEqual([p["name"] for p in services["appleID"]["props"]],
                         ["appleIdClientId", "appleIdClientIdMobile", "appleIdTeamId", "appleIdKeyId",
                          "appleIdPrivateKey"])
        self.assertEqual(services["s3"]["props"][0]["name"], "acesskey")
        db = {p["name"]: p for p in services["externaldb"]["props"]}
        self.assertEqual(list(db), ["databaseType", "dbHost", "dbPort", "dbName", "dbUser", "dbPassword", "dbSsl",
                                    "sqliteFilePath"])
        self.assertEqual((db["databaseType"]["type"], db["databaseType"]["options"]), ("select", ["mysql", "sqlite"]))
        self.assertEqual((db["dbPort"]["type"], db["dbPassword"]["type"], db["dbSsl"]["type"]),
                         ("number", "password", "toggle"))
        self.assertEqual((db["sqliteFilePath"]["dependsOn"], db["sqliteFilePath"]["dependsOnValue"]),
                         ("databaseType", "sqlite"))
        self.assertEqual(db["dbHost"]["type"], "text")
        self.assertNotIn("options", services["google"]["props"][0])
        self.assertNotIn("dependsOn", db["databaseType"])
        token = self.login_token("user@example.com", "user-password")
        self.assert_envelope_error(self.sim.call("GET", self.path, headers={"Authorization": token}), 403,
                                   "Access denied")

    def test_save_same_and_clear(self):
        values = {"googleClientId": "id.apps.googleusercontent.com", "googleClientSecret": "s3cr3t"}
        self.assertIs(self.save_keys("google", values).json()["response"], True)
        self.assertIs(self.save_keys("google", values).json()["response"], False)
        self.assertEqual(self.stored("google"), values)
        props = {p["name"]: p["value"] for p in self.services()[0]["google"]["props"]}
        self.assertEqual(props, values)
        self.assertIs(self.save_keys("google", {"googleClientSecret": "other"}).json()["response"], True)
        self.assertEqual(self.stored("google")["googleClientId"], values["googleClientId"])
        cleared = self.save_keys("google", {"googleClientId": "", "googleClientSecret": ""})
        self.assertIs(cleared.json()["response"], True)
        self.assertEqual(self.stored("google"), {"googleClientId": "", "googleClientSecret": ""})
        errors = self.assert_validation_problem(self.save_keys("google", {"googleClientId": "x" * 4001}),
                                                "Props[0].Value")
        self.assertIn("4000", errors["Props[0].Value"][0])
        self.assertIs(self.save_keys("google", {"googleClientId": "x" * 4000}).json()["response"], True)
        # An unknown consumer is an empty one that cannot be set: 403, like a read-only one.
        self.assert_envelope_error(self.save_keys("nosuchservice", {"k": "v"}), 403, "Access denied")
        self.assert_envelope_error(self.save_keys("Google", {"googleClientId": "v"}), 403, "Access denied")
        # A name the consumer does not know makes the portal say "changed" without storing anything.
        self.assertIs(self.save_keys("google", {"unknownKey": ""}).json()["response"], True)
        self.assertNotIn("unknownKey", self.stored("google"))
        # Values are not trimmed: blanks are a value, not an empty field.
        blank = self.save_keys("zoom", {"zoomClientId": " ", "zoomClientSecret": ""})
        self.assertIs(blank.json()["response"], True)
        self.assertEqual(self.stored("zoom")["zoomClientId"], " ")
        # Saving everything empty always clears and says "changed", even when nothing was set.
        self.assertIs(self.save_keys("zoom", {"zoomClientId": "", "zoomClientSecret": ""}).json()["response"], True)
        self.assertIs(self.save_keys("zoom", {"zoomClientId": "", "zoomClientSecret": ""}).json()["response"], True)
        no_props = self.sim.call("POST", self.path, {"name": "google"},
                                 headers={"Authorization": "Bearer " + FULL_KEY})
        self.assert_envelope_error(no_props, 500)
        basic_result = self.sim.call("POST", self.path, {"name": "box", "props": [{"name": "boxClientId",
                                                                                    "value": "b"}]},
                                     headers={"Authorization": basic("admin@example.com", "admin-password")})
        self.assertIs(basic_result.json()["response"], True)

    def test_apple_needs_the_server_key(self):
        values = {"appleIdClientId": "com.example.app", "appleIdTeamId": "ABCDE12345"}
        self.assert_envelope_error(self.save_keys("appleID", values), 403, "Access denied")
        self.assertIs(self.save_keys("appleid", values).json()["response"], True)
        self.assertEqual(self.stored("appleID")["appleIdTeamId"], "ABCDE12345")

    def test_bad_keys_clear_the_consumer(self):
        good = {"twilioAccountSid": "AC" + "0" * 32, "twilioAuthToken": "f" * 32, "twiliosender": "+15550100"}
        self.assertIs(self.save_keys("twilio", good).json()["response"], True)
        self.assert_envelope_error(self.save_keys("twilio", {"twilioAccountSid": "XX" + "0" * 32}), 400, "Bad keys")
        self.assertEqual(set(self.stored("twilio").values()), {""})
        telegram = {"telegramBotToken": "12345678:" + "A" * 35, "telegramBotName": "demo_bot"}
        self.assertIs(self.save_keys("telegram", telegram).json()["response"], True)
        self.assert_envelope_error(self.save_keys("telegram", {"telegramBotToken": "nope"}), 400, "Bad keys")
        self.assertEqual(set(self.stored("telegram").values()), {""})
        self.assertIs(self.save_keys("telegram", {"telegramBotToken": "", "telegramBotName": "x"}).json()["response"],
                      True)  # no token: nothing to connect, so nothing to refuse
        db = dict(MYSQL_DB, dbHost="bad.example.com")
        self.assert_envelope_error(self.save_keys("externaldb", db), 400, "Bad keys")
        self.assertEqual(set(self.stored("externaldb").values()), {""})
        incomplete = dict(MYSQL_DB, dbUser="")
        self.assert_envelope_error(self.save_keys("externaldb", incomplete), 400, "Bad keys")
        self.assertIs(self.save_keys("externaldb", MYSQL_DB).json()["response"], True)
        self.assertIs(self.save_keys("externaldb", MYSQL_DB).json()["response"], False)  # same values again

    def test_sqlite_file_stays_in_the_storage_folder(self):
        sqlite = {"databaseType": "sqlite", "sqliteFilePath": "forms.db"}
        self.assertIs(self.save_keys("externaldb", sqlite).json()["response"], True)
        self.assertIs(self.save_keys("externaldb", {"sqliteFilePath": "reports/results.db"}).json()["response"], True)
        self.assertIs(self.save_keys("externaldb", {"sqliteFilePath": "reports/../forms.db"}).json()["response"],
                      True)
        # A path that leaves the folder makes the portal's check throw: 403, and the values stay stored.
        for outside in ("/etc/passwd", "../forms.db", "reports/../../x.db", "/var/www/onlyoffice/Data/other.db"):
            self.assert_envelope_error(self.save_keys("externaldb", {"sqliteFilePath": outside}), 403,
                                       "Access denied")
            self.assertEqual(self.stored("externaldb")["sqliteFilePath"], outside)
        # A file that is not there fails the check: the service is cleared, 400 "Bad keys". On a Linux server
        # a backslash is part of the file name, so "..\x.db" is a (missing) file inside the folder.
        for missing in ("nothere.db", "..\\forms.db"):
            self.assert_envelope_error(self.save_keys("externaldb", dict(sqlite, sqliteFilePath=missing)), 400,
                                       "Bad keys")
            self.assertEqual(set(self.stored("externaldb").values()), {""})

    def test_externaldb_test_endpoint(self):
        path = self.path + "/externaldb/test"

        def test(body):
            return self.api("POST", path, body).json()["response"]

        self.assertEqual(test(MYSQL_DB), {"success": True})  # no "error" member when there is none
        bad = test(dict(MYSQL_DB, dbHost="bad.example.com"))
        self.assertIs(bad["success"], False)
        self.assertTrue(bad["error"])
        self.assertEqual(test({"databaseType": "sqlite", "sqliteFilePath": "forms.db"}), {"success": True})
        self.assertEqual(test({"databaseType": "sqlite", "sqliteFilePath": "../x.db"})["error"],
                         "SQLite path is outside the allowed directory.")
        self.assertEqual(test({"databaseType": "sqlite", "sqliteFilePath": "none.db"})["error"],
                         "SQLite file not found.")
        self.assertEqual(self.stored("externaldb")["dbHost"], "")  # testing saves nothing
        self.sim.control("POST", "/__sim/config", {"standalone": False})
        self.assertIs(test({"databaseType": "sqlite", "sqliteFilePath": "forms.db"})["success"], False)

    def test_runtime_config(self):
        self.sim.control("POST", "/__sim/config", {"readonly_consumers": ["box"], "plan_without_paid": True})
        services, _ = self.services()
        self.assertIs(services["box"]["canSet"], False)
        self.assertNotIn("props", services["box"])
        self.assert_envelope_error(self.save_keys("box", {"boxClientId": "x"}), 403, "Access denied")
        self.assert_envelope_error(self.save_keys("s3", {"acesskey": "AKIA0000000000000000"}), 402,
                                   "Your pricing plan does not support this option")
        self.sim.control("POST", "/__sim/reset")
        self.assertIs(self.services()[0]["box"]["canSet"], True)
        self.assertIs(self.save_keys("s3", {"acesskey": "AKIA0000000000000000"}).json()["response"], True)

    def test_cloud_portal(self):
        # A cloud portal offers no SQLite for the database connection, and refuses it on save.
        self.sim.control("POST", "/__sim/config", {"standalone": False})
        db = {p["name"]: p for p in self.services()[0]["externaldb"]["props"]}
        self.assertEqual(db["databaseType"]["options"], ["mysql"])
        self.assert_envelope_error(self.save_keys("externaldb", {"databaseType": "sqlite",
                                                                 "sqliteFilePath": "forms.db"}), 400, "Bad keys")
        self.assertIs(self.save_keys("s3", {"acesskey": "AKIA0000000000000000"}).json()["response"], True)


class OAuthAppsTest(SimulatorTestCase):
    def clients(self, method, path, body=None, prefix="/api/2.0", signature=None):
        headers = {"x-signature": signature or self.x_signature()}
        return self.sim.call(method, prefix + path, json_body=body, headers=headers,
                             data=b"" if body is None and method in ("PUT", "PATCH") else None)

    def create(self, signature=None, **overrides):
        result = self.clients("POST", "/clients", self.new_client_body(**overrides), signature=signature)
        self.assertEqual(result.status, 201, result.body)
        return result.json()

    def errors(self, result):
        self.assertEqual(result.status, 400, result.body)
        problem = result.json()
        self.assertEqual((problem["status"], problem["title"], problem["detail"]), (400, "Bad Request",
                                                                                    "Validation failed"))
        self.assertEqual(problem["type"], "https://api.onlyoffice.com/docspace/api-backend/get-started/basic-concepts")
        self.assertEqual(problem["instance"], "/api/2.0/clients")
        return {(e["field"], e["code"]) for e in problem["errors"]}

    def test_lifecycle(self):
        signature = self.x_signature()
        created = self.clients("POST", "/clients", self.new_client_body(is_public=False), signature=signature)
        self.assertEqual(created.status, 201, created.body)
        self.assertIn("application/json", created.headers["Content-Type"])
        client = created.json()
        client_id = client["client_id"]
        self.assertRegex(client["client_secret"], r"^[A-Za-z0-9]{36}$")
        self.assertEqual(client["authentication_methods"], ["client_secret_post", "none"])
        self.assertEqual(client["logout_redirect_uris"], ["https://app.example.com"])
        self.assertIs(client["is_public"], True)  # forced by the server, whatever was sent
        for field in ("enabled", "tenant", "created_on", "modified_on", "created_by", "modified_by"):
            self.assertIn(field, client)
        # The secret can be read again: GET /clients/{id} gives it decrypted; the list only an encrypted form.
        fetched = self.clients("GET", "/clients/" + client_id, signature=signature).json()
        self.assertEqual((fetched["name"], fetched["client_secret"]), ("Test App", client["client_secret"]))
        listed = {c["client_id"]: c for c in self.clients("GET", "/clients", signature=signature).json()["data"]}
        self.assertNotEqual(listed[client_id]["client_secret"], client["client_secret"])
        self.assertRegex(listed[client_id]["client_secret"], r"^[A-Za-z0-9+/]+=*$")
        self.assertNotIn(client["client_secret"], json.dumps(listed))

        update = {"name": "Renamed App", "logo": client["logo"], "website_url": "https://changed.example.com",
                  "allowed_origins": ["https://other.example.com"], "is_public": False}
        updated = self.clients("PUT", "/clients/" + client_id, update, signature=signature)
        self.assertEqual((updated.status, updated.body), (200, b""))
        fetched = self.clients("GET", "/clients/" + client_id, prefix="/api/2.0/oauth2").json()
        self.assertEqual((fetched["name"], fetched["website_url"], fetched["allowed_origins"], fetched["is_public"]),
                         ("Renamed App", "https://app.example.com", ["https://other.example.com"], True))
        self.assertEqual(fetched["authentication_methods"], ["client_secret_post"])  # no allow_pkce: PKCE off
        self.assertIsNone(fetched["description"])  # not sent: cleared

        regenerated = self.clients("PATCH", "/clients/%s/regenerate" % client_id).json()["client_secret"]
        self.assertRegex(regenerated, r"^[A-Za-z0-9]{36}$")
        self.assertNotEqual(regenerated, client["client_secret"])
        self.assertEqual(self.clients("GET", "/clients/" + client_id).json()["client_secret"], regenerated)
        self.assertEqual(self.clients("PATCH", "/clients/%s/activation" % client_id, {"status": False}).status, 200)
        self.assertIs(self.clients("GET", "/clients/" + client_id).json()["enabled"], False)
        self.assertEqual(self.clients("PATCH", "/clients/%s/activation" % client_id, {"status": True}).status, 200)
        self.assertEqual(self.clients("PATCH", "/clients/%s/activation" % client_id, {}).status, 200)
        self.assertIs(self.clients("GET", "/clients/" + client_id).json()["enabled"], False)  # missing = false
        self.assertEqual(self.clients("DELETE", "/clients/" + client_id).status, 200)
        missing = self.clients("GET", "/clients/" + client_id)
        self.assertEqual((missing.status, missing.json()["status"]), (404, 404))

    def test_update_needs_the_whole_body(self):
        client = self.create()
        path = "/clients/" + client["client_id"]
        full = {"name": "Full", "logo": client["logo"], "allowed_origins": ["https://app.example.com"],
                "allow_pkce": True}
        for missing, code in (("name", "EmptyFieldError"), ("logo", "EmptyFieldError"),
                              ("allowed_origins", "ErrorWrongURL")):
            body = {k: v for k, v in full.items() if k != missing}
            result = self.clients("PUT", path, body)
            self.assertEqual(result.status, 400, missing)
            self.assertIn((missing, code), {(e["field"], e["code"]) for e in result.json()["errors"]})
        # The logo's size is checked on create only.
        big_logo = "data:image/png;base64," + base64.b64encode(b"\0" * 256001).decode()
        self.assertEqual(self.clients("PUT", path, dict(full, logo=big_logo)).status, 200)
        self.assertEqual(self.clients("PUT", path, dict(full, logo="data:image/gif;base64,R0lG")).status, 400)
        self.assertEqual(self.clients("PUT", "/clients/00000000-0000-0000-0000-000000000000", full).status, 404)
        self.assertEqual(self.sim.call("PUT", "/api/2.0" + path, data=json.dumps(full).encode(), headers={
            "x-signature": self.x_signature(), "Content-Type": "text/plain"}).status, 415)

    def test_paging(self):
        signature = self.x_signature()
        for number in range(3):
            self.create(signature=signature, name="Paged %d" % number)
        seen = []
        query = "?limit=2"
        pages = 0
        while True:
            page = self.clients("GET", "/clients" + query, signature=signature).json()
            pages += 1
            self.assertEqual(page["limit"], 2)
            seen.extend(c["client_id"] for c in page["data"])
            if page["last_created_on"] is None:
                self.assertIsNone(page["last_client_id"])
                break
            self.assertEqual(page["last_client_id"], page["data"][-1]["client_id"])
            query = "?limit=2&" + urllib.parse.urlencode({"last_client_id": "ignored",
                                                           "last_created_on": page["last_created_on"]})
        self.assertEqual((len(seen), pages), (5, 3))
        self.assertEqual(sorted(seen), self.sim.control("GET", "/__sim/state")["clients"])
        # Exactly `limit` clients left: the cursor is already null, no empty page follows.
        exact = self.clients("GET", "/clients?limit=5", signature=signature).json()
        self.assertEqual((len(exact["data"]), exact["last_created_on"]), (5, None))
        for limit in (0, 51):
            result = self.clients("GET", "/clients?limit=%d" % limit, signature=signature)
            self.assertEqual(result.status, 400)
            self.assertEqual(result.json()["errors"][0]["field"], "limit")
        for number in range(30):
            self.create(signature=signature, name="Bulk %d" % number)
        first = self.clients("GET", "/clients", signature=signature).json()
        self.assertEqual((first["limit"], len(first["data"])), (30, 30))  # the default page size
        self.assertIsNotNone(first["last_created_on"])

    def test_field_errors(self):
        body = self.new_client_body(
            name="ab", description="d" * 256, logo="data:image/gif;base64,R0lG",
            website_url="http://localhost:8080", terms_url="", policy_url="http://192.168.1.10/privacy",
            redirect_uris=[], allowed_origins=["ftp://example.com"], scopes=["files:read", "bogus"])
        errors = self.errors(self.clients("POST", "/clients", body))
        self.assertEqual(errors, {("name", "ErrorName"), ("description", "ErrorName"), ("logo", "ErrorPattern"),
                                  ("website_url", "ErrorWrongURL"), ("terms_url", "EmptyFieldError"),
                                  ("terms_url", "ErrorWrongURL"), ("redirect_uris", "ErrorName"),
                                  ("allowed_origins", "ErrorWrongURL")})
        # Unknown scopes are reported only once everything else is right.
        self.assertEqual(self.errors(self.clients("POST", "/clients", self.new_client_body(scopes=["bogus"]))),
                         {("scopes", "ErrorInvalidScope")})
        body = self.new_client_body()
        for field in ("name", "logo", "website_url", "redirect_uris", "scopes"):
            del body[field]
        self.assertEqual(self.errors(self.clients("POST", "/clients", body)),
                         {("name", "EmptyFieldError"), ("logo", "EmptyFieldError"), ("website_url", "EmptyFieldError"),
                          ("redirect_uris", "EmptyFieldError"), ("redirect_uris", "ErrorWrongURL"),
                          ("scopes", "EmptyFieldError")})
        big_logo = "data:image/png;base64," + base64.b64encode(b"\0" * 256001).decode()
        self.assertEqual(self.errors(self.clients("POST", "/clients", self.new_client_body(logo=big_logo))),
                         {("logo", "ErrorPattern")})
        just_fits = "data:image/png;base64," + base64.b64encode(b"\0" * 256000).decode()
        self.create(logo=just_fits)
        too_many = ["https://o%d.example.com" % n for n in range(13)]
        self.assertEqual(self.errors(self.clients("POST", "/clients", self.new_client_body(allowed_origins=too_many))),
                         {("allowed_origins", "ErrorName")})

    def test_what_the_server_accepts(self):
        # Claude connectors' scheme, duplicates merged silently, no origin checks beyond the scheme, a domain
        # without a scheme, an IPv4 address; the portal's own web form is stricter than this.
        client = self.create(
            redirect_uris=["claude://callback", "https://app.example.com/cb?x=1#frag", "claude://callback"],
            allowed_origins=["https://a.example.com/path?q", "https://a.example.com/path?q", "http://127.0.0.1:9"],
            website_url="app.example.com", policy_url="http://10.0.0.1/privacy", scopes=["openid", "openid"])
        self.assertEqual(client["redirect_uris"], ["claude://callback", "https://app.example.com/cb?x=1#frag"])
        self.assertEqual(client["allowed_origins"], ["https://a.example.com/path?q", "http://127.0.0.1:9"])
        self.assertEqual(client["scopes"], ["openid"])
        self.assertEqual(client["authentication_methods"], ["client_secret_post", "none"])
        duplicates = ["https://o%d.example.com" % (n % 12) for n in range(20)]  # 12 distinct ones
        self.create(allowed_origins=duplicates)
        no_pkce = self.new_client_body()
        del no_pkce["allow_pkce"]
        created = self.clients("POST", "/clients", no_pkce).json()
        self.assertEqual(created["authentication_methods"], ["client_secret_post"])
        for bad in ("http://localhost:3000", "https://example", "ftp://files.example.com", "https://exa mple.com"):
            self.assertIn(("website_url", "ErrorWrongURL"),
                          self.errors(self.clients("POST", "/clients", self.new_client_body(website_url=bad))))
        self.assertIn(("redirect_uris", "ErrorWrongURL"), self.errors(self.clients(
            "POST", "/clients", self.new_client_body(redirect_uris=["myapp://cb"]))))
        self.assertEqual(self.errors(self.clients("POST", "/clients", self.new_client_body(name="n" * 257))),
                         {("name", "ErrorName")})
        self.create(name="n" * 256, description="d" * 255, logo="data:image/svg+xml;base64,PHN2Zz4=")

    def test_who_sees_which_client(self):
        user_signature = self.x_signature("Bearer " + USER_KEY)
        own = self.create(signature=user_signature, name="User App")
        listed = [c["client_id"] for c in self.clients("GET", "/clients", signature=user_signature).json()["data"]]
        self.assertEqual(listed, [own["client_id"]])  # a user sees their own clients only
        self.assertEqual(self.clients("GET", "/clients/" + CLIENT_ID, signature=user_signature).status, 404)
        self.assertEqual(self.clients("GET", "/clients/" + own["client_id"], signature=user_signature)
                         .json()["client_secret"], own["client_secret"])
        admin_view = self.clients("GET", "/clients/" + own["client_id"]).json()  # an admin sees every client
        self.assertEqual(admin_view["client_secret"], own["client_secret"])
        guest_signature = self.x_signature(self.login_token("guest@example.com", "guest-password"))
        refused = self.clients("POST", "/clients", self.new_client_body(), signature=guest_signature)
        self.assertEqual((refused.status, refused.json()["detail"]), (403, "Access denied"))
        self.assertEqual(len(self.clients("GET", "/scopes", signature=guest_signature).json()), 9)

    def test_cloud_registry_limits(self):
        user_signature = self.x_signature("Bearer " + USER_KEY)
        for number in range(11):  # the registry counts before saving and refuses above 10: the 11th fits
            self.create(signature=user_signature, name="App %d" % number)
        self.sim.control("POST", "/__sim/config", {"cloud_registry": True})
        refused = self.clients("POST", "/clients", self.new_client_body(), signature=user_signature)
        self.assertEqual((refused.status, refused.json()["detail"]),
                         (400, "User has reached the maximum allowed number of clients"))
        self.create()  # the admin still may: 2 demo clients of theirs
        self.sim.control("POST", "/__sim/config", {"cloud_clients_per_tenant": 14})
        self.create()  # 14 clients so far, not above the (lowered) tenant limit: one more fits
        refused = self.clients("POST", "/clients", self.new_client_body())
        self.assertEqual((refused.status, refused.json()["detail"]),
                         (400, "Tenant has reached the maximum allowed number of clients"))
        self.sim.control("POST", "/__sim/config", {"cloud_registry": False})
        self.create(signature=user_signature)  # a self-hosted registry has no such limits

    def test_scopes(self):
        scopes = self.clients("GET", "/scopes").json()
        self.assertEqual([s["name"] for s in scopes],
                         ["accounts.self:read", "accounts.self:write", "accounts:read", "accounts:write", "files:read",
                          "files:write", "rooms:read", "rooms:write", "openid"])
        groups = {s["name"]: (s["group"], s["type"]) for s in scopes}
        self.assertEqual(groups["accounts.self:write"], ("profiles", "write"))
        self.assertEqual(groups["accounts:read"], ("accounts", "read"))
        self.assertEqual(groups["rooms:read"], ("rooms", "read"))
        self.assertEqual(groups["openid"], ("openid", "openid"))
        self.assertEqual(self.clients("GET", "/scopes", prefix="/api/2.0/oauth2").json(), scopes)


class OAuthServerTest(SimulatorTestCase):
    redirect_uri = "http://127.0.0.1:54321/callback"

    def params(self, client_id=CLIENT_ID, redirect_uri=None, scope="files:read openid", verifier=None, **extra):
        params = {"response_type": "code", "client_id": client_id, "redirect_uri": redirect_uri or self.redirect_uri,
                  "scope": scope, "state": "st-1"}
        if verifier:
            params.update(code_challenge=b64url(hashlib.sha256(verifier.encode()).digest()),
                          code_challenge_method="S256")
        params.update(extra)
        return params

    def authorize(self, *args, **kwargs):
        """The admin's browser, signed in to the portal, approving what the portal asks."""
        return authorize_as_user(self.sim, self.params(*args, **kwargs), self.x_signature(), tls=True)

    def first_answer(self, params, signature=None, headers=None, method="GET"):
        """The authorization endpoint's answer itself, with the admin's x-signature cookie unless told."""
        all_headers = {} if signature is False else {"Cookie": "x-signature=" + (signature or self.x_signature())}
        all_headers.update(headers or {})
        return self.sim.call(method, "/oauth2/authorize?" + urllib.parse.urlencode(params), follow=False,
                             tls=True, headers=all_headers)

    def assert_sign_in_page(self, result, client_id, error):
        """SecurityUtils.redirectWithError: the portal's sign-in page with the error, never the client."""
        origin = "https://127.0.0.1:%d" % self.sim.ready["https_port"]
        client = "client_id" if client_id is None else "client_id=" + client_id
        expected = "%s/login?type=oauth2&%s&error=%s" % (origin, client, error)
        self.assertEqual((result.status, result.headers["Location"], result.headers["X-Redirect-URI"]),
                         (302, expected, expected))

    def code_from(self, result):
        self.assertEqual(result.status, 302, result.body)
        location = urllib.parse.urlsplit(result.headers["Location"])
        self.assertEqual(location.netloc, "127.0.0.1:54321")
        query = dict(urllib.parse.parse_qsl(location.query))
        self.assertEqual(query["state"], "st-1")
        return query

    def token(self, form):
        return self.sim.call("POST", "/oauth2/token", form=form, tls=True)

    def test_discovery_and_jwks(self):
        config = self.sim.call("GET", "/oauth2/.well-known/openid-configuration", tls=True).json()
        origin = "https://127.0.0.1:%d" % self.sim.ready["https_port"]
        self.assertEqual(config["issuer"], origin + "/oauth2")
        self.assertEqual(config["token_endpoint"], origin + "/oauth2/token")
        self.assertEqual(config["code_challenge_methods_supported"], ["S256"])
        self.assertEqual(config["token_endpoint_auth_methods_supported"], ["client_secret_post", "none"])
        keys = self.sim.call("GET", "/oauth2/jwks", tls=True).json()["keys"]
        self.assertEqual((keys[0]["kty"], keys[0]["crv"]), ("EC", "P-256"))

    def test_pkce_code_flow_and_refresh_rotation(self):
        verifier = secrets.token_hex(36)
        code = self.code_from(self.authorize(verifier=verifier))["code"]
        form = {"grant_type": "authorization_code", "client_id": CLIENT_ID, "client_secret": CLIENT_SECRET,
                "code": code, "redirect_uri": self.redirect_uri, "code_verifier": verifier}
        tokens = self.token(form).json()
        self.assertEqual((tokens["token_type"], tokens["expires_in"], tokens["scope"]),
                         ("Bearer", 3600, "files:read openid"))
        self.assertIn("id_token", tokens)
        claims = jwt_claims(tokens["access_token"])
        origin = "https://127.0.0.1:%d" % self.sim.ready["https_port"]
        self.assertEqual((claims["iss"], claims["aud"], claims["cid"], claims["tid"]),
                         (origin + "/oauth2", [origin], CLIENT_ID, 1))
        self.verify_es256(tokens["access_token"])
        me = self.sim.call("GET", "/api/2.0/people/@self", tls=True,
                           headers={"Authorization": "Bearer " + tokens["access_token"]})
        self.assertEqual(me.json()["response"]["email"], "admin@example.com")
        self.assertEqual(self.token(form).json()["error"], "invalid_grant")  # a code works once

        refresh = {"grant_type": "refresh_token", "client_id": CLIENT_ID, "client_secret": CLIENT_SECRET,
                   "refresh_token": tokens["refresh_token"]}
        renewed = self.token(refresh)
        self.assertEqual(renewed.status, 200)
        self.assertNotEqual(renewed.json()["refresh_token"], tokens["refresh_token"])
        reused = self.token(refresh)
        self.assertEqual((reused.status, reused.json()["error"]), (400, "invalid_grant"))

    def verify_es256(self, token):
        try:
            from cryptography.hazmat.primitives import hashes
            from cryptography.hazmat.primitives.asymmetric import ec
            from cryptography.hazmat.primitives.asymmetric.utils import encode_dss_signature
        except ImportError:
            return
        key = self.sim.call("GET", "/oauth2/jwks", tls=True).json()["keys"][0]

        def number(text):
            return int.from_bytes(base64.urlsafe_b64decode(text + "=" * (-len(text) % 4)), "big")

        public_key = ec.EllipticCurvePublicNumbers(number(key["x"]), number(key["y"]), ec.SECP256R1()).public_key()
        head, payload, signature = token.split(".")
        raw = base64.urlsafe_b64decode(signature + "=" * (-len(signature) % 4))
        der = encode_dss_signature(int.from_bytes(raw[:32], "big"), int.from_bytes(raw[32:], "big"))
        public_key.verify(der, (head + "." + payload).encode(), ec.ECDSA(hashes.SHA256()))  # raises if wrong

    def test_public_client_and_errors(self):
        verifier = secrets.token_hex(36)
        code = self.code_from(self.authorize(PUBLIC_CLIENT_ID, verifier=verifier))["code"]
        form = {"grant_type": "authorization_code", "client_id": PUBLIC_CLIENT_ID, "code": code,
                "redirect_uri": self.redirect_uri, "code_verifier": "wrong" + verifier}
        self.assertEqual(self.token(form).json()["error"], "invalid_grant")
        code = self.code_from(self.authorize(PUBLIC_CLIENT_ID, verifier=verifier))["code"]
        form.update(code=code, code_verifier=verifier)
        tokens = self.token(form).json()
        self.assertIn("access_token", tokens)
        self.assertNotIn("refresh_token", tokens)

        # The portal does not demand PKCE at the authorization endpoint (requireProofKey(false)), but a
        # client without its secret cannot redeem the code without a verifier.
        code = self.code_from(self.authorize(PUBLIC_CLIENT_ID))["code"]
        unproven = self.token({"grant_type": "authorization_code", "client_id": PUBLIC_CLIENT_ID, "code": code,
                               "redirect_uri": self.redirect_uri})
        self.assertEqual((unproven.status, unproven.json()["error"]), (401, "invalid_client"))
        refused = self.code_from(self.authorize(scope="bogus:scope"))
        self.assertEqual((refused["error"], refused["error_uri"]),
                         ("invalid_scope", "https://datatracker.ietf.org/doc/html/rfc6749#section-4.1.2.1"))
        self.assertNotIn("error_description", refused)
        plain = self.code_from(self.authorize(code_challenge="x" * 43, code_challenge_method="plain"))
        self.assertEqual((plain["error"], plain["error_uri"]),
                         ("invalid_request", "https://datatracker.ietf.org/doc/html/rfc7636#section-4.4.1"))
        # Errors about the client or its redirect URI never go to the client: to the sign-in page instead.
        unknown = "00000000-0000-0000-0000-000000000000"
        self.assert_sign_in_page(self.first_answer(self.params(unknown)), unknown, "client_not_found_error")
        for redirect_uri in ("https://evil.example.com/cb", "http://127.0.0.1:54321/other",
                             "http://localhost:54321/callback", "http://127.0.0.1:54321/callback#x"):
            self.assert_sign_in_page(self.first_answer(self.params(redirect_uri=redirect_uri)), CLIENT_ID,
                                     "invalid_request")
        self.assert_sign_in_page(self.first_answer(self.params(response_type="token")), CLIENT_ID,
                                 "unsupported_response_type")
        code = self.code_from(self.authorize())["code"]
        wrong = self.token({"grant_type": "authorization_code", "client_id": CLIENT_ID, "client_secret": "x" * 36,
                            "code": code, "redirect_uri": self.redirect_uri})
        self.assertEqual((wrong.status, wrong.json()["error"]), (401, "invalid_client"))
        self.assertEqual(self.token({"grant_type": "password"}).json()["error"], "unsupported_grant_type")

    def test_only_a_signed_in_user_reaches_authorize(self):
        params = self.params()
        # A browser without the portal's x-signature goes to the sign-in page; the address it came for is kept
        # in a cookie for the web client to return to after signing in.
        anonymous = self.first_answer(params, signature=False)
        self.assert_sign_in_page(anonymous, CLIENT_ID, "missing_asc_signature_error")
        cookies = anonymous.headers.get_all("Set-Cookie")
        kept = [c for c in cookies if c.startswith("x-redirect-authorization-uri=")]
        self.assertEqual(len(kept), 1)
        value = kept[0].split(";")[0].partition("=")[2]
        self.assertEqual(query_of(base64.urlsafe_b64decode(value).decode())["state"], "st-1")
        self.assertFalse(any(c.startswith("client_state=") for c in cookies))
        self.assert_sign_in_page(self.first_answer({"response_type": "code"}), None, "missing_client_id_error")
        signature = self.x_signature()
        self.assert_sign_in_page(self.first_answer(params, signature=signature[:-4] + "AAAA"), CLIENT_ID,
                                 "something_went_wrong_error")
        self.sim.call("PATCH", "/api/2.0/clients/%s/activation" % CLIENT_ID, json_body={"status": False},
                      headers={"x-signature": signature})
        self.assert_sign_in_page(self.first_answer(params), CLIENT_ID, "client_disabled_error")
        self.sim.call("PATCH", "/api/2.0/clients/%s/activation" % CLIENT_ID, json_body={"status": True},
                      headers={"x-signature": signature})
        # The header works as well as the cookie; the consent form's POST needs the signature too.
        self.assertEqual(urllib.parse.urlsplit(self.first_answer(params, signature=False, headers={
            "x-signature": signature}).headers["Location"]).path, "/oauth2/consent")
        body, content_type = multipart([("client_id", CLIENT_ID), ("state", "x"), ("scope", "files:read")])
        unsigned = self.sim.call("POST", "/oauth2/authorize", data=body, headers={"Content-Type": content_type},
                                 follow=False, tls=True)
        self.assert_sign_in_page(unsigned, CLIENT_ID, "missing_asc_signature_error")

    def test_consent_before_the_first_code(self):
        signature = self.x_signature()
        asked = self.first_answer(self.params(), signature)
        self.assertEqual(asked.status, 302)
        origin = "https://127.0.0.1:%d" % self.sim.ready["https_port"]
        location = asked.headers["Location"]
        self.assertTrue(location.startswith(origin + "/oauth2/consent?"), location)
        consent_query = query_of(location)
        self.assertEqual((consent_query["client_id"], consent_query["scope"]), (CLIENT_ID, "files:read openid"))
        self.assertNotEqual(consent_query["state"], "st-1")  # the consent's own state ...
        self.assertIn("client_state=" + consent_query["state"] + ";",
                      [c.split(" ")[0] for c in asked.headers.get_all("Set-Cookie")])  # ... also in a cookie
        self.assertEqual(asked.headers["X-Frame-Options"], "DENY")
        page = self.sim.call("GET", urllib.parse.urlsplit(location).path + "?client_id=" + CLIENT_ID, follow=False,
                             tls=True)
        self.assertEqual((page.status, page.headers["Location"]),
                         (302, origin + "/login?type=oauth2&client_id=" + CLIENT_ID))

        # Allow with files:read only: openid needs no consent and comes along; the state is the request's.
        answer = self.code_from(consent(self.sim, location, signature, scopes=["files:read"], tls=True))
        tokens = self.token({"grant_type": "authorization_code", "client_id": CLIENT_ID,
                             "client_secret": CLIENT_SECRET, "code": answer["code"],
                             "redirect_uri": self.redirect_uri}).json()
        self.assertEqual(tokens["scope"], "files:read openid")
        # A consent state works once, and only for the user it was made for.
        self.assert_sign_in_page(consent(self.sim, location, signature, tls=True), CLIENT_ID, "invalid_request")
        # Consented scopes need no second consent; others do.
        self.assertIn("code", query_of(self.first_answer(self.params(), signature).headers["Location"]))
        wider = self.first_answer(self.params(scope="files:read files:write"), signature)
        self.assertEqual(urllib.parse.urlsplit(wider.headers["Location"]).path, "/oauth2/consent")
        user = self.x_signature(basic("user@example.com", "user-password"))
        self.assert_sign_in_page(consent(self.sim, wider.headers["Location"], user, tls=True), CLIENT_ID,
                                 "invalid_request")
        self.assertIn("code", query_of(self.first_answer(self.params(scope="openid"), user).headers["Location"]))

    def test_consent_answers(self):
        signature = self.x_signature()
        location = self.first_answer(self.params(), signature).headers["Location"]
        denied = consent(self.sim, location, signature, scopes=[], tls=True)
        expected = self.redirect_uri + "?error=access_denied&error_uri=" + urllib.parse.quote(
            "https://datatracker.ietf.org/doc/html/rfc6749#section-4.1.2.1", safe="") + "&state=st-1"
        self.assertEqual((denied.status, denied.headers["Location"], denied.headers["X-Redirect-URI"]),
                         (302, expected, expected))
        location = self.first_answer(self.params(), signature).headers["Location"]
        self.assertEqual(self.code_from(consent(self.sim, location, signature, scopes=["files:write"],
                                                tls=True))["error"], "invalid_scope")
        # The portal's own consent page asks for the address instead of a redirect (X-Disable-Redirect).
        location = self.first_answer(self.params(), signature).headers["Location"]
        quiet = consent(self.sim, location, signature, tls=True, headers={"X-Disable-Redirect": "true"})
        self.assertEqual((quiet.status, quiet.headers["Location"]), (200, None))
        self.assertEqual(query_of(quiet.headers["X-Redirect-URI"])["state"], "st-1")
        self.assertTrue(quiet.headers["X-Redirect-URI"].startswith(self.redirect_uri + "?code="))
        # A URL-encoded form works as well as multipart.
        location = self.first_answer(self.params(scope="rooms:read"), signature).headers["Location"]
        form = self.sim.call("POST", "/oauth2/authorize", tls=True, follow=False, form={
            "client_id": CLIENT_ID, "state": query_of(location)["state"], "scope": "rooms:read"},
            headers={"Cookie": "x-signature=" + signature})
        self.assertIn("code", self.code_from(form))


class FaultTest(SimulatorTestCase):
    path = "/api/2.0/people/@self"
    auth = {"Authorization": "Bearer " + FULL_KEY}

    def me(self, **kwargs):
        return self.sim.call("GET", self.path, headers=self.auth, **kwargs)

    def test_status_faults(self):
        self.sim.fault(method="GET", path=self.path, status=503, retry_after=2)
        result = self.me()
        self.assert_envelope_error(result, 503)
        self.assertEqual(result.headers["Retry-After"], "2")
        self.assertEqual(self.me().status, 200)  # times defaults to 1
        self.sim.fault(method="*", path=self.path, status=500, body="boom", times=2)
        self.assertEqual((self.me().body, self.me().body, self.me().status), (b"boom", b"boom", 200))
        self.sim.fault(method="POST", path=self.path, status=401)
        self.assertEqual(self.me().status, 200)  # another method is not affected
        for status in (401, 402, 403, 404, 429, 502):
            self.sim.fault(path=self.path, status=status)
            self.assert_envelope_error(self.me(), status)

    def test_forever_fault_until_cleared(self):
        self.sim.fault(path=self.path, status=502, times=0)
        self.assertEqual([self.me().status for _ in range(3)], [502, 502, 502])
        self.sim.control("DELETE", "/__sim/faults")
        self.assertEqual(self.me().status, 200)

    def test_delay_and_hang(self):
        self.sim.fault(path=self.path, delay=0.3)
        started = time.monotonic()
        self.assertEqual(self.me().status, 200)
        self.assertGreaterEqual(time.monotonic() - started, 0.3)
        self.sim.fault(path=self.path, hang=True)
        with self.assertRaises((TimeoutError, socket.timeout, urllib.error.URLError)):
            self.me(timeout=0.5)
        self.sim.fault(path=self.path, hang=True)
        with self.assertRaises((TimeoutError, socket.timeout, urllib.error.URLError, ssl.SSLError)):
            self.me(timeout=0.5, tls=True)
        self.assertEqual(self.me().status, 200)

    def test_broken_answers(self):
        self.sim.fault(path=self.path, malformed=True)
        result = self.me()
        self.assertEqual(result.status, 200)
        self.assertTrue(result.headers["Content-Type"].startswith("application/json"))
        with self.assertRaises(ValueError):
            result.json()
        self.sim.fault(path=self.path, garbage=True)
        result = self.me(tls=True)
        self.assertTrue(result.headers["Content-Type"].startswith("text/html"))
        self.sim.fault(path=self.path, truncated=True)
        connection = http.client.HTTPConnection("127.0.0.1", self.sim.ready["http_port"], timeout=5)
        connection.request("GET", self.path, headers=self.auth)
        response = connection.getresponse()
        with self.assertRaises(http.client.IncompleteRead):
            response.read()
        connection.close()
        target = self.sim.url("/api/2.0/authentication")
        self.sim.fault(path=self.path, redirect=target)
        result = self.me(follow=False)
        self.assertEqual((result.status, result.headers["Location"]), (302, target))
        self.assertEqual(self.me().status, 200)

    def test_bad_fault_specs(self):
        for spec in ({"path": self.path}, {"path": self.path, "status": 500, "delay": 1}, {"status": 500},
                     {"path": self.path, "status": 500, "times": -1}):
            self.assertEqual(self.sim.call("POST", "/__sim/faults", spec).status, 400)


class RequestLogTest(SimulatorTestCase):
    def exercise_everything_secret(self):
        token = self.login_token()
        tfa = {"userName": "tfa@example.com", "password": "tfa-password"}
        self.sim.call("POST", "/api/2.0/authentication", tfa)
        self.sim.call("POST", "/api/2.0/authentication/123456", tfa)
        self.sim.call("POST", "/api/2.0/authentication", {"userName": "user@example.com", "password": "wrong-password"})
        self.sim.call("GET", "/api/2.0/people/@self", headers={"Authorization": token})
        self.sim.call("GET", "/api/2.0/people/@self", headers={"Cookie": "asc_auth_key=" + token}, tls=True)
        for key in (FULL_KEY, READ_KEY, FILES_KEY, USER_KEY, UNKNOWN_KEY):
            self.sim.call("GET", "/api/2.0/people/@self", headers={"Authorization": "Bearer " + key})
        self.sim.call("GET", "/api/2.0/people/@self", headers={"Authorization": basic("admin@example.com",
                                                                                       "admin-password")})
        signature = self.x_signature()
        self.sim.call("GET", "/api/2.0/clients", headers={"x-signature": signature})
        verifier = secrets.token_hex(36)
        location = authorize_as_user(self.sim, {
            "response_type": "code", "client_id": CLIENT_ID, "redirect_uri": "http://127.0.0.1:9/callback",
            "code_challenge": b64url(hashlib.sha256(verifier.encode()).digest()), "code_challenge_method": "S256",
            "state": "secret-state"}, signature).headers["Location"]
        code = dict(urllib.parse.parse_qsl(urllib.parse.urlsplit(location).query))["code"]
        tokens = self.sim.call("POST", "/oauth2/token", form={
            "grant_type": "authorization_code", "client_id": CLIENT_ID, "client_secret": CLIENT_SECRET,
            "code": code, "redirect_uri": "http://127.0.0.1:9/callback", "code_verifier": verifier}).json()
        self.sim.call("GET", "/oauth2/token?client_secret=" + CLIENT_SECRET)
        return [token, signature, verifier, code, tokens["access_token"], tokens["refresh_token"], "secret-state"]

    def test_request_log_has_no_secrets(self):
        extra_secrets = self.exercise_everything_secret()
        log = self.sim.control("GET", "/__sim/requests")
        text = json.dumps(log)
        for secret in SECRETS + extra_secrets:
            self.assertNotIn(secret, text)
        schemes = {entry["authorization_scheme"] for entry in log}
        self.assertEqual(schemes, {None, "Bearer", "Basic", "raw"})
        self.assertTrue(any(e["has_cookie"] and e["tls"] for e in log))
        self.assertTrue(any(e["has_x_signature"] for e in log))
        self.assertIn("/api/2.0/authentication/{code}", [e["path"] for e in log])
        ports = {e["origin_port"] for e in log}
        self.assertEqual(ports, {self.sim.ready["http_port"], self.sim.ready["https_port"]})
        first = log[0]
        self.assertEqual(set(first), {"method", "path", "query", "has_authorization", "authorization_scheme",
                                      "has_cookie", "has_x_signature", "origin_port", "tls", "status"})
        self.sim.control("POST", "/__sim/reset")
        self.assertEqual(self.sim.control("GET", "/__sim/requests"), [])

    def test_stderr_has_no_secrets_and_sigterm_ends_cleanly(self):
        own = Simulator()
        original, type(self).sim = type(self).sim, own
        try:
            extra_secrets = self.exercise_everything_secret()
        finally:
            type(self).sim = original
        code, rest = own.stop()
        self.assertEqual((code, rest), (0, ""))
        stderr = "".join(own.stderr_lines)
        self.assertIn("GET /api/2.0/people/@self 200", stderr)
        for secret in SECRETS + extra_secrets:
            self.assertNotIn(secret, stderr)
        self.assertFalse(os.path.exists(own.ready["cert_pem_path"]))  # the temporary cert dir is removed


class CommandLineFlagsTest(unittest.TestCase):
    def test_stops_when_the_process_that_started_it_ends(self):
        # A crashed test must not leave a simulator behind: an intermediate process starts one and exits.
        starter = ("import subprocess, sys\n"
                   "p = subprocess.Popen([sys.executable, %r, '--no-https'], stdout=subprocess.PIPE,"
                   " stderr=subprocess.DEVNULL, text=True)\n"
                   "print(p.stdout.readline().strip(), flush=True)\n" % SIMULATOR)
        ready = json.loads(subprocess.run([sys.executable, "-c", starter], capture_output=True, text=True,
                                          timeout=20).stdout)
        def running():  # a zombie nobody reaps has ended too
            try:
                with open("/proc/%d/stat" % ready["pid"]) as stat:
                    return stat.read().rsplit(")", 1)[1].split()[0] != "Z"
            except OSError:
                return False

        deadline = time.monotonic() + 10
        while time.monotonic() < deadline and running():
            time.sleep(0.1)
        alive = running()
        if alive:
            os.kill(ready["pid"], signal.SIGTERM)
        self.assertFalse(alive, "the orphaned simulator kept running")

    def test_flags(self):
        cert_dir = tempfile.mkdtemp(prefix="portal-sim-cert-")
        sim = Simulator("--no-https", "--readonly-consumer", "google", "--readonly-consumer", "zoom",
                        "--plan-without-paid", "--extra-consumer", "--x-signature-ttl", "1", "--access-token-ttl",
                        "1", "--cert-dir", cert_dir)
        try:
            self.assertIsNone(sim.ready["https_port"])
            self.assertIsNone(sim.ready["cert_sha256"])
            auth = {"Authorization": "Bearer " + FULL_KEY}
            services = sim.call("GET", "/api/2.0/settings/authservice", headers=auth).json()["response"]
            self.assertEqual([s["name"] for s in services], CONSUMER_ORDER + ["acme"])
            readonly = {s["name"] for s in services if not s["canSet"]}
            self.assertEqual(readonly, {"google", "zoom"})
            self.assertTrue(all("props" not in s for s in services if not s["canSet"]))
            save = sim.call("POST", "/api/2.0/settings/authservice",
                            {"name": "s3", "props": [{"name": "acesskey", "value": "AKIA0000000000000000"}]},
                            headers=auth)
            self.assertEqual(save.status, 402)
            self.assertEqual(sim.call("POST", "/api/2.0/settings/authservice",
                                      {"name": "google", "props": [{"name": "googleClientId", "value": "x"}]},
                                      headers=auth).status, 403)

            signature = sim.call("GET", "/api/2.0/security/oauth2/token", headers=auth).json()["response"]
            verifier = secrets.token_hex(36)
            location = authorize_as_user(sim, {
                "response_type": "code", "client_id": CLIENT_ID, "redirect_uri": "http://127.0.0.1:9/callback",
                "code_challenge": b64url(hashlib.sha256(verifier.encode()).digest()),
                "code_challenge_method": "S256"}, signature).headers["Location"]
            code = dict(urllib.parse.parse_qsl(urllib.parse.urlsplit(location).query))["code"]
            access = sim.call("POST", "/oauth2/token", form={
                "grant_type": "authorization_code", "client_id": CLIENT_ID, "client_secret": CLIENT_SECRET,
                "code": code, "redirect_uri": "http://127.0.0.1:9/callback", "code_verifier": verifier}).json()
            self.assertEqual(access["expires_in"], 1)
            bearer = {"Authorization": "Bearer " + access["access_token"]}
            self.assertEqual(sim.call("GET", "/api/2.0/people/@self", headers=bearer).status, 200)
            self.assertEqual(sim.call("GET", "/api/2.0/clients", headers={"x-signature": signature}).status, 200)
            latest_expiry = max(jwt_claims(signature)["exp"], jwt_claims(access["access_token"])["exp"])
            time.sleep(max(0.0, latest_expiry - time.time()) + 0.05)
            expired = sim.call("GET", "/api/2.0/clients", headers={"x-signature": signature})
            self.assertEqual((expired.status, expired.body), (403, b""))  # expired like missing: a bare 403
            self.assertEqual(sim.call("GET", "/api/2.0/people/@self", headers=bearer).status, 401)
            settings = sim.call("GET", "/api/2.0/settings").json()["response"]
            self.assertIs(settings["standalone"], False)  # only a cloud portal has a plan
        finally:
            self.assertEqual(sim.stop()[0], 0)
        self.assertFalse(os.path.exists(os.path.join(cert_dir, "cert.pem")))  # --no-https makes no certificate

    def test_portal_flags(self):
        sim = Simulator("--no-https", "--version-string", "3.6.0.500", "--saas", "--limited-dev-tools",
                        "--recaptcha-demanded", "--cloud-registry")
        try:
            user = {"Authorization": "Bearer " + USER_KEY}
            settings = sim.call("GET", "/api/2.0/settings", headers=user).json()["response"]
            self.assertEqual((settings["version"], settings["standalone"], settings["limitedAccessDevToolsForUsers"]),
                             ("3.6.0.500", False, True))
            self.assertEqual(sim.call("POST", "/api/2.0/keys", {"name": "x"}, headers=user).status, 403)
            login = sim.call("POST", "/api/2.0/authentication", {"userName": "admin@example.com",
                                                                 "password": "admin-password"})
            self.assertEqual((login.status, login.json()["error"]["message"]), (403, "Invalid Recaptcha"))
            state = sim.control("GET", "/__sim/state")["config"]
            self.assertEqual((state["cloud_registry"], state["standalone"]), (True, False))
        finally:
            self.assertEqual(sim.stop()[0], 0)

    def test_existing_certificate_is_reused(self):
        cert_dir = tempfile.mkdtemp(prefix="portal-sim-cert-")
        first = Simulator("--cert-dir", cert_dir)
        first.stop()
        second = Simulator("--cert-dir", cert_dir)
        try:
            self.assertEqual(first.ready["cert_sha256"], second.ready["cert_sha256"])
            self.assertEqual(second.call("GET", "/api/2.0/authentication", tls=True).status, 200)
        finally:
            second.stop()

    def test_help_names_the_demo_credentials(self):
        text = subprocess.run([sys.executable, SIMULATOR, "--help"], capture_output=True, text=True,
                              check=True).stdout
        for needle in ("admin@example.com", "admin-password", "123456", CLIENT_ID, CLIENT_SECRET, "/__sim/faults",
                       "disabled@example.com", "guest@example.com", "--version-string", "--saas",
                       "--limited-dev-tools", "--recaptcha-demanded", "--cloud-registry", "sim-recaptcha-pass",
                       "--portals", "--latency", "max_concurrent_calls"):
            self.assertIn(needle, text)


class ManyPortalsTest(unittest.TestCase):
    """--portals N in one process, --latency, and the concurrency gauge of /__sim/state (test instrumentation)."""

    def test_independent_portals_latency_and_gauge(self):
        sim = Simulator("--no-https", "--portals", "3", "--latency", "0.3")
        try:
            listed = sim.ready["portals"]
            self.assertEqual(len(listed), 3)
            self.assertEqual(listed[0]["http_port"], sim.ready["http_port"])
            self.assertEqual(len({entry["http_port"] for entry in listed}), 3)
            self.assertTrue(all(entry["https_port"] is None for entry in listed))

            def on(index, method, path, body=None, key=FULL_KEY):
                url = "http://127.0.0.1:%d%s" % (listed[index]["http_port"], path)
                data = json.dumps(body).encode() if body is not None else None
                request = urllib.request.Request(url, data=data, method=method,
                                                 headers={"Authorization": "Bearer " + key,
                                                          "Content-Type": "application/json"})
                with urllib.request.urlopen(request, timeout=10) as response:
                    return json.loads(response.read())

            # Each portal keeps its own keys.
            on(1, "POST", "/api/2.0/settings/authservice",
               {"name": "dropbox", "props": [{"name": "dropboxClientId", "value": "one"},
                                             {"name": "dropboxClientSecret", "value": "two"}]})
            self.assertEqual(on(1, "GET", "/__sim/state")["consumers"]["dropbox"]["dropboxClientId"], "one")
            self.assertEqual(on(2, "GET", "/__sim/state")["consumers"]["dropbox"]["dropboxClientId"], "")

            # Four calls at once to portal 0, two to portal 2: each answers after the latency, together.
            for index in range(3):
                on(index, "POST", "/__sim/reset")
            started = time.monotonic()
            calls = [threading.Thread(target=on, args=(index, "GET", "/api/2.0/settings/authservice"))
                     for index in (0, 0, 0, 0, 2, 2)]
            for call in calls:
                call.start()
            for call in calls:
                call.join()
            elapsed = time.monotonic() - started
            self.assertGreaterEqual(elapsed, 0.3)
            self.assertLess(elapsed, 6 * 0.3)
            state = on(0, "GET", "/__sim/state")
            self.assertEqual(state["max_concurrent_calls"], 4)
            self.assertEqual(state["max_concurrent_calls_all_portals"], 6)
            self.assertEqual(on(1, "GET", "/__sim/state")["max_concurrent_calls"], 0)
            # /__sim/ calls wait for nothing and count for nothing; the latency can change at run time.
            self.assertEqual(on(0, "POST", "/__sim/config", {"latency": 0})["latency"], 0)
        finally:
            self.assertEqual(sim.stop()[0], 0)


if __name__ == "__main__":
    unittest.main()
