"""The ``kg`` command line: parses options and calls the stages.

Problems a user can fix (a missing file, an unreachable server, an unknown
backbone) are caught around the call that raises them and end in one line;
anything else is a bug and keeps its traceback.
"""
from __future__ import annotations

import codecs
import json
import re
import sys
import time
from contextlib import contextmanager
from pathlib import Path

import click

from . import __version__
from .lexicons import Lexicons
from .export.neo4j import Neo4jError, Neo4jTarget, connect, load, run_query
from .pages import InputError, Skipped, find_pages, read_pages
from .records import ENTITY_TYPES


class Failure(click.ClickException):
    """One line on stderr and exit status 1."""

    def show(self, file=None) -> None:
        click.echo(f"kg: error: {self.format_message()}", err=True)


@contextmanager
def reported(*errors: type[Exception], prefix: str = ""):
    """Turn the expected ``errors`` of the enclosed call into a one-line Failure."""
    try:
        yield
    except errors as error:
        raise Failure(f"{prefix}{error}") from None


def warn(message: str) -> None:
    click.echo(f"kg: warning: {message}", err=True)


def skipped_warning(skipped: "Skipped") -> None:
    warn(f"skipped {skipped.source}: {skipped.reason}")


def known_encoding(context, parameter, value: str | None) -> str | None:
    if value:
        try:
            codecs.lookup(value)
        except LookupError:
            raise Failure(f"--encoding {value}: unknown encoding (try utf-8 or gb18030)") from None
    return value


def entity_types(context, parameter, value: str) -> set[str]:
    kinds = {t.strip().upper() for t in value.split(",") if t.strip()}
    if kinds - set(ENTITY_TYPES):
        raise Failure(f"--types: unknown type {', '.join(sorted(kinds - set(ENTITY_TYPES)))} "
                      f"(use {','.join(ENTITY_TYPES)})")
    return kinds


class QueryParameter(click.ParamType):
    """``name=庄悦群`` -> ('name', '庄悦群'); integers and decimals become numbers."""

    name = "NAME=VALUE"

    def convert(self, value, param, ctx):
        if isinstance(value, tuple):
            return value
        key, sep, text = value.partition("=")
        if not sep or not key:
            raise Failure(f"--param {value!r}: expected NAME=VALUE")
        if re.fullmatch(r"-?\d+", text):
            return key, int(text)
        if re.fullmatch(r"-?\d+\.\d+", text):
            return key, float(text)
        return key, text


def options(*decorators):
    """One decorator applying click options in the order written."""
    def decorate(function):
        for decorator in reversed(decorators):
            function = decorator(function)
        return function
    return decorate


pipeline_options = options(
    click.option("--home", default="", help="Home city (茂名市); inferred from the pages when omitted."),
    click.option("--lexicon", "lexicon_dirs", multiple=True, type=click.Path(exists=True, file_okay=False),
                 help="Folder of extra lexicon files (same names as kg/data); repeatable."),
    click.option("--backbone", default="lac", show_default=True,
                 help="Statistical NER: 'lac' (offline) or an installed spaCy pipeline such as zh_core_web_sm."),
    click.option("--encoding", default=None, callback=known_encoding,
                 help="Force the page encoding (default: detect UTF-8, UTF-16, GB18030)."),
)

server_options = options(
    click.option("--neo4j", "neo4j_uri", envvar="NEO4J_URI", help="Bolt URI of a Neo4j server (env NEO4J_URI)."),
    click.option("--user", envvar="NEO4J_USER", default="neo4j", show_default=True, help="Neo4j user (env NEO4J_USER)."),
    click.option("--password", envvar="NEO4J_PASSWORD", default="", help="Neo4j password (env NEO4J_PASSWORD)."),
    click.option("--database", envvar="NEO4J_DATABASE", default="neo4j", show_default=True, help="Neo4j database."),
)


def day(value) -> str:
    return value.date().isoformat() if value else ""


def neo4j_target(settings: dict) -> Neo4jTarget:
    return Neo4jTarget(settings["neo4j_uri"], settings["user"], settings["password"], settings["database"])


