"""Documents as they are published: parse_docx on Word files that python-docx writes
here (paragraphs, a task table with merged header cells, Word's own numbering, and a
shared document's text, once as paragraphs and once with its numbers given to Word's
numbering), parse_html on a page given as bytes and as a str, the refusals both raise,
and Plan.source.

The expectations are written from the documents: what Word shows for each one, and, for
the shared document, what its text says."""

import hashlib
import io
import re

import pytest

import wuzhong_plan
from conftest import corpus_text, need

W = "http://schemas.openxmlformats.org/wordprocessingml/2006/main"


def docx_module():
    """python-docx (scripts/test-requirements.txt installs it)."""
    return need("docx")


def saved(document) -> bytes:
    out = io.BytesIO()
    document.save(out)
    return out.getvalue()


def level(ilvl: int, fmt: str, text: str, extra: str = "") -> str:
    return (
        f'<w:lvl w:ilvl="{ilvl}"><w:start w:val="1"/><w:numFmt w:val="{fmt}"/>'
        f'<w:lvlText w:val="{text}"/>{extra}<w:lvlJc w:val="left"/></w:lvl>'
    )


GENRE_LEVELS = [
    level(0, "chineseCounting", "%1、"),
    level(1, "chineseCounting", "（%2）"),
    # The tasks are numbered straight across the groups and the parts.
    level(2, "decimal", "%3.", '<w:lvlRestart w:val="0"/>'),
]
"""The genre's numbering as Word's: 一、 for parts, （一） for groups, 1. for tasks."""


def add_numbering(document, levels, abstract_id=90, num_id=90) -> int:
    """Adds an abstract numbering of `levels` and an instance of it to the document's
    numbering part, through its XML (python-docx has no API for it); returns the
    instance's id."""
    from docx.oxml import parse_xml
    from docx.oxml.ns import qn

    numbering = document.part.numbering_part.element
    abstract = parse_xml(
        f'<w:abstractNum xmlns:w="{W}" w:abstractNumId="{abstract_id}">'
        f'<w:multiLevelType w:val="multilevel"/>{"".join(levels)}</w:abstractNum>'
    )
    # Every w:abstractNum comes before the first w:num.
    first = numbering.find(qn("w:num"))
    if first is None:
        numbering.append(abstract)
    else:
        first.addprevious(abstract)
    numbering.append(
        parse_xml(
            f'<w:num xmlns:w="{W}" w:numId="{num_id}"><w:abstractNumId w:val="{abstract_id}"/></w:num>'
        )
    )
    return num_id


def numbered(paragraph, num_id: int, ilvl: int):
    """Gives `paragraph` Word's numbering: instance `num_id`, level `ilvl`."""
    num_pr = paragraph._p.get_or_add_pPr().get_or_add_numPr()
    num_pr.get_or_add_ilvl().val = ilvl
    num_pr.get_or_add_numId().val = num_id
    return paragraph


def names(organizations) -> list:
    return [organization.name for organization in organizations]


# --- Word documents ----------------------------------------------------------------------


def test_plain_paragraphs_are_one_line_each():
    docx = docx_module()
    document = docx.Document()
    lines = [
        "关于做好就业工作的实施方案",
        "一、重点任务",
        "1.扩大就业。新增城镇就业岗位。（市人力资源和社会保障局牵头，市财政局配合）",
        "2.稳定岗位。支持企业稳岗。（市财政局负责）",
    ]
    for line in lines:
        document.add_paragraph(line)
    # An empty paragraph, as a writer leaves between parts, is no line.
    document.add_paragraph("")
    data = saved(document)
    plan = wuzhong_plan.parse_docx(data)
    assert plan.to_text() == "\n".join(lines) + "\n"
    tasks = plan.tasks()
    assert [task.title for task in tasks] == ["扩大就业", "稳定岗位"]
    assert tasks[0].lead.name == "市人力资源和社会保障局"
    assert names(tasks[0].supporters) == ["市财政局"]
    assert tasks[1].lead.name == "市财政局"
    assert plan.source == {"format": "docx", "sha256": hashlib.sha256(data).hexdigest()}


