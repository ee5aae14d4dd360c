#!/usr/bin/env python3
"""Writes the seed corpora of tests/fuzz/corpus/<harness>/ (committed; run again only to change them).

Every seed is made here from scratch with PyJWT, the cryptography package and the openssl command, so that
the fuzzers start from inputs that reach deep into each reader. The first byte of a seed is the harness's
selector where the harness has one (see FuzzSupport.h)."""
import base64, hashlib, json, os, subprocess, sys, tempfile

import jwt
from cryptography.hazmat.primitives import serialization
from cryptography.hazmat.primitives.asymmetric import ec, ed25519, rsa

here = os.path.dirname(os.path.abspath(__file__))


def write(harness, data, selector=None):
    if isinstance(data, str):
        data = data.encode()
    if selector is not None:
        data = bytes([selector]) + data
    folder = os.path.join(here, "corpus", harness)
    os.makedirs(folder, exist_ok=True)
    name = hashlib.sha1(data).hexdigest()[:16]
    with open(os.path.join(folder, name), "wb") as f:
        f.write(data)


def b64(data):
    return base64.urlsafe_b64encode(data).rstrip(b"=").decode()


def token_seeds(keys):
    secret = "a fuzzing secret of thirty-two by"
    claims = {"sub": "admin", "iat": 1700000000, "exp": 4102444800, "nbf": 1700000000, "aud": "docspace"}
    for alg in ("HS256", "HS384", "HS512"):
        write("fuzz_token", jwt.encode(claims, secret, algorithm=alg, headers={"kid": "k1"}))
    # A Document Server callback token: the payload nests the request body.
    write("fuzz_token", jwt.encode({"payload": {"key": "doc-1", "status": 2, "url": "https://ds/x"}}, secret))
    for alg, key in (("RS256", keys["rsa"]), ("PS256", keys["rsa"]), ("ES256", keys["ec256"]),
                     ("ES384", keys["ec384"]), ("EdDSA", keys["ed"])):
        write("fuzz_token", jwt.encode(claims, key, algorithm=alg))
    head = b64(b'{"alg":"HS256"}')
    for payload in (b"[1,2]", b"true", b"not json", b'{"exp":"soon","kid":1}', b'{"a":1,"a":2}', b"\xff\xfe"):
        write("fuzz_token", f"{head}.{b64(payload)}.{b64(b'x' * 32)}")
    write("fuzz_token", f"Bearer {head}.{b64(b'{}')}.")
    write("fuzz_token", ".".join([b64(b'{"alg":"dir","enc":"A128GCM"}'), "", b64(b"iv"), b64(b"ct"), b64(b"tag")]))
    unsigned = b64(b'{"alg":"none"}')
    write("fuzz_token", f"{unsigned}.{b64(b'{}')}.")


def key_seeds(keys):
    pem_private = serialization.Encoding.PEM, serialization.PrivateFormat.PKCS8, serialization.NoEncryption()
    public = serialization.Encoding.PEM, serialization.PublicFormat.SubjectPublicKeyInfo
    for name, key in keys.items():
        write("fuzz_keys", key.private_bytes(*pem_private), selector=0)
        write("fuzz_keys", key.public_key().public_bytes(*public), selector=2)
        jwk = json.loads(jwt.algorithms.get_default_algorithms()[
            {"rsa": "RS256", "ec256": "ES256", "ec384": "ES384", "ec521": "ES512", "ed": "EdDSA"}[name]
        ].to_jwk(key.public_key()))
        jwk["kid"] = "k1"
        write("fuzz_keys", json.dumps(jwk), selector=0)
        write("fuzz_keys", json.dumps({"keys": [jwk, dict(jwk, kid="k2")]}), selector=1)
    write("fuzz_keys", json.dumps({"kty": "oct", "k": b64(b"s" * 32), "kid": "k1"}), selector=0)
    write("fuzz_keys", "a fuzzing secret", selector=3)
    write("fuzz_keys", b64(b"s" * 32), selector=3 + 4 * 2)
    write("fuzz_keys", "00ff" * 16, selector=3 + 4 * 3)
    with tempfile.TemporaryDirectory() as tmp:
        subprocess.run(["openssl", "req", "-x509", "-newkey", "ec", "-pkeyopt", "ec_paramgen_curve:P-256",
                        "-nodes", "-subj", "/CN=fuzz", "-days", "1", "-keyout", f"{tmp}/k", "-out", f"{tmp}/c"],
                       check=True, capture_output=True)
        write("fuzz_keys", open(f"{tmp}/c", "rb").read(), selector=2)


def bundle_document():
    return json.dumps({"format": 1, "kind": "portalkeys-bundle", "created": "2026-12-01T10:00:00Z", "drafts": [
        {"product": "docspace", "service": "google", "title": "Google for the office",
         "keys": [{"name": "googleClientId", "value": "1234.apps.googleusercontent.com"},
                  {"name": "googleClientSecret", "value": "GOCSPX-abc"}], "note": "from the admin"},
        {"product": "workspace", "service": "twilio", "title": "Twilio",
         "keys": [{"name": "twilioAccountSid", "value": ""}]}]})


def bundle_seeds():
    document = bundle_document()
    write("fuzz_bundle", document, selector=1)
    write("fuzz_bundle", '{"format": 2, "kind": "portalkeys-bundle", "drafts": []}', selector=1)
    with tempfile.TemporaryDirectory() as tmp:
        with open(f"{tmp}/doc.json", "w") as f:
            f.write(document)
        for cipher, form in (("-aes-256-gcm", "DER"), ("-aes-256-cbc", "DER"), ("-aes-128-cbc", "PEM")):
            result = subprocess.run(["openssl", "cms", "-encrypt", "-in", f"{tmp}/doc.json", "-binary",
                                     cipher, "-pwri_password", "fuzzing passphrase", "-outform", form],
                                    capture_output=True)
            if result.returncode == 0:
                write("fuzz_bundle", result.stdout, selector=0)


