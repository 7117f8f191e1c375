"""The Wuzhong plan (吳忠市“十四五”公共服務發展實施方案) as typed, queryable objects, and a
parser for plans of its genre. The guide is docs/python.md in the repository."""

import os
from typing import Iterator, Literal, Optional, Sequence, Union

__version__: str

_Names = Union[str, Sequence[str]]
"""A name, or several that must all hold."""

_Level = Literal["national", "province", "city", "county", "district", "township"]
"""A level of government, as the objects give it: 'national' for the State Council's
bodies (财政部), 'province' (省财政厅), 'city' (市财政局), 'county', 'district',
'township'."""

_Basis = Literal["order", "label", "verb", "jointly", "rule"]
"""How the text states a party's role."""

_Path = Union[str, os.PathLike[str]]
"""A path: a str or an os.PathLike such as pathlib.Path."""

_Cell = Union[None, bool, int, float, str]
"""A cell of a table: None for an empty cell, decimals as floats."""

_Document = dict[str, Union[None, int, str]]
"""A file of a corpus: id, path, bytes, sha256, format (how its content was read:
'text', 'json', 'html' or 'docx'; None when it could not be read whole), status
('read' or 'refused'), and for
a refused file refusal (its kind: 'empty', 'not-utf8', 'not-a-plan'…), error (why, in
words) and line (where, when known), each None for a file read."""

def plan() -> Plan:
    """The embedded Wuzhong plan, loaded on the first call; every call returns the same
    object."""

def parse(text: str) -> Plan:
    """A plan of the genre read from its text. Raises ParseError (a ValueError) for a
    text that does not read as a plan."""

def from_json(text: str) -> Plan:
    """A plan read from its JSON, as data/plan.json and Plan.to_json() write it. Raises
    ParseError (a ValueError) for JSON that is not a plan."""

def parse_html(data: Union[bytes, str]) -> Plan:
    """A plan read from a web page or a fragment of one: its article read as text (one
    line a paragraph, a table's row one line of cells joined by ' | '), then parsed.
    bytes are read in the encoding the page declares (GBK and GB18030 too); a str is read
    as the text it is, whatever encoding the page declares. The GIL is released while it
    reads. Raises RefusedError for a page with no article, bytes not in the encoding it
    declares, one over the limits, or text that does not read as a plan."""

def parse_docx(data: bytes) -> Plan:
    """A plan read from a Word document (.docx): its paragraphs and tables read as text,
    in order, with the numbers Word generates, then parsed. The GIL is released while it
    reads. Raises RefusedError for a file that is not a Word document ('not-word': not a
    zip, an old .doc or an encrypted .docx, a zip with no document part, a broken part),
    one with no body or no text ('no-body'), one over the limits ('too-large'), or text
    that does not read as a plan ('not-a-plan')."""

def corpus(paths: Union[_Path, Sequence[_Path]]) -> Corpus:
    """Many plans at once: every file `paths` names, each a plan's file (its id is its
    file name) or a directory read recursively (each file's id is its path below it,
    '/'-joined; hidden entries and links inside are passed over, see Corpus.skipped).
    Each file is read by its content, as JSON, text, a web page or a Word file, in
    parallel with the GIL released; a file that holds no plan is refused (Corpus.refused), never an error.
    Raises FileNotFoundError for a path that does not exist, PermissionError for one
    that may not be read, OSError for one that is neither a file nor a directory."""

class Error(Exception):
    """The base of every error the module raises; its message is the Rust library's."""

class ParseError(Error, ValueError):
    """A text that does not read as a plan, JSON that is not a plan, or a plan whose
    parts do not fit together."""

    line: Optional[int]
    """The 1-based line of the text or JSON, when known."""
    column: Optional[int]
    """The 1-based column of the JSON, when known."""

class UnknownNameError(Error, LookupError):
    """A name that is no department's, organisation's or domain's."""

    name: str
    """The name as given."""
    suggestions: list[str]
    """The closest known names, best first; possibly none."""

class AmbiguousNameError(Error, LookupError):
    """A name several kinds of body share, such as 科信局."""

    name: str
    """The name as given."""
    suggestions: list[str]
    """The kinds it could mean."""

class RefusedError(Error, ValueError):
    """A file that holds no plan, read as published (parse_html, parse_docx)."""

    kind: str
    """The refusal's kind: 'not-word', 'no-body', 'no-article', 'bad-encoding',
    'too-large', 'not-a-plan'…, as Corpus.refused gives it."""
    line: Optional[int]
    """The 1-based line of the text read from the file, when known."""

