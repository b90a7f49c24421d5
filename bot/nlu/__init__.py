"""Rasa NLU graph components that expose the core's rule-based readers to the pipeline.

This package and `actions/` are the only places that import Rasa.
"""
