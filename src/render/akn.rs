//! Akoma Ntoso 3.0 ([`Plan::to_akoma_ntoso`]): the plan as an OASIS LegalDocML
//! `statement`, the document type of an official text of a body that is not a law.
//!
//! The mapping:
//!
//! - `meta/identification`: the FRBR Work, Expression and Manifestation, each dated by
//!   the issue date (`FRBRdate name="issue"`; `0001-01-01` with `name="unknown"` for a
//!   plan without one) and authored by the issuer, with `FRBRcountry cn` and
//!   `FRBRlanguage zho`. The IRIs are `/akn/cn/statement/implementationPlan/{date}/1`:
//!   the genre has no document number, so the plan is the first of its date.
//! - `meta/references`: a `TLCOrganization` for every organisation of the plan (its id
//!   is its eId), for the issuer when it is none of them (`issuer`), for each body a
//!   mention names that is no organisation of the plan (the actor's id), and for this
//!   crate as the source of the markup (`wuzhong-plan`); a `TLCRole` for each role,
//!   `lead` (牽頭單位) and `support` (配合單位); a `TLCConcept` for each target (its id).
//! - `preface`: the notice, the info box (a `container name="infoBox"`) and the
//!   `全文` line; `preamble`: the preamble.
//! - `mainBody`: each part of the document itself a `part`, each group and task an
//!   `hcontainer` (`name="group"`, `name="task"`), with the eIds of [`eid`](super::eid);
//!   the number as written in `num` (`二、`, `(一)`, `1.`, `（十七）`; none for an
//!   unnumbered task, and no `num` or `heading` for a part no heading opens), the title
//!   in `heading` (with the `。` that ends it in the text), prose in `p`: a part's and a
//!   group's paragraphs in `intro`, a task's body, further lines, responsibility lines
//!   (`p class="responsibility"`, the label and colon in `span class="label"`) and
//!   closing lines in `content`, then each box (`专栏`) after the task as a `tblock`
//!   (its heading line in `heading`, its lines in `p`). A table's row is a task whose
//!   `num` is its number cell and whose `content` is one `p class="row"` holding its
//!   line: each cell a `span` whose `class` is its column (`task`, `content`, `lead`,
//!   `deadline`…), with ` | ` between them, on the line of its `num`; the parties of its
//!   cells of bodies and the targets of its content are marked as elsewhere.
//! - `conclusions`: the signature block of the document itself (issuer, date).
//! - `attachments`: each annex an `attachment` (eId `annex_1`) whose `num` is its
//!   heading line (`附件1`), holding a `doc name="annex"` with its own identification
//!   (the component `!annex_1` of the plan's work), its title and lines before its first
//!   part as `preface`, its parts as `mainBody` (eIds counted on across the plan, so
//!   every eId of the file is unique) and its signature block as `conclusions`.
//! - Inline, at their spans: each party as `<role refersTo="#lead" class="order">
//!   <organization refersTo="#civil-affairs" class="city">…</organization></role>`, the
//!   role's `class` the basis of the role (`order`, `label`, `verb`, `jointly`, `rule`)
//!   and the organisation's its level (`national` … `township`, absent where its name
//!   gives none), each mention as `organization`,
//!   each quantitative target as `<quantity refersTo="#t7.2" normalized="100">` around its
//!   quote (a range normalized `1-2`), each qualitative one as `<span refersTo="#t17.3">`,
//!   and each deadline as `<date date="2025-12-31">` around the words that date it.
//!   Both `到2025年` (by 2025) and `到2025年底` (by the end of 2025) are dated the 31st of
//!   December, the last day the commitment can be met; the `title` attribute says which
//!   (`by 2025`, `by the end of 2025`). A span that crosses another is left unmarked.
//!
//! The text content of `preface`, `preamble`, `mainBody`, `conclusions` and
//! `attachments`, taken in document order with the line breaks and indentation the
//! renderer puts between elements removed (each `\n` and the spaces after it), is the
//! plan's text without its line endings, blank lines and indentation: every content line
//! of [`Plan::to_text`], in order, joined with nothing between them. Without the `num`
//! elements and the `span class="label"` of responsibility lines, it is that text
//! without its labels (`二、`, `(一)`, `1.`, `責任單位:`).

