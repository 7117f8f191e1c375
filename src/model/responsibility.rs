//! Who is responsible for a task: its responsibility line as written, the parties read
//! from it, and the bodies its text mentions otherwise.

use serde::{Deserialize, Serialize};

use crate::base::span::Span;
use crate::model::literal_enum;
use crate::vocab::actor::{Actor, Role};
use crate::vocab::department::Department;

literal_enum! {
    /// A colon as written: ASCII `:` or full-width `：`.
    pub enum Colon {
        /// `:`
        #[serde(rename = ":")]
        #[strum(to_string = ":")]
        Ascii,
        /// `：`
        #[serde(rename = "：")]
        #[strum(to_string = "：")]
        FullWidth,
        /// No colon: the bodies of a table's cell, whose column's header gives the
        /// label.
        #[serde(rename = "")]
        #[strum(to_string = "")]
        None,
    }
}

literal_enum! {
    /// The label of a responsibility line or of a clause in a note: `責任部門` (tasks 1–6
    /// of this plan) or `責任單位` (tasks 7–47), the `牽頭單位` and `配合單位` that state a
    /// role, and `指導部門` (the column of the bodies that guide a measure, in a table of
    /// tasks), in either script.
    ///
    /// ```
    /// use wuzhong_plan::{ResponsibilityLabel, Role};
    /// let label: ResponsibilityLabel = "牵头单位".parse()?;
    /// assert_eq!(label.role(), Some(Role::Lead));
    /// assert_eq!(ResponsibilityLabel::Unit.role(), None);
    /// # Ok::<(), strum::ParseError>(())
    /// ```
    #[non_exhaustive]
    pub enum ResponsibilityLabel {
        /// `責任部門`, "responsible department".
        #[serde(rename = "責任部門")]
        #[strum(to_string = "責任部門")]
        Department,
        /// `責任單位`, "responsible unit".
        #[serde(rename = "責任單位")]
        #[strum(to_string = "責任單位")]
        Unit,
        /// `责任部门`, the Simplified form of `責任部門`.
        #[serde(rename = "责任部门")]
        #[strum(to_string = "责任部门")]
        DepartmentSimplified,
        /// `责任单位`, the Simplified form of `責任單位`.
        #[serde(rename = "责任单位")]
        #[strum(to_string = "责任单位")]
        UnitSimplified,
        /// `牽頭單位`, "lead unit".
        #[serde(rename = "牽頭單位")]
        #[strum(to_string = "牽頭單位")]
        LeadUnit,
        /// `牵头单位`, the Simplified form of `牽頭單位`.
        #[serde(rename = "牵头单位")]
        #[strum(to_string = "牵头单位")]
        LeadUnitSimplified,
        /// `牽頭部門`, "lead department".
        #[serde(rename = "牽頭部門")]
        #[strum(to_string = "牽頭部門")]
        LeadDepartment,
        /// `牵头部门`, the Simplified form of `牽頭部門`.
        #[serde(rename = "牵头部门")]
        #[strum(to_string = "牵头部门")]
        LeadDepartmentSimplified,
        /// `配合單位`, "cooperating unit".
        #[serde(rename = "配合單位")]
        #[strum(to_string = "配合單位")]
        SupportUnit,
        /// `配合单位`, the Simplified form of `配合單位`.
        #[serde(rename = "配合单位")]
        #[strum(to_string = "配合单位")]
        SupportUnitSimplified,
        /// `配合部門`, "cooperating department".
        #[serde(rename = "配合部門")]
        #[strum(to_string = "配合部門")]
        SupportDepartment,
        /// `配合部门`, the Simplified form of `配合部門`.
        #[serde(rename = "配合部门")]
        #[strum(to_string = "配合部门")]
        SupportDepartmentSimplified,
        /// `指導部門`, "guiding department": its bodies, like those of `責任單位`, lead
        /// or support by their order.
        #[serde(rename = "指導部門")]
        #[strum(to_string = "指導部門")]
        GuideDepartment,
        /// `指导部门`, the Simplified form of `指導部門`.
        #[serde(rename = "指导部门")]
        #[strum(to_string = "指导部门")]
        GuideDepartmentSimplified,
        /// `負責部門`, "responsible department", in a note: `（負責部門：…；適用範圍：…）`.
        #[serde(rename = "負責部門")]
        #[strum(to_string = "負責部門")]
        ResponsibleDepartment,
        /// `负责部门`, the Simplified form of `負責部門`.
        #[serde(rename = "负责部门")]
        #[strum(to_string = "负责部门")]
        ResponsibleDepartmentSimplified,
        /// `牽頭考核單位`, "lead unit of assessment": its bodies lead.
        #[serde(rename = "牽頭考核單位")]
        #[strum(to_string = "牽頭考核單位")]
        LeadAssessmentUnit,
        /// `牵头考核单位`, the Simplified form of `牽頭考核單位`.
        #[serde(rename = "牵头考核单位")]
        #[strum(to_string = "牵头考核单位")]
        LeadAssessmentUnitSimplified,
    }
}

