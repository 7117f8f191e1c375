"""`wuzhong_plan.corpus()`: many plans read at once from files and directories, the
queries of `Plan` across them (each answer tagged with its plan's id), and the corpus's
tables for pandas and DuckDB.

The corpus is built in a temporary directory from the embedded plan (its text and its
JSON, one copy two directories down), a small plan of the genre, a binary file, an
empty file and a hidden directory; one test adds the documents of ../shared/corpus."""

import errno
import gc
import hashlib
import os
import pathlib
import shutil
import subprocess

import pytest

import wuzhong_plan
from wuzhong_plan import plan

from conftest import CORPUS, ROOT, corpus_text, is_ci, need

# A plan of the genre whose task 1 市財政局 leads and 市留交辦 (a body of no kind the
# vocabulary knows, which the Wuzhong plan does not name) supports.
NOTES = "一、重點任務\n1.甲。乙。\n責任單位:市財政局、市留交辦\n"
# PNG's signature and bytes that are no UTF-8.
BINARY = b"\x89PNG\r\n\x1a\n\x00\x00\x00\rIHDR\xff\xfe\xfd"

# The corpus's ids: each file's path below the directory, walked in the order of the
# entries' names (`.hidden` passed over), a directory's files where it stands.
IDS = [
    "county/notes.txt",
    "empty.txt",
    "ningxia/2022/wuzhong.txt",
    "scan.png",
    "wuzhong.json",
    "wuzhong.txt",
]
READ = ["county/notes.txt", "ningxia/2022/wuzhong.txt", "wuzhong.json", "wuzhong.txt"]
WUZHONG = ["ningxia/2022/wuzhong.txt", "wuzhong.json", "wuzhong.txt"]


def write(path: pathlib.Path, data):
    path.parent.mkdir(parents=True, exist_ok=True)
    if isinstance(data, str):
        path.write_bytes(data.encode("utf-8"))
    else:
        path.write_bytes(data)


@pytest.fixture
def plans_dir(tmp_path):
    root = tmp_path / "plans"
    write(root / "wuzhong.txt", plan().to_text())
    write(root / "wuzhong.json", plan().to_json())
    write(root / "ningxia" / "2022" / "wuzhong.txt", plan().to_text())
    write(root / "county" / "notes.txt", NOTES)
    write(root / "scan.png", BINARY)
    write(root / "empty.txt", b"")
    write(root / ".hidden" / "draft.txt", plan().to_text())
    return root


@pytest.fixture
def corpus(plans_dir):
    return wuzhong_plan.corpus(plans_dir)


def numbers(answers):
    return [(plan_id, task.number) for plan_id, task in answers]


def test_a_directory_is_walked_and_every_file_has_an_id(corpus):
    assert corpus.ids == IDS
    assert len(corpus) == len(IDS)
    assert repr(corpus) == "<Corpus of 6 files: 4 read, 2 refused>"
    assert list(corpus.plans) == READ
    # The hidden directory is passed over, and said to be.
    assert [s["path"].endswith("plans/.hidden") for s in corpus.skipped] == [True]
    assert "hidden" in corpus.skipped[0]["reason"]


def test_each_document_has_its_size_digest_and_status(corpus, plans_dir):
    documents = corpus.documents
    assert [d["id"] for d in documents] == IDS
    for document in documents:
        assert list(document) == [
            "id", "path", "bytes", "sha256", "format", "status", "refusal", "error", "line"
        ]
        data = (plans_dir / document["id"]).read_bytes()
        assert document["path"] == (plans_dir / document["id"]).as_posix()
        assert document["bytes"] == len(data)
        assert document["sha256"] == hashlib.sha256(data).hexdigest()
        # Told by the content: a JSON plan starts with `{`; the rest here is text.
        assert document["format"] == ("json" if data.lstrip().startswith(b"{") else "text")
        if document["id"] in READ:
            assert document["status"] == "read"
            assert (document["refusal"], document["error"], document["line"]) == (None, None, None)
    refused = {d["id"]: d for d in corpus.refused}
    assert list(refused) == ["empty.txt", "scan.png"]
    assert refused["empty.txt"]["refusal"] == "empty"
    assert refused["scan.png"]["refusal"] == "not-utf8"
    for document in refused.values():
        assert document["status"] == "refused"
        assert document["error"]
    # The three copies of the Wuzhong plan's text are the same bytes.
    digests = {d["id"]: d["sha256"] for d in documents}
    assert digests["wuzhong.txt"] == digests["ningxia/2022/wuzhong.txt"] != digests["wuzhong.json"]