def test_a_task_table_with_merged_header_cells():
    docx = docx_module()
    document = docx.Document()
    document.add_paragraph("2023年重点工作任务分解表")
    table = document.add_table(rows=4, cols=5)
    # 责任单位 over 牵头单位 and 配合单位; the other header cells merged down both rows.
    for column, text in ((0, "序号"), (1, "工作任务"), (4, "完成时限")):
        merged = table.cell(0, column).merge(table.cell(1, column))
        merged.text = text
    responsible = table.cell(0, 2).merge(table.cell(0, 3))
    responsible.text = "责任单位"
    table.cell(1, 2).text = "牵头单位"
    table.cell(1, 3).text = "配合单位"
    rows = [
        ("1", "新增城镇就业5万人", "市人力资源和社会保障局", "市财政局、市教育局", "2023年12月底"),
        ("2", "建设公共实训基地", "市发展和改革委员会", "市人力资源和社会保障局", "2023年10月底"),
    ]
    for at, row in enumerate(rows, start=2):
        for column, text in enumerate(row):
            table.cell(at, column).text = text
    plan = wuzhong_plan.parse_docx(saved(document))
    assert plan.to_text() == (
        "2023年重点工作任务分解表\n"
        "序号 | 工作任务 | 责任单位 | 完成时限\n"
        "序号 | 工作任务 | 牵头单位 | 配合单位 | 完成时限\n"
        "1 | 新增城镇就业5万人 | 市人力资源和社会保障局 | 市财政局、市教育局 | 2023年12月底\n"
        "2 | 建设公共实训基地 | 市发展和改革委员会 | 市人力资源和社会保障局 | 2023年10月底\n"
    )
    tasks = plan.tasks()
    assert [task.title for task in tasks] == ["新增城镇就业5万人", "建设公共实训基地"]
    assert [task.lead.name for task in tasks] == ["市人力资源和社会保障局", "市发展和改革委员会"]
    assert [names(task.supporters) for task in tasks] == [
        ["市财政局", "市教育局"],
        ["市人力资源和社会保障局"],
    ]


def test_list_number_paragraphs_read_with_their_numbers():
    docx = docx_module()
    document = docx.Document()
    document.add_paragraph("一、重点任务")
    for task in (
        "扩大就业。新增城镇就业岗位。（市人力资源和社会保障局负责）",
        "稳定岗位。支持企业稳岗。（市财政局负责）",
    ):
        # python-docx's template numbers "List Number" as 1. 2. 3.
        document.add_paragraph(task, style="List Number")
    plan = wuzhong_plan.parse_docx(saved(document))
    assert plan.to_text() == (
        "一、重点任务\n"
        "1.扩大就业。新增城镇就业岗位。（市人力资源和社会保障局负责）\n"
        "2.稳定岗位。支持企业稳岗。（市财政局负责）\n"
    )
    assert [task.label for task in plan.tasks()] == ["1.", "2."]
    assert [task.lead.name for task in plan.tasks()] == ["市人力资源和社会保障局", "市财政局"]


def test_chinese_numbering_of_parts_groups_and_tasks():
    docx = docx_module()
    document = docx.Document()
    num = add_numbering(document, GENRE_LEVELS)
    document.add_paragraph("关于促进就业的实施意见")
    numbered(document.add_paragraph("总体要求"), num, 0)
    numbered(document.add_paragraph("重点任务"), num, 0)
    numbered(document.add_paragraph("稳就业。"), num, 1)
    numbered(document.add_paragraph("扩大就业。新增岗位。（市人力资源和社会保障局负责）"), num, 2)
    numbered(document.add_paragraph("稳定岗位。支持企业。（市财政局负责）"), num, 2)
    numbered(document.add_paragraph("保民生。"), num, 1)
    numbered(document.add_paragraph("兜底保障。做好救助。（市民政局负责）"), num, 2)
    plan = wuzhong_plan.parse_docx(saved(document))
    assert plan.to_text() == (
        "关于促进就业的实施意见\n"
        "一、总体要求\n"
        "二、重点任务\n"
        "（一）稳就业。\n"
        "1.扩大就业。新增岗位。（市人力资源和社会保障局负责）\n"
        "2.稳定岗位。支持企业。（市财政局负责）\n"
        "（二）保民生。\n"
        "3.兜底保障。做好救助。（市民政局负责）\n"
    )
    tasks = plan.tasks()
    assert [(task.label, task.part, task.group) for task in tasks] == [
        ("1.", 2, 1),
        ("2.", 2, 1),
        ("3.", 2, 2),
    ]
    assert [task.lead.name for task in tasks] == ["市人力资源和社会保障局", "市财政局", "市民政局"]


SHARED = "national-2019-zongbaoqu.txt"
"""国发〔2019〕3号: 21 tasks numbered 1. to 21. straight across five groups of part
四、主要任务, each ending in a note of the bodies responsible, the first of which leads."""


def shared_lines() -> list:
    return corpus_text(SHARED).splitlines()


def test_a_shared_document_as_paragraphs_gives_the_plan_of_its_text():
    docx = docx_module()
    text = corpus_text(SHARED)
    document = docx.Document()
    for line in text.splitlines():
        document.add_paragraph(line)
    from_docx = wuzhong_plan.parse_docx(saved(document))
    from_text = wuzhong_plan.parse(text)
    assert from_docx.to_text() == text
    assert [task.to_dict() for task in from_docx.tasks()] == [
        task.to_dict() for task in from_text.tasks()
    ]
    tasks = from_docx.tasks()
    assert len(tasks) == 21
    # 1.拓展两个市场。…（税务总局、财政部、海关总署负责，排在第一位的部门为牵头部门，下同）
    assert tasks[0].title == "拓展两个市场"
    assert tasks[0].lead.name == "税务总局"
    assert names(tasks[0].supporters) == ["财政部", "海关总署"]
    # 20.支持期货交割。…（海关总署、证监会负责）
    assert tasks[19].title == "支持期货交割"
    assert tasks[19].lead.name == "海关总署"
    assert names(tasks[19].supporters) == ["证监会"]
    assert from_docx.source["format"] == "docx"
    assert from_text.source["format"] == "text"


