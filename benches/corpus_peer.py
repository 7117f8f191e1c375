#!/usr/bin/env python3
"""The peer of `benches/corpus.rs`: the plain regex script a researcher would write
instead of the command line, to read who is responsible for what in a directory of plans.

    python3 benches/corpus_peer.py DIR OUT     writes OUT/plans.csv and OUT/parties.csv
    python3 benches/corpus_peer.py DIR --stdout    prints the parties' CSV, writes nothing

One CPython process, the standard library only. It walks DIR (sorted by name, hidden
entries and symbolic links skipped), reads every file as UTF-8 (a file that is not is
counted and marked `refused`), takes a web page's text with `html.parser` (a file whose
first character is `<`: the text of every element but scripts and styles, a line for
each paragraph, heading, division and table row, a row's cells joined by ` | `), and
reads with regular expressions:

- responsibility lines, `责任单位:X、Y` / `牵头单位：X` / `責任部門:X,Y` / `配合单位:Z`, in
  Simplified and Traditional script, with ASCII or full-width colons;
- notes in brackets, full-width or ASCII, anywhere in a line: `（X负责）`,
  `（X牵头，Y、Z按职责分工配合）`, `（牵头单位：X，配合单位：Y）`, `(A、B牽頭,C按職責分工負責)`.

The bodies are split on `、` and commas outside brackets (`各縣(市、區)` stays whole); in a
note, a clause of bodies alone after a label's (`配合单位：X、Y，各区、县级市`) is the label's. The
role is `lead` (牵头), `support` (配合, or 负责 after a lead in the same note) or
`responsible` (a `责任单位` line, or 负责 alone: the script does not decide which of
several leads). It reads no tables, no JSON, no lead rule a document states once, and no
structure of parts and tasks: it is minimal, not careless.

`plans.csv`: path (below DIR, `/`-joined), bytes, sha256, status (`read` or `refused`).
`parties.csv`: plan (the path), line (1-based), body, role. A summary line goes to
stderr.
"""
import csv
import hashlib
import os
import re
import sys
from html.parser import HTMLParser

# A responsibility line: an optional indent, a label, a colon, the bodies.
LABEL_LINE = re.compile(
    r"^[\s\u3000]*((?:责任|責任|牵头|牽頭|配合|协办|協辦)(?:单位|單位|部门|部門))[:：]\s*(.+?)\s*$"
)
# A note: the innermost brackets, full-width or ASCII.
NOTE = re.compile(r"[（(]([^（）()]+)[）)]")
# Inside a note, a clause that is a label and its bodies: `牵头单位：X`, `牵头考核单位：X`.
NOTE_LABEL = re.compile(r"^(.*?)(?:单位|單位|部门|部門)[:：](.+)$")
# Inside a note, a clause of bodies and a verb: `X、Y按职责分工配合`, `X等有关部门负责`.
NOTE_VERB = re.compile(
    r"^(.+?)(?:按职责分工|按職責分工)?(?:等有关部门|等有關部門)?(牵头|牽頭|配合|负责|負責)$"
)
# Clauses of a note, and bodies of a list: separators outside brackets.
CLAUSES = re.compile(r"[，,；;](?![^（(]*[）)])")
BODIES = re.compile(r"[、，,；;](?![^（(]*[）)])")

LEAD = ("牵头", "牽頭")
SUPPORT = ("配合", "协办", "協辦")


def label_role(label):
    if any(word in label for word in LEAD):
        return "lead"
    if any(word in label for word in SUPPORT):
        return "support"
    return "responsible"


# Elements that end a line of a page's text, and those whose text is not read.
BLOCKS = {"p", "div", "br", "tr", "li", "h1", "h2", "h3", "h4", "h5", "h6", "table", "tbody"}
SKIPPED = {"script", "style"}


class PageText(HTMLParser):
    """A page's text: a line for each block, a row's cells joined by ` | `."""

    def __init__(self):
        super().__init__(convert_charrefs=True)
        self.lines = []
        self.line = []
        self.cells = 0
        self.skipping = 0

    def end_line(self):
        text = " ".join("".join(self.line).split())
        if text:
            self.lines.append(text)
        self.line = []
        self.cells = 0

    def handle_starttag(self, tag, attrs):
        if tag in SKIPPED:
            self.skipping += 1
        elif tag == "td":
            if self.cells:
                self.line.append(" | ")
            self.cells += 1
        elif tag in BLOCKS and tag != "tr":
            if not self.cells:
                self.end_line()

    def handle_endtag(self, tag):
        if tag in SKIPPED:
            self.skipping = max(0, self.skipping - 1)
        elif tag == "tr" or (tag in BLOCKS and not self.cells):
            self.end_line()

    def handle_data(self, data):
        if not self.skipping:
            self.line.append(data)


