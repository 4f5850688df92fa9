"""Placeholder blueprint, replaced by its owner."""

from flask import Blueprint

bp = Blueprint("graphview", __name__)
