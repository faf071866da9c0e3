"""The ``kg`` command line: parses options and calls the stages."""
from __future__ import annotations

import json
import sys
import time
from contextlib import contextmanager
from dataclasses import asdict
from pathlib import Path

import click

from . import __version__
from .build import BuildOptions, Extractor, build
from .analysis import ARTICLE, NODE_ANALYSIS_KEYS, enrich, filter_graph, with_articles
from .export.graphml import NODE_KEYS, write_graphml
from .export.png import draw_png
from .records import ENTITY_TYPES
from .export.neo4j import Neo4jError, Neo4jTarget, load, parameters_from, run_query
from .export.neo4j_csv import write_neo4j_csv
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


def stacked(options):
    """One decorator applying a list of click options in order."""
    def decorate(function):
        for option in reversed(options):
            function = option(function)
        return function
    return decorate


with_common = stacked(common)


@click.group()
@click.version_option(__version__, prog_name="kg")
def main() -> None:
    """Build knowledge graphs from PDF-extracted pages of Chinese local newspapers."""


neo4j_options = [
    click.option("--neo4j", "neo4j_uri", envvar="NEO4J_URI", help="Bolt URI of a Neo4j server (env NEO4J_URI)."),
    click.option("--user", envvar="NEO4J_USER", default="neo4j", show_default=True, help="Neo4j user (env NEO4J_USER)."),
    click.option("--password", envvar="NEO4J_PASSWORD", default="", help="Neo4j password (env NEO4J_PASSWORD)."),
    click.option("--database", envvar="NEO4J_DATABASE", default="neo4j", show_default=True, help="Neo4j database."),
]


with_neo4j = stacked(neo4j_options)


def gephi_view(knowledge, min_weight: float, min_count: int, kinds: set[str], articles: bool):
    """The graph as Gephi and the picture get it: optional article nodes, filters, then measures."""
    graph = with_articles(knowledge) if articles else knowledge.graph
    if min_weight or min_count or kinds:
        graph = filter_graph(graph, min_weight, min_count, (kinds | ({ARTICLE} if articles else set())) or None)
    enrich(graph)
    return graph


@contextmanager
def page_progress(total: int, quiet: bool):
    """A progress bar on stderr with pages, characters per second and ETA; yields advance(characters)."""
    from rich.console import Console
    from rich.progress import BarColumn, MofNCompleteColumn, Progress, TextColumn, TimeRemainingColumn

    started = time.monotonic()
    characters = 0
    with Progress(TextColumn("pages"), BarColumn(), MofNCompleteColumn(), TextColumn("{task.fields[speed]}"),
                  TimeRemainingColumn(), disable=quiet or total < 2, transient=True,
                  console=Console(stderr=True)) as bar:
        task = bar.add_task("pages", total=total, speed="")

        def advance(count: int) -> None:
            nonlocal characters
            characters += count
            speed = characters / max(time.monotonic() - started, 1e-6)
            bar.update(task, advance=1, speed=f"{speed:,.0f} chars/s")

        yield advance


@main.command("build")
@click.argument("paths", nargs=-1, required=True)
@click.option("--graphml", type=click.Path(dir_okay=False), help="Write the graph as GraphML (for Gephi).")
@click.option("--png", type=click.Path(dir_okay=False), help="Draw a labelled overview of the largest component.")
@click.option("--min-weight", default=0.0, type=float, help="GraphML/PNG: drop co-occurrence edges below this weight.")
@click.option("--min-count", default=0, type=click.IntRange(0), help="GraphML/PNG: drop edges seen in fewer sentences.")
@click.option("--types", default="", help="GraphML/PNG: keep these node types, e.g. PERSON,ORG.")
@click.option("--with-articles", is_flag=True, help="GraphML/PNG: add article nodes (entity-article view).")
@click.option("--neo4j-csv", "neo4j_csv", type=click.Path(file_okay=False),
              help="Write CSV files for neo4j-admin database import into this folder.")
