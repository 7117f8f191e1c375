//! The plan as GitHub-flavoured Markdown ([`Plan::to_markdown`]): the front matter,
//! headings for the parts, groups and tasks with their numbers as the text writes them,
//! each task's responsibility, domains and targets (and a table row's other cells, such
//! as its deadline), the boxes (`专栏`) as quotes, the signature blocks, each annex as a
//! document of its own (`# 附件1`, its title and lines, its parts), an index of the
//! organisations and a table of the targets by deadline. A part no heading opens (the
//! tasks of a document without parts) has its anchor and no heading.
//!
//! Every heading is preceded by an anchor whose id is the node's Akoma Ntoso eId (the
//! same as the HTML page's), and every organisation's section by one whose id is the
//! organisation's, so links are stable whatever the heading's text. The plan's words are
//! written through [`markdown::text`], so that nothing of the text reads as Markdown.

use std::collections::HashSet;
use std::fmt::Write as _;

use crate::base::markdown;
use crate::model::{Annex, Column, Part, Sidebar, Target, Task, TaskGroup};
use crate::plan::Plan;
use crate::render::options::RenderOptions;
use crate::render::{documents, eid, label_before_title, party_note, task_name};
use crate::vocab::actor::Role;

impl Plan {
    /// Renders the plan as GitHub-flavoured Markdown.
    ///
    /// ```
    /// use wuzhong_plan::RenderOptions;
    /// let markdown = wuzhong_plan::plan().to_markdown(&RenderOptions::default());
    /// assert!(markdown.starts_with("# 吳忠市“十四五”公共服務發展實施方案\n"));
    /// // Task 23, with its anchor, its lead in bold and a link to its organisation.
    /// assert!(markdown.contains("<a id=\"part_2__group_2__task_23\"></a>\n#### 23. 擴大普惠養老服務方式"));
    /// assert!(markdown.contains("- Lead: **[市民政局](#civil-affairs)** (city, by order)"));
    /// ```
    pub fn to_markdown(&self, options: &RenderOptions) -> String {
        let mut out = Markdown {
            plan: self,
            options,
            out: String::new(),
        };
        out.front();
        for document in documents(self) {
            if let Some(annex) = document.annex {
                out.annex(annex);
            }
            for part in document.parts {
                out.part(part);
            }
            for line in document.signature {
                out.paragraph(line);
            }
        }
        out.organizations();
        out.targets_by_deadline();
        out.out
    }
}

/// The Markdown being written.
struct Markdown<'a> {
    plan: &'a Plan,
    options: &'a RenderOptions,
    out: String,
}

