"""Placeholder blueprint, replaced by its owner."""

from flask import Blueprint

bp = Blueprint("sparql", __name__)
