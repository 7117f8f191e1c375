"""Plans read from text and from JSON, and what reading them noticed."""

import pytest

import wuzhong_plan
from wuzhong_plan import from_json, parse, plan
from conftest import ROOT, corpus_text


def test_to_text_gives_the_source_byte_for_byte():
    source = (ROOT / "data" / "source.txt").read_bytes()
    assert plan().to_text().encode("utf-8") == source
    assert plan().render("text") == plan().to_text()


def test_the_json_reads_back_as_the_same_plan():
    again = from_json(plan().to_json())
    assert again.tasks() == plan().tasks()
    assert again.targets() == plan().targets()
    assert again.organizations() == plan().organizations()
    assert again == plan()
    assert from_json((ROOT / "data" / "plan.json").read_text(encoding="utf-8")) == plan()


def test_a_small_text_of_the_genre():
    text = "一、重點任務\n1.甲。乙。\n責任單位:市民政局、市財政局分別牽頭\n2.丙。到2025年,建成3個中心。\n責任單位:市教育局、財政局"
    read = parse(text)
    assert read.to_text() == text
    assert [t.number for t in read.tasks()] == [1, 2]
    first = read.task(1)
    assert (first.title, first.body) == ("甲", "乙。")
    assert [o.id for o in first.leads] == ["civil-affairs", "finance"]
    assert [p.basis for p in first.parties] == ["jointly", "jointly"]
    assert first.supporters == []
    # 財政局 after 市教育局 is 市財政局, the same body task 1 names.
    second = read.task(2)
    assert [o.name for o in second.supporters] == ["市財政局"]
    assert second.supporters[0] == first.leads[1]
    assert [t.number for t in read.tasks_led_by("财政局")] == [1]
    assert [t.number for t in read.tasks_involving("财政局")] == [1, 2]
    assert read.diagnostics() == []
    assert read != plan()


def test_objects_keep_their_plan_alive():
    task = parse("一、重點任務\n1.甲。乙。\n責任單位:市民政局").task(1)
    import gc

    gc.collect()
    assert task.title == "甲" and task.lead.name == "市民政局"


def test_a_document_of_the_corpus():
    # 01: 广州 2012; 25.社会工作人才培养项目。…（牵头单位：市民政局，配合单位：市人力资源和社会保障局，各区、县级市）
    read = parse(corpus_text("01-guangzhou-rencai-jiju-2012.txt"))
    assert len(read.tasks()) == 45
    task = read.task(25)
    assert task.title == "社会工作人才培养项目"
    assert [(p.quote, p.role, p.basis) for p in task.parties] == [
        ("市民政局", "lead", "label"),
        ("市人力资源和社会保障局", "support", "label"),
        ("各区、县级市", "support", "label"),
    ]
    assert 25 in [t.number for t in read.tasks_led_by("民政局")]
    # Task 1, 目标, names no body; the rest are bodies of no kind the vocabulary knows
    # (市留交办, 市金融办, …).
    diagnostics = read.diagnostics()
    assert [(d.kind, d.line) for d in diagnostics if d.kind != "unknown-body"] == [("no-responsibility", 4)]
    assert any("市留交办" in d.message for d in diagnostics if d.kind == "unknown-body")


def test_the_diagnostics_of_an_unknown_body():
    read = parse("一、重點任務\n(一)推進\n1.甲。乙。\n責任單位:市公安局、市留交辦")
    [diagnostic] = read.diagnostics()
    assert (diagnostic.line, diagnostic.node, diagnostic.kind) == (4, "part-1/group-1/task-1", "unknown-body")
    assert "市留交辦" in diagnostic.message
    assert diagnostic.to_dict() == {
        "line": 4,
        "node": "part-1/group-1/task-1",
        "kind": "unknown-body",
        "message": diagnostic.message,
    }
    assert diagnostic == read.diagnostics()[0] and hash(diagnostic) == hash(read.diagnostics()[0])
    # The body is kept, with no kind.
    body = [o for o in read.organizations() if o.name == "市留交辦"]
    assert len(body) == 1 and body[0].kind is None
    assert plan().diagnostics() == []


def test_a_number_the_text_does_not_write_whole_is_a_diagnostic_not_a_quantity():
    # `1e309%` is no number: the clause has no quantity (never 309), and the reading
    # says why, on the task's line; `1,000套` is one thousand, and `60%-90%` a range.
    read = parse("一、重點任務\n(一)推進\n1.甲。到2025年,達到1e309%。\n2.乙。到2025年,建成1,000套,覆蓋率60%-90%。\n責任單位:市民政局")
    [diagnostic] = [d for d in read.diagnostics() if d.kind == "unread-number"]
    assert diagnostic.line == 3 and "1e309" in diagnostic.message
    assert [t.value for t in read.targets_in_task(1) if t.value is not None] == []
    values = [(t.value, t.value_max) for t in read.targets_in_task(2) if t.value is not None]
    assert values == [(1000, None), (60, 90)]


def test_a_text_that_is_no_plan_raises_a_value_error():
    # Only a text that is no text of the genre at all is refused: an empty one, or one
    # whose line endings mix (line 2 ends with \r\n, line 1 with \n).
    for text, line in [("", 1), ("一、重點任務\n(一)推進\r\n1.甲。乙", 2)]:
        with pytest.raises(wuzhong_plan.ParseError) as raised:
            parse(text)
        error = raised.value
        assert isinstance(error, ValueError) and isinstance(error, wuzhong_plan.Error)
        assert error.line == line and error.column is None
        assert str(error).startswith(f"line {line}: ")


def test_a_text_of_no_tasks_reads_and_says_so():
    # Never refused for its shape: a line of prose is the plan's front matter, and the
    # plan has no task.
    read = parse("這不是方案")
    assert read.to_text() == "這不是方案"
    assert len(read.tasks()) == 0
    assert [(d.line, d.kind) for d in read.diagnostics()] == [(1, "no-tasks")]


def test_json_that_is_no_plan_raises_a_value_error():
    with pytest.raises(ValueError) as raised:
        from_json('{"schema_version": 4,\n "nonsense": 1}')
    assert isinstance(raised.value, wuzhong_plan.ParseError)
    assert raised.value.line is not None and raised.value.column is not None
    with pytest.raises(wuzhong_plan.ParseError, match="line 1, column 1"):
        from_json("{")
