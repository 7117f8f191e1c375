"""The objects: attributes, repr, equality and hashing, and to_dict of plain values."""

import pytest

from wuzhong_plan import Organization, Party, Target, Task, plan
from conftest import need

PLAIN = (str, int, float, bool, type(None))


def assert_plain(value, where="to_dict()"):
    """Only dicts with str keys, lists and plain scalars, all the way down."""
    if isinstance(value, dict):
        for key, item in value.items():
            assert isinstance(key, str), where
            assert_plain(item, f"{where}[{key!r}]")
    elif isinstance(value, list):
        for i, item in enumerate(value):
            assert_plain(item, f"{where}[{i}]")
    else:
        assert isinstance(value, PLAIN), f"{where} is {type(value).__name__}"


def test_every_to_dict_is_plain_data():
    for objects in (
        plan().tasks(),
        plan().targets(),
        plan().organizations(),
        [p for t in plan().tasks() for p in t.parties],
    ):
        assert objects
        for o in objects:
            assert_plain(o.to_dict(), repr(o))


def test_a_task_as_a_dict():
    row = plan().task(2).to_dict()
    # 2.… / 責任部門:市教育局、財政局
    assert row["number"] == 2 and row["id"] == "part-2/group-1/task-2"
    assert (row["lead"], row["lead_id"], row["leads"], row["supporters"]) == (
        "市教育局",
        "education",
        ["市教育局"],
        ["市財政局"],
    )
    assert [p["quote"] for p in row["parties"]] == ["市教育局", "財政局"]
    assert row["parties"][1] == {
        "organization": "finance",
        "name": "市財政局",
        "quote": "財政局",
        "role": "support",
        "basis": "order",
        "level": "city",
    }
    # 48–50 name no responsible body.
    assert plan().task(48).to_dict()["lead"] is None and plan().task(48).lead is None


def test_a_target_and_its_lead():
    # 23.… 到2025年,養老機構護理型床位占比達到60%、每百張養老機構床位配備社工至少1名。
    target = plan().target("t23.1")
    assert (target.task, target.part, target.quote) == (23, 2, "養老機構護理型床位占比達到60%")
    assert (target.kind, target.comparator, target.value, target.value_max, target.unit) == (
        "quantitative",
        "reach",
        60.0,
        None,
        "percent",
    )
    assert (target.deadline_year, target.end_of_year) == (2025, False)
    assert [o.name for o in target.leads] == ["市民政局"]
    assert target.is_due_by(2025) and not target.is_due_by(2024)
    assert plan().target("t23.2").comparator == "at-least"
    row = target.to_dict()
    assert (row["lead"], row["lead_id"], row["value"], row["deadline_year"]) == ("市民政局", "civil-affairs", 60.0, 2025)
    # Part 一's objectives stand in no task and have no lead.
    objective = plan().target("p1.1")
    assert objective.task is None and objective.lead is None and objective.leads == []
    assert plan().target("t99.1") is None
    assert [t.id for t in plan().task(23).targets] == ["t23.1", "t23.2"]
    assert plan().targets_in_task(23) == plan().task(23).targets


def test_an_organization():
    finance = plan().organization("finance")
    assert (finance.name, finance.kind, finance.level, finance.place) == ("市財政局", "finance", "city", "吳忠")
    assert "財政局" in finance.other_names
    assert finance.names[0] == "市財政局"
    counties = plan().organization("county-governments")
    assert len(counties.members) == 5
    assert plan().organization("public-security") is None
    assert plan().organizations()[0].to_dict()["id"] == "education"


def test_repr():
    assert repr(plan().task(23)) == "Task(23, '擴大普惠養老服務方式', lead='市民政局')"
    assert repr(plan().task(48)).startswith("Task(48, ")
    assert repr(plan().target("t26.1")) == "Target('t26.1', '籌集租賃住房375套')"
    assert repr(plan().organization("finance")) == "Organization('finance', '市財政局')"
    assert repr(plan().task(2).parties[1]) == "Party('財政局', role='support')"
    assert repr(plan()).startswith("<Plan '吳忠市")


def test_equality_and_hashing():
    assert plan().task(23) == plan().task(23)
    assert plan().task(23) != plan().task(24)
    assert len({plan().task(23), plan().task(23), plan().task(24)}) == 2
    assert len(set(plan().targets())) == len(plan().targets())
    assert plan().organization("finance") in set(plan().task(23).supporters)
    assert plan().task(2).parties[0] == plan().task(2).parties[0]
    assert plan().task(23) != "task 23"


def test_attributes_are_read_only():
    task = plan().task(23)
    with pytest.raises(AttributeError):
        task.title = "something else"
    with pytest.raises(TypeError):
        Task()


def test_the_classes_are_the_modules():
    for cls in (Task, Target, Organization, Party):
        assert cls.__module__ == "wuzhong_plan"


def test_pandas_takes_the_dicts():
    pandas = need("pandas")
    tasks = pandas.DataFrame([t.to_dict() for t in plan().tasks()])
    assert tasks.shape[0] == 50
    assert list(tasks.loc[tasks["lead_id"] == "civil-affairs", "number"]) == [7, 8, 14, 15, 23, 24, 25, 30, 39, 42]
    targets = pandas.DataFrame([t.to_dict() for t in plan().targets()])
    assert targets.loc[targets["id"] == "t7.2", "deadline_year"].item() == 2023
