#!/usr/bin/env python3
"""An independent JWS implementation for PortalKeys' tests: Debian's PyJWT (python3-jwt) and cryptography.

Usage:
    jwt_peer.py check         print the PyJWT version (exit 3 when PyJWT or cryptography is missing)
    jwt_peer.py genkey ALG    print a new key pair for ALG as PEM (RS*/PS*: RSA 2048, ES*: its curve, EdDSA: Ed25519)
    jwt_peer.py sign          read a request from stdin, print the token
    jwt_peer.py verify        read a request from stdin, print the verified payload and header (exit 1 if invalid)
    jwt_peer.py verdicts      read {"alg", key, "tokens": [...], "jws": bool} from stdin, print PyJWT's verdict on
                              each token: {"verdicts": [{"ok": bool, "error": "ExceptionName", "crash": bool}]}

Requests are one JSON object on stdin, never arguments, so that key material and HMAC secrets never show in a
process list:  {"alg": "HS256", "secret_b64url": "...", "private_pem": "...", "public_pem": "...",
"payload": {...}, "headers": {...}, "token": "..."}.  Every answer is one JSON object on stdout.
"""
import base64
import json
import sys


def answer(obj, code=0):
    print(json.dumps(obj))
    return code


def b64url_decode(text):
    return base64.urlsafe_b64decode(text + "=" * (-len(text) % 4))


def signing_key(request, private):
    alg = request["alg"]
    if alg.startswith("HS"):
        return b64url_decode(request["secret_b64url"])
    return request["private_pem" if private else "public_pem"].encode("ascii")


def generate(alg):
    from cryptography.hazmat.primitives import serialization
    from cryptography.hazmat.primitives.asymmetric import ec, ed25519, rsa

    curves = {"ES256": ec.SECP256R1, "ES384": ec.SECP384R1, "ES512": ec.SECP521R1}
    if alg[:2] in ("RS", "PS"):
        key = rsa.generate_private_key(public_exponent=65537, key_size=2048)
    elif alg in curves:
        key = ec.generate_private_key(curves[alg]())
    elif alg == "EdDSA":
        key = ed25519.Ed25519PrivateKey.generate()
    else:
        raise ValueError("no key pair for " + alg)
    private_pem = key.private_bytes(serialization.Encoding.PEM, serialization.PrivateFormat.PKCS8,
                                    serialization.NoEncryption())
    public_pem = key.public_key().public_bytes(serialization.Encoding.PEM,
                                               serialization.PublicFormat.SubjectPublicKeyInfo)
    return {"private_pem": private_pem.decode("ascii"), "public_pem": public_pem.decode("ascii")}


def verdict(jwt, request, token):
    """PyJWT's verdict on one token, as a JWT or (with "jws") as a plain JWS.

    An exception other than InvalidTokenError is a refusal too (a server using PyJWT would not accept the
    token), but it is marked as a crash: PyJWT did not mean to say no that way."""
    key = signing_key(request, False)
    try:
        if request.get("jws"):
            jwt.PyJWS().decode(token, key, algorithms=[request["alg"]])
        else:
            jwt.decode(token, key, algorithms=[request["alg"]])
    except jwt.InvalidTokenError as error:
        return {"ok": False, "error": type(error).__name__, "crash": False}
    except Exception as error:  # noqa: BLE001  (see the docstring)
        return {"ok": False, "error": type(error).__name__, "crash": True}
    return {"ok": True}


def main(argv):
    mode = argv[1] if len(argv) > 1 else ""
    try:
        import cryptography  # noqa: F401  (PyJWT needs it for RS*, PS*, ES*, EdDSA)
        import jwt
    except ImportError as error:
        return answer({"ok": False, "error": "missing module: %s" % error}, 3)

    if mode == "check":
        return answer({"ok": True, "pyjwt": jwt.__version__})
    if mode == "genkey" and len(argv) == 3:
        return answer(generate(argv[2]))
    if mode not in ("sign", "verify", "verdicts"):
        return answer({"ok": False, "error": "usage: jwt_peer.py check | genkey ALG | sign | verify | verdicts"}, 2)

    request = json.load(sys.stdin)
    if mode == "verdicts":
        return answer({"ok": True, "verdicts": [verdict(jwt, request, token) for token in request["tokens"]]})
    if mode == "sign":
        token = jwt.encode(request["payload"], signing_key(request, True), algorithm=request["alg"],
                           headers=request.get("headers"))
        return answer({"ok": True, "token": token})
    try:
        payload = jwt.decode(request["token"], signing_key(request, False), algorithms=[request["alg"]])
    except jwt.InvalidTokenError as error:
        # The error names the check that failed, never the key.
        return answer({"ok": False, "error": type(error).__name__}, 1)
    return answer({"ok": True, "payload": payload, "header": jwt.get_unverified_header(request["token"])})


if __name__ == "__main__":
    sys.exit(main(sys.argv))