impl ResponsibilityLabel {
    /// The label in Traditional script: `責任單位` for `责任单位`, itself for a Traditional
    /// one. Two labels that fold alike are the same label.
    ///
    /// ```
    /// use wuzhong_plan::ResponsibilityLabel;
    /// assert_eq!(ResponsibilityLabel::UnitSimplified.traditional(), ResponsibilityLabel::Unit);
    /// ```
    pub fn traditional(self) -> ResponsibilityLabel {
        use ResponsibilityLabel::*;
        match self {
            DepartmentSimplified => Department,
            UnitSimplified => Unit,
            LeadUnitSimplified => LeadUnit,
            LeadDepartmentSimplified => LeadDepartment,
            SupportUnitSimplified => SupportUnit,
            SupportDepartmentSimplified => SupportDepartment,
            GuideDepartmentSimplified => GuideDepartment,
            ResponsibleDepartmentSimplified => ResponsibleDepartment,
            LeadAssessmentUnitSimplified => LeadAssessmentUnit,
            label => label,
        }
    }

    /// The role the label states: [`Role::Lead`] for `牽頭單位`, [`Role::Support`] for
    /// `配合單位`, [`Role::Lead`] for `牽頭考核單位`; `None` for `責任單位`, `負責部門` and
    /// `指導部門`, whose bodies lead or support by
    /// their order or by what else the task states.
    pub fn role(self) -> Option<Role> {
        use ResponsibilityLabel::*;
        match self {
            Department
            | Unit
            | DepartmentSimplified
            | UnitSimplified
            | GuideDepartment
            | GuideDepartmentSimplified
            | ResponsibleDepartment
            | ResponsibleDepartmentSimplified => None,
            LeadUnit
            | LeadUnitSimplified
            | LeadDepartment
            | LeadDepartmentSimplified
            | LeadAssessmentUnit
            | LeadAssessmentUnitSimplified => Some(Role::Lead),
            SupportUnit
            | SupportUnitSimplified
            | SupportDepartment
            | SupportDepartmentSimplified => Some(Role::Support),
        }
    }
}