@click.option("--batch-size", default=1000, show_default=True, type=click.IntRange(1), help="Rows per Neo4j transaction.")
@click.option("--replace", is_flag=True, help="Clear what earlier builds wrote to Neo4j first.")
@click.option("--workers", default=0, type=click.IntRange(0), help="Extraction processes (default: one per core).")
@click.option("--cache-dir", type=click.Path(file_okay=False), help="Per-page cache (default $KG_CACHE_DIR or ~/.cache/kg).")
@click.option("--no-cache", is_flag=True, help="Re-read every page; neither read nor write the cache.")
@click.option("--quiet", is_flag=True, help="No progress bar.")
@with_neo4j
@with_common
def build_command(paths, graphml, png, min_weight, min_count, types, with_articles, neo4j_csv, batch_size, replace,
                  workers, cache_dir, no_cache, quiet, neo4j_uri, user, password, database, home, lexicon_dirs,
                  backbone, encoding) -> None:
    """Build the graph of the pages in PATHS (files or folders of .txt pages)."""
    options = BuildOptions(home, backbone, tuple(lexicon_dirs), encoding, workers, cache_dir, not no_cache)
    kinds = {t.strip().upper() for t in types.split(",") if t.strip()}
    if kinds - set(ENTITY_TYPES):
        fail(f"--types: unknown type {', '.join(sorted(kinds - set(ENTITY_TYPES)))} (use {','.join(ENTITY_TYPES)})")
    try:
        files = [str(path) for path in find_pages(paths)]  # folders are walked once, here
        with page_progress(len(files), quiet) as advance:
            result = build(files, options, progress=lambda page: advance(len(page.text)),
                           on_skip=lambda skipped: (warn(skipped), advance(0)))
        if result.pages == 0:
            fail("no readable pages in " + ", ".join(paths))
        if graphml or png:
            view = gephi_view(result.knowledge, min_weight, min_count, kinds, with_articles)
            if graphml:
                write_graphml(view, graphml, NODE_KEYS + NODE_ANALYSIS_KEYS)
            if png:
                draw_png(view, png, title=f"kg: {', '.join(paths)}")
        if neo4j_csv:
            write_neo4j_csv(result.knowledge, neo4j_csv)
        if neo4j_uri:
            written = load(result.knowledge, Neo4jTarget(neo4j_uri, user, password, database), batch_size, replace)
    except (InputError, Neo4jError, ValueError, OSError, RuntimeError) as error:
        fail(str(error))
    summary = result.knowledge.summary()
    home = result.knowledge.home
    cached = f" ({result.cached_pages} from cache)" if result.cached_pages else ""
    click.echo(f"pages {result.pages}{cached}  articles {summary['articles']}  home {home.city or '?'} ({home.province or '?'})")
    click.echo("entities " + "  ".join(f"{t} {summary[t]}" for t in ENTITY_TYPES)
               + f"  nodes {summary['nodes']}  edges {summary['edges']}")
    for target in (graphml, png, neo4j_csv):
        if target:
            click.echo(f"wrote {target}")
    if neo4j_uri:
        click.echo(f"loaded into {neo4j_uri} ({database}): " + ", ".join(f"{k} {v}" for k, v in written.items()))


@main.command("query")
@click.argument("file", type=click.Path(exists=True, dir_okay=False))
@click.option("--param", "params", multiple=True, metavar="NAME=VALUE", help="A query parameter; repeatable.")
@with_neo4j
def query_command(file, params, neo4j_uri, user, password, database) -> None:
    """Run a Cypher FILE (such as one from cypher/) against --neo4j and print a table."""
    from rich.console import Console
    from rich.table import Table

    if not neo4j_uri:
        fail("no server: give --neo4j URI or set NEO4J_URI")
    try:
        columns, rows = run_query(Neo4jTarget(neo4j_uri, user, password, database),
                                  Path(file).read_text(encoding="utf-8"), parameters_from(params))
    except (Neo4jError, OSError) as error:
        fail(f"{file}: {error}")
    table = Table(*columns)
    for row in rows:
        table.add_row(*(json.dumps(v, ensure_ascii=False) if not isinstance(v, str) else v for v in row))
    Console(width=200).print(table)
    click.echo(f"{len(rows)} rows")


@main.command("extract")
@click.argument("paths", nargs=-1, required=True)
@with_common
def extract_command(paths, home, lexicon_dirs, backbone, encoding) -> None:
    """Print each article with its headline, byline, entities and titles as JSON lines."""
    try:
        extractor = Extractor(BuildOptions(home, backbone, tuple(lexicon_dirs), encoding))
        for item in read_pages(find_pages(paths), encoding):
            if isinstance(item, Skipped):
                warn(item)
                continue
            for result in extractor(item):
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


@main.command("eval")
@click.argument("corpora", nargs=-1, type=click.Path(exists=True, dir_okay=False))
@click.option("--pages", "pages_dir", type=click.Path(exists=True, file_okay=False),
              help="Folder of saved real pages (<id>.txt) to score against --gold.")
@click.option("--gold", "gold_file", type=click.Path(exists=True, dir_okay=False),
              help="Gold facts of the --pages articles (JSON lines: tests/data/real_pages.jsonl).")
@click.option("--ablate", is_flag=True, help="Also print the change in P/R/F1 when each rule alone is switched off.")
@click.option("--format", "form", type=click.Choice(["auto", "bio", "cluener"]), default="auto", show_default=True,
              help="Corpus format: character BIO or CLUENER JSON lines (auto: from the first line).")