@click.group()
@click.version_option(__version__, prog_name="kg")
def main() -> None:
    """Build knowledge graphs from PDF-extracted pages of Chinese local newspapers.

    \b
    Example:
      kg build seeds --graphml out/graph.graphml --png out/graph.png
      kg build seeds --neo4j bolt://127.0.0.1:7687 --password secret
      kg query cypher/01_titles_at_organisations.cypher --param name=庄悦群 --neo4j bolt://127.0.0.1:7687
    """


@contextmanager
def page_progress(total: int, quiet: bool):
    """A progress bar on a terminal's stderr with pages, characters per second and ETA; yields advance(characters)."""
    from rich.console import Console
    from rich.progress import BarColumn, MofNCompleteColumn, Progress, TextColumn, TimeRemainingColumn

    console = Console(stderr=True)
    started = time.monotonic()
    characters = 0
    with Progress(TextColumn("pages"), BarColumn(), MofNCompleteColumn(), TextColumn("{task.fields[speed]}"),
                  TimeRemainingColumn(), disable=quiet or total < 2 or not console.is_terminal, transient=True,
                  console=console) as bar:
        task = bar.add_task("pages", total=total, speed="")

        def advance(count: int) -> None:
            nonlocal characters
            characters += count
            speed = characters / max(time.monotonic() - started, 1e-6)
            bar.update(task, advance=1, speed=f"{speed:,.0f} chars/s")

        yield advance


def load_summary(written: dict[str, int]) -> list[str]:
    """Rows written per kind (nodes, MENTIONED_IN ...), one short line each."""
    totals: dict[str, int] = {}
    for step, count in written.items():
        kind = step.split(":")[0]
        totals[kind] = totals.get(kind, 0) + count
    return [f"  {kind:<14}{count:>9,}" for kind, count in totals.items()]


@main.command("build", short_help="Build the graph of pages; write GraphML, PNG, Neo4j CSV or load Neo4j.")
@click.argument("paths", nargs=-1, required=True)
@click.option("--graphml", type=click.Path(dir_okay=False), help="Write the graph as GraphML (for Gephi).")
@click.option("--png", type=click.Path(dir_okay=False), help="Draw a labelled overview of the largest component.")
@click.option("--png-timeline", type=click.Path(dir_okay=False),
              help="Draw the main entities on a time axis (first to last appearance), from dated pages.")
@click.option("--gexf", type=click.Path(dir_okay=False),
              help="Write GEXF 1.3 with time (Gephi's Timeline), from dated pages.")
@click.option("--neo4j-csv", "neo4j_csv", type=click.Path(file_okay=False),
              help="Write CSV files for neo4j-admin database import into this folder.")
@click.option("--min-weight", default=0.0, type=click.FloatRange(0, 1),
              help="GraphML/PNG: drop co-occurrence edges below this weight (0-1).")
@click.option("--min-count", default=0, type=click.IntRange(0), help="GraphML/PNG: drop edges seen in fewer sentences.")
@click.option("--types", default="", callback=entity_types, help="GraphML/PNG: keep these node types, e.g. PERSON,ORG.")
@click.option("--with-articles", is_flag=True, help="GraphML/PNG: add article nodes (entity-article view).")
@server_options
@click.option("--replace", is_flag=True, help="Neo4j: clear what earlier builds wrote first.")
@click.option("--batch-size", default=10_000, show_default=True, type=click.IntRange(1), help="Neo4j: rows per transaction.")
@pipeline_options
@click.option("--paper", default="", help="The paper's name (茂名日报): 本报 in its pages names it, and its reporters work there.")
@click.option("--workers", default=0, type=click.IntRange(0), help="Extraction processes; 0 (default): one per core.")
@click.option("--dask", "dask_address", default="", metavar="ADDRESS",
              help="Extract on a Dask cluster: tcp://HOST:8786, or local:N worker processes (pip install 'kg[dask]').")
@click.option("--since", type=click.DateTime(["%Y-%m-%d"]), help="Only pages dated on or after this day (YYYY-MM-DD).")
@click.option("--until", type=click.DateTime(["%Y-%m-%d"]), help="Only pages dated on or before this day (YYYY-MM-DD).")
@click.option("--period", type=click.Choice(["month", "week", "year"]), default="month", show_default=True,
              help="The unit of the counts over time on nodes and links.")
@click.option("--date-from-mtime", is_flag=True,
              help="A page whose path and masthead give no date takes its file's modification day.")