def portal_answer_seeds():
    answers = [
        {"response": {"version": "3.7.2.1", "docSpace": True, "tenantId": 1}, "count": 1, "status": 0,
         "statusCode": 200, "links": [{"href": "https://p/api/2.0/settings", "action": "GET"}]},
        {"response": [{"name": "google", "title": "Google", "canSet": True, "props": [
            {"name": "googleClientId", "title": "Client ID", "value": "x"}]}], "count": 1},
        {"response": [{"id": 3, "name": "cron", "key": "sk-***abcd", "permissions": ["*"], "isActive": True,
                       "createOn": "2026-11-01T10:00:00", "expiresAt": "2027-01-01T00:00:00"}]},
        {"error": {"message": "Access denied", "type": "System.Security.SecurityException", "stack": "at X"},
         "status": 1, "statusCode": 403},
        {"type": "about:blank", "title": "Bad Request", "status": 400, "detail": "client_id invalid"},
        {"error": "invalid_grant", "error_description": "code expired"},
        {"data": [{"client_id": "c1", "name": "App", "scopes": ["files:read"], "redirect_uris": ["https://a/cb"],
                   "client_secret": "s", "logo": "data:image/png;base64,AAAA"}], "next": "c1"},
    ]
    for index, answer in enumerate(answers):
        write("fuzz_portal_answer", json.dumps(answer), selector=index * 37 % 256)
    write("fuzz_portal_answer", "<html><body>502 Bad Gateway</body></html>", selector=10 + 32)
    write("fuzz_portal_answer", "Wed, 21 Oct 2026 07:28:00 GMT", selector=8)
    write("fuzz_portal_answer", "120", selector=8)


def catalog_seeds():
    catalog = os.path.join(here, "..", "..", "resources", "catalog", "services.json")
    with open(catalog, "rb") as f:
        write("fuzz_catalog", f.read(), selector=0)
    write("fuzz_catalog", json.dumps({"format": 1, "products": {"docspace": {"version": "3.7", "services": [
        {"name": "box", "keys": [{"name": "boxClientId", "label": "“Client ID”", "pattern": "^[a-z0-9]{32}$"}]}]}}}),
          selector=0)
    for version in ("3.7.2.1", "12.6.0.1900", "unknown", "3", "99999999999.1", "2.6.2"):
        write("fuzz_catalog", version, selector=2)
    for value in ("1234.apps.googleusercontent.com", "https://example.com/cb", "AKIAIOSFODNN7EXAMPLE",
                  "-----BEGIN PRIVATE KEY-----\nMII\n-----END PRIVATE KEY-----", " spaced "):
        write("fuzz_catalog", value, selector=4)


def oauth_app_seeds():
    app = {"name": "Reports", "description": "Monthly reports", "website_url": "https://example.com",
           "terms_url": "https://example.com/terms", "policy_url": "https://example.com/policy",
           "logo": "data:image/png;base64,iVBORw0KGgo=", "redirect_uris": ["https://example.com/cb",
           "http://127.0.0.1/callback"], "allowed_origins": ["https://example.com"],
           "logout_redirect_uri": "https://example.com/bye", "scopes": ["files:read", "accounts.self:write"],
           "allow_pkce": True, "is_public": False, "client_id": "abc", "client_secret": "secret"}
    write("fuzz_oauth_app", json.dumps(app), selector=0)
    write("fuzz_oauth_app", json.dumps({"name": 5, "scopes": "files:read", "redirect_uris": [1]}), selector=0)
    write("fuzz_oauth_app", json.dumps([{"name": "files:read", "group": "files", "type": "read"},
                                        {"name": "openid", "group": "openid", "type": "openid"}]), selector=1)
    write("fuzz_oauth_app", "files:read, files:write  accounts:read", selector=2)


def icon_seeds():
    with tempfile.TemporaryDirectory() as tmp:
        for size, form in (("32x32", "png"), ("64x40", "png"), ("32x32", "jpg")):
            path = f"{tmp}/i.{form}"
            subprocess.run(["convert", "-size", size, "xc:#3366cc", path], check=True)
            data = open(path, "rb").read()
            write("fuzz_icon", data, selector=0)
            write("fuzz_icon", data, selector=3)
            write("fuzz_icon", data, selector=1)
            mime = "image/png" if form == "png" else "image/jpeg"
            write("fuzz_icon", f"data:{mime};base64,{base64.b64encode(data).decode()}", selector=2)
    svg = '<svg xmlns="http://www.w3.org/2000/svg" width="32" height="32"><rect width="32" height="32"/></svg>'
    write("fuzz_icon", svg, selector=0)
    write("fuzz_icon", '<?xml version="1.0"?><!DOCTYPE s [<!ENTITY a "aa">]><svg>&a;</svg>', selector=1)


def main():
    keys = {"rsa": rsa.generate_private_key(public_exponent=65537, key_size=2048),
            "ec256": ec.generate_private_key(ec.SECP256R1()), "ec384": ec.generate_private_key(ec.SECP384R1()),
            "ec521": ec.generate_private_key(ec.SECP521R1()), "ed": ed25519.Ed25519PrivateKey.generate()}
    token_seeds(keys)
    key_seeds(keys)
    bundle_seeds()
    portal_answer_seeds()
    catalog_seeds()
    oauth_app_seeds()
    icon_seeds()


if __name__ == "__main__":
    sys.exit(main())
