"""What every exporter shares: text cleaning and the Neo4j labels of the node types."""
from __future__ import annotations

import re

from ..records import ORG, PERSON, PLACE, PROGRAMME

LABELS = {PERSON: "Person", PLACE: "Place", ORG: "Organization", PROGRAMME: "Programme"}
# Every entity also carries this label and a unique "TYPE:name" id, whatever its type.
ENTITY = "Entity"
INVALID_XML = re.compile("[\x00-\x08\x0b\x0c\x0e-\x1f\x7f\ufffe\uffff\ud800-\udfff]")


def clean(value: str) -> str:
    """Text without the control characters XML 1.0 and CSV readers choke on (form feeds from PDF extraction ...)."""
    return INVALID_XML.sub("", value)