use std::collections::{HashMap, HashSet};
use std::fmt::Write as _;

use crate::model::row::{CellRole, RowCell, SEPARATOR, row_cells};
use crate::model::{Annex, Deadline, Mention, Part, Party, Target, Task, TaskGroup};
use crate::plan::Plan;
use crate::query::Who;
use crate::render::escape::xml;
use crate::render::options::RenderOptions;
use crate::render::{documents, eid, objectives_by_paragraph};
use crate::vocab::actor::{Actor, Role};
use crate::vocab::department::Department;
use crate::vocab::level::Level;

/// The namespace of Akoma Ntoso 3.0.
const NAMESPACE: &str = "http://docs.oasis-open.org/legaldocml/ns/akn/3.0";

/// The eId of the crate as the source of the markup.
const SOURCE: &str = "wuzhong-plan";

/// The eId of the issuer when it is no organisation of the plan.
const ISSUER: &str = "issuer";

impl Plan {
    /// The plan as Akoma Ntoso 3.0 XML: a `<statement name="implementationPlan">`, valid
    /// against the OASIS schema, with its FRBR identification, the organisations and
    /// roles as references, the parts, groups and tasks as `part` and `hcontainer` with
    /// their eIds, and the parties, mentions, deadlines and target values marked where
    /// the text states them. Every word of the text is there, in order. The module
    /// `render::akn` documents the mapping.
    ///
    /// ```
    /// use wuzhong_plan::{RenderOptions, Script};
    /// let plan = wuzhong_plan::plan();
    /// let xml = plan.to_akoma_ntoso(&RenderOptions::default());
    /// assert!(xml.contains(r#"<statement name="implementationPlan">"#));
    /// assert!(xml.contains(r#"<FRBRlanguage language="zho"/>"#));
    /// assert!(xml.contains(r#"<hcontainer eId="part_2__group_2__task_23" name="task">"#));
    /// // A party, with the basis of its role and its organisation's level.
    /// assert!(xml.contains(r##"<role refersTo="#lead" class="order"><organization refersTo="#civil-affairs" class="city">市民政局</organization></role>"##));
    /// assert!(xml.contains(r#"<date date="2023-12-31" title="by the end of 2023">到2023年底</date>"#));
    /// assert!(xml.contains(r##"<quantity refersTo="#t23.1" normalized="60""##));
    /// let simplified = plan.to_akoma_ntoso(&RenderOptions::default().script(Script::Simplified));
    /// assert!(simplified.contains("<heading>扩大普惠养老服务方式。</heading>"));
    /// ```
    pub fn to_akoma_ntoso(&self, options: &RenderOptions) -> String {
        let mut out = String::with_capacity(self.to_text_len_hint() * 2 + 8192);
        let author = self.author();
        out.push_str("<?xml version=\"1.0\" encoding=\"UTF-8\"?>\n");
        let _ = writeln!(out, "<akomaNtoso xmlns=\"{NAMESPACE}\">");
        out.push_str("  <statement name=\"implementationPlan\">\n");
        self.write_meta(&mut out, options, &author);
        self.write_preface(&mut out, options);
        let preamble = self.preamble();
        if !preamble.is_empty() {
            out.push_str("    <preamble>\n");
            for line in preamble {
                paragraph(&mut out, 6, options, line, &[]);
            }
            out.push_str("    </preamble>\n");
        }
        let body = Body {
            plan: self,
            options,
            kinds: self.first_of_kinds(),
        };
        let documents = documents(self);
        let mut documents = documents.iter();
        if let Some(document) = documents.next() {
            body.main_body(&mut out, 4, document.parts);
            conclusions(&mut out, 4, options, document.signature);
        }
        let mut annexes = documents.peekable();
        if annexes.peek().is_some() {
            out.push_str("    <attachments>\n");
        }
        let attachments = annexes.peek().is_some();
        for document in annexes {
            if let Some(annex) = document.annex {
                self.write_annex(&mut out, &body, annex, document);
            }
        }
        if attachments {
            out.push_str("    </attachments>\n");
        }
        out.push_str("  </statement>\n");
        out.push_str("</akomaNtoso>\n");
        out
    }

