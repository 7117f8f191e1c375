//! Who a responsibility query asks about: a kind of body (the plan's organisations of
//! that kind), or one organisation the plan names; and how a name typed by a user is
//! resolved to one, against the plan's own organisations first.

use strum::IntoEnumIterator;

use crate::base::names::{closest, normalize};
use crate::error::Error;
use crate::model::{Organization, TaskLoc};
use crate::plan::Plan;
use crate::vocab::department::Department;

/// A body a query asks about: a kind, which stands for every organisation of that kind
/// the plan names, or one organisation.
///
/// ```
/// use wuzhong_plan::{Department, Who};
/// let plan = wuzhong_plan::plan();
/// // An abbreviation is a kind; a name the plan writes is its organisation.
/// assert_eq!(plan.who("人社局")?, Who::Kind(Department::HumanResourcesSocialSecurity));
/// let Who::Organization(finance) = plan.who("財政局")? else { panic!("the plan writes 財政局") };
/// assert_eq!(finance.name, "市財政局");
/// # Ok::<(), wuzhong_plan::Error>(())
/// ```
#[derive(Debug, Clone, Copy, PartialEq, Eq, Hash)]
#[non_exhaustive]
pub enum Who<'p> {
    /// A kind of body: the plan's organisations of that kind.
    Kind(Department),
    /// One organisation of the plan.
    Organization(&'p Organization),
}

impl From<Department> for Who<'_> {
    fn from(kind: Department) -> Self {
        Who::Kind(kind)
    }
}

impl<'p> From<&'p Organization> for Who<'p> {
    fn from(organization: &'p Organization) -> Self {
        Who::Organization(organization)
    }
}

/// What the responsibility queries take: a [`Department`] (a kind), a [`Who`], an
/// [`Organization`] of the plan, or a name or id as a user types it (see
/// [`Plan::who`]).
pub trait BodyName {
    /// The body this stands for in `plan`.
    ///
    /// # Errors
    ///
    /// As [`Plan::who`].
    fn resolve_in(self, plan: &Plan) -> Result<Who<'_>, Error>;
}

impl BodyName for Department {
    fn resolve_in(self, _: &Plan) -> Result<Who<'_>, Error> {
        Ok(Who::Kind(self))
    }
}

impl BodyName for Who<'_> {
    fn resolve_in(self, plan: &Plan) -> Result<Who<'_>, Error> {
        match self {
            Who::Kind(kind) => Ok(Who::Kind(kind)),
            Who::Organization(organization) => organization.resolve_in(plan),
        }
    }
}

impl BodyName for &Organization {
    fn resolve_in(self, plan: &Plan) -> Result<Who<'_>, Error> {
        plan.who(&self.id)
    }
}

impl BodyName for &str {
    fn resolve_in(self, plan: &Plan) -> Result<Who<'_>, Error> {
        plan.who(self)
    }
}

impl BodyName for &String {
    fn resolve_in(self, plan: &Plan) -> Result<Who<'_>, Error> {
        plan.who(self)
    }
}

impl BodyName for String {
    fn resolve_in(self, plan: &Plan) -> Result<Who<'_>, Error> {
        plan.who(&self)
    }
}