literal_enum! {
    /// How the text states a party's [`Role`].
    ///
    /// ```
    /// use wuzhong_plan::{Role, RoleBasis};
    /// let task = wuzhong_plan::plan().task(23).expect("the plan has a task 23");
    /// let lead = task.responsible().next().expect("task 23 has parties");
    /// assert_eq!((lead.role, lead.basis), (Role::Lead, RoleBasis::Order));
    /// assert_eq!("jointly".parse::<RoleBasis>()?, RoleBasis::Jointly);
    /// # Ok::<(), strum::ParseError>(())
    /// ```
    #[serde(rename_all = "lowercase")]
    #[strum(serialize_all = "lowercase")]
    #[non_exhaustive]
    pub enum RoleBasis {
        /// Nothing states it, so the genre's convention does: the first body listed
        /// leads and the rest support (`責任單位:市民政局、財政局`).
        Order,
        /// A label states it: `牽頭單位:`, `配合單位:`, or a `責任單位:` line after a
        /// `牽頭單位:` one, which lists the supporters.
        Label,
        /// A verb after the names states it: `…牽頭`, `…負責`, `…配合`.
        Verb,
        /// `…分別牽頭`: each body listed leads its own share.
        Jointly,
        /// A lead rule the document states once and that holds from where it stands
        /// to its end: `（…排在第一位的部门为牵头部门，下同）` makes the first body of
        /// each later list lead and the others support, and a standing rule
        /// (`以下均需试点城市政府落实，不再列出`) adds its body to each task it covers.
        Rule,
    }
}

/// The iterator [`Task::parties`](crate::Task::parties), [`Task::leads`](crate::Task::leads)
/// and [`Task::supporting`](crate::Task::supporting) return: departments, in the text's
/// order.
///
/// ```
/// let task = wuzhong_plan::plan().task(39).expect("the plan has a task 39");
/// assert_eq!(task.parties().len(), 7);
/// assert_eq!(task.parties().last().map(|d| d.id()), Some("county-governments"));
/// assert_eq!(task.supporting().len(), 6);
/// ```
#[derive(Debug, Clone)]
pub struct Parties<'a> {
    records: PartyRecords<'a>,
    role: Option<Role>,
    remaining: usize,
}

impl<'a> Parties<'a> {
    /// The departments of `records` that play `role`, or all of them.
    pub(crate) fn new(records: PartyRecords<'a>, role: Option<Role>) -> Parties<'a> {
        let remaining = match role {
            None => records.len(),
            Some(role) => records.clone().filter(|party| party.role == role).count(),
        };
        Parties {
            records,
            role,
            remaining,
        }
    }

    fn wanted(&self, party: &Party) -> bool {
        self.role.is_none_or(|role| party.role == role)
    }
}

impl Iterator for Parties<'_> {
    type Item = Department;

    fn next(&mut self) -> Option<Department> {
        let role = self.role;
        let party = self
            .records
            .find(|party| role.is_none_or(|role| party.role == role))?;
        self.remaining = self.remaining.saturating_sub(1);
        Some(party.department)
    }

    fn size_hint(&self) -> (usize, Option<usize>) {
        (self.remaining, Some(self.remaining))
    }
}

impl DoubleEndedIterator for Parties<'_> {
    fn next_back(&mut self) -> Option<Department> {
        loop {
            let party = self.records.next_back()?;
            if self.wanted(party) {
                self.remaining = self.remaining.saturating_sub(1);
                return Some(party.department);
            }
        }
    }
}

impl ExactSizeIterator for Parties<'_> {}

impl std::iter::FusedIterator for Parties<'_> {}

/// The lists of parties a task's statements of responsibility hold, in the text's order.
type Statements<'a> = std::iter::Chain<
    std::iter::Chain<
        std::iter::Map<
            std::slice::Iter<'a, ResponsibilityNote>,
            fn(&ResponsibilityNote) -> &[Party],
        >,
        std::option::IntoIter<&'a [Party]>,
    >,
    std::iter::Chain<
        std::iter::Map<std::slice::Iter<'a, Responsibility>, fn(&Responsibility) -> &[Party]>,
        std::iter::Once<&'a [Party]>,
    >,
>;