class Corpus:
    """Many plans, read by corpus(): every file tried, read as a plan or refused. The
    queries are Plan's, asked of every plan read, in the corpus's order; each answer is
    a (plan id, object) pair. A name resolves in each plan on its own: a plan that does
    not know it gives no answer, and only a name no plan knows raises."""

    @property
    def ids(self) -> list[str]:
        """The id of every file tried, read or refused, in the corpus's order."""
    @property
    def plans(self) -> dict[str, Plan]:
        """The plans read, by id, in the corpus's order."""
    @property
    def documents(self) -> list[_Document]:
        """Every file tried, as a dict each, in the corpus's order."""
    @property
    def refused(self) -> list[_Document]:
        """The files refused, as documents gives them."""
    @property
    def skipped(self) -> list[dict[str, str]]:
        """The entries a directory's walk passed over without reading them: path and
        reason (a hidden file or directory, a link, a FIFO…)."""
    def tasks(self) -> list[tuple[str, Task]]:
        """Every task of every plan read."""
    def targets(self) -> list[tuple[str, Target]]:
        """Every target of every plan read."""
    def diagnostics(self) -> list[tuple[str, Diagnostic]]:
        """What reading each plan noticed but could not fully understand."""
    def tasks_led_by(self, name: str) -> list[tuple[str, Task]]:
        """The tasks each plan's body of that name leads: a kind ('finance', 財政局) is
        each plan's body of that kind. Raises UnknownNameError or AmbiguousNameError
        only for a name no plan knows."""
    def tasks_supported_by(self, name: str) -> list[tuple[str, Task]]:
        """The tasks a body supports, in each plan."""
    def tasks_involving(self, name: str) -> list[tuple[str, Task]]:
        """The tasks a body takes part in, as lead or support, in each plan."""
    def tasks_in_domain(self, domain: str) -> list[tuple[str, Task]]:
        """The tasks that serve a domain, in each plan."""
    def targets_due_by(self, year: int) -> list[tuple[str, Target]]:
        """The targets due by the end of `year`; each plan's earliest first."""
    def targets_for(self, name: str) -> list[tuple[str, Target]]:
        """The targets of the tasks a body takes part in, in each plan."""
    def query(
        self,
        *,
        lead: Optional[_Names] = None,
        involving: Optional[_Names] = None,
        domain: Optional[_Names] = None,
        part: Optional[int] = None,
        group: Optional[int] = None,
        due_by: Optional[int] = None,
        text: Optional[_Names] = None,
        quote: Optional[_Names] = None,
        level: Optional[_Names] = None,
    ) -> list[tuple[str, Task]]:
        """Plan.query() of every plan read."""
    def query_targets(
        self,
        *,
        lead: Optional[_Names] = None,
        involving: Optional[_Names] = None,
        domain: Optional[_Names] = None,
        part: Optional[int] = None,
        group: Optional[int] = None,
        due_by: Optional[int] = None,
        text: Optional[_Names] = None,
        quote: Optional[_Names] = None,
        level: Optional[_Names] = None,
    ) -> list[tuple[str, Target]]:
        """Plan.query_targets() of every plan read."""
    def tables(self) -> dict[str, list[dict[str, _Cell]]]:
        """The tables of the corpus's data package (`wuzhong-plan --plan DIR export
        --datapackage`), by name: plans (a row for every file tried, its id first),
        diagnostics, each table of Plan.tables(), and texts (each plan's text), with the
        plan's id first in every row ("plan"); pandas.DataFrame takes each as it is."""
    def __len__(self) -> int:
        """The number of files tried, read or refused."""
    def __contains__(self, id: object) -> bool:
        """Whether a plan of that id was read."""
    def __getitem__(self, id: str) -> Plan:
        """The plan read from the file of that id. Raises KeyError for an id of no file,
        or of a file refused."""
    def __iter__(self) -> Iterator[tuple[str, Plan]]:
        """(id, plan) for each plan read, in the corpus's order."""
    def __repr__(self) -> str: ...

