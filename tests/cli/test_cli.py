"""The `policykg` command line, end to end on temporary stores."""

from __future__ import annotations

import json
from pathlib import Path

import pyoxigraph as ox
import pytest
from click.testing import CliRunner

from graph_builder.cli import main
from tests.conftest import SAMPLE_TRIG
from tests.factories import TEXT


@pytest.fixture
def cli() -> CliRunner:
    return CliRunner()


def invoke(cli: CliRunner, *args: str) -> str:
    result = cli.invoke(main, list(args), catch_exceptions=False)
    assert result.exit_code == 0, result.output
    return result.output


@pytest.mark.parametrize(
    "command",
    ["build", "extract", "evaluate", "load", "validate", "query", "export", "stats", "serve"],
)
def test_every_command_has_help(cli: CliRunner, command: str) -> None:
    assert "Usage:" in invoke(cli, command, "--help")


def test_load_query_export_stats(cli: CliRunner, tmp_path: Path) -> None:
    store = str(tmp_path / "store")
    assert "loaded 1 file" in invoke(cli, "load", str(SAMPLE_TRIG), "--store", store)
    out = invoke(
        cli,
        "query",
        "SELECT (COUNT(*) AS ?n) WHERE { ?s a <https://w3id.org/policykg/ontology#Policy> }",
        "--store",
        store,
        "--format",
        "csv",
    )
    assert out.splitlines() == ["n", "2"]
    target = tmp_path / "dump.nq"
    invoke(cli, "export", "--format", "nq", "--out", str(target), "--store", store)
    quads = list(ox.parse(path=str(target), format=ox.RdfFormat.N_QUADS))
    sample = list(ox.parse(path=str(SAMPLE_TRIG), format=ox.RdfFormat.TRIG))
    merged = {q.triple for q in sample}  # the default graph the load merged, each fact once
    assert len(quads) == len(sample) + len(merged)
    stats = json.loads(invoke(cli, "stats", "--store", store))
    assert stats["quads"] == len(quads)
    assert stats["triples"] == len(merged)
    assert stats["named_graphs"] == 3


def test_load_into_named_graph_and_construct(cli: CliRunner, tmp_path: Path) -> None:
    store = str(tmp_path / "store")
    ttl = tmp_path / "x.ttl"
    ttl.write_text('<https://e.org/s> <https://e.org/p> "Hà Nội"@vi .\n', encoding="utf-8")
    invoke(cli, "load", str(ttl), "--graph", "https://e.org/g", "--store", store)
    out = invoke(
        cli,
        "query",
        "CONSTRUCT { ?s ?p ?o } WHERE { GRAPH <https://e.org/g> { ?s ?p ?o } }",
        "--format",
        "nt",
        "--store",
        store,
    )
    assert '"Hà Nội"@vi' in out


@pytest.mark.parametrize(
    ("args", "message"),
    [
        (["query", "SELECT WHERE {"], "error"),
        (["query", "SELECT * WHERE { ?s ?p ?o }", "--format", "ttl"], "need one of"),
        (["load", "--graph", "not an iri"], "not a valid IRI"),
    ],
)
def test_bad_input_is_a_clear_error(
    cli: CliRunner, tmp_path: Path, args: list[str], message: str
) -> None:
    store = str(tmp_path / "store")
    invoke(cli, "load", str(SAMPLE_TRIG), "--store", store)
    if args[0] == "load":
        args = [*args[:1], str(SAMPLE_TRIG), *args[1:]]
    result = cli.invoke(main, [*args, "--store", store])
    assert result.exit_code != 0
    assert message.lower() in result.output.lower()


def test_missing_store_is_a_clear_error(cli: CliRunner, tmp_path: Path) -> None:
    result = cli.invoke(main, ["stats", "--store", str(tmp_path / "none")])
    assert result.exit_code == 1
    assert "policykg build" in result.output


def test_bad_rdf_file_loads_nothing(cli: CliRunner, tmp_path: Path) -> None:
    store = str(tmp_path / "store")
    invoke(cli, "load", str(SAMPLE_TRIG), "--store", store)
    bad = tmp_path / "bad.ttl"
    bad.write_text("<a> <b> .", encoding="utf-8")
    result = cli.invoke(main, ["load", str(bad), "--store", store])
    assert result.exit_code == 1
    stats = json.loads(invoke(cli, "stats", "--store", store))
    assert stats["named_graphs"] == 3