/// The iterator [`Task::responsible`](crate::Task::responsible) returns: every party of
/// a task, with its role, in the text's order (the notes in its text, then its
/// responsibility lines), then those a standing lead rule adds
/// ([`Task::rule_parties`](crate::Task::rule_parties)).
///
/// ```
/// use wuzhong_plan::Role;
/// let task = wuzhong_plan::plan().task(2).expect("the plan has a task 2");
/// let parties: Vec<(&str, Role)> = task.responsible().map(|p| (p.quote.as_str(), p.role)).collect();
/// assert_eq!(parties, [("市教育局", Role::Lead), ("財政局", Role::Support)]);
/// ```
#[derive(Debug, Clone)]
pub struct PartyRecords<'a> {
    inner: std::iter::Flatten<Statements<'a>>,
    remaining: usize,
}

impl<'a> PartyRecords<'a> {
    pub(crate) fn new(
        notes: &'a [ResponsibilityNote],
        line: Option<&'a Responsibility>,
        further: &'a [Responsibility],
        ruled: &'a [Party],
    ) -> PartyRecords<'a> {
        let of_note: fn(&ResponsibilityNote) -> &[Party] = |note| &note.parties;
        let of_line: fn(&Responsibility) -> &[Party] = |line| &line.parties;
        let remaining = notes.iter().map(|n| n.parties.len()).sum::<usize>()
            + line.map_or(0, |l| l.parties.len())
            + further.iter().map(|l| l.parties.len()).sum::<usize>()
            + ruled.len();
        let statements = notes
            .iter()
            .map(of_note)
            .chain(line.map(of_line))
            .chain(further.iter().map(of_line).chain(std::iter::once(ruled)));
        PartyRecords {
            inner: statements.flatten(),
            remaining,
        }
    }
}

impl<'a> Iterator for PartyRecords<'a> {
    type Item = &'a Party;

    fn next(&mut self) -> Option<&'a Party> {
        let party = self.inner.next()?;
        self.remaining = self.remaining.saturating_sub(1);
        Some(party)
    }

    fn size_hint(&self) -> (usize, Option<usize>) {
        (self.remaining, Some(self.remaining))
    }
}

impl<'a> DoubleEndedIterator for PartyRecords<'a> {
    fn next_back(&mut self) -> Option<&'a Party> {
        let party = self.inner.next_back()?;
        self.remaining = self.remaining.saturating_sub(1);
        Some(party)
    }
}

impl ExactSizeIterator for PartyRecords<'_> {}

impl std::iter::FusedIterator for PartyRecords<'_> {}

/// One body of a responsibility line, as read from it.
///
/// ```
/// use wuzhong_plan::Department;
/// let task = wuzhong_plan::plan().task(47).expect("the plan has a task 47");
/// let line = task.responsibility.as_ref().expect("task 47 has a responsibility line");
/// assert_eq!(line.text, "市發展和改革委、市場監督管理局");
/// let party = &line.parties[1];
/// assert_eq!(party.department, Department::MarketRegulation);
/// assert_eq!(party.quote, "市場監督管理局");
/// assert!(party.carried_prefix);
/// assert_eq!(party.span.of(&line.text), Some("市場監督管理局"));
/// ```
#[derive(Debug, Clone, PartialEq, Eq, Serialize, Deserialize)]
#[serde(deny_unknown_fields)]
#[non_exhaustive]
pub struct Party {
    /// The kind of body the item names; [`Department::Other`] for a body of no kind the
    /// vocabulary knows.
    pub department: Department,
    /// The item exactly as written: `財政局` in `市教育局、財政局`.
    pub quote: String,
    /// Where the item stands in the line's [`text`](Responsibility::text).
    pub span: Span,
    /// Whether the item is read with the `市` of the line's first item, which it lacks
    /// (`財政局` is 市財政局, `市場監督管理局` is 市市場監督管理局).
    pub carried_prefix: bool,
    /// The id of the organisation the item names, one of the plan's
    /// [`organizations`](crate::Plan::organizations). (A document written before
    /// organisations were part of the schema has them read from the text when it loads.)
    #[serde(default)]
    pub organization: String,
    /// Whether the body leads or supports. (A document written before roles were part
    /// of the schema has them read from the text when it loads.)
    #[serde(default = "lead")]
    pub role: Role,
    /// How the text states the role.
    #[serde(default = "order")]
    pub basis: RoleBasis,
}