@click.option("--errors", default=0, type=click.IntRange(0), help="List this many misses and false hits per corpus.")
@click.option("--lexicon", "lexicon_dirs", multiple=True, type=click.Path(exists=True, file_okay=False),
              help="Folder of extra lexicon files (same names as kg/data); repeatable.")
@click.option("--backbone", default="lac", show_default=True,
              help="The backbone to score, with the rules and alone: 'lac' or an installed spaCy zh pipeline.")
def eval_command(corpora, pages_dir, gold_file, ablate, form, errors, lexicon_dirs, backbone) -> None:
    """Precision, recall and F1 per type on gold CORPORA and real pages, for the pipeline and its backbone.

    \b
    Example:
      kg eval ../shared/data/msra/dev.bio --ablate
      kg eval --pages ~/real-pages --gold tests/data/real_pages.jsonl --errors 20
    """
    from .evaluate import CorpusError, Scorer, ablation, format_ablation, micro, read_corpus, TYPES
    from .evaluate_pages import PageScorer, read_gold
    from .nlp import RULE_NAMES

    if bool(pages_dir) != bool(gold_file):
        fail("--pages and --gold go together")
    if not corpora and not pages_dir:
        fail("nothing to score: give CORPORA files or --pages DIR --gold FILE")
    names = [name for _, _, name in RULE_NAMES]
    for corpus in corpora:
        try:
            scorer = Scorer(read_corpus(Path(corpus), form), backbone, lexicon_dirs)
            result = scorer.run()
        except (CorpusError, OSError, ValueError) as error:
            fail(str(error))
        click.echo(f"{corpus}: {result.sentences} sentences")
        click.echo(f"{'type':<10}{'pipeline P':>12}{'R':>8}{'F1':>8}{'backbone P':>13}{'R':>8}{'F1':>8}{'gold':>7}")
        rows = [(label, result.pipeline.prf(label), result.backbone.prf(label), result.pipeline.gold[label])
                for label in TYPES if result.pipeline.gold[label] or result.pipeline.found[label]]
        rows.append(("all", micro(result.pipeline), micro(result.backbone), sum(result.pipeline.gold.values())))
        for label, ours, raw, gold in rows:
            click.echo(f"{label:<10}{ours[0]:>12.3f}{ours[1]:>8.3f}{ours[2]:>8.3f}"
                       f"{raw[0]:>13.3f}{raw[1]:>8.3f}{raw[2]:>8.3f}{gold:>7}")
        if result.titles_gold:
            click.echo(f"titles attached to the adjacent name: {result.titles_attached}/{result.titles_gold} "
                       f"({result.titles_attached / result.titles_gold:.3f})")
        for heading, found in (("misses", result.pipeline.misses), ("false hits", result.pipeline.false_hits)):
            for name, label, text in found[:errors]:
                click.echo(f"  {heading}: {name} [{label}] in {text[:60]}")
        if ablate:
            click.echo("\n".join(format_ablation(*ablation(scorer, names))))
    if pages_dir:
        try:
            scorer = PageScorer(Path(pages_dir), read_gold(Path(gold_file)), backbone, lexicon_dirs)
        except (CorpusError, OSError, ValueError) as error:
            fail(str(error))
        result = scorer.run()
        if not result.articles:
            fail(f"{pages_dir}: none of the {len(result.missing)} gold articles is saved there (<id>.txt)")
        click.echo(f"{pages_dir}: {result.articles} articles of {len(result.papers)} papers"
                   + (f" ({len(result.missing)} in the gold not saved)" if result.missing else ""))
        click.echo(f"{'type':<12}{'P':>8}{'R':>8}{'F1':>8}{'gold':>7}")
        for label in ("PERSON", "PLACE", "ORG", "PROGRAMME"):
            p, r, f = result.entities.prf(label)
            click.echo(f"{label:<12}{p:>8.3f}{r:>8.3f}{f:>8.3f}{result.entities.gold[label]:>7}")
        p, r, f = result.overall()
        click.echo(f"{'all':<12}{p:>8.3f}{r:>8.3f}{f:>8.3f}{sum(result.entities.gold.values()):>7}")
        click.echo(f"titles found {result.titles_found}/{result.titles_gold}"
                   f" ({result.titles_found / max(result.titles_gold, 1):.1%}), right organisation "
                   f"{result.orgs_right}/{result.orgs_gold} ({result.orgs_right / max(result.orgs_gold, 1):.1%})")
        for heading, found in (("misses", result.entities.misses), ("false hits", result.entities.false_hits)):
            for name, label, article in found[:errors]:
                click.echo(f"  {heading}: {name} [{label}] in {article}")
        for line in result.title_misses[:errors]:
            click.echo(f"  titles: {line}")
        if ablate:
            click.echo("\n".join(format_ablation(*ablation(scorer, names))))


if __name__ == "__main__":
    main()