class Plan:
    """A plan: the embedded one, or one read by parse() or from_json(). Every method
    returns a new list; the objects in it keep the plan alive."""

    @property
    def title(self) -> Optional[str]:
        """The title the front matter gives."""
    @property
    def metadata(self) -> dict[str, object]:
        """title, notice_title, document_number, issuer, approver (str or None),
        issue_date (ISO 'YYYY-MM-DD' or None) and period ((first year, last year) or
        None)."""
    def tasks(self) -> list[Task]:
        """Every task, in order of number."""
    def task(self, number: int) -> Optional[Task]:
        """Task `number` (its place among the plan's tasks, 1 for the first), or None
        when the plan has none of that number."""
    def task_by_reference(self, reference: str) -> Optional[Task]:
        """The task whose number as the text writes it the reference cites, as people
        cite it ('17', '第十七條', '（十七）', '21' for a table's row 21); None where no
        task writes it, or several do (numbering that restarts)."""
    def tasks_by_reference(self, reference: str) -> list[Task]:
        """Every task whose number as the text writes it the reference cites: one in a
        plan numbered straight through, several where the numbering restarts."""
    def annexes(self) -> list[dict[str, object]]:
        """The annexes the notice carries ('附件1'), in order: number, id ('annex-1'),
        heading (the line as written), title (or None), lines (the title and the lines
        before the first part), signature (its signature block's lines) and parts (the
        numbers of the parts that stand in it)."""
    @property
    def signature(self) -> list[str]:
        """The signature block that ends the plan's own text (issuer, date), if any."""
    @property
    def source(self) -> Optional[dict[str, str]]:
        """The file the plan's text was read from: format ('text', 'html', 'docx') and
        sha256 (the SHA-256 digest of the file's bytes, 64 lowercase hexadecimal
        digits); None where the plan records none."""
    def tasks_led_by(self, name: str) -> list[Task]:
        """The tasks a body leads. Takes any name of a kind (full, short, Simplified,
        English, id, abbreviation) or of one of the plan's organisations. Raises
        UnknownNameError or AmbiguousNameError."""
    def tasks_supported_by(self, name: str) -> list[Task]:
        """The tasks a body supports (takes part in without leading)."""
    def tasks_involving(self, name: str) -> list[Task]:
        """The tasks a body takes part in, as lead or support."""
    def tasks_in_domain(self, domain: str) -> list[Task]:
        """The tasks that serve a domain (its id, Chinese or English name). Raises
        UnknownNameError."""
    def targets(self) -> list[Target]:
        """Every target, in the order of the text."""
    def target(self, id: str) -> Optional[Target]:
        """The target with this id ('t7.2', 'p1.1'), or None."""
    def targets_in_task(self, number: int) -> list[Target]:
        """The targets task `number` states."""
    def targets_due_by(self, year: int) -> list[Target]:
        """The targets due by the end of `year` at the latest, earliest first."""
    def targets_for(self, name: str) -> list[Target]:
        """The targets of the tasks a body takes part in."""
    def organizations(self) -> list[Organization]:
        """Every body the plan names, in the order it first names them."""
    def organization(self, id: str) -> Optional[Organization]:
        """The organisation with this id ('civil-affairs'), or None."""
    def query(
        self,
        *,
        lead: Optional[_Names] = None,
        involving: Optional[_Names] = None,
        domain: Optional[_Names] = None,
        part: Optional[int] = None,
        group: Optional[int] = None,
        due_by: Optional[int] = None,
        text: Optional[_Names] = None,
        quote: Optional[_Names] = None,
        level: Optional[_Names] = None,
    ) -> list[Task]:
        """The tasks that meet every condition given: led by each `lead`, with each of
        `involving` taking part, serving each `domain`, in part `part` and group
        `group`, with a target due by `due_by`, holding each `text` in its title or
        body and with a target whose own quote holds each `quote` (in either script,
        and in Taiwan's or the mainland's wording: 优化 finds 最佳化). `level` (one or
        several: any of them) narrows `lead` and `involving` to bodies at that level of
        government ('city', 'province', 'national'…, or 市, 省, 国家, 縣…), and alone
        keeps the tasks with a party at that level; `lead='finance'` finds 财政部,
        省财政厅 and 市财政局 alike. Raises UnknownNameError or AmbiguousNameError for a
        name, UnknownNameError for a level."""
    def query_targets(
        self,
        *,
        lead: Optional[_Names] = None,
        involving: Optional[_Names] = None,
        domain: Optional[_Names] = None,
        part: Optional[int] = None,
        group: Optional[int] = None,
        due_by: Optional[int] = None,
        text: Optional[_Names] = None,
        quote: Optional[_Names] = None,
        level: Optional[_Names] = None,
    ) -> list[Target]:
        """The targets due by `due_by` that stand in a task meeting the other
        conditions, as query() reads them; with no condition on tasks, part 一's
        objectives too."""
    def diagnostics(self) -> list[Diagnostic]:
        """What reading the plan noticed but could not fully understand."""
    def to_text(self) -> str:
        """The plan's text, byte for byte as it was read."""
    def to_json(self) -> str:
        """The plan as JSON, in the layout of data/plan.json."""
    def tables(self) -> dict[str, list[dict[str, _Cell]]]:
        """The tables of the data package (`wuzhong-plan export --datapackage`), by name:
        tasks, organizations, responsibilities, targets, domains and mentions, each a
        list of rows as dicts of its fields (None for an empty cell), in the order of
        the data package's CSV; pandas.DataFrame takes each as it is."""
    def to_markdown(self, script: Optional[str] = None) -> str:
        """GitHub-flavoured Markdown. `script` is 'traditional' or 'simplified' (None:
        the source's own); another raises ValueError."""
    def to_html(self, script: Optional[str] = None) -> str:
        """One self-contained HTML page."""
    def to_akoma_ntoso(self, script: Optional[str] = None) -> str:
        """Akoma Ntoso 3.0 XML."""
    def to_stratml(self, script: Optional[str] = None) -> str:
        """StratML Part 2 XML."""
    def timeline_svg(self, script: Optional[str] = None) -> str:
        """The deadline timeline as SVG."""
    def network_svg(self, script: Optional[str] = None) -> str:
        """Who leads and who supports each task, as SVG."""
    def render(self, format: str, script: Optional[str] = None) -> str:
        """The plan in `format`: 'text', 'markdown', 'html', 'akn', 'stratml',
        'timeline-svg' or 'network-svg'; another raises ValueError."""
    def __len__(self) -> int:
        """The number of tasks."""
    def __repr__(self) -> str: ...
    def __eq__(self, other: object) -> bool: ...
    def __hash__(self) -> int: ...

