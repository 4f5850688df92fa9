"""Placeholder blueprint, replaced by its owner."""

from flask import Blueprint

bp = Blueprint("search", __name__)
