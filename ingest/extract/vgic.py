"""Placeholder: being written."""
from ingest.facts import Extractor

EXTRACTOR = Extractor(name="vgic", paths=(), fn=lambda files: [])
