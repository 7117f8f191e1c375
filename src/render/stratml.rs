//! StratML Part 2 ([`Plan::to_stratml`]): the plan as a `PerformancePlanOrReport` of
//! `Type="Performance_Plan"` (ANSI/AIIM, namespace `http://www.stratml.net/PerformancePlanOrReport`).
//!
//! The mapping:
//!
//! - `Name`: the title; `Description`: the preamble; `AdministrativeInformation`: the
//!   period (`StartDate` 1 January of its first year, `EndDate` 31 December of its last)
//!   and the issue date (`PublicationDate`).
//! - `StrategicPlanCore/Organization`: the issuer, with the approver as its description.
//! - `Goal`s, in the text's order: a part's own content first, when it has any
//!   (paragraphs, or tasks outside any group): a goal named after the part, its
//!   paragraphs as the description, each paragraph that states targets an `Objective`
//!   (`part_1__p_1` for the first of part 一, named after the part with its title cut to
//!   32 characters, as each such objective repeats it, its targets as indicators), then its tasks
//!   outside groups as objectives; then each group as a goal (name, body and paragraphs
//!   as description, eId as `Identifier`, number as written without its brackets, `一`
//!   for `(一)`, as `SequenceIndicator`). A part no heading opens (the tasks of a document
//!   without parts) is named after its annex's title or the plan's, and has no
//!   `SequenceIndicator`. The parts of annexes follow the plan's own, as the text has
//!   them. A plan with no goal at all gets one named after its title, since the schema
//!   asks for one.
//! - Each task an `Objective`: its title as `Name`, its text (body and further lines) as
//!   `Description`, its eId as `Identifier`, its number as written without its marker
//!   (`23` for `23.`, `十七` for `（十七）`; none for an unnumbered task) as
//!   `SequenceIndicator`, each
//!   organisation it names as a `Stakeholder` in a `Performer` role named `Lead` or
//!   `Support`, leads first and each organisation once, the organisation's level as the
//!   stakeholder's `Description` (`city`; none where its name gives none) and the basis of
//!   its role as the role's (`by order`, `by label`, `by verb`, `by jointly`, `by rule`),
//!   its responsibility lines as written as
//!   `OtherInformation`.
//! - Each target a `PerformanceIndicator` (`Quantitative` or `Qualitative`): its metric as
//!   `MeasurementDimension`, its unit's English name as `UnitOfMeasurement` (empty for a
//!   qualitative one), its id as `Identifier`, and a `TargetResult` with the quote as
//!   `Description`, the value as `NumberOfUnits` (the lower bound of a range) and the
//!   deadline as `EndDate` (31 December of its year, for `到2025年` and `到2025年底` alike),
//!   and the quantity in English (`at least 0.1 m² per capita`) as `OtherInformation`.
//!
//! `Identifier` is an `xsd:ID`: an id that is no XML name, or one already used in the
//! document, is left out.

use std::collections::HashSet;
use std::fmt::Write as _;

use crate::model::{NumberMarker, Part, Target, Task, TaskGroup};
use crate::plan::Plan;
use crate::render::escape::xml;
use crate::render::options::RenderOptions;
use crate::render::shorten::{REPEATED_CHARS, shortened};
use crate::render::{bare_number, eid, objectives_by_paragraph, task_number};
use crate::vocab::actor::Role;

/// The namespace of StratML Part 2.
const NAMESPACE: &str = "http://www.stratml.net/PerformancePlanOrReport";

impl Plan {
    /// The plan as StratML Part 2 XML, a performance plan valid against the
    /// `PerformancePlanOrReport` schema: the issuer as the organisation, the groups as
    /// goals, the tasks as objectives with their responsible bodies as performers (lead
    /// first) and the targets as performance indicators with their value, unit and end
    /// date. The module `render::stratml` documents the mapping.
    ///
    /// ```
    /// let plan = wuzhong_plan::plan();
    /// let xml = plan.to_stratml(&wuzhong_plan::RenderOptions::default());
    /// assert!(xml.contains(r#"<PerformancePlanOrReport xmlns="http://www.stratml.net/PerformancePlanOrReport" Type="Performance_Plan">"#));
    /// assert!(xml.contains("<Name>推進基本公共服務均等可及</Name>"));
    /// assert!(xml.contains("<Identifier>t7.2</Identifier>"));
    /// assert!(xml.contains("<NumberOfUnits>100</NumberOfUnits>"));
    /// assert!(xml.contains("<EndDate>2023-12-31</EndDate>"));
    /// ```
    pub fn to_stratml(&self, options: &RenderOptions) -> String {
        let mut out = String::with_capacity(64 * 1024);
        let mut writer = Writer {
            plan: self,
            options,
            ids: HashSet::new(),
        };
        writer.document(&mut out);
        out
    }
}

/// The state of one rendering: the identifiers used so far.
struct Writer<'a> {
    plan: &'a Plan,
    options: &'a RenderOptions,
    ids: HashSet<String>,
}