    /// A rough size of the text, to reserve the output at once.
    fn to_text_len_hint(&self) -> usize {
        self.parts()
            .flat_map(|part| {
                part.tasks
                    .iter()
                    .chain(part.groups.iter().flat_map(|g| &g.tasks))
            })
            .map(|task| task.body.len() + task.title.len() + 64)
            .sum()
    }

    /// The eId and name of the issuer as the works' author: the organisation it is (its
    /// name's, or the first of its kind), or `issuer`.
    fn author(&self) -> Author<'_> {
        let issuer = self.metadata().issuer.as_deref();
        let organization = |name| match self.who(name) {
            Ok(Who::Organization(organization)) => Some(organization),
            Ok(Who::Kind(kind)) => self.organizations().find(|o| o.kind == Some(kind)),
            Err(_) => None,
        };
        match issuer.map(|name| (name, organization(name))) {
            Some((_, Some(organization))) => Author {
                id: &organization.id,
                name: None,
            },
            Some((name, _)) => Author {
                id: ISSUER,
                name: Some(name),
            },
            None => Author {
                id: ISSUER,
                name: None,
            },
        }
    }

    /// Writes the `identification` of the component `component` (`main`, `annex_1`) of
    /// the plan's work, named `title`, indented by `indent`.
    fn write_identification(
        &self,
        out: &mut String,
        indent: usize,
        component: &str,
        title: Option<&str>,
        author: &Author<'_>,
        options: &RenderOptions,
    ) {
        let (date, date_name) = match self.metadata().issue_date {
            Some(date) => (date.to_string(), "issue"),
            None => ("0001-01-01".to_owned(), "unknown"),
        };
        let work = format!("/akn/cn/statement/implementationPlan/{date}/1");
        let expression = format!("{work}/zho@");
        let dated = format!("<FRBRdate date=\"{date}\" name=\"{date_name}\"/>");
        let by = format!("<FRBRauthor href=\"#{}\"/>", xml(author.id));
        let pad = " ".repeat(indent);
        let (pad2, pad4) = (" ".repeat(indent + 2), " ".repeat(indent + 4));
        let _ = writeln!(out, "{pad}<identification source=\"#{SOURCE}\">");
        let _ = writeln!(out, "{pad2}<FRBRWork>");
        let _ = writeln!(out, "{pad4}<FRBRthis value=\"{work}/!{component}\"/>");
        let _ = writeln!(out, "{pad4}<FRBRuri value=\"{work}\"/>");
        let _ = writeln!(out, "{pad4}{dated}\n{pad4}{by}");
        let _ = writeln!(out, "{pad4}<FRBRcountry value=\"cn\"/>");
        if let Some(title) = title {
            let _ = writeln!(
                out,
                "{pad4}<FRBRname value=\"{}\"/>",
                xml(&options.display(title))
            );
        }
        let _ = writeln!(out, "{pad2}</FRBRWork>\n{pad2}<FRBRExpression>");
        let _ = writeln!(out, "{pad4}<FRBRthis value=\"{expression}/!{component}\"/>");
        let _ = writeln!(out, "{pad4}<FRBRuri value=\"{expression}\"/>");
        let _ = writeln!(out, "{pad4}{dated}\n{pad4}{by}");
        let _ = writeln!(out, "{pad4}<FRBRlanguage language=\"zho\"/>");
        let _ = writeln!(out, "{pad2}</FRBRExpression>\n{pad2}<FRBRManifestation>");
        let _ = writeln!(
            out,
            "{pad4}<FRBRthis value=\"{expression}/!{component}.xml\"/>"
        );
        let _ = writeln!(out, "{pad4}<FRBRuri value=\"{expression}.akn\"/>");
        let _ = writeln!(out, "{pad4}{dated}");
        let _ = writeln!(out, "{pad4}<FRBRauthor href=\"#{SOURCE}\"/>");
        let _ = writeln!(out, "{pad2}</FRBRManifestation>\n{pad}</identification>");
    }

    /// Writes an annex as an `attachment` holding a `doc`: its heading line as the
    /// attachment's `num`, its identification, its lines as `preface`, its parts as
    /// `mainBody` and its signature block as `conclusions`.
    fn write_annex(
        &self,
        out: &mut String,
        body: &Body<'_>,
        annex: &Annex,
        document: &crate::render::Document<'_>,
    ) {
        let options = body.options;
        let _ = writeln!(out, "      <attachment eId=\"{}\">", eid::annex(annex));
        inline_element(out, 8, "num", options, &annex.heading);
        out.push_str("        <doc name=\"annex\">\n          <meta>\n");
        let author = self.author();
        let component = eid::annex(annex);
        self.write_identification(out, 12, &component, annex.title(), &author, options);
        out.push_str("          </meta>\n");
        if !annex.lines.is_empty() {
            out.push_str("          <preface>\n");
            for line in &annex.lines {
                paragraph(out, 12, options, line, &[]);
            }
            out.push_str("          </preface>\n");
        }
        body.main_body(out, 10, document.parts);
        conclusions(out, 10, options, document.signature);
        out.push_str("        </doc>\n      </attachment>\n");
    }

    /// Writes `meta`: identification and references.
    fn write_meta(&self, out: &mut String, options: &RenderOptions, author: &Author<'_>) {
        let metadata = self.metadata();
        out.push_str("    <meta>\n");
        self.write_identification(out, 6, "main", metadata.title.as_deref(), author, options);

        let _ = writeln!(out, "      <references source=\"#{SOURCE}\">");
        let tlc = |out: &mut String, element: &str, id: &str, kind: &str, name: &str| {
            let _ = writeln!(
                out,
                "        <{element} eId=\"{id}\" href=\"/ontology/{kind}/{id}\" showAs=\"{}\"/>",
                xml(name),
                id = xml(id),
            );
        };
        tlc(out, "TLCOrganization", SOURCE, "organization", SOURCE);
        if author.id == ISSUER {
            let name = author.name.map_or("unknown".into(), |n| options.display(n));
            tlc(out, "TLCOrganization", ISSUER, "organization", &name);
        }
        let kinds = self.first_of_kinds();
        let mut known: HashSet<&str> = HashSet::new();
        for organization in self.organizations() {
            known.insert(&organization.id);
            let name = options.display(&organization.name);
            tlc(
                out,
                "TLCOrganization",
                &organization.id,
                "organization",
                &name,
            );
        }
        for task in self.tasks() {
            for mention in &task.mentions {
                let id = actor_id(&kinds, mention.actor);
                if known.insert(id) {
                    let name = options.display(mention.actor.name());
                    tlc(out, "TLCOrganization", id, "organization", &name);
                }
            }
        }
        tlc(out, "TLCRole", "lead", "role", &options.display("牽頭單位"));
        tlc(
            out,
            "TLCRole",
            "support",
            "role",
            &options.display("配合單位"),
        );
        for target in self.targets() {
            let name = options.display(&target.metric);
            tlc(out, "TLCConcept", &target.id, "concept", &name);
        }
        out.push_str("      </references>\n    </meta>\n");
    }

    /// The id of the plan's first organisation of each kind, found once.
    fn first_of_kinds(&self) -> HashMap<Department, &str> {
        let mut first = HashMap::new();
        for organization in self.organizations() {
            if let Some(kind) = organization.kind {
                first.entry(kind).or_insert(organization.id.as_str());
            }
        }
        first
    }

    /// Writes the `preface`: the notice, the info box and the `全文` line, if any.
    fn write_preface(&self, out: &mut String, options: &RenderOptions) {
        let info = self.info_box();
        let marker = self.full_text_marker();
        if self.notice().is_empty() && info.is_none() && marker.is_none() {
            return;
        }
        out.push_str("    <preface>\n");
        for line in self.notice() {
            paragraph(out, 6, options, line, &[]);
        }
        if let Some(info) = info {
            out.push_str("      <container name=\"infoBox\">\n");
            paragraph(out, 8, options, &info.heading, &[]);
            for entry in &info.entries {
                let colon: &str = entry.colon.into();
                let line = format!("- {}{colon}{}", entry.key, entry.value);
                paragraph(out, 8, options, &line, &[]);
            }
            out.push_str("      </container>\n");
        }
        if let Some(marker) = marker {
            paragraph(out, 6, options, marker, &[]);
        }
        out.push_str("    </preface>\n");
    }
}

