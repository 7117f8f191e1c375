"""The renderers return the kind of document they name."""

import xml.etree.ElementTree as ElementTree

import pytest

from wuzhong_plan import plan


def root_tag(text):
    return ElementTree.fromstring(text.encode("utf-8")).tag


def test_markdown():
    markdown = plan().to_markdown()
    assert markdown.startswith("# 吳忠市“十四五”公共服務發展實施方案")
    assert "擴大普惠養老服務方式" in markdown
    assert "扩大普惠养老服务方式" in plan().to_markdown(script="simplified")
    assert plan().render("markdown") == markdown


def test_html():
    page = plan().to_html()
    assert page.lstrip().lower().startswith("<!doctype html>")
    assert page.rstrip().endswith("</html>")
    assert "吴忠市" in plan().to_html(script="simplified")
    assert plan().render("html", script="traditional") == page


def test_akoma_ntoso_and_stratml_are_xml():
    assert root_tag(plan().to_akoma_ntoso()) == "{http://docs.oasis-open.org/legaldocml/ns/akn/3.0}akomaNtoso"
    assert root_tag(plan().render("akn")).endswith("akomaNtoso")
    assert root_tag(plan().to_stratml()) == "{http://www.stratml.net/PerformancePlanOrReport}PerformancePlanOrReport"


def test_the_pictures_are_svg():
    for svg in (plan().timeline_svg(), plan().network_svg(), plan().render("network-svg")):
        assert root_tag(svg) == "{http://www.w3.org/2000/svg}svg"
    assert "t7.2" in plan().timeline_svg() or "2023" in plan().timeline_svg()


def test_an_unknown_format_or_script_is_a_value_error():
    with pytest.raises(ValueError, match="expected one of text, markdown"):
        plan().render("pdf")
    with pytest.raises(ValueError, match="traditional, simplified"):
        plan().to_html(script="cyrillic")