@click.option("--cache-dir", type=click.Path(file_okay=False), help="Per-page cache (default $KG_CACHE_DIR or ~/.cache/kg).")
@click.option("--no-cache", is_flag=True, help="Re-read every page; neither read nor write the cache.")
@click.option("--quiet", is_flag=True, help="No progress bar.")
def build_command(paths, **settings) -> None:
    """Build the graph of the pages in PATHS (.txt files, or folders searched for them).

    \b
    Example:
      kg build seeds --graphml out/graph.graphml --png out/graph.png
      kg build archive/2024 --types PERSON,ORG --min-weight 0.6 --graphml out/people-orgs.graphml
      kg build archive --neo4j bolt://127.0.0.1:7687 --password secret --replace
      kg build archive --neo4j-csv out/csv
      kg build archive --since 2024-01-01 --until 2024-06-30 --period week --graphml out/h1.graphml
      kg build s3://papers/mmrb --dask tcp://scheduler:8786 --graphml out/mmrb.graphml
    """
    from .build import BuildOptions, ExtractionError, build  # spaCy loads here, not for --help
    from .distributed import DaskError

    outputs = [settings[name] for name in ("graphml", "gexf", "png", "png_timeline", "neo4j_csv", "neo4j_uri")]
    if not any(outputs):
        raise Failure("nothing to write: give --graphml FILE, --gexf FILE, --png FILE, --neo4j-csv DIR or --neo4j URI")
    build_options = BuildOptions(settings["home"], settings["backbone"], tuple(settings["lexicon_dirs"]),
                                 settings["encoding"], settings["workers"], settings["cache_dir"],
                                 not settings["no_cache"], settings["dask_address"],
                                 day(settings["since"]), day(settings["until"]), settings["date_from_mtime"],
                                 settings["period"], settings["paper"])
    home = settings["home"]
    if home and not {home, home + "市"} & set(Lexicons.load(settings["lexicon_dirs"]).city_province):
        warn(f"--home {home}: not a city in the lexicon (cities.tsv); its province is unknown")
    if settings["neo4j_uri"]:  # a server that is down or refuses us is reported before hours of extraction
        with reported(Neo4jError):
            connect(neo4j_target(settings)).close()
    with reported(InputError):
        files = [str(path) for path in find_pages(paths)]  # folders are walked once, here
    with reported(ValueError, ExtractionError, DaskError), page_progress(len(files), settings["quiet"]) as advance:
        result = build(files, build_options, progress=advance,
                       on_skip=lambda skipped: (skipped_warning(skipped), advance(0)))
    if result.pages == 0:
        raise Failure("no readable pages in " + ", ".join(paths))
    knowledge = result.knowledge
    written = []
    if settings["graphml"] or settings["png"]:
        from .analysis import gephi_view

        view = gephi_view(knowledge, settings["min_weight"], settings["min_count"], settings["types"],
                          settings["with_articles"])
        shape = f"{view.number_of_nodes()} nodes, {view.number_of_edges()} edges"
        if settings["graphml"]:
            from .analysis import NODE_ANALYSIS_KEYS
            from .export.graphml import NODE_KEYS, write_graphml

            with reported(OSError):
                write_graphml(view, settings["graphml"], NODE_KEYS + NODE_ANALYSIS_KEYS)
            written.append(f"wrote {settings['graphml']} ({shape})")
        if settings["png"]:
            from .export.png import draw_png

            with reported(OSError, ValueError, RuntimeError, prefix=f"{settings['png']}: "):
                draw_png(view, settings["png"], title=f"kg: {', '.join(paths)}")
            written.append(f"wrote {settings['png']} ({shape})")
    if settings["png_timeline"]:
        from .export.png import draw_timeline

        with reported(OSError, ValueError, RuntimeError, prefix=f"{settings['png_timeline']}: "):
            draw_timeline(knowledge, settings["png_timeline"], title=f"kg: {', '.join(paths)}")
        written.append(f"wrote {settings['png_timeline']}")
    if settings["gexf"]:
        from .export.gexf import write_gexf

        with reported(OSError):
            write_gexf(knowledge, settings["gexf"])
        written.append(f"wrote {settings['gexf']}")
    if settings["neo4j_csv"]:
        from .export.neo4j_csv import write_neo4j_csv

        with reported(OSError):
            write_neo4j_csv(knowledge, settings["neo4j_csv"])
        written.append(f"wrote {settings['neo4j_csv']}")
    if settings["neo4j_uri"]:
        with reported(Neo4jError):
            loaded = load(knowledge, neo4j_target(settings), settings["batch_size"], settings["replace"])
        written += [f"loaded into {settings['neo4j_uri']} ({settings['database']}):", *load_summary(loaded)]
    summary = knowledge.summary()
    cached = f" ({result.cached_pages} from cache)" if result.cached_pages else ""
    click.echo(f"pages {result.pages}{cached}  articles {summary['articles']}  "
               f"home {knowledge.home.city or '?'} ({knowledge.home.province or '?'})")
    click.echo("entities " + "  ".join(f"{t} {summary[t]}" for t in ENTITY_TYPES)
               + f"  nodes {summary['nodes']}  edges {summary['edges']}")
    if result.undated:
        left = " (left out: outside --since/--until)" if build_options.since or build_options.until else ""
        click.echo(f"pages without a date: {result.undated}{left}")
    dated_outside = result.outside_period - (result.undated if build_options.since or build_options.until else 0)
    if dated_outside:
        click.echo(f"pages dated outside {day(settings['since']) or '…'} – {day(settings['until']) or '…'}: "
                   f"{dated_outside}")
    for line in written:
        click.echo(line)


