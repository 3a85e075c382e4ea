"""Placeholder: being written."""
from ingest.facts import Extractor

EXTRACTOR = Extractor(name="firmware", paths=(), fn=lambda files: [])
