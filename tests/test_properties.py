"""Properties (hypothesis): valid facts always render; consistent facts pass the checks and one broken cell
gives exactly its rule; what the interview prompt accepts is stored, re-offered and saved faithfully."""

from __future__ import annotations

import dataclasses
import datetime as dt
import io
import zipfile
from pathlib import Path
from xml.etree import ElementTree as ET

import pytest
from hypothesis import HealthCheck, example, given, settings
from hypothesis import strategies as st

from drafter.checks import rules as checks
from drafter.facts.load import parse_facts
from drafter.facts.model import AGENCY_KINDS, Applications, Facts, Fees
from drafter.interview.questions import BY_KEY
from drafter.interview.state import State, load_state, save_state
from drafter.interview.values import format_default, format_entry, parse_answer
from drafter.pipeline import WRITERS, draft_report, render_bytes
from drafter.tables import APPLICANT_COLUMNS, T3_ROWS
from tests.conftest import nonzero_facts

FAST = settings(max_examples=25, deadline=None, suppress_health_check=[HealthCheck.too_slow])
LEAVES = [r.key for r in T3_ROWS if r.key not in ("new_received", "carried_over", "carried_forward", "total")]
ODD = "\x00\x01\x07\x0b\x0c\x1f\x7f\ud800\ufffe\u3000\u00a0\t\n&<>\"'{}%#|："
text = st.text(alphabet=st.one_of(st.sampled_from("镇政府公开信息条例甲乙丙　 ,.;；0123456789abcXYZ"),
                                  st.sampled_from(ODD)), max_size=40)
name = text.filter(lambda t: t.strip() != "" and t.isprintable())  # a name must survive the cleaning
counts = st.integers(min_value=0, max_value=10_000_000)
small = st.integers(min_value=0, max_value=500)


@st.composite
def facts_trees(draw: st.DrawFn) -> dict[str, object]:
    """A facts file's tree as YAML would give it: every value within what the loader accepts."""
    year = draw(st.integers(min_value=2009, max_value=2099))
    doc = {c: draw(counts) for c in ("issued", "repealed", "in_force")}
    return {
        "schema": 1, "year": year,
        "agency": {"name": draw(name) + "人民政府",
                   "short_name": draw(text), "kind": draw(st.sampled_from(AGENCY_KINDS))},
        "signing_date": dt.date(year + 1, 1, draw(st.integers(min_value=1, max_value=31))),
        "overview": {"proactive": {"platforms": draw(text), "total": draw(st.none() | counts),
                                   "channels": draw(st.lists(st.fixed_dictionaries(
                                       {"name": name, "count": counts, "unit": st.sampled_from("条篇件"),
                                        "verb": st.sampled_from(["", "发布", "公开"])}), max_size=4)),
                                   "text": draw(text)},
                     "requests_text": draw(text), "platform_text": draw(text)},
        "proactive_table": {"regulations": doc, "normative_documents": doc, "licensing": draw(counts),
                            "penalties": draw(counts), "coercive_measures": draw(counts),
                            "fees_10k_yuan": str(draw(st.decimals(min_value=0, max_value=999999, places=4)))},
        "applications": {"new_received": draw(st.lists(counts, min_size=6, max_size=6)),
                         "granted": draw(st.lists(counts, min_size=6, max_size=6)),
                         "withheld": {"state_secret": draw(st.lists(counts, min_size=6, max_size=6))}},
        "reviews_and_lawsuits": {"review": {"upheld": draw(counts), "pending": draw(counts)}},
        "problems": draw(st.lists(text, max_size=3)), "measures": draw(st.lists(text, max_size=3)),
        "other_matters": draw(st.lists(text, max_size=2)),
        "own_text": {"management": draw(text), "measures": "\n".join(draw(st.lists(text, max_size=3)))},
        "last_year": {"year": year - 1, "text": "\n".join(draw(st.lists(text, max_size=3)))},
    }


@FAST
@given(tree=facts_trees())
def test_own_text_and_last_year_survive_the_facts_file(tree: dict[str, object]) -> None:
    """The agency's own text and last year's record, whatever characters and lines they hold, read back as written."""
    from drafter.facts.dump import dump_facts
    from drafter.facts.load import parse_yaml

    facts = parse_facts(tree, "生成的事实")
    back = parse_facts(parse_yaml(dump_facts(facts), "x"), "x")
    assert (back.own_text, back.last_year) == (facts.own_text, facts.last_year)


@FAST
@given(tree=facts_trees())
def test_any_valid_facts_render_in_every_format(tree: dict[str, object]) -> None:
    """Whatever valid facts say, every writer succeeds, text is UTF-8 and the .docx is well-formed XML."""
    facts = parse_facts(tree, "生成的事实")
    drafted = draft_report(facts)
    for fmt in WRITERS.keys() - {"pdf"}:  # the PDF is LibreOffice's conversion of the .docx
        data = render_bytes(facts, fmt, drafted=drafted)
        if fmt == "docx":
            with zipfile.ZipFile(io.BytesIO(data)) as zf:
                ET.fromstring(zf.read("word/document.xml"))
        else:
            data.decode("utf-8")


