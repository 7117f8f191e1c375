"""The README's questions, answered as the Rust tests answer them; every expectation is
read from data/source.txt."""

import pytest

import wuzhong_plan
from wuzhong_plan import plan

# The tasks whose responsibility line starts with 市民政局 (or lists it first).
CIVIL_AFFAIRS_LEADS = [7, 8, 14, 15, 23, 24, 25, 30, 39, 42]


def numbers(tasks):
    return [t.number for t in tasks]


def test_the_plan_is_shared_and_has_its_fifty_tasks():
    assert plan() is plan()
    assert len(plan().tasks()) == len(plan()) == 50
    assert plan().title == "吳忠市“十四五”公共服務發展實施方案"
    assert plan().metadata["issue_date"] == "2022-04-26"


def test_the_tasks_civil_affairs_leads():
    assert numbers(plan().tasks_led_by("民政局")) == CIVIL_AFFAIRS_LEADS


def test_task_23_is_elderly_care_led_by_civil_affairs():
    # 23.擴大普惠養老服務方式。… / 責任單位:市民政局、衛生健康委員會、財政局,各縣(市、區)
    task = plan().task(23)
    assert task.title == "擴大普惠養老服務方式"
    assert task.lead.name == "市民政局"
    assert [o.name for o in task.leads] == ["市民政局"]
    assert [o.name for o in task.supporters] == ["市衛生健康委員會", "市財政局", "各縣(市、區)"]
    assert [(p.quote, p.role) for p in task.parties] == [
        ("市民政局", "lead"),
        ("衛生健康委員會", "support"),
        ("財政局", "support"),
        ("各縣(市、區)", "support"),
    ]
    assert task.part == 2 and task.group == 2
    assert task.body.endswith("每百張養老機構床位配備社工至少1名。")


def test_an_unknown_task_number_is_none():
    assert plan().task(0) is None
    assert plan().task(51) is None
    assert plan().task(-1) is None
    assert plan().task(2**40) is None


def test_the_one_target_due_by_the_end_of_2023():
    # 7.… 到2023年底,全市新建城區、新建居住(小)區配套建設養老服務設施的配建率達到100%。
    due = plan().targets_due_by(2023)
    assert [(t.id, t.quote) for t in due] == [
        ("t7.2", "全市新建城區、新建居住(小)區配套建設養老服務設施的配建率達到100%")
    ]
    target = due[0]
    assert (target.deadline_year, target.end_of_year) == (2023, True)
    assert (target.comparator, target.value, target.unit) == ("reach", 100.0, "percent")
    assert target.lead.name == "市民政局"
    assert plan().targets_due_by(2020) == []
    assert plan().targets_due_by(-1) == []


@pytest.mark.parametrize(
    "forms",
    [
        ["市民政局", "民政局", "civil-affairs", "Civil Affairs Bureau", "CIVIL AFFAIRS", "吳忠市民政局"],
        [
            "市人力資源和社會保障局",
            "人力資源和社會保障局",
            "市人力资源和社会保障局",
            "人力资源和社会保障局",
            "人社局",
            "human-resources-social-security",
            "Human Resources and Social Security Bureau",
        ],
    ],
)
def test_every_form_of_a_name_gives_the_same_answer(forms):
    led = [numbers(plan().tasks_led_by(form)) for form in forms]
    involving = [numbers(plan().tasks_involving(form)) for form in forms]
    queried = [numbers(plan().query(lead=form)) for form in forms]
    assert led[0], forms[0]
    assert all(answer == led[0] for answer in led), dict(zip(forms, led))
    assert all(answer == involving[0] for answer in involving)
    assert queried == led


def test_an_unknown_name_raises_a_lookup_error_with_suggestions():
    with pytest.raises(wuzhong_plan.UnknownNameError) as raised:
        plan().tasks_led_by("市民証局")
    error = raised.value
    assert isinstance(error, LookupError) and isinstance(error, wuzhong_plan.Error)
    assert error.name == "市民証局"
    assert "市民政局" in error.suggestions
    assert error.suggestions[0] == "市民政局"
    assert "did you mean 市民政局 (civil-affairs)" in str(error)
    with pytest.raises(LookupError):
        plan().query(involving=["民政局", "市民証局"])
    with pytest.raises(LookupError):
        plan().targets_for("市民証局")


def test_an_unknown_domain_suggests_the_closest():
    with pytest.raises(wuzhong_plan.UnknownNameError) as raised:
        plan().query(domain="elderly")
    assert raised.value.suggestions[0] == "老有所養"
    assert numbers(plan().tasks_in_domain("老有所养")) == numbers(
        plan().tasks_in_domain("elderly-care")
    )


def test_a_name_two_kinds_share_is_ambiguous():
    # 科信局 is 科學技術和信息化局 or 科技和信息化局; the plan names neither.
    with pytest.raises(wuzhong_plan.AmbiguousNameError) as raised:
        plan().tasks_led_by("科信局")
    assert isinstance(raised.value, LookupError)
    assert len(raised.value.suggestions) == 2
    assert all(name in str(raised.value) for name in raised.value.suggestions)


def test_the_query_combines_its_conditions():
    # The builder's example: elderly-care tasks 市民政局 leads with a target due by 2025.
    assert numbers(plan().query(lead="民政局", domain="elderly-care", due_by=2025)) == [7, 23, 24, 25]
    # 市民政局 and 財政局 both in: 8 (…財政局…), 23, 42.
    assert numbers(plan().query(involving=["民政局", "財政局"])) == [8, 23, 42]
    # Text in either script: 居家養老 in tasks 23 and 25 of those 市民政局 leads.
    assert numbers(plan().query(lead="民政局", text="居家养老")) == [23, 25]
    # Each text must hold, not the phrase: 居家 and 養老 apart in 24 and 30 too.
    assert numbers(plan().query(text=["居家", "養老"], lead="民政局")) == [23, 24, 25, 30]
    # The mainland's 优化 finds the plan's Taiwan phrasing, 最佳化 (tasks 1, 3, 26, 39,
    # 40, 42, 44, 47 hold it), as the Taiwan form itself does.
    optimise = [1, 3, 26, 39, 40, 42, 44, 47]
    assert numbers(plan().query(text="优化")) == numbers(plan().query(text="最佳化")) == optimise
    # A target's own quote: only t7.2 says 配建率, though task 7 states t7.1 too.
    assert [t.id for t in plan().query_targets(quote="配建率")] == ["t7.2"]
    assert [t.id for t in plan().query_targets(text="配建率")] == ["t7.1", "t7.2"]
    assert numbers(plan().query(quote="375套")) == [26]
    # (三)發展多層次多樣化生活服務 holds tasks 28–33.
    assert numbers(plan().query(part=2, group=3)) == [28, 29, 30, 31, 32, 33]
    assert numbers(plan().query(due_by=2024)) == [7]
    assert plan().query(due_by=-5) == [] and plan().query(group=300) == []
    assert numbers(plan().query()) == list(range(1, 51))


def test_the_targets_of_a_query():
    # 26.… 到2025年,籌集租賃住房375套 / 責任單位:市住房和城鄉建設局、…
    targets = plan().query_targets(lead="住房和城鄉建設局", due_by=2025)
    assert [(t.id, t.quote) for t in targets] == [("t26.1", "籌集租賃住房375套")]
    assert [t.id for t in plan().query_targets(due_by=2023)] == ["t7.2"]
    assert len(plan().query_targets()) == len(plan().targets())
    assert plan().query_targets(lead="民政局")[0].task == 7


def test_keyword_arguments_only():
    with pytest.raises(TypeError):
        plan().query("民政局")