impl<'a> Writer<'a> {
    /// Writes `<name>text</name>` at `indent`, the text displayed and escaped.
    fn element(&self, out: &mut String, indent: usize, name: &str, text: &str) {
        let _ = writeln!(
            out,
            "{:indent$}<{name}>{}</{name}>",
            "",
            xml(&self.options.display(text))
        );
    }

    /// Writes `<Identifier>` for `id`, unless it is no XML name or already used.
    fn identifier(&mut self, out: &mut String, indent: usize, id: &str) {
        if is_ncname(id) && !self.ids.contains(id) {
            self.ids.insert(id.to_owned());
            let _ = writeln!(out, "{:indent$}<Identifier>{id}</Identifier>", "");
        }
    }

    /// Writes the whole document.
    fn document(&mut self, out: &mut String) {
        let plan = self.plan;
        let metadata = plan.metadata();
        out.push_str("<?xml version=\"1.0\" encoding=\"UTF-8\"?>\n");
        let _ = writeln!(
            out,
            "<PerformancePlanOrReport xmlns=\"{NAMESPACE}\" Type=\"Performance_Plan\">"
        );
        self.element(out, 2, "Name", metadata.title.as_deref().unwrap_or(""));
        if !plan.preamble().is_empty() {
            self.element(out, 2, "Description", &plan.preamble().join("\n"));
        }
        out.push_str("  <StrategicPlanCore>\n");
        if let Some(issuer) = &metadata.issuer {
            out.push_str("    <Organization>\n");
            self.element(out, 6, "Name", issuer);
            if let Some(approver) = &metadata.approver {
                self.element(out, 6, "Description", approver);
            }
            out.push_str("    </Organization>\n");
        }
        let mut goals = 0;
        for part in plan.parts() {
            if !part.paragraphs.is_empty() || !part.tasks.is_empty() {
                self.part_goal(out, part);
                goals += 1;
            }
            for group in &part.groups {
                self.group_goal(out, group);
                goals += 1;
            }
        }
        if goals == 0 {
            out.push_str("    <Goal>\n");
            self.element(out, 6, "Name", metadata.title.as_deref().unwrap_or(""));
            out.push_str("      <Description/>\n    </Goal>\n");
        }
        out.push_str("  </StrategicPlanCore>\n");
        let period = metadata.period;
        if period.is_some() || metadata.issue_date.is_some() {
            out.push_str("  <AdministrativeInformation>\n");
            if let Some(period) = period {
                let _ = writeln!(out, "    <StartDate>{:04}-01-01</StartDate>", period.start);
                let _ = writeln!(out, "    <EndDate>{:04}-12-31</EndDate>", period.end);
            }
            if let Some(date) = metadata.issue_date {
                let _ = writeln!(out, "    <PublicationDate>{date}</PublicationDate>");
            }
            out.push_str("  </AdministrativeInformation>\n");
        }
        out.push_str("</PerformancePlanOrReport>\n");
    }

    /// Writes the goal of a part's own content: its paragraphs and its tasks outside
    /// groups.
    fn part_goal(&mut self, out: &mut String, part: &'a Part) {
        out.push_str("    <Goal>\n");
        let name = self.part_name(part);
        self.element(out, 6, "Name", name);
        self.element(out, 6, "Description", &part.paragraphs.join("\n"));
        let part_id = eid::part(part);
        self.identifier(out, 6, &part_id);
        if !part.headless {
            let marker = part.marker.unwrap_or(NumberMarker::Numeral);
            let number = bare_number(marker, u16::from(part.written_number()));
            self.element(out, 6, "SequenceIndicator", &number.unwrap_or_default());
        }
        let objectives = objectives_by_paragraph(self.plan, part);
        for (i, (paragraph, targets)) in part.paragraphs.iter().zip(objectives).enumerate() {
            if targets.is_empty() {
                continue;
            }
            out.push_str("      <Objective>\n");
            self.element(out, 8, "Name", &shortened(name, REPEATED_CHARS));
            self.element(out, 8, "Description", paragraph);
            self.identifier(out, 8, &format!("{part_id}__p_{}", i + 1));
            let _ = writeln!(
                out,
                "        <SequenceIndicator>{}</SequenceIndicator>",
                i + 1
            );
            for target in targets {
                self.indicator(out, target);
            }
            out.push_str("      </Objective>\n");
        }
        for task in &part.tasks {
            self.objective(out, task);
        }
        out.push_str("    </Goal>\n");
    }