NUMBERS = [
    (0, re.compile(r"^[一二三四五六七八九十]+、")),
    (1, re.compile(r"^（[一二三四五六七八九十]+）")),
    (2, re.compile(r"^\d+\.")),
]


def test_a_shared_document_with_word_numbering_gives_the_same_tasks():
    docx = docx_module()
    text = corpus_text(SHARED)
    document = docx.Document()
    num = add_numbering(document, GENRE_LEVELS)
    given = 0
    for line in text.splitlines():
        for ilvl, number in NUMBERS:
            found = number.match(line)
            if found:
                # The number taken out of the paragraph, and given to Word's numbering.
                numbered(document.add_paragraph(line[found.end():]), num, ilvl)
                given += 1
                break
        else:
            document.add_paragraph(line)
    # Five parts, four principles, five groups, 21 tasks.
    assert given == 5 + 4 + 5 + 21
    from_docx = wuzhong_plan.parse_docx(saved(document))
    from_text = wuzhong_plan.parse(text)
    assert from_docx.to_text() == text
    assert [task.to_dict() for task in from_docx.tasks()] == [
        task.to_dict() for task in from_text.tasks()
    ]
    assert [task.label for task in from_docx.tasks()] == [f"{n}." for n in range(1, 22)]


# --- Refusals ----------------------------------------------------------------------------


def refused(call, *args):
    with pytest.raises(wuzhong_plan.RefusedError) as caught:
        call(*args)
    return caught.value


def test_a_file_that_is_no_word_document_is_refused():
    error = refused(wuzhong_plan.parse_docx, b"PK\x03\x04 not really a zip")
    assert error.kind == "not-word"
    assert error.line is None
    assert str(error).startswith("not a zip archive: ")
    assert str(error).endswith("expected a Word document (.docx)")
    assert isinstance(error, ValueError) and isinstance(error, wuzhong_plan.Error)

    ole = refused(wuzhong_plan.parse_docx, b"\xd0\xcf\x11\xe0\xa1\xb1\x1a\xe1" + bytes(504))
    assert ole.kind == "not-word"
    assert "(.doc)" in str(ole) and "password" in str(ole)

    with pytest.raises(TypeError):
        wuzhong_plan.parse_docx("一、重点任务")


def test_a_word_document_without_text_is_refused():
    docx = docx_module()
    document = docx.Document()
    document.add_paragraph("")
    error = refused(wuzhong_plan.parse_docx, saved(document))
    assert error.kind == "no-body"
    assert "holds no paragraph of text" in str(error)


# --- Web pages ---------------------------------------------------------------------------

PAGE = (
    "<!DOCTYPE html><html><head><meta charset=\"gbk\"><title>通知</title></head><body>"
    "<div class=\"nav\"><a href=\"/\">首页</a></div>"
    "<div id=\"article\"><p>一、重点任务</p>"
    "<p>1．扩大就业。新增岗位。<br>责任单位：市人力资源和社会保障局</p></div>"
    "</body></html>"
)
PAGE_TEXT = "一、重点任务\n1．扩大就业。新增岗位。\n责任单位：市人力资源和社会保障局\n"


def test_a_page_from_bytes_and_from_a_str_gives_one_plan():
    data = PAGE.encode("gbk")
    from_bytes = wuzhong_plan.parse_html(data)
    assert from_bytes.to_text() == PAGE_TEXT
    assert [task.lead.name for task in from_bytes.tasks()] == ["市人力资源和社会保障局"]
    assert from_bytes.source == {"format": "html", "sha256": hashlib.sha256(data).hexdigest()}
    # A str is the text itself: the charset the page declares is not believed of it.
    from_str = wuzhong_plan.parse_html(PAGE)
    assert from_str.to_text() == PAGE_TEXT
    assert from_str.tasks() == from_bytes.tasks()
    assert from_str.source["format"] == "html"


def test_a_page_without_an_article_is_refused():
    error = refused(wuzhong_plan.parse_html, "<html><body><nav><a href=/>首页</a></nav></body></html>")
    assert error.kind == "no-article"
    assert isinstance(error, ValueError)
    error = refused(wuzhong_plan.parse_html, b"<html><body><nav><a href=/>home</a></nav></body></html>")
    assert error.kind == "no-article"
    with pytest.raises(TypeError):
        wuzhong_plan.parse_html(42)


def test_plans_read_as_text_or_json_record_their_source():
    text_plan = wuzhong_plan.parse("一、重点任务\n1.甲。乙。\n")
    assert text_plan.source["format"] == "text"
    assert text_plan.source["sha256"] == hashlib.sha256("一、重点任务\n1.甲。乙。\n".encode()).hexdigest()
    assert wuzhong_plan.from_json(text_plan.to_json()).source == text_plan.source