def test_the_plans_are_the_files_plans(corpus):
    plans = corpus.plans
    assert plans["wuzhong.json"] == plan()
    # The text read again is the embedded plan's text, its tasks and bodies; its targets
    # are the reader's own, not the curated list the JSON holds.
    for plan_id in ("wuzhong.txt", "ningxia/2022/wuzhong.txt"):
        assert plans[plan_id].to_text() == plan().to_text()
        assert [t.to_dict()["leads"] for t in plans[plan_id].tasks()] == [
            t.to_dict()["leads"] for t in plan().tasks()
        ]
    notes = corpus["county/notes.txt"]
    assert notes.to_text() == NOTES
    assert [o.name for o in notes.task(1).leads] == ["市財政局"]
    assert [(pid, p.to_text()) for pid, p in corpus] == [(pid, plans[pid].to_text()) for pid in READ]
    assert "wuzhong.txt" in corpus and "scan.png" not in corpus and "nowhere.txt" not in corpus
    assert 3 not in corpus
    with pytest.raises(KeyError, match="refused"):
        corpus["scan.png"]
    with pytest.raises(KeyError):
        corpus["nowhere.txt"]


def test_objects_keep_the_corpus_alive(plans_dir):
    [(plan_id, task)] = wuzhong_plan.corpus(plans_dir).tasks_involving("市留交辦")
    gc.collect()
    assert (plan_id, task.number, task.title) == ("county/notes.txt", 1, "甲")
    assert [p.quote for p in task.parties] == ["市財政局", "市留交辦"]
    assert task.supporters[0].kind is None


def test_a_query_across_plans_tags_each_answer_with_its_plan(corpus):
    # data/source.txt: 16.健全基本公共服務財政機制。… / 責任單位:市財政局 (line 43);
    # 44.健全財力保障制度。… / 責任單位:市財政局、金融工作局、自然資源局 (line 103).
    expected = [("county/notes.txt", 1)] + [(pid, n) for pid in WUZHONG for n in (16, 44)]
    assert numbers(corpus.tasks_led_by("市財政局")) == expected
    # A kind compares across plans: each plan's own finance body.
    assert numbers(corpus.tasks_led_by("finance")) == expected
    assert numbers(corpus.query(lead="财政局")) == expected
    for plan_id, task in corpus.tasks_led_by("finance"):
        assert task.lead.name == "市財政局"
        assert task == corpus[plan_id].task(task.number)
    assert numbers(corpus.query(lead="民政局", text="居家养老")) == [
        (pid, n) for pid in WUZHONG for n in (23, 25)
    ]


def test_names_resolve_in_each_plan(corpus):
    # Only the small plan names 市留交辦: the others give no answer, and no error.
    assert numbers(corpus.tasks_involving("市留交辦")) == [("county/notes.txt", 1)]
    assert numbers(corpus.tasks_supported_by("市留交辦")) == [("county/notes.txt", 1)]
    assert corpus.tasks_led_by("市留交辦") == []
    # A name no plan knows raises, as Plan's queries do.
    with pytest.raises(wuzhong_plan.UnknownNameError) as raised:
        corpus.tasks_led_by("市民証局")
    assert raised.value.name == "市民証局"
    assert "市民政局" in raised.value.suggestions
    with pytest.raises(wuzhong_plan.UnknownNameError):
        corpus.query(domain="nowhere")
    with pytest.raises(wuzhong_plan.UnknownNameError):
        corpus.targets_for("市民証局")


def test_every_query_of_plan_across_the_plans(corpus):
    def asked(method, *arguments, **conditions):
        """Each plan's own answer, each object with its plan's id, in the corpus's order."""
        return [
            (plan_id, answer)
            for plan_id, read in corpus
            for answer in getattr(read, method)(*arguments, **conditions)
        ]

    def keys(answers):
        return [(plan_id, getattr(a, "number", None) or a.id) for plan_id, a in answers]

    questions = [
        ("tasks",),
        ("targets",),
        ("tasks_in_domain", "elderly-care"),
        ("tasks_supported_by", "finance"),
        ("targets_due_by", 2023),
        ("targets_for", "民政局"),
    ]
    for method, *arguments in questions:
        mine = getattr(corpus, method)(*arguments)
        assert mine, method
        assert keys(mine) == keys(asked(method, *arguments)), method
    for conditions in [
        {"lead": "民政局", "due_by": 2025},
        {"involving": ["民政局", "財政局"]},
        {"domain": "elderly-care", "level": "市"},
        {"text": "养老"},
    ]:
        assert keys(corpus.query(**conditions)) == keys(asked("query", **conditions)), conditions
        assert keys(corpus.query_targets(**conditions)) == keys(
            asked("query_targets", **conditions)
        ), conditions

    assert numbers(corpus.tasks()) == [("county/notes.txt", 1)] + [
        (pid, n) for pid in WUZHONG for n in range(1, 51)
    ]
    # 7.…到2023年底,…(t7.2): the one target due by 2023, in each copy.
    assert keys(corpus.targets_due_by(2023)) == [(pid, "t7.2") for pid in WUZHONG]
    assert corpus.targets_due_by(-1) == []
    # 26.…到2025年,籌集租賃住房375套。責任單位:市住房和城鄉建設局、…
    assert keys(corpus.query_targets(lead="住房和城鄉建設局", due_by=2025)) == [
        (pid, "t26.1") for pid in WUZHONG
    ]
    assert corpus.query(part=300) == []
    # Only the small plan's reading noticed anything: 市留交辦, a body of no known kind.
    [(plan_id, diagnostic)] = corpus.diagnostics()
    assert (plan_id, diagnostic.line, diagnostic.kind) == ("county/notes.txt", 3, "unknown-body")