class Task:
    """A task of the plan."""

    @property
    def number(self) -> int:
        """Its place among the plan's tasks, 1, 2, 3… in the text's order."""
    @property
    def id(self) -> str:
        """The stable id: 'part-2/group-2/task-23'."""
    @property
    def title(self) -> str:
        """The text up to the first 。."""
    @property
    def body(self) -> str:
        """The rest of the task's line."""
    @property
    def part(self) -> int: ...
    @property
    def group(self) -> Optional[int]:
        """The number of its task group, or None for a task outside any group."""
    @property
    def label(self) -> str:
        """Its number as the text writes it: '23.', '（十七）', '21' for a table's row;
        '' for a task the text does not number."""
    @property
    def written_number(self) -> Optional[int]:
        """The value of the number the text writes (17 for '（十七）'), which is `number`
        unless the numbering restarts or skips; None for an unnumbered task."""
    @property
    def marker(self) -> str:
        """How the number is written, as the style of 1: '.', '（一）', '|' for a
        table's row, '' for no number."""
    @property
    def level(self) -> int:
        """The depth of its numbering in its document: 1, plus 1 where the document has
        parts with headings, plus 1 where it has task groups."""
    @property
    def annex(self) -> Optional[int]:
        """The number of the annex it stands in, or None in the plan's own text."""
    @property
    def lead(self) -> Optional[Organization]:
        """The first body that leads, or None for a task with none."""
    @property
    def leads(self) -> list[Organization]:
        """Every body that leads (several for joint leads)."""
    @property
    def supporters(self) -> list[Organization]:
        """Every body that takes part without leading."""
    @property
    def parties(self) -> list[Party]:
        """Every body its responsibility names, with its role, in the text's order."""
    @property
    def domains(self) -> list[str]:
        """The ids of the domains it serves ('elderly-care')."""
    @property
    def targets(self) -> list[Target]:
        """The targets it states."""
    def to_dict(self) -> dict[str, object]:
        """number, id, part, group, label, written_number, level, annex, title, body;
        lead and lead_id (the first lead's name and id, or None), leads and supporters
        (names); parties (Party.to_dict() each); domains (ids); targets (ids)."""
    def __repr__(self) -> str: ...
    def __eq__(self, other: object) -> bool: ...
    def __hash__(self) -> int: ...