@main.command("query", short_help="Run a Cypher file against Neo4j; print a table, CSV or JSON.")
@click.argument("file", type=click.Path(exists=True, dir_okay=False))
@click.option("--param", "params", multiple=True, type=QueryParameter(), help="A query parameter; repeatable.")
@click.option("--format", "form", type=click.Choice(["table", "csv", "json"]), default="table", show_default=True,
              help="table for reading, csv for a spreadsheet, json (nodes with labels and properties) for programs.")
@server_options
def query_command(file, params, form, **settings) -> None:
    """Run a Cypher FILE (such as one from cypher/) against --neo4j and print its result.

    \b
    Example:
      kg query cypher/01_titles_at_organisations.cypher --param name=庄悦群 --neo4j bolt://127.0.0.1:7687
      kg query cypher/07_person_neighbourhood.cypher --param name=庄悦群 --format json > neighbours.json
    """
    from .query import WRITERS

    if not settings["neo4j_uri"]:
        raise Failure("no server: give --neo4j URI or set NEO4J_URI")
    with reported(Neo4jError, OSError, prefix=f"{file}: "):
        columns, rows = run_query(neo4j_target(settings), Path(file).read_text(encoding="utf-8"), dict(params))
    WRITERS[form](columns, rows, sys.stdout)


@main.command("extract", short_help="Print each article's parts, entities and titles as JSON lines.")
@click.argument("paths", nargs=-1, required=True)
@pipeline_options
def extract_command(paths, home, lexicon_dirs, backbone, encoding) -> None:
    """Print each article of the pages in PATHS with its headline, byline, entities and titles as JSON lines.

    \b
    Example:
      kg extract seeds/003_b22435f0da40d994.txt | head -1 | python -m json.tool
    """
    from .build import BuildOptions, Extractor
    from .mentions import article_json

    with reported(InputError):
        files = find_pages(paths)
    with reported(ValueError):
        extractor = Extractor(BuildOptions(home, backbone, tuple(lexicon_dirs), encoding))
    for item in read_pages(files, encoding):
        if isinstance(item, Skipped):
            skipped_warning(item)
            continue
        for result in extractor(item):
            click.echo(json.dumps(article_json(result), ensure_ascii=False))


@main.command("eval", short_help="Score the pipeline and its backbone on NER corpora and real pages.")
@click.argument("corpora", nargs=-1, type=click.Path(exists=True, dir_okay=False))
@click.option("--pages", "pages_dir", type=click.Path(exists=True, file_okay=False),
              help="Folder of saved real pages (<id>.txt) to score against --gold.")
@click.option("--gold", "gold_files", multiple=True, type=click.Path(exists=True, dir_okay=False),
              help="Gold facts of the --pages articles (JSON lines: tests/data/real_pages*.jsonl); "
                   "repeatable, each set scored on its own.")