@st.composite
def consistent_facts(draw: st.DrawFn) -> Facts:
    """Facts built to satisfy every rule: 表三 balances per column, a township without 规章, fees noticed."""
    rows = {key: tuple(draw(small) for _ in APPLICANT_COLUMNS) for key in LEAVES if draw(st.booleans())}
    outcome = Applications(rows).outcome_total()
    forward = tuple(draw(small) for _ in APPLICANT_COLUMNS)
    carried = tuple(min(draw(small), outcome[c] + forward[c]) for c in range(6))
    rows.update(carried_forward=forward, carried_over=carried,
                new_received=tuple(outcome[c] + forward[c] - carried[c] for c in range(6)))
    apps = Applications(rows)
    notices = apps.total("other_handling.overdue_fee") + 50 + draw(small)  # room for the broken cell below (D6)
    base = nonzero_facts()
    return dataclasses.replace(base, applications=apps, fees=Fees(notices, base.fees.notice_amount_10k_yuan,
                                                                  base.fees.collected_10k_yuan))


def _errors(facts: Facts) -> list[tuple[str, str]]:
    found = checks.check_report(facts, draft_report(facts).draft)
    return sorted((p.code, p.path) for p in found if p.severity == checks.ERROR)


@FAST
@given(facts=consistent_facts(), data=st.data())
def test_consistent_facts_pass_and_one_broken_cell_gives_exactly_its_rule(facts: Facts, data: st.DataObject) -> None:
    """No check error on consistent facts; one 表三 cell off by n gives exactly A1 for that column."""
    assert _errors(facts) == []
    # （六）2 also feeds D6 (fee notices must cover it), so breaking it can rightly give D6 as well
    key = data.draw(st.sampled_from([k for k in LEAVES if k != "other_handling.overdue_fee"]))
    column = data.draw(st.integers(min_value=0, max_value=5))
    row = list(facts.applications.row(key))
    row[column] += data.draw(st.integers(min_value=1, max_value=50))
    broken = dataclasses.replace(facts, applications=Applications({**facts.applications.rows, key: tuple(row)}))
    assert _errors(broken) == [("A1", f"applications[{column + 1}]")]


def test_a_township_with_a_regulation_gives_exactly_e1() -> None:
    """Breaking the 规章 cell of a consistent township gives E1 on that cell and nothing else."""
    facts = nonzero_facts()
    assert _errors(facts) == []
    table = dataclasses.replace(facts.proactive_table,
                                regulations=dataclasses.replace(facts.proactive_table.regulations, issued=1))
    assert _errors(dataclasses.replace(facts, proactive_table=table)) == [("E1", "proactive_table.regulations.issued")]


TYPED = [q for q in BY_KEY.values() if q.type in ("count", "year", "amount", "date", "numbers", "entries", "text", "list")]
answers = st.one_of(
    st.text(alphabet=st.sampled_from("0123456789０１２３４５６７８９ 　,，、;；.-/年月日万元条篇件甲乙网站发布"), max_size=30),
    st.from_regex(r"\A(20[0-9]{2})[-年/](1[0-2]|0?[1-9])[-月/]([12][0-9]|0?[1-9])日?\Z"),
    st.from_regex(r"\A[0-9]{1,7}( [0-9]{1,7}){5}\Z"),
    st.from_regex(r"\A[甲乙丙网站]{1,6} (发布 )?[0-9]{1,6}[条篇件]?\Z"),
    text,
)


@pytest.fixture(scope="module")
def partial_file(tmp_path_factory: pytest.TempPathFactory) -> Path:
    return tmp_path_factory.mktemp("state") / "f.yaml.partial"


@settings(max_examples=150, deadline=None, suppress_health_check=[HealthCheck.function_scoped_fixture])
@given(question=st.sampled_from(TYPED), raw=answers)
@example(question=next(q for q in TYPED if q.key == "overview.proactive.channels"), raw="0 ;0")  # found by hypothesis
def test_what_the_prompt_accepts_is_kept_through_default_and_save(question, raw: str, partial_file: Path) -> None:
    """An accepted answer, offered again as the default and accepted, is the same value; and the progress
    file gives it back unchanged."""
    try:
        value = parse_answer(question, raw)
    except ValueError:
        return  # refused at the prompt, with a reason: nothing to keep
    shown = format_entry(value) if question.type == "entries" else format_default(question, value)  # as offered
    assert parse_answer(question, shown) == value
    stored = [value] if question.type == "entries" else value  # entries are asked one by one, kept as a list
    save_state(State(answers={question.key: stored}), partial_file)
    assert load_state(partial_file).answers[question.key] == stored
