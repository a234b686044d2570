"""RFC 6238 TOTP codes (SHA-1, 6 digits, 30 s) for the end-to-end scripts, computed independently of the server."""

import base64
import hashlib
import hmac
import struct


def totp(secret, at):
    """The code of the Base32 `secret` at unix time `at`."""
    key = base64.b32decode(secret + "=" * (-len(secret) % 8))
    digest = hmac.new(key, struct.pack(">Q", int(at // 30)), hashlib.sha1).digest()
    offset = digest[-1] & 0x0F
    value = (struct.unpack(">I", digest[offset:offset + 4])[0] & 0x7FFFFFFF) % 1000000
    return "%06d" % value