@click.option("--against", "second_gold", type=click.Path(exists=True, dir_okay=False),
              help="A second annotator's gold of the --gold articles: score it against --gold instead of kg "
                   "(their agreement, the ceiling of any tool on that gold); needs no --pages.")
@click.option("--ablate", is_flag=True, help="Also print the change in P/R/F1 when each rule alone is switched off.")
@click.option("--format", "form", type=click.Choice(["auto", "bio", "cluener"]), default="auto", show_default=True,
              help="Format of CORPORA: character BIO (MSRA) or CLUENER JSON lines; auto reads the first line.")
@click.option("--errors", default=0, type=click.IntRange(0), help="List this many misses and false hits per corpus.")
@click.option("--lexicon", "lexicon_dirs", multiple=True, type=click.Path(exists=True, file_okay=False),
              help="Folder of extra lexicon files to score with (same names as kg/data); repeatable.")
@click.option("--backbone", default="lac", show_default=True,
              help="The backbone to score, with the rules and alone: 'lac' or an installed spaCy zh pipeline.")
def eval_command(corpora, pages_dir, gold_files, second_gold, ablate, form, errors, lexicon_dirs, backbone) -> None:
    """Precision, recall and F1 per type on gold CORPORA and real pages, for the pipeline and its backbone.

    \b
    Example:
      kg eval ../shared/data/msra/dev.bio --ablate
      kg eval --pages ~/real-pages --gold tests/data/real_pages.jsonl --errors 20
      kg eval --pages ~/real-pages --gold tests/data/real_pages.jsonl --gold tests/data/real_pages_fresh.jsonl
      kg eval --gold tests/data/real_pages_thirtyfifth.jsonl --against tests/data/agreement_thirtyfifth.jsonl
    """
    from . import evaluate, evaluate_pages
    from .nlp import RULE_NAMES

    if second_gold:
        if len(gold_files) != 1 or corpora or pages_dir or ablate:
            raise Failure("--against compares two golds: give it exactly one --gold, and no CORPORA, --pages or --ablate")
        with reported(evaluate.CorpusError, OSError, ValueError):
            first, second = (evaluate_pages.read_gold(Path(path)) for path in (gold_files[0], second_gold))
        result = evaluate_pages.agreement(first, second, lexicon_dirs)
        if not result.articles:
            raise Failure(f"{second_gold}: none of the {len(first)} articles of {gold_files[0]} is in it")
        click.echo("\n".join(evaluate_pages.report(f"{Path(second_gold).name} against {Path(gold_files[0]).name}",
                                                   result, errors, f"of {Path(gold_files[0]).name} not in it")))
        return

    if bool(pages_dir) != bool(gold_files):
        raise Failure("--pages and --gold go together")
    if not corpora and not pages_dir:
        raise Failure("nothing to score: give CORPORA files or --pages DIR --gold FILE")
    names = [name for _, _, name in RULE_NAMES]
    scorers = []
    for corpus in corpora:
        with reported(evaluate.CorpusError, OSError, ValueError):
            scorer = evaluate.Scorer(evaluate.read_corpus(Path(corpus), form), backbone, lexicon_dirs)
        click.echo("\n".join(evaluate.report(corpus, scorer.run(), errors)))
        scorers.append((corpus, scorer))
    for gold_file in gold_files:
        with reported(evaluate.CorpusError, OSError, ValueError):
            scorer = evaluate_pages.PageScorer(Path(pages_dir), evaluate_pages.read_gold(Path(gold_file)), backbone,
                                               lexicon_dirs)
        result = scorer.run()
        if not result.articles:
            raise Failure(f"{pages_dir}: none of the {len(result.missing)} gold articles of {gold_file} is saved there "
                          "(<id>.txt)")
        source = f"{pages_dir} ({Path(gold_file).name})"
        click.echo("\n".join(evaluate_pages.report(source, result, errors)))
        scorers.append((source, scorer))
    if ablate:
        for source, scorer in scorers:
            click.echo(f"\nablation on {source}: change in P R F1 (points) with one rule off")
            click.echo("\n".join(evaluate.format_ablation(*evaluate.ablation(scorer, names))))


if __name__ == "__main__":
    main()
