"""Evaluation against the labelled suites, by the rules of the suites' README."""