    /// The name of a part's goal: its title, or for a part no heading opens, the title
    /// of its annex or of the plan.
    fn part_name(&self, part: &'a Part) -> &'a str {
        let plan = self.plan;
        if !part.headless {
            return &part.title;
        }
        let annex = part
            .annex
            .and_then(|n| plan.annexes().iter().find(|annex| annex.number == n));
        match annex {
            Some(annex) => annex.title().unwrap_or(&annex.heading),
            None => plan.metadata().title.as_deref().unwrap_or_default(),
        }
    }

    /// Writes the goal of a group.
    fn group_goal(&mut self, out: &mut String, group: &'a TaskGroup) {
        out.push_str("    <Goal>\n");
        self.element(out, 6, "Name", &group.title);
        let description: Vec<&str> = std::iter::once(group.body.as_str())
            .filter(|body| !body.is_empty())
            .chain(group.paragraphs.iter().map(String::as_str))
            .collect();
        self.element(out, 6, "Description", &description.join("\n"));
        self.identifier(out, 6, &eid::group(group));
        let number = bare_number(group.marker(), u16::from(group.written_number()));
        self.element(out, 6, "SequenceIndicator", &number.unwrap_or_default());
        for task in &group.tasks {
            self.objective(out, task);
        }
        out.push_str("    </Goal>\n");
    }

    /// Writes the objective of a task.
    fn objective(&mut self, out: &mut String, task: &'a Task) {
        let plan = self.plan;
        out.push_str("      <Objective>\n");
        self.element(out, 8, "Name", &task.title);
        let text: Vec<&str> = std::iter::once(task.body.as_str())
            .filter(|body| !body.is_empty())
            .chain(task.continuation.iter().map(String::as_str))
            .collect();
        self.element(out, 8, "Description", &text.join("\n"));
        self.identifier(out, 8, &eid::task(task));
        if let Some(number) = task_number(task) {
            self.element(out, 8, "SequenceIndicator", &number);
        }
        let mut seen: HashSet<&str> = HashSet::new();
        let parties = task.responsible();
        let leads = parties.clone().filter(|p| p.role == Role::Lead);
        let ordered = leads.chain(parties.filter(|p| p.role != Role::Lead));
        for party in ordered {
            let id = party.organization.as_str();
            if !seen.insert(if id.is_empty() {
                party.quote.as_str()
            } else {
                id
            }) {
                continue;
            }
            let organization = plan.organization(id);
            let name = organization.map_or(party.quote.as_str(), |o| &o.name);
            let role = if party.role == Role::Lead {
                "Lead"
            } else {
                "Support"
            };
            out.push_str("        <Stakeholder>\n");
            self.element(out, 10, "Name", name);
            if let Some(level) = organization.and_then(|o| o.level) {
                let level: &str = level.into();
                let _ = writeln!(out, "          <Description>{level}</Description>");
            }
            let basis: &str = party.basis.into();
            let _ = writeln!(
                out,
                "          <Role>\n            <Name>{role}</Name>\n            \
                 <Description>by {basis}</Description>\n            \
                 <RoleType>Performer</RoleType>\n          </Role>"
            );
            out.push_str("        </Stakeholder>\n");
        }
        let lines: Vec<String> = task
            .responsibility
            .iter()
            .chain(&task.further_responsibility)
            .map(|line| {
                let label: &str = line.label.into();
                let colon: &str = line.colon.into();
                format!("{label}{colon}{}", line.text)
            })
            .collect();
        if !lines.is_empty() {
            self.element(out, 8, "OtherInformation", &lines.join("\n"));
        }
        for target in plan.targets_in_task(task.number) {
            self.indicator(out, target);
        }
        out.push_str("      </Objective>\n");
    }

    /// Writes the performance indicator of a target.
    fn indicator(&mut self, out: &mut String, target: &'a Target) {
        let kind = match target.quantity {
            Some(_) => "Quantitative",
            None => "Qualitative",
        };
        let _ = writeln!(
            out,
            "        <PerformanceIndicator PerformanceIndicatorType=\"{kind}\">"
        );
        self.element(out, 10, "MeasurementDimension", &target.metric);
        let unit = target.quantity.map_or("", |q| q.unit.english());
        let _ = writeln!(
            out,
            "          <UnitOfMeasurement>{unit}</UnitOfMeasurement>"
        );
        self.identifier(out, 10, &target.id);
        out.push_str("          <MeasurementInstance>\n            <TargetResult>\n");
        self.element(out, 14, "Description", &target.quote);
        if let Some(quantity) = target.quantity {
            let _ = writeln!(
                out,
                "              <NumberOfUnits>{}</NumberOfUnits>",
                quantity.value
            );
        }
        if let Some(deadline) = target.deadline {
            let _ = writeln!(
                out,
                "              <EndDate>{:04}-12-31</EndDate>",
                deadline.year
            );
        }
        out.push_str("            </TargetResult>\n          </MeasurementInstance>\n");
        if let Some(quantity) = target.quantity {
            let _ = writeln!(
                out,
                "          <OtherInformation>{}</OtherInformation>",
                xml(&quantity.to_string())
            );
        }
        out.push_str("        </PerformanceIndicator>\n");
    }
}

/// Whether `id` is an XML name without a colon, as `xsd:ID` asks: a letter or `_`, then
/// letters, digits, `-`, `_` and `.` (ASCII only, which every id of the crate is).
fn is_ncname(id: &str) -> bool {
    let mut chars = id.chars();
    chars
        .next()
        .is_some_and(|c| c.is_ascii_alphabetic() || c == '_')
        && chars.all(|c| c.is_ascii_alphanumeric() || matches!(c, '-' | '_' | '.'))
}
