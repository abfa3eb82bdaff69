"""Errors of the hub's services; each class carries its HTTP status.

    AccordError (500)
     ├── BadRequest (400)        malformed input: a date that is not a date
     ├── Unauthorized (401)      no or wrong credentials
     ├── Forbidden (403)         authenticated, but the rule says no
     ├── NotFound (404)          no such thing, or not visible to the caller
     ├── NotAcceptable (406)     the client accepts no media type we answer with
     ├── Conflict (409)          the thing exists already / state forbids it
     ├── PayloadTooLarge (413)   the body exceeds the announced maximum
     ├── UnsupportedMediaType (415) the body's content type is not the protocol's
     ├── Unprocessable (422)     well-formed but semantically invalid
     └── TooManyRequests (429)   throttled (failed logins)

Adapters read ``status`` when handling: the REST API answers
``{"detail": message}``, the CLI prints the message on one line and exits
non-zero. Messages never contain secrets.
"""

from __future__ import annotations


class AccordError(Exception):
    status: int = 500

    def __init__(self, message: str) -> None:
        super().__init__(message)
        self.message = message


class BadRequest(AccordError):
    status = 400


class Unauthorized(AccordError):
    status = 401


class Forbidden(AccordError):
    status = 403


class NotFound(AccordError):
    status = 404


class NotAcceptable(AccordError):
    status = 406


class Conflict(AccordError):
    status = 409


class PayloadTooLarge(AccordError):
    status = 413


class UnsupportedMediaType(AccordError):
    status = 415


class Unprocessable(AccordError):
    status = 422


class TooManyRequests(AccordError):
    status = 429

    def __init__(self, message: str, retry_after: int) -> None:
        super().__init__(message)
        self.retry_after = retry_after