def page_text(html):
    parser = PageText()
    parser.feed(html)
    parser.close()
    parser.end_line()
    return "\n".join(parser.lines) + "\n"


def bodies(text):
    return [body.strip() for body in BODIES.split(text) if body.strip()]


def note_parties(note):
    """The (body, role) of one note's content; none when it names no bodies."""
    found = []
    led = False
    label = None  # the role of the last label, which a clause of bodies alone continues
    for clause in CLAUSES.split(note):
        clause = clause.strip()
        labelled = NOTE_LABEL.match(clause)
        if labelled:
            label = label_role(labelled.group(1))
            if label == "responsible" and not any(w in labelled.group(1) for w in ("责任", "責任")):
                label = None
                continue
            found.extend((body, label) for body in bodies(labelled.group(2)))
            led = led or label == "lead"
            continue
        verb = NOTE_VERB.match(clause)
        if verb is None and label is not None:
            found.extend((body, label) for body in bodies(clause))
        elif verb:
            label = None
            word = verb.group(2)
            if word in LEAD:
                role = "lead"
                led = True
            elif word in SUPPORT or led:
                role = "support"
            else:
                role = "responsible"
            found.extend((body, role) for body in bodies(verb.group(1)))
    return found


def parties(text):
    """Every (line, body, role) of one document's text."""
    for number, line in enumerate(text.splitlines(), 1):
        labelled = LABEL_LINE.match(line)
        if labelled:
            role = label_role(labelled.group(1))
            for body in bodies(labelled.group(2)):
                yield number, body, role
            continue
        for note in NOTE.finditer(line):
            for body, role in note_parties(note.group(1)):
                yield number, body, role


def files(top):
    """Every regular file below `top`, sorted by name, hidden entries and links skipped."""
    for root, dirs, names in os.walk(top):
        dirs[:] = sorted(d for d in dirs if not d.startswith("."))
        for name in sorted(names):
            path = os.path.join(root, name)
            if name.startswith(".") or os.path.islink(path) or not os.path.isfile(path):
                continue
            yield path, os.path.relpath(path, top).replace(os.sep, "/")


def main(argv):
    if len(argv) != 3:
        sys.exit("usage: corpus_peer.py DIR OUT | corpus_peer.py DIR --stdout")
    top, out = argv[1], argv[2]
    if not os.path.isdir(top):
        sys.exit(f"corpus_peer.py: {top} is not a directory")
    if out == "--stdout":
        plans = None
        party_file = None
        party_rows = csv.writer(sys.stdout, lineterminator="\n")
    else:
        os.makedirs(out, exist_ok=True)
        plan_file = open(os.path.join(out, "plans.csv"), "w", newline="", encoding="utf-8")
        plans = csv.writer(plan_file, lineterminator="\n")
        plans.writerow(["path", "bytes", "sha256", "status"])
        party_file = open(os.path.join(out, "parties.csv"), "w", newline="", encoding="utf-8")
        party_rows = csv.writer(party_file, lineterminator="\n")
    party_rows.writerow(["plan", "line", "body", "role"])

    count = refused = found = 0
    for path, plan in files(top):
        count += 1
        with open(path, "rb") as file:
            data = file.read()
        try:
            text = data.decode("utf-8-sig")
            status = "read"
            if text.lstrip().startswith("<"):
                text = page_text(text)
        except UnicodeDecodeError:
            text = None
            status = "refused"
            refused += 1
        if plans is not None:
            plans.writerow([plan, len(data), hashlib.sha256(data).hexdigest(), status])
        if text is not None:
            for line, body, role in parties(text):
                party_rows.writerow([plan, line, body, role])
                found += 1

    if plans is not None:
        plan_file.close()
        party_file.close()
    print(
        f"corpus_peer.py: {count} files, {count - refused} read, {refused} refused (not UTF-8), "
        f"{found} parties",
        file=sys.stderr,
    )


if __name__ == "__main__":
    main(sys.argv)