def test_files_and_directories_given_together(plans_dir, tmp_path):
    # A file named itself takes its file name as id; two that would share one each take
    # their path; the same file reached twice is taken once.
    first = plans_dir / "wuzhong.txt"
    second = plans_dir / "ningxia" / "2022" / "wuzhong.txt"
    both = wuzhong_plan.corpus([str(first), second])
    assert both.ids == [first.as_posix(), second.as_posix()]
    notes = wuzhong_plan.corpus([plans_dir / "county", plans_dir / "county" / "notes.txt"])
    assert notes.ids == ["notes.txt"]
    assert wuzhong_plan.corpus(first).ids == ["wuzhong.txt"]
    assert wuzhong_plan.corpus([]).ids == []
    with pytest.raises(TypeError):
        wuzhong_plan.corpus(3)


def test_a_path_that_is_not_there_raises_file_not_found(plans_dir):
    missing = plans_dir / "missing"
    with pytest.raises(FileNotFoundError) as raised:
        wuzhong_plan.corpus([plans_dir, missing])
    assert raised.value.errno == errno.ENOENT
    assert raised.value.filename == str(missing)
    assert "no such file or directory" in raised.value.strerror


def test_the_tables_each_row_with_its_plan(corpus):
    tables = corpus.tables()
    assert list(tables)[:2] == ["plans", "diagnostics"]
    assert set(plan().tables()) <= set(tables)
    plans = tables["plans"]
    assert [row["id"] for row in plans] == IDS
    assert [row["status"] for row in plans] == [
        "read" if pid in READ else "refused" for pid in IDS
    ]
    by_id = {row["id"]: row for row in plans}
    assert by_id["wuzhong.txt"]["tasks"] == 50 and by_id["county/notes.txt"]["tasks"] == 1
    assert by_id["scan.png"]["refusal"] == "not-utf8" and by_id["scan.png"]["tasks"] is None
    assert by_id["wuzhong.json"]["sha256"] == corpus.documents[4]["sha256"]
    for name, rows in tables.items():
        if name == "plans":
            continue
        for row in rows:
            assert next(iter(row)) == "plan", name
            assert row["plan"] in READ, name
    tasks = tables["tasks"]
    assert len(tasks) == 1 + 3 * 50
    assert [r["number"] for r in tasks if r["plan"] == "county/notes.txt"] == [1]
    # Every plan's rows are its own table's rows, its id before them.
    own = plan().tables()
    for name, rows in own.items():
        mine = [r for r in tables[name] if r["plan"] == "wuzhong.json"]
        assert [{k: v for k, v in r.items() if k != "plan"} for r in mine] == rows, name
    assert [(r["plan"], r["line"], r["kind"]) for r in tables["diagnostics"]] == [
        ("county/notes.txt", 3, "unknown-body")
    ]
    # Each plan's text, which the offsets of its rows point into.
    texts = {r["plan"]: r["text"] for r in tables["texts"]}
    assert list(texts) == READ
    assert texts["county/notes.txt"] == NOTES and texts["wuzhong.txt"] == plan().to_text()
    (row,) = [r for r in tables["targets"] if r["plan"] == "wuzhong.json" and r["id"] == "t26.1"]
    assert texts["wuzhong.json"][row["char_start"] : row["char_end"]] == row["quote"] == "籌集租賃住房375套"


def test_pandas_groups_the_tasks_by_plan(corpus):
    pd = need("pandas")
    tables = corpus.tables()
    tasks = pd.DataFrame(tables["tasks"])
    assert tasks.groupby("plan").size().to_dict() == {
        "county/notes.txt": 1,
        "ningxia/2022/wuzhong.txt": 50,
        "wuzhong.json": 50,
        "wuzhong.txt": 50,
    }
    roles = pd.DataFrame(tables["responsibilities"])
    finance = roles[(roles.organization == "finance") & (roles.role == "lead")]
    assert finance.groupby("plan").task.apply(list).to_dict() == {
        "county/notes.txt": [1],
        **{pid: [16, 44] for pid in WUZHONG},
    }