impl Plan {
    /// The body a name stands for in this plan:
    ///
    /// 1. the kind, for a kind's id (`finance`) where the plan has several
    ///    organisations of that kind (at several levels: 財政部, 省財政廳, 市財政局);
    ///    else the organisation with that id, or the one organisation the plan writes
    ///    that name for (in either script);
    /// 2. else the kind the name is a form of ([`Department::lookup`]: full, short,
    ///    Simplified, abbreviated, former or English names, ids, names with a place);
    ///    a name several kinds share is the one of them the plan has organisations of.
    ///
    /// ```
    /// use wuzhong_plan::{Department, Error, Who};
    /// let plan = wuzhong_plan::plan();
    /// assert_eq!(plan.who("衛健委")?, Who::Kind(Department::Health));
    /// // 文旅局 is shared by two kinds; the plan has a body of only one of them.
    /// assert_eq!(plan.who("文旅局")?, Who::Kind(Department::CultureTourismSports));
    /// // 科信局 is shared by two kinds, and the plan has neither.
    /// assert!(matches!(plan.who("科信局"), Err(Error::AmbiguousDepartment { .. })));
    ///
    /// // A kind's id stands for every organisation of the kind, at every level.
    /// let levels = wuzhong_plan::parse("一、重點任務\n1.甲。乙。\n責任單位:省財政廳、市財政局")?;
    /// assert_eq!(levels.who("finance")?, Who::Kind(Department::Finance));
    /// # Ok::<(), wuzhong_plan::Error>(())
    /// ```
    ///
    /// # Errors
    ///
    /// [`Error::UnknownDepartment`] for a name that matches nothing, with suggestions
    /// from the plan's own organisations first, then from the kinds;
    /// [`Error::AmbiguousDepartment`] for a name several kinds share when the plan has
    /// organisations of more than one of them, or of none.
    pub fn who(&self, name: &str) -> Result<Who<'_>, Error> {
        // A kind's id (`finance`) is also the id of the first organisation of the kind:
        // where the plan has several (財政部, 省財政廳, 市財政局), it names the kind.
        if let Some(kind) = Department::iter().find(|kind| kind.id() == name.trim()) {
            let mut of_kind = self.organizations().filter(|o| o.kind == Some(kind));
            if of_kind.next().is_some() && of_kind.next().is_some() {
                return Ok(Who::Kind(kind));
            }
        }
        let index = self.organizations_index();
        let at = index
            .position(self.data(), name)
            .or_else(|| index.named(self.data(), name));
        if let Some(organization) = at.and_then(|at| self.organizations().nth(at)) {
            return Ok(Who::Organization(organization));
        }
        match Department::lookup(name) {
            Ok(kind) => Ok(Who::Kind(kind)),
            Err(Error::AmbiguousDepartment { input, candidates }) => {
                let mut present = candidates
                    .iter()
                    .copied()
                    .filter(|kind| !self.index().kind_involved(*kind).is_empty());
                match (present.next(), present.next()) {
                    (Some(kind), None) => Ok(Who::Kind(kind)),
                    _ => Err(Error::AmbiguousDepartment { input, candidates }),
                }
            }
            Err(Error::UnknownDepartment { input, suggestions }) => {
                let key = normalize(name);
                let near = closest(
                    &key,
                    self.organizations()
                        .enumerate()
                        .map(|(at, o)| (at, o.names())),
                    false,
                );
                let mut merged: Vec<Department> = near
                    .iter()
                    .filter_map(|&at| self.organizations().nth(at).and_then(|o| o.kind))
                    .collect();
                for kind in suggestions {
                    if !merged.contains(&kind) {
                        merged.push(kind);
                    }
                }
                merged.truncate(3);
                Err(Error::UnknownDepartment {
                    input,
                    suggestions: merged,
                })
            }
            Err(other) => Err(other),
        }
    }

    /// The locations of the tasks `who` leads.
    pub(crate) fn led_list(&self, who: Who<'_>) -> &[TaskLoc] {
        match who {
            Who::Kind(kind) => self.index().kind_led(kind),
            Who::Organization(o) => self.org_list(o, |index, at| index.led_list(at)),
        }
    }

    /// The locations of the tasks `who` supports.
    pub(crate) fn supporting_list(&self, who: Who<'_>) -> &[TaskLoc] {
        match who {
            Who::Kind(kind) => self.index().kind_supporting(kind),
            Who::Organization(o) => self.org_list(o, |index, at| index.supporting_list(at)),
        }
    }

    /// The locations of the tasks `who` takes part in.
    pub(crate) fn involved_list(&self, who: Who<'_>) -> &[TaskLoc] {
        match who {
            Who::Kind(kind) => self.index().kind_involved(kind),
            Who::Organization(o) => self.org_list(o, |index, at| index.involved_list(at)),
        }
    }

    fn org_list<'a>(
        &'a self,
        organization: &Organization,
        list: impl Fn(&'a crate::plan::OrganizationIndex, usize) -> &'a [TaskLoc],
    ) -> &'a [TaskLoc] {
        let index = self.organizations_index();
        index
            .position(self.data(), &organization.id)
            .map_or(&[], |at| list(index, at))
    }
}