def test_export_jsonld_parses(cli: CliRunner, tmp_path: Path) -> None:
    store = str(tmp_path / "store")
    invoke(cli, "load", str(SAMPLE_TRIG), "--store", store)
    out = tmp_path / "d.jsonld"
    invoke(cli, "export", "--format", "jsonld", "--out", str(out), "--store", store)
    graph = ox.parse(path=str(out), format=ox.RdfFormat.JSON_LD)
    labels = {t.object.value for t in graph if t.predicate.value.endswith("#label")}
    assert "Bộ Lao động - Thương binh và Xã hội" in labels


def test_validate_reads_graphs_back_from_the_store(cli: CliRunner, tmp_path: Path) -> None:
    store = str(tmp_path / "store")
    invoke(cli, "load", str(SAMPLE_TRIG), "--store", store)
    result = cli.invoke(main, ["validate", "--store", store])
    assert result.exit_code == 0, result.output
    assert "0 graph(s) with violations" in result.output


def test_build_query_export_end_to_end(cli: CliRunner, tmp_path: Path) -> None:
    """The real pipeline: articles in, a queryable, exportable, valid graph out."""
    from tests.conftest import DATA

    raw = tmp_path / "raw"
    raw.mkdir()
    for name in ("lead_decision.txt", "national_decree.txt"):
        (raw / name).write_bytes((DATA / "unseen" / name).read_bytes())
    store = str(tmp_path / "store")
    out = invoke(cli, "build", str(raw), "--store", store, "--no-pyvi")
    assert "2 built" in out and "0 failed" in out
    again = invoke(cli, "build", str(raw), "--store", store, "--no-pyvi")
    assert "0 built, 2 unchanged" in again
    answer = invoke(
        cli,
        "query",
        "PREFIX pkg: <https://w3id.org/policykg/ontology#> "
        "SELECT ?n WHERE { ?p pkg:documentNumber ?n } ORDER BY ?n",
        "--store",
        store,
        "--format",
        "csv",
    )
    assert "76/2024/NĐ-CP" in answer and "1045/QĐ-UBND" in answer
    dump = tmp_path / "all.trig"
    invoke(cli, "export", "--format", "trig", "--out", str(dump), "--store", store)
    graphs = {
        q.graph_name.value
        for q in ox.parse(path=str(dump), format=ox.RdfFormat.TRIG)
        if isinstance(q.graph_name, ox.NamedNode)
    }
    assert "https://w3id.org/policykg/graph/lead_decision" in graphs
    assert "0 graph(s) with violations" in invoke(cli, "validate", "--store", store)


def test_a_full_disk_ends_the_build_with_one_line_and_keeps_the_live_generation(
    cli: CliRunner, tmp_path: Path, monkeypatch: pytest.MonkeyPatch
) -> None:
    import errno

    from graph_builder.store.generations import GenerationStore, Writer

    raw = tmp_path / "raw"
    raw.mkdir()
    (raw / "a.txt").write_text(TEXT, encoding="utf-8")
    store = tmp_path / "store"
    invoke(cli, "build", str(raw), "--store", str(store), "--no-pyvi")
    live = GenerationStore(store).version()

    def full(self: Writer, quads: object) -> None:
        raise OSError(errno.ENOSPC, "No space left on device")

    monkeypatch.setattr(Writer, "add", full)
    (raw / "a.txt").write_text(TEXT + " Sửa.", encoding="utf-8")
    result = cli.invoke(main, ["build", str(raw), "--store", str(store), "--no-pyvi"])
    assert result.exit_code == 1
    last = result.output.strip().splitlines()[-1]
    assert last == (
        f"Error: cannot write the store {store}: No space left on device; "
        "the live generation is unchanged"
    )
    assert "Traceback" not in result.output
    assert GenerationStore(store).version() == live
    assert sorted(p.name for p in store.iterdir() if p.is_dir()) == [live]
