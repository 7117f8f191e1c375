"""The stubs (wuzhong_plan.pyi) name exactly what the module has: every public name of
the module, every attribute and method of each class, and the attributes its
exceptions carry; and the installed package ships them with py.typed."""

import ast
import importlib.util
import pathlib

import pytest

import wuzhong_plan
from conftest import ROOT

STUB = ROOT / "python" / "wuzhong_plan.pyi"
DUNDERS = {"__repr__", "__eq__", "__hash__", "__len__", "__contains__", "__getitem__", "__iter__"}
EXCEPTIONS = {"Error", "ParseError", "UnknownNameError", "AmbiguousNameError", "RefusedError"}


def stub_tree():
    return ast.parse(STUB.read_text(encoding="utf-8"))


def defined(body):
    """The names a module's or a class's body defines, but for private ones."""
    names = set()
    for node in body:
        if isinstance(node, (ast.FunctionDef, ast.ClassDef)):
            names.add(node.name)
        elif isinstance(node, ast.AnnAssign) and isinstance(node.target, ast.Name):
            names.add(node.target.id)
        elif isinstance(node, ast.Assign):
            names.update(t.id for t in node.targets if isinstance(t, ast.Name))
    return {n for n in names if not n.startswith("_") or n == "__version__" or n in DUNDERS}


def stub_classes():
    return {node.name: node for node in stub_tree().body if isinstance(node, ast.ClassDef)}


def test_the_stub_names_every_public_name_and_no_other():
    assert set(defined(stub_tree().body)) == set(wuzhong_plan.__all__)


@pytest.mark.parametrize("name", sorted(set(wuzhong_plan.__all__) - EXCEPTIONS))
def test_the_stub_names_every_member_of_each_class(name):
    value = getattr(wuzhong_plan, name)
    classes = stub_classes()
    if not isinstance(value, type):
        assert name not in classes
        return
    own = {
        member
        for member, attribute in vars(value).items()
        if not member.startswith("_") or (member in DUNDERS and attribute is not None)
    }
    assert defined(classes[name].body) == own


def raised_instances():
    plan = wuzhong_plan.plan()
    caught = {}
    for call in (
        lambda: wuzhong_plan.parse(""),
        lambda: plan.tasks_led_by("市民証局"),
        lambda: plan.tasks_led_by("科信局"),
        lambda: wuzhong_plan.parse_docx(b"PK\x03\x04"),
    ):
        try:
            call()
        except wuzhong_plan.Error as error:
            caught[type(error).__name__] = error
    return caught


def test_the_stub_names_the_attributes_of_each_exception():
    classes = stub_classes()
    caught = raised_instances()
    assert set(caught) == EXCEPTIONS - {"Error"}
    for name in EXCEPTIONS:
        bases = [ast.unparse(b) for b in classes[name].bases]
        assert bases == [b.__name__ for b in getattr(wuzhong_plan, name).__bases__]
    for name, error in caught.items():
        assert defined(classes[name].body) == set(vars(error)), name


def test_the_installed_package_ships_the_stubs_and_py_typed():
    spec = importlib.util.find_spec("wuzhong_plan")
    package = pathlib.Path(spec.origin).parent
    assert (package / "py.typed").is_file()
    shipped = package / "__init__.pyi"
    assert shipped.is_file()
    assert shipped.read_text(encoding="utf-8") == STUB.read_text(encoding="utf-8")