/// The author of the works: an eId, and the name to show when it is no organisation.
struct Author<'a> {
    id: &'a str,
    name: Option<&'a str>,
}

/// What an inline element marks.
#[derive(Debug, Clone, Copy)]
enum Mark<'a> {
    /// A deadline.
    Date(Deadline),
    /// A target's quote.
    Target(&'a Target),
    /// A party, with the role it plays and its organisation's level.
    Party(&'a Party, Option<Level>),
    /// A body the text mentions, by the eId it refers to.
    Mention(&'a str),
}

/// A mark at a byte range of a text.
#[derive(Debug, Clone, Copy)]
struct Marked<'a> {
    start: usize,
    end: usize,
    mark: Mark<'a>,
}

/// What the body's writers share: the plan, the options, and the plan's organisations
/// by kind.
struct Body<'a> {
    plan: &'a Plan,
    options: &'a RenderOptions,
    /// The id of the plan's first organisation of each kind.
    kinds: HashMap<Department, &'a str>,
}

impl Body<'_> {
    /// Writes a `mainBody` of `parts`, indented by `indent`; one with no parts holds an
    /// empty `p`, as the schema asks for something.
    fn main_body(&self, out: &mut String, indent: usize, parts: &[Part]) {
        let pad = " ".repeat(indent);
        let _ = writeln!(out, "{pad}<mainBody>");
        if parts.is_empty() {
            let _ = writeln!(out, "{pad}  <p/>");
        }
        for part in parts {
            self.part(out, part);
        }
        let _ = writeln!(out, "{pad}</mainBody>");
    }

    /// Writes a part.
    fn part(&self, out: &mut String, part: &Part) {
        let options = self.options;
        let _ = writeln!(out, "      <part eId=\"{}\">", eid::part(part));
        if !part.headless {
            let heading = part.heading();
            let num = heading.strip_suffix(part.title.as_str()).unwrap_or("");
            inline_element(out, 8, "num", options, num);
            inline_element(out, 8, "heading", options, &part.title);
        }
        if !part.paragraphs.is_empty() {
            out.push_str("        <intro>\n");
            let objectives = objectives_by_paragraph(self.plan, part);
            for (line, targets) in part.paragraphs.iter().zip(objectives) {
                let marks = target_marks(targets.into_iter());
                paragraph(out, 10, options, line, &marks);
            }
            out.push_str("        </intro>\n");
        }
        for task in &part.tasks {
            self.task(out, task, 8);
        }
        for group in &part.groups {
            self.group(out, group);
        }
        out.push_str("      </part>\n");
    }

    /// Writes a group.
    fn group(&self, out: &mut String, group: &TaskGroup) {
        let options = self.options;
        let _ = writeln!(
            out,
            "        <hcontainer eId=\"{}\" name=\"group\">",
            eid::group(group)
        );
        let num = group.marker().label(u16::from(group.written_number()));
        inline_element(out, 10, "num", options, &num);
        let stop = if group.title_stop { "。" } else { "" };
        inline_element(
            out,
            10,
            "heading",
            options,
            &format!("{}{stop}", group.title),
        );
        if !group.body.is_empty() || !group.paragraphs.is_empty() {
            out.push_str("          <intro>\n");
            if !group.body.is_empty() {
                paragraph(out, 12, options, &group.body, &[]);
            }
            for line in &group.paragraphs {
                paragraph(out, 12, options, line, &[]);
            }
            out.push_str("          </intro>\n");
        }
        for task in &group.tasks {
            self.task(out, task, 10);
        }
        out.push_str("        </hcontainer>\n");
    }

    /// Writes a task, indented by `indent`.
    fn task(&self, out: &mut String, task: &Task, indent: usize) {
        let options = self.options;
        let pad = " ".repeat(indent);
        let _ = writeln!(
            out,
            "{pad}<hcontainer eId=\"{}\" name=\"task\">",
            eid::task(task)
        );
        if !task.row.is_empty() {
            self.row(out, task, indent + 2);
            let _ = writeln!(out, "{pad}</hcontainer>");
            return;
        }
        let label = task.label();
        if !label.is_empty() {
            inline_element(out, indent + 2, "num", options, &label);
        }
        let stop = if task.title_stop { "。" } else { "" };
        let heading = format!("{}{stop}", task.title);
        let title_marks = title_note_marks(self.plan, task);
        if title_marks.is_empty() {
            inline_element(out, indent + 2, "heading", options, &heading);
        } else {
            // The parties of the notes in the title, whose spans point into it.
            out.push_str(&" ".repeat(indent + 2));
            out.push_str("<heading>");
            write_marked(out, options, &heading, &title_marks);
            out.push_str("</heading>\n");
        }
        let _ = writeln!(out, "{pad}  <content>");
        let inner = indent + 4;
        let mut blocks = 0;
        if !task.body.is_empty() {
            let mut marks = target_marks(self.plan.targets_in_task(task.number));
            marks.extend(note_marks(self.plan, task, None));
            marks.extend(task.mentions.iter().map(|m: &Mention| Marked {
                start: m.span.start,
                end: m.span.end,
                mark: Mark::Mention(actor_id(&self.kinds, m.actor)),
            }));
            paragraph(out, inner, options, &task.body, &marks);
            blocks += 1;
        }
        for (i, line) in task.continuation.iter().enumerate() {
            paragraph(
                out,
                inner,
                options,
                line,
                &note_marks(self.plan, task, Some(i)),
            );
            blocks += 1;
        }
        let lines = task
            .responsibility
            .iter()
            .chain(&task.further_responsibility);
        for line in lines {
            let label: &str = line.label.into();
            let colon: &str = line.colon.into();
            let _ = write!(
                out,
                "{}<p class=\"responsibility\"><span class=\"label\">{}</span>",
                " ".repeat(inner),
                xml(&options.display(&format!("{label}{colon}")))
            );
            let marks: Vec<Marked<'_>> = line
                .parties
                .iter()
                .filter_map(|p| party_mark(self.plan, p))
                .collect();
            write_marked(out, options, &line.text, &marks);
            out.push_str("</p>\n");
            blocks += 1;
        }
        for line in &task.closing {
            paragraph(out, inner, options, line, &[]);
            blocks += 1;
        }
        if blocks == 0 {
            let _ = writeln!(out, "{}<p/>", " ".repeat(inner));
        }
        self.sidebars(out, task, inner);
        let _ = writeln!(out, "{pad}  </content>");
        let _ = writeln!(out, "{pad}</hcontainer>");
    }

    /// Writes the boxes after a task, each a `tblock`.
    fn sidebars(&self, out: &mut String, task: &Task, indent: usize) {
        let pad = " ".repeat(indent);
        for (i, sidebar) in task.sidebars.iter().enumerate() {
            let _ = writeln!(out, "{pad}<tblock eId=\"{}\">", eid::sidebar(task, i));
            inline_element(out, indent + 2, "heading", self.options, &sidebar.heading);
            if sidebar.lines.is_empty() {
                let _ = writeln!(out, "{pad}  <p/>");
            }
            for line in &sidebar.lines {
                paragraph(out, indent + 2, self.options, line, &[]);
            }
            let _ = writeln!(out, "{pad}</tblock>");
        }
    }

    /// Writes a table row's number and content: the number cell in `num`, and on the
    /// same line (so that no line break falls before the first ` | `) its cells in one
    /// `p`, each a `span` of its column's class, marked as the task's text is: the
    /// targets, notes and mentions of its content cell, the parties of each cell of
    /// bodies.
    fn row(&self, out: &mut String, task: &Task, indent: usize) {
        let options = self.options;
        let _ = write!(
            out,
            "{}<num>{}</num><content><p class=\"row\">",
            " ".repeat(indent),
            xml(&options.display(&task.label()))
        );
        for RowCell { cell, role, .. } in row_cells(task) {
            out.push_str(SEPARATOR);
            let _ = write!(out, "<span class=\"{}\">", cell.column);
            let marks: Vec<Marked<'_>> = match role {
                CellRole::Body => {
                    let mut marks = target_marks(self.plan.targets_in_task(task.number));
                    marks.extend(note_marks(self.plan, task, None));
                    marks.extend(task.mentions.iter().map(|m: &Mention| Marked {
                        start: m.span.start,
                        end: m.span.end,
                        mark: Mark::Mention(actor_id(&self.kinds, m.actor)),
                    }));
                    marks
                }
                CellRole::Bodies(line) => line
                    .parties
                    .iter()
                    .filter_map(|p| party_mark(self.plan, p))
                    .collect(),
                CellRole::Title | CellRole::Other => Vec::new(),
            };
            write_marked(out, options, &cell.text, &marks);
            out.push_str("</span>");
        }
        out.push_str("</p>\n");
        let pad = " ".repeat(indent);
        self.sidebars(out, task, indent + 2);
        let _ = writeln!(out, "{pad}</content>");
    }
}