def test_duckdb_queries_the_tables_written_as_csv(corpus, tmp_path):
    pd = need("pandas")
    duckdb = need("duckdb")
    out = tmp_path / "tables"
    out.mkdir()
    for name, rows in corpus.tables().items():
        if rows:
            pd.DataFrame(rows).to_csv(out / f"{name}.csv", index=False)
    led = duckdb.sql(
        f"""
        SELECT p.id, count(*) AS tasks
        FROM read_csv('{(out / "plans.csv").as_posix()}') p
        JOIN read_csv('{(out / "responsibilities.csv").as_posix()}') r ON r.plan = p.id
        WHERE r.organization = 'finance' AND r.role = 'lead'
        GROUP BY p.id ORDER BY p.id
        """
    ).fetchall()
    assert led == [("county/notes.txt", 1)] + [(pid, 2) for pid in sorted(WUZHONG)]


def cli():
    """The command line: `wuzhong-plan` built by cargo (`cargo test --all-features`
    builds it before pytest runs, in scripts/test.sh), or on PATH; the test is skipped
    when there is none, except on CI, where it fails."""
    target = pathlib.Path(os.environ.get("CARGO_TARGET_DIR") or ROOT / "target")
    for build in ("debug", "release"):
        binary = target / build / "wuzhong-plan"
        if binary.is_file():
            return binary
    found = shutil.which("wuzhong-plan")
    if found:
        return pathlib.Path(found)
    if is_ci():
        pytest.fail("wuzhong-plan not built, and CI is set: cargo build --features cli")
    pytest.skip("wuzhong-plan not built (cargo build --features cli)")


def test_duckdb_queries_the_data_package_the_command_line_writes(plans_dir, tmp_path):
    duckdb = need("duckdb")
    package = tmp_path / "package"
    run = subprocess.run(
        [str(cli()), "--plan", str(plans_dir), "export", "--datapackage", str(package)],
        capture_output=True,
        text=True,
        timeout=300,
    )
    assert run.returncode == 0, run.stderr
    assert (package / "datapackage.json").is_file()

    def csv(name):
        return f"read_csv('{(package / name).as_posix()}')"

    rows = duckdb.sql(
        f"""
        SELECT p.id, p.status, count(t.number) AS tasks
        FROM {csv("plans.csv")} p LEFT JOIN {csv("tasks.csv")} t ON t.plan = p.id
        GROUP BY p.id, p.status ORDER BY p.id
        """
    ).fetchall()
    assert rows == [
        (pid, "read" if pid in READ else "refused", 1 if pid == "county/notes.txt" else 50 if pid in READ else 0)
        for pid in IDS
    ]
    # The package's rows are the ones corpus().tables() gives.
    corpus = wuzhong_plan.corpus(plans_dir)
    mine = [(r["plan"], r["task"], r["organization"], r["role"]) for r in corpus.tables()["responsibilities"]]
    theirs = duckdb.sql(
        f"SELECT plan, task, organization, role FROM {csv('responsibilities.csv')}"
    ).fetchall()
    assert theirs == mine


def test_the_documents_of_the_shared_corpus(plans_dir):
    # 01: 广州 2012; 25.社会工作人才培养项目。…（牵头单位：市民政局，…）
    corpus_text("01-guangzhou-rencai-jiju-2012.txt")
    names = sorted(p.name for p in CORPUS.glob("*.txt"))
    for name in names:
        write(plans_dir / "shared" / name, (CORPUS / name).read_bytes())
    corpus = wuzhong_plan.corpus(plans_dir)
    shared = [f"shared/{name}" for name in names]
    assert [pid for pid in corpus.ids if pid.startswith("shared/")] == shared
    statuses = {d["id"]: d["status"] for d in corpus.documents}
    assert all(statuses[pid] == "read" for pid in shared), statuses
    guangzhou = "shared/01-guangzhou-rencai-jiju-2012.txt"
    assert len(corpus[guangzhou].tasks()) == 45
    led = corpus.tasks_led_by("民政局")
    assert (guangzhou, 25) in numbers(led)
    assert [n for pid, n in numbers(led) if pid == "wuzhong.txt"] == [
        t.number for t in plan().tasks_led_by("民政局")
    ]
    tasks = corpus.tables()["tasks"]
    assert sum(1 for r in tasks if r["plan"] == guangzhou) == 45