fn lead() -> Role {
    Role::Lead
}

fn order() -> RoleBasis {
    RoleBasis::Order
}

/// A body named in a task's body text, apart from any responsibility line.
///
/// ```
/// use wuzhong_plan::Actor;
/// let task = wuzhong_plan::plan().task(50).expect("the plan has a task 50");
/// let mention = &task.mentions[0];
/// assert_eq!((mention.actor, mention.quote.as_str()), (Actor::RelevantDepartments, "各有關部門(單位)"));
/// assert_eq!(mention.span.start, 0);
/// ```
#[derive(Debug, Clone, PartialEq, Eq, Serialize, Deserialize)]
#[serde(deny_unknown_fields)]
#[non_exhaustive]
pub struct Mention {
    /// The body named.
    pub actor: Actor,
    /// The name exactly as written: `市發展改革委`.
    pub quote: String,
    /// Where it stands in the task's [`body`](crate::Task::body).
    pub span: Span,
}

/// A task's responsibility line, `責任單位:市民政局、住房和城鄉建設局…`, kept as written.
///
/// Its parties' spans point into [`text`](Responsibility::text). The list may end
/// with a verb (`…分別牽頭`) or an explanatory note (`(列第一位為牽頭單位,下同)`), which
/// are not bodies: a party's quote is the name alone.
#[derive(Debug, Clone, PartialEq, Eq, Serialize, Deserialize)]
#[serde(deny_unknown_fields)]
#[non_exhaustive]
pub struct Responsibility {
    /// `責任部門` or `責任單位` (or a Simplified form).
    pub label: ResponsibilityLabel,
    /// The colon after the label.
    pub colon: Colon,
    /// The raw list of bodies after the colon, exactly as written.
    pub text: String,
    /// The bodies the list names, lead first, in the line's order. (A document that
    /// leaves them out, as those written before they were added do, has them read from
    /// `text` when it loads.)
    #[serde(default)]
    pub parties: Vec<Party>,
}

/// A note of responsibility inside a task's text:
/// `（牵头单位：市发展改革委，配合单位：市委组织部）` or `(市政府辦公室牽頭,各縣市區政府按職責分工負責)`.
/// The note stays in the text it stands in; this says where, and who it names.
#[derive(Debug, Clone, PartialEq, Eq, Serialize, Deserialize)]
#[serde(deny_unknown_fields)]
#[non_exhaustive]
pub struct ResponsibilityNote {
    /// Whether the note stands in the task's [`title`](crate::Task::title), before its
    /// first `。` (`1.推进甲（市财政局负责）。`): its spans then point into the title, and
    /// `continuation` is `None`. The notes of the title come first.
    #[serde(default, skip_serializing_if = "crate::model::is_false")]
    pub title: bool,
    /// The line of the task's text the note stands in: `None` for the task's
    /// [`body`](crate::Task::body) (or its title, where [`title`](Self::title) says
    /// so), `Some(i)` for its [`continuation`](crate::Task::continuation)`[i]`.
    #[serde(default, skip_serializing_if = "Option::is_none")]
    pub continuation: Option<usize>,
    /// Where the note stands in that text, brackets included.
    pub span: Span,
    /// The bodies it names, each with its role; their spans point into the same text.
    pub parties: Vec<Party>,
    /// Where the parts of the note that name no body stand in the same text, in order:
    /// a deadline (`6月底完成`, which is also the task's
    /// [`deadline`](crate::Task::deadline)), a scope (`适用范围：…`) or the words of a
    /// lead rule (`排在第一位的部门为牵头部门，下同`), kept as text.
    #[serde(default, skip_serializing_if = "Vec::is_empty")]
    pub remarks: Vec<Span>,
}