/// Writes a `conclusions` of the signature block `lines`, indented by `indent`; nothing
/// for no lines.
fn conclusions(out: &mut String, indent: usize, options: &RenderOptions, lines: &[String]) {
    if lines.is_empty() {
        return;
    }
    let pad = " ".repeat(indent);
    let _ = writeln!(out, "{pad}<conclusions>");
    for line in lines {
        paragraph(out, indent + 2, options, line, &[]);
    }
    let _ = writeln!(out, "{pad}</conclusions>");
}

/// The marks of targets: each quote, and each distinct span that dates one.
fn target_marks<'a>(targets: impl Iterator<Item = &'a Target>) -> Vec<Marked<'a>> {
    let mut marks = Vec::new();
    let mut dated: HashSet<(usize, usize)> = HashSet::new();
    for target in targets {
        marks.push(Marked {
            start: target.span.start,
            end: target.span.end,
            mark: Mark::Target(target),
        });
        let Some((span, deadline)) = target.dated_by.zip(target.deadline) else {
            continue;
        };
        if dated.insert((span.start, span.end)) {
            marks.push(Marked {
                start: span.start,
                end: span.end,
                mark: Mark::Date(deadline),
            });
        }
    }
    marks
}

/// The eId a mention's actor refers to: the plan's first organisation of its kind,
/// else the actor's own id.
fn actor_id<'a>(kinds: &HashMap<Department, &'a str>, actor: Actor) -> &'a str {
    actor
        .department()
        .and_then(|kind| kinds.get(&kind).copied())
        .unwrap_or(actor.id())
}