class Target:
    """A commitment the plan states."""

    @property
    def id(self) -> str:
        """'t7.2' for task 7's second target, 'p1.1' for part 一's first objective."""
    @property
    def task(self) -> Optional[int]:
        """The task that states it; None for an objective of a part's prose."""
    @property
    def part(self) -> int: ...
    @property
    def quote(self) -> str:
        """The commitment as the text words it."""
    @property
    def metric(self) -> str: ...
    @property
    def metric_english(self) -> Optional[str]: ...
    @property
    def kind(self) -> str:
        """'quantitative' or 'qualitative'."""
    @property
    def comparator(self) -> Optional[str]:
        """'reach', 'at-least', 'range' or 'exact'; None without a number."""
    @property
    def value(self) -> Optional[float]:
        """The number stated, as the nearest float (exact for every value the plan
        states)."""
    @property
    def value_max(self) -> Optional[float]:
        """The upper bound of a range."""
    @property
    def unit(self) -> Optional[str]:
        """The unit's id ('percent')."""
    @property
    def deadline_year(self) -> Optional[int]: ...
    @property
    def end_of_year(self) -> Optional[bool]:
        """True for 到2023年底, False for 到2025年, None for an undated target."""
    @property
    def lead(self) -> Optional[Organization]:
        """The first body that leads its task."""
    @property
    def leads(self) -> list[Organization]:
        """The bodies that lead its task."""
    def is_due_by(self, year: int) -> bool:
        """Whether its deadline falls in `year` or before."""
    def to_dict(self) -> dict[str, object]:
        """Every attribute above as plain values; lead and lead_id (the first lead's
        name and id) and leads (names)."""
    def __repr__(self) -> str: ...
    def __eq__(self, other: object) -> bool: ...
    def __hash__(self) -> int: ...

class Organization:
    """A body the plan names."""

    @property
    def id(self) -> str:
        """Its id in the plan: 'civil-affairs', 'other-1'."""
    @property
    def name(self) -> str:
        """The name in full: '市民政局'."""
    @property
    def kind(self) -> Optional[str]:
        """The id of its kind of body, or None for a body the vocabulary does not know."""
    @property
    def level(self) -> Optional[_Level]:
        """Its level of government as its name gives it: 'national', 'province',
        'city', 'county', 'district' or 'township'; None where it gives none."""
    @property
    def place(self) -> Optional[str]: ...
    @property
    def other_names(self) -> list[str]: ...
    @property
    def names(self) -> list[str]:
        """Its name, then its other names."""
    @property
    def members(self) -> list[str]:
        """For a collective party, the bodies it stands for."""
    def to_dict(self) -> dict[str, object]:
        """id, name, kind, level, place, other_names, members."""
    def __repr__(self) -> str: ...
    def __eq__(self, other: object) -> bool: ...
    def __hash__(self) -> int: ...

class Party:
    """One body of a task's responsibility, as the text names it."""

    @property
    def organization(self) -> Optional[Organization]: ...
    @property
    def organization_id(self) -> str: ...
    @property
    def name(self) -> Optional[str]:
        """The organisation's name in full."""
    @property
    def quote(self) -> str:
        """The name exactly as written: '財政局'."""
    @property
    def role(self) -> str:
        """'lead' or 'support'."""
    @property
    def basis(self) -> _Basis:
        """How the text states the role: 'order' (the first listed leads), 'label'
        (牵头单位:), 'verb' (…牵头), 'jointly' (分别牵头) or 'rule' (a lead rule the
        document states once: 排在第一位的部门为牵头部门，下同)."""
    @property
    def level(self) -> Optional[_Level]:
        """Its organisation's level of government, or None where its name gives none."""
    def to_dict(self) -> dict[str, object]:
        """organization (id), name, quote, role, basis, level."""
    def __repr__(self) -> str: ...
    def __eq__(self, other: object) -> bool: ...
    def __hash__(self) -> int: ...

class Diagnostic:
    """Something reading the plan noticed but could not fully understand."""

    @property
    def line(self) -> int:
        """The 1-based line of the plan's text."""
    @property
    def node(self) -> str:
        """The id of the node it is about."""
    @property
    def kind(self) -> str:
        """'unknown-body', 'no-responsibility', …"""
    @property
    def message(self) -> str: ...
    def to_dict(self) -> dict[str, object]:
        """line, node, kind, message."""
    def __repr__(self) -> str: ...
    def __eq__(self, other: object) -> bool: ...
    def __hash__(self) -> int: ...
