"""The analyst's workspace: verdicts, corrections, merges and splits, each recorded in an audit.

The modules are imported by name (``review.actions``, ``review.overlay``, ...): the link
stage imports ``overlay`` to lay corrections over the rows it recomputes, and
``actions`` imports the link stage, so this package imports nothing itself.
"""
