"""Levels of government and the basis of each role: Party.level, Organization.level, the
query's `level=` and what `lead=` finds at every level; read from small texts whose
bodies carry their level in their names (省財政廳, 市財政局, 縣教育局)."""

import pytest

import wuzhong_plan
from wuzhong_plan import parse, plan

# Task 1: 省財政廳 leads, 市民政局 supports (the order of the line); task 2: 市財政局;
# task 3: 縣教育局; task 4: 市民政局 leads by its label.
LEVELS = (
    "一、重點任務\n"
    "1.甲。乙。\n責任單位:省財政廳、市民政局\n"
    "2.丙。丁。\n責任單位:市財政局\n"
    "3.戊。己。\n責任單位:縣教育局\n"
    "4.庚。辛。\n牽頭單位:市民政局\n"
)


def numbers(tasks):
    return [t.number for t in tasks]


def test_each_party_has_its_organisations_level_and_its_basis():
    levels = parse(LEVELS)
    first = levels.task(1).parties
    assert [(p.name, p.level, p.role, p.basis) for p in first] == [
        ("省財政廳", "province", "lead", "order"),
        ("市民政局", "city", "support", "order"),
    ]
    assert levels.task(3).parties[0].level == "county"
    assert levels.task(4).parties[0].basis == "label"
    assert first[0].to_dict()["level"] == "province"
    assert [o.level for o in levels.organizations()] == ["province", "city", "city", "county"]
    # The Wuzhong plan's 市 bodies are the city's.
    assert plan().task(2).parties[0].level == "city"


def test_level_narrows_lead_and_involving_and_alone_keeps_tasks_with_a_party_there():
    levels = parse(LEVELS)
    # A kind's id finds its bodies at every level.
    assert numbers(levels.query(lead="finance")) == [1, 2]
    assert numbers(levels.query(lead="finance", level="city")) == [2]
    assert numbers(levels.query(lead="财政局", level="省")) == [1]
    assert numbers(levels.query(involving="民政局", level="provincial")) == []
    assert numbers(levels.query(level="County")) == [3]
    assert numbers(levels.query(level=["county", "province"])) == [1, 3]
    assert numbers(levels.query(level="national")) == []
    assert numbers(levels.query(level="central")) == []
    assert levels.query_targets(level="national") == []


def test_a_level_of_no_kind_is_refused_with_its_name():
    with pytest.raises(wuzhong_plan.UnknownNameError) as raised:
        parse(LEVELS).query(level="federal")
    assert raised.value.name == "federal"
    assert "national, province, city" in str(raised.value)