impl Markdown<'_> {
    /// Text of the plan, in the options' script and escaped.
    fn text(&self, text: &str) -> String {
        markdown::text(&self.options.display(text)).to_string()
    }

    fn line(&mut self, line: &str) {
        self.out.push_str(line);
        self.out.push('\n');
    }

    fn paragraph(&mut self, text: &str) {
        let text = self.text(text);
        self.line(&text);
        self.out.push('\n');
    }

    fn anchor(&mut self, id: &str) {
        self.line(&format!("<a id=\"{id}\"></a>"));
    }

    fn front(&mut self) {
        let plan = self.plan;
        let metadata = plan.metadata();
        let title = metadata.title.as_deref().unwrap_or("Implementation plan");
        let title = self.text(title);
        self.line(&format!("# {title}"));
        self.out.push('\n');
        let mut facts = Vec::new();
        if let Some(issuer) = &metadata.issuer {
            facts.push(format!("- Issuer: {}", self.text(issuer)));
        }
        if let Some(approver) = &metadata.approver {
            facts.push(format!("- Approved by: {}", self.text(approver)));
        }
        if let Some(date) = metadata.issue_date {
            facts.push(format!("- Issued: {date}"));
        }
        if let Some(period) = metadata.period {
            facts.push(format!("- Period: {}–{}", period.start, period.end));
        }
        if !facts.is_empty() {
            for fact in &facts {
                self.line(fact);
            }
            self.out.push('\n');
        }
        for line in plan.notice().iter().chain(plan.preamble()) {
            self.paragraph(line);
        }
    }

    /// An annex's heading line (`附件1`) as a document's heading, then its lines (its
    /// title first) as paragraphs.
    fn annex(&mut self, annex: &Annex) {
        self.anchor(&eid::annex(annex));
        let heading = self.text(&annex.heading);
        self.line(&format!("# {heading}"));
        self.out.push('\n');
        for line in &annex.lines {
            self.paragraph(line);
        }
    }

    fn part(&mut self, part: &Part) {
        self.anchor(&eid::part(part));
        if !part.headless {
            let heading = self.text(&part.heading());
            self.line(&format!("## {heading}"));
            self.out.push('\n');
        }
        for line in &part.paragraphs {
            self.paragraph(line);
        }
        for task in &part.tasks {
            self.task(task);
        }
        for group in &part.groups {
            self.group(group);
        }
    }

    fn group(&mut self, group: &TaskGroup) {
        self.anchor(&eid::group(group));
        let title = self.text(&group.title);
        // The number as written, which holds no markup (digits, numerals, brackets).
        let label = group.marker().label(u16::from(group.written_number()));
        self.line(&format!("### {label}{title}"));
        self.out.push('\n');
        if !group.body.is_empty() {
            self.paragraph(&group.body);
        }
        for line in &group.paragraphs {
            self.paragraph(line);
        }
        for task in &group.tasks {
            self.task(task);
        }
    }

    fn task(&mut self, task: &Task) {
        self.anchor(&eid::task(task));
        let title = self.text(&task.title);
        // The number as written (`23. `, `（十七）`, `21 ` for a table's row), which holds
        // no markup; none for an unnumbered task.
        self.line(&format!("#### {}{title}", label_before_title(task)));
        self.out.push('\n');
        if !task.body.is_empty() {
            self.paragraph(&task.body);
        }
        for line in &task.continuation {
            self.paragraph(line);
        }
        let mut facts = Vec::new();
        let leads = self.parties(task, Role::Lead, true);
        if !leads.is_empty() {
            facts.push(format!("- Lead: {leads}"));
        }
        let supporting = self.parties(task, Role::Support, false);
        if !supporting.is_empty() {
            facts.push(format!("- Supporting: {supporting}"));
        }
        if !task.domains.is_empty() {
            let domains: Vec<&str> = task.domains.iter().map(|t| t.domain.name()).collect();
            let domains = self.text(&domains.join("、"));
            facts.push(format!("- Domains: {domains}"));
        }
        // A table row's cells that are not its title, body or bodies: its deadline…
        for cell in &task.row {
            if let Some(word) = cell_word(cell.column).filter(|_| !cell.text.trim().is_empty()) {
                facts.push(format!("- {word}: {}", self.text(cell.text.trim())));
            }
        }
        for fact in &facts {
            self.line(fact);
        }
        let targets: Vec<&Target> = self.plan.targets_in_task(task.number).collect();
        if !targets.is_empty() {
            self.line("- Targets:");
            for target in targets {
                let target = self.target(target);
                self.line(&format!("  - {target}"));
            }
        }
        for line in &task.closing {
            if facts.is_empty() {
                self.out.push('\n');
            }
            self.paragraph(line);
        }
        self.out.push('\n');
        for sidebar in &task.sidebars {
            self.sidebar(sidebar);
        }
    }

    /// A box (`专栏`) as a quote: its heading in bold, then its lines.
    fn sidebar(&mut self, sidebar: &Sidebar) {
        let heading = self.text(&sidebar.heading);
        self.line(&format!("> **{heading}**"));
        for line in &sidebar.lines {
            let line = self.text(line);
            self.line(">");
            self.line(&format!("> {line}"));
        }
        self.out.push('\n');
    }

    /// The parties of `task` in `role`, each a link to its organisation, each once, with
    /// its level and the basis of its role: `[市民政局](#civil-affairs) (city, by order)`.
    fn parties(&self, task: &Task, role: Role, bold: bool) -> String {
        let mut seen: HashSet<&str> = HashSet::new();
        let mut links = Vec::new();
        for party in task.responsible().filter(|p| p.role == role) {
            if !seen.insert(&party.organization) {
                continue;
            }
            let name = self
                .plan
                .organization(&party.organization)
                .map_or(party.quote.as_str(), |o| o.name.as_str());
            let link = format!("[{}](#{})", self.text(name), party.organization);
            let link = if bold { format!("**{link}**") } else { link };
            links.push(format!("{link} ({})", party_note(self.plan, party)));
        }
        links.join(", ")
    }

    /// A target as a list item: its quote, then what it promises and by when.
    fn target(&self, target: &Target) -> String {
        let mut item = format!("{} {}", target.id, self.text(&target.quote));
        let mut facts = Vec::new();
        if let Some(quantity) = target.quantity {
            facts.push(quantity.to_string());
        }
        if let Some(deadline) = target.deadline {
            facts.push(deadline.english().to_string());
        }
        if !facts.is_empty() {
            let _ = write!(item, " ({})", facts.join(", "));
        }
        item
    }

    /// Each organisation, with links to the tasks it leads and supports.
    fn organizations(&mut self) {
        let plan = self.plan;
        if plan.organizations().len() == 0 {
            return;
        }
        self.line("## Organisations");
        self.out.push('\n');
        for organization in plan.organizations() {
            self.anchor(&organization.id);
            let name = self.text(&organization.name);
            self.line(&format!("### {name}"));
            self.out.push('\n');
            if let Some(level) = organization.level {
                self.line(&format!("- Level: {level}"));
            }
            let links = |tasks: &mut dyn Iterator<Item = &Task>| {
                tasks
                    .map(|t| format!("[{}](#{})", self.text(&task_name(t)), eid::task(t)))
                    .collect::<Vec<_>>()
                    .join(", ")
            };
            let led = plan
                .tasks_led_by(organization)
                .map(|mut tasks| links(&mut tasks))
                .unwrap_or_default();
            let supported = plan
                .tasks_supported_by(organization)
                .map(|mut tasks| links(&mut tasks))
                .unwrap_or_default();
            if !led.is_empty() {
                self.line(&format!("- Leads: {led}"));
            }
            if !supported.is_empty() {
                self.line(&format!("- Supports: {supported}"));
            }
            self.out.push('\n');
        }
    }

    /// The dated targets, earliest deadline first.
    fn targets_by_deadline(&mut self) {
        let plan = self.plan;
        let mut rows = Vec::new();
        for (deadline, targets) in plan.timeline() {
            for target in targets {
                let task = target
                    .task
                    .and_then(|n| plan.task(n))
                    .map_or_else(String::new, |t| {
                        format!("[{}](#{})", self.text(&task_name(t)), eid::task(t))
                    });
                let quantity = target.quantity.map(|q| q.to_string()).unwrap_or_default();
                rows.push(format!(
                    "| {} | {} | {task} | {} | {} |",
                    deadline.english(),
                    target.id,
                    self.text(&target.quote),
                    markdown::text(&quantity)
                ));
            }
        }
        if rows.is_empty() {
            return;
        }
        self.line("## Targets by deadline");
        self.out.push('\n');
        self.line("| deadline | target | task | quote | promise |");
        self.line("|---|---|---|---|---|");
        for row in &rows {
            self.line(row);
        }
        self.out.push('\n');
    }
}

/// The word a fact of a table row's cell is named with, for a cell that is not the
/// row's title, body or bodies (which the task's heading, text and parties show).
fn cell_word(column: Column) -> Option<&'static str> {
    match column {
        Column::Deadline => Some("Deadline"),
        Column::Scope => Some("Scope"),
        Column::Other => Some("Other"),
        Column::Number
        | Column::Task
        | Column::Content
        | Column::Lead
        | Column::Support
        | Column::Responsible
        | Column::Guide => None,
    }
}
