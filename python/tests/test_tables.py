"""`Plan.tables()`: the data package's tables as lists of dicts, each row read from
data/source.txt where it quotes it."""

import wuzhong_plan
from wuzhong_plan import plan

from conftest import ROOT, need

SOURCE = (ROOT / "data" / "source.txt").read_text(encoding="utf-8")

NAMES = [
    "tasks",
    "organizations",
    "responsibilities",
    "targets",
    "domains",
    "mentions",
    "annexes",
]


def test_the_seven_tables_each_a_list_of_rows_with_the_same_fields():
    tables = plan().tables()
    assert list(tables) == NAMES
    # The Wuzhong plan carries no annex.
    assert tables["annexes"] == []
    for name, rows in tables.items():
        if name == "annexes":
            continue
        assert rows, name
        fields = list(rows[0])
        for row in rows:
            assert list(row) == fields, name
            for value in row.values():
                assert value is None or type(value) in (bool, int, float, str), (name, value)
    assert len(tables["tasks"]) == 50


def test_who_leads_and_who_supports_task_2():
    # 2.全面落實義務教育階段補助。… / 責任部門:市教育局、財政局 (財政局 is 市財政局)
    rows = [r for r in plan().tables()["responsibilities"] if r["task"] == 2]
    assert [(r["organization"], r["role"], r["quote"]) for r in rows] == [
        ("education", "lead", "市教育局"),
        ("finance", "support", "財政局"),
    ]
    assert [r["carried_prefix"] for r in rows] == [False, True]


def test_a_target_carries_its_lead_and_its_place_in_the_text():
    # 26.積極推動改善住房條件。…到2025年,籌集租賃住房375套。
    # 責任單位:市住房和城鄉建設局、…
    (row,) = [r for r in plan().tables()["targets"] if r["id"] == "t26.1"]
    assert row["task"] == 26
    assert row["quote"] == "籌集租賃住房375套"
    assert (row["value"], row["unit"], row["comparator"]) == (375.0, "housing-units", "exact")
    assert (row["deadline_year"], row["deadline_end_of_year"]) == (2025, False)
    assert row["lead_organization"] == "housing-urban-rural"
    # Character offsets index the text as Python indexes a str; byte offsets its UTF-8.
    assert SOURCE[row["char_start"] : row["char_end"]] == row["quote"]
    data = SOURCE.encode("utf-8")
    assert data[row["byte_start"] : row["byte_end"]].decode("utf-8") == row["quote"]
    assert SOURCE.splitlines()[row["line"] - 1].startswith("26.")


def test_every_quoting_row_slices_the_text_to_its_quote():
    for name, rows in plan().tables().items():
        for row in rows:
            if "char_start" in row and row["char_start"] is not None:
                assert SOURCE[row["char_start"] : row["char_end"]] == row["quote"], (name, row)


def test_a_parsed_plan_has_its_own_tables():
    text = "一、重點任務\n1.建設社區養老設施。到2025年,覆蓋率達到90%。\n責任單位:市民政局、財政局"
    tables = wuzhong_plan.parse(text).tables()
    assert [(r["organization"], r["role"]) for r in tables["responsibilities"]] == [
        ("civil-affairs", "lead"),
        ("finance", "support"),
    ]
    assert [r["lead_organization"] for r in tables["targets"]] == ["civil-affairs"]


def test_pandas_takes_each_table_as_it_is():
    pd = need("pandas")
    tables = plan().tables()
    frame = pd.DataFrame(tables["organizations"])
    assert len(frame) == len(plan().organizations())
    assert frame.set_index("id").loc["county-governments", "name"] == "各縣(市、區)"
