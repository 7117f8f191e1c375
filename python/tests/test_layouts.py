"""A plan that numbers its tasks its own way: each part's tasks from 1. again, and an
annex whose tasks are the rows of a table. Each task keeps its number as the text
writes it (label, written_number), its level and its annex, beside its place among the
plan's tasks (number); a reference finds the one task that writes a number, and says
nothing where several do. Expectations written from reading the text."""

import wuzhong_plan

TEXT = """青岚市2023年重点工作任务
一、教育
1.新建学校。新建学校三所。
责任单位：市教育局
2.扩大学位。新增学位一千个。
责任单位：市教育局、市财政局
二、医疗
1.建设社区卫生服务中心。新建中心两个。
责任单位：市卫生健康委员会
附件
重点项目清单
序号 | 工作任务 | 牵头单位 | 配合单位 | 完成时限
1 | 推行企业开办全程网办 | 市市场监督管理局 | 市公安局 | 2023年底前
2 | 压减获得电力时间 | 市发展和改革委员会 | 市工业和信息化局 | 9月底前
"""


def layout_plan():
    return wuzhong_plan.parse(TEXT)


def test_each_task_keeps_its_number_as_written_its_level_and_its_annex():
    tasks = layout_plan().tasks()
    assert [t.number for t in tasks] == [1, 2, 3, 4, 5]
    assert [t.label for t in tasks] == ["1.", "2.", "1.", "1", "2"]
    assert [t.written_number for t in tasks] == [1, 2, 1, 1, 2]
    assert [t.marker for t in tasks] == [".", ".", ".", "|", "|"]
    # The notice's tasks stand under headed parts (一、教育, 二、医疗): level 2; the
    # annex's rows stand in no part and no group: level 1.
    assert [t.level for t in tasks] == [2, 2, 2, 1, 1]
    assert [t.annex for t in tasks] == [None, None, None, 1, 1]
    row = tasks[3]
    assert (row.title, row.lead.name) == ("推行企业开办全程网办", "市市场监督管理局")
    assert [o.name for o in row.supporters] == ["市公安局"]
    assert row.to_dict()["label"] == "1" and row.to_dict()["annex"] == 1
    assert tasks[0].to_dict()["level"] == 2 and tasks[0].to_dict()["annex"] is None


def test_a_reference_finds_the_one_task_that_writes_its_number():
    plan = layout_plan()
    # 1 is written three times: by 一's first task, 二's, and the table's first row.
    assert plan.task_by_reference("1") is None
    assert [t.id for t in plan.tasks_by_reference("第1条")] == [
        "part-1/task-1",
        "part-2/task-3",
        "part-3/task-4",
    ]
    assert plan.task_by_reference("2") is None
    assert plan.tasks_by_reference("3") == []
    assert plan.task(3).title == "建设社区卫生服务中心"


def test_the_annex_and_its_table_are_there():
    plan = layout_plan()
    (annex,) = plan.annexes()
    assert annex["number"] == 1 and annex["id"] == "annex-1"
    assert (annex["heading"], annex["title"]) == ("附件", "重点项目清单")
    assert annex["parts"] == [3]
    assert plan.signature == []
    (row,) = plan.tables()["annexes"]
    assert (row["heading"], row["title"], row["parts"], row["tasks"], row["line"]) == (
        "附件",
        "重点项目清单",
        1,
        2,
        10,
    )
    labels = [(t["number"], t["label"], t["annex"]) for t in plan.tables()["tasks"]]
    assert labels == [(1, "1.", None), (2, "2.", None), (3, "1.", None), (4, "1", 1), (5, "2", 1)]
    assert plan.to_text() == TEXT


def test_the_embedded_plan_numbers_its_tasks_as_it_writes_them():
    plan = wuzhong_plan.plan()
    assert all(t.label == f"{t.number}." and t.level == 3 for t in plan.tasks())
    assert plan.task_by_reference("第二十三條") == plan.task(23)
    assert plan.annexes() == [] and plan.signature == []