/// The marks of the parties of the task's notes in its body (`None`) or in a further line.
fn note_marks<'t>(plan: &Plan, task: &'t Task, line: Option<usize>) -> Vec<Marked<'t>> {
    task.notes_in(line)
        .iter()
        .flat_map(|note| note.parties.iter().filter_map(|p| party_mark(plan, p)))
        .collect()
}

/// The marks of the parties of the task's notes in its title.
fn title_note_marks<'t>(plan: &Plan, task: &'t Task) -> Vec<Marked<'t>> {
    task.notes_in_title()
        .iter()
        .flat_map(|note| note.parties.iter().filter_map(|p| party_mark(plan, p)))
        .collect()
}

/// The mark of a party, with its organisation's level; none for a party of no
/// organisation.
fn party_mark<'t>(plan: &Plan, party: &'t Party) -> Option<Marked<'t>> {
    let level = plan
        .organization(&party.organization)
        .and_then(|organization| organization.level);
    (!party.organization.is_empty()).then_some(Marked {
        start: party.span.start,
        end: party.span.end,
        mark: Mark::Party(party, level),
    })
}

/// Writes `<name>text</name>` on a line of its own.
fn inline_element(
    out: &mut String,
    indent: usize,
    name: &str,
    options: &RenderOptions,
    text: &str,
) {
    let _ = writeln!(
        out,
        "{}<{name}>{}</{name}>",
        " ".repeat(indent),
        xml(&options.display(text))
    );
}

