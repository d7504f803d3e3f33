"""Why a review action was refused: the web layer answers each with its status (404, 409, 422)."""

from __future__ import annotations


class ReviewError(Exception):
    """A review action refused; the message names the input and the problem."""


class NotFound(ReviewError):
    """No incident, mention or user with that id."""


class Conflict(ReviewError):
    """The action does not fit the ledger's state (an incident already merged, a split that leaves nothing)."""


class Invalid(ReviewError):
    """A value an analyst gave is not one the field takes."""
