"""The ``kg`` command line: parses options and calls the stages."""
from __future__ import annotations

import json
import sys
from dataclasses import asdict
from pathlib import Path

import click

from . import __version__
from .articles import segment
from .build import BuildOptions, build
from .export.graphml import write_graphml
from .lexicons import Lexicons
from .mentions import extract_articles
from .nlp import build_pipeline
from .pages import InputError, Skipped, find_pages, read_pages


def fail(message: str) -> None:
    click.echo(f"kg: error: {message}", err=True)
    sys.exit(1)


def warn(skipped: Skipped) -> None:
    click.echo(f"kg: warning: skipped {skipped.source}: {skipped.reason}", err=True)


common = [
    click.option("--home", default="", help="Home city (茂名市); inferred from the pages when omitted."),
    click.option("--lexicon", "lexicon_dirs", multiple=True, type=click.Path(exists=True, file_okay=False),
                 help="Folder of extra lexicon files (same names as kg/data); repeatable."),
    click.option("--backbone", default="lac", show_default=True,
                 help="Statistical NER: 'lac' (offline) or an installed spaCy pipeline such as zh_core_web_sm."),
    click.option("--encoding", default=None, help="Force the page encoding (default: detect)."),
]


def with_common(function):
    for option in reversed(common):
        function = option(function)
    return function


@click.group()
@click.version_option(__version__, prog_name="kg")
def main() -> None:
    """Build knowledge graphs from PDF-extracted pages of Chinese local newspapers."""


@main.command("build")
@click.argument("paths", nargs=-1, required=True)
@click.option("--graphml", type=click.Path(dir_okay=False), help="Write the graph as GraphML (for Gephi).")
@click.option("--quiet", is_flag=True, help="No progress bar.")
@with_common
def build_command(paths, graphml, quiet, home, lexicon_dirs, backbone, encoding) -> None:
    """Build the graph of the pages in PATHS (files or folders of .txt pages)."""
    from rich.console import Console
    from rich.progress import BarColumn, Progress, TextColumn, TimeRemainingColumn

    options = BuildOptions(home, backbone, tuple(lexicon_dirs), encoding)
    try:
        total = len(find_pages(paths))
        with Progress(TextColumn("{task.description}"), BarColumn(), TextColumn("{task.completed}/{task.total} pages"),
                      TimeRemainingColumn(), disable=quiet or total < 2, transient=True,
                      console=Console(stderr=True)) as bar:
            task = bar.add_task("extracting", total=total)
            result = build(paths, options, progress=lambda page: bar.advance(task),
                           on_skip=lambda skipped: (warn(skipped), bar.advance(task)))
        if result.pages == 0:
            fail("no readable pages in " + ", ".join(paths))
        if graphml:
            write_graphml(result.knowledge.graph, graphml)
    except (InputError, ValueError, OSError) as error:
        fail(str(error))
    summary = result.knowledge.summary()
    home = result.knowledge.home
    click.echo(f"pages {result.pages}  articles {summary['articles']}  home {home.city or '?'} ({home.province or '?'})")
    click.echo("entities " + "  ".join(f"{t} {summary[t]}" for t in ("PERSON", "PLACE", "ORG", "PROGRAMME"))
               + f"  nodes {summary['nodes']}  edges {summary['edges']}")
    if graphml:
        click.echo(f"wrote {graphml}")


@main.command("extract")
@click.argument("paths", nargs=-1, required=True)
@with_common
def extract_command(paths, home, lexicon_dirs, backbone, encoding) -> None:
    """Print each article with its headline, byline, entities and titles as JSON lines."""
    try:
        lex = Lexicons.load(lexicon_dirs)
        nlp = build_pipeline(backbone, lexicon_dirs)
        for item in read_pages(find_pages(paths), encoding):
            if isinstance(item, Skipped):
                warn(item)
                continue
            for result in extract_articles(segment(item, lex), nlp):
                article = result.article
                click.echo(json.dumps({
                    "id": article.id, "source": article.source, "kind": article.kind,
                    "headline": article.headline,
                    "byline": [asdict(c) for c in article.byline],
                    "rejected_byline": list(article.rejected_byline),
                    "entities": [{"text": m.text, "type": m.label, "sentence": m.sentence,
                                  "page_offset": article.sentences[m.sentence].page_span(m.start, m.end)[0],
                                  **({"titles": [asdict(t) for t in m.titles]} if m.titles else {})}
                                 for m in result.mentions],
                }, ensure_ascii=False))
    except (InputError, ValueError, OSError) as error:
        fail(str(error))