/// Writes a `p` holding `text` with its marks, on a line of its own.
fn paragraph(
    out: &mut String,
    indent: usize,
    options: &RenderOptions,
    text: &str,
    marks: &[Marked<'_>],
) {
    out.push_str(&" ".repeat(indent));
    out.push_str("<p>");
    write_marked(out, options, text, marks);
    out.push_str("</p>\n");
}

/// Writes `text` with its marks as inline elements. Marks are nested by their spans,
/// outer first; one that falls outside the text, off a character boundary, or across
/// one already open is left out. The text between marks is displayed piece by piece,
/// so that the spans, which count bytes of the source's script, stay right.
fn write_marked(out: &mut String, options: &RenderOptions, text: &str, marks: &[Marked<'_>]) {
    let mut marks: Vec<Marked<'_>> = marks
        .iter()
        .copied()
        .filter(|m| m.start < m.end && text.get(m.start..m.end).is_some())
        .collect();
    marks.sort_by(|a, b| {
        a.start
            .cmp(&b.start)
            .then(b.end.cmp(&a.end))
            .then(rank(&a.mark).cmp(&rank(&b.mark)))
    });
    let mut open: Vec<(usize, &'static str)> = Vec::new();
    let mut at = 0;
    let put = |out: &mut String, from: usize, to: usize| {
        if let Some(piece) = text.get(from..to) {
            out.push_str(&xml(&options.display(piece)));
        }
    };
    for marked in marks {
        while let Some(&(end, closing)) = open.last() {
            if end > marked.start {
                break;
            }
            put(out, at, end);
            at = end;
            out.push_str(closing);
            open.pop();
        }
        if open.last().is_some_and(|&(end, _)| marked.end > end) || marked.start < at {
            continue;
        }
        put(out, at, marked.start);
        at = marked.start;
        open.push((marked.end, start_tag(out, &marked.mark)));
    }
    while let Some((end, closing)) = open.pop() {
        put(out, at, end);
        at = end;
        out.push_str(closing);
    }
    put(out, at, text.len());
}

/// The order of marks on the same span: the outer first.
fn rank(mark: &Mark<'_>) -> u8 {
    match mark {
        Mark::Date(_) => 0,
        Mark::Target(_) => 1,
        Mark::Party(..) => 2,
        Mark::Mention(_) => 3,
    }
}

/// Writes the start tag of a mark, returning the end tag.
fn start_tag(out: &mut String, mark: &Mark<'_>) -> &'static str {
    match mark {
        Mark::Date(deadline) => {
            let _ = write!(
                out,
                "<date date=\"{:04}-12-31\" title=\"{}\">",
                deadline.year,
                deadline.english()
            );
            "</date>"
        }
        Mark::Target(target) => match target.quantity {
            Some(quantity) => {
                let normalized = match quantity.max {
                    Some(max) => format!("{}-{max}", quantity.value),
                    None => quantity.value.to_string(),
                };
                let _ = write!(
                    out,
                    "<quantity refersTo=\"#{}\" normalized=\"{normalized}\" title=\"{}\">",
                    xml(&target.id),
                    xml(&quantity.to_string())
                );
                "</quantity>"
            }
            None => {
                let _ = write!(out, "<span refersTo=\"#{}\">", xml(&target.id));
                "</span>"
            }
        },
        Mark::Party(party, level) => {
            let role = match party.role {
                Role::Lead => "lead",
                Role::Support => "support",
            };
            let basis: &str = party.basis.into();
            let _ = write!(
                out,
                "<role refersTo=\"#{role}\" class=\"{basis}\"><organization refersTo=\"#{}\"",
                xml(&party.organization)
            );
            if let Some(level) = level {
                let level: &str = (*level).into();
                let _ = write!(out, " class=\"{level}\"");
            }
            out.push('>');
            "</organization></role>"
        }
        Mark::Mention(id) => {
            let _ = write!(out, "<organization refersTo=\"#{}\">", xml(id));
            "</organization>"
        }
    }
}
