//! The bodies a task's text names and what it says of them: [`Actor`], a
//! [`Department`] or one of the bodies around the departments (`市委`, `市政府`,
//! `各有關部門(單位)`, `各責任部門`) that no responsibility line lists, and [`Role`],
//! whether a department leads a task or supports it.
//!
//! Reading an actor's name (`FromStr`, JSON) is in [`lookup`](super::lookup), with the
//! departments' names.

use std::fmt;

use serde::{Serialize, Serializer};
use strum::IntoEnumIterator;

use crate::base::literal_enum;
use crate::vocab::department::Department;

literal_enum! {
    /// What a task's text says of a department that takes part in it.
    ///
    /// ```
    /// use wuzhong_plan::{Department, Role};
    /// let task = wuzhong_plan::plan().task(23).expect("the plan has a task 23");
    /// assert_eq!(task.role_of(Department::CivilAffairs), Some(Role::Lead));
    /// assert_eq!(task.role_of(Department::Finance), Some(Role::Support));
    /// assert_eq!(task.role_of(Department::Education), None);
    /// assert_eq!(Role::Lead.to_string(), "lead");
    /// ```
    #[serde(rename_all = "lowercase")]
    #[strum(serialize_all = "lowercase")]
    pub enum Role {
        /// A lead (牽頭單位): as a label or a verb states it, or else the first body a
        /// responsibility line lists. A task may have several (`…分別牽頭`).
        Lead,
        /// A supporting body (配合單位): any other body its responsibility names.
        Support,
    }
}

/// A body the running text of a task names: a [`Department`], or one of the bodies
/// around them that no responsibility line lists.
///
/// `Display` writes the name as the text does (`市委`, `市發展和改革委員會`); in JSON an
/// actor is its id (`party-committee`, or the department's id).
///
/// ```
/// use wuzhong_plan::{Actor, Department};
/// assert_eq!("市委".parse::<Actor>()?, Actor::PartyCommittee);
/// assert_eq!("市發展改革委".parse::<Actor>()?, Actor::Department(Department::DevelopmentReform));
/// assert_eq!(Actor::Government.to_string(), "市政府");
/// assert_eq!(Actor::Government.id(), "government");
/// # Ok::<(), wuzhong_plan::Error>(())
/// ```
#[derive(Debug, Clone, Copy, PartialEq, Eq, Hash, PartialOrd, Ord)]
pub enum Actor {
    /// A department, as a responsibility line would name it.
    Department(Department),
    /// `市委`, the municipal committee of the Communist Party of China.
    PartyCommittee,
    /// `市政府`, the municipal government.
    Government,
    /// `各有關部門(單位)`, all departments (and units) concerned.
    RelevantDepartments,
    /// `各責任部門`, the departments responsible for the tasks.
    ResponsibleDepartments,
}

/// The actors other than departments: the variant, its id, its name in Traditional and
/// in Simplified script, and its English name.
pub(super) static OTHER_ACTORS: [(Actor, &str, &str, &str, &str); 4] = [
    (
        Actor::PartyCommittee,
        "party-committee",
        "市委",
        "市委",
        "Municipal Party Committee",
    ),
    (
        Actor::Government,
        "government",
        "市政府",
        "市政府",
        "Municipal Government",
    ),
    (
        Actor::RelevantDepartments,
        "relevant-departments",
        "各有關部門(單位)",
        "各有关部门(单位)",
        "All Departments Concerned",
    ),
    (
        Actor::ResponsibleDepartments,
        "responsible-departments",
        "各責任部門",
        "各责任部门",
        "Responsible Departments",
    ),
];

impl Actor {
    fn other(
        self,
    ) -> Option<&'static (
        Actor,
        &'static str,
        &'static str,
        &'static str,
        &'static str,
    )> {
        OTHER_ACTORS.iter().find(|entry| entry.0 == self)
    }

    /// Every actor: the departments, then the other bodies.
    ///
    /// ```
    /// use strum::IntoEnumIterator;
    /// use wuzhong_plan::{Actor, Department};
    /// assert_eq!(Actor::iter().count(), Department::iter().count() + 4);
    /// assert_eq!(Actor::iter().last(), Some(Actor::ResponsibleDepartments));
    /// ```
    pub fn iter() -> impl Iterator<Item = Actor> + Clone {
        Department::iter()
            .map(Actor::Department)
            .chain(OTHER_ACTORS.iter().map(|entry| entry.0))
    }

    /// The stable identifier, the form JSON uses.
    ///
    /// ```
    /// use wuzhong_plan::{Actor, Department};
    /// assert_eq!(Actor::RelevantDepartments.id(), "relevant-departments");
    /// assert_eq!(Actor::Department(Department::Finance).id(), "finance");
    /// ```
    pub fn id(self) -> &'static str {
        match self {
            Actor::Department(department) => department.id(),
            other => other.other().map_or("", |entry| entry.1),
        }
    }

    /// The name as the text writes it.
    ///
    /// ```
    /// assert_eq!(wuzhong_plan::Actor::RelevantDepartments.name(), "各有關部門(單位)");
    /// ```
    pub fn name(self) -> &'static str {
        match self {
            Actor::Department(department) => department.name(),
            other => other.other().map_or("", |entry| entry.2),
        }
    }

    /// The English name.
    ///
    /// ```
    /// assert_eq!(wuzhong_plan::Actor::PartyCommittee.english_name(), "Municipal Party Committee");
    /// ```
    pub fn english_name(self) -> &'static str {
        match self {
            Actor::Department(department) => department.english_name(),
            other => other.other().map_or("", |entry| entry.4),
        }
    }

    /// The department, if the actor is one.
    ///
    /// ```
    /// use wuzhong_plan::{Actor, Department};
    /// assert_eq!(Actor::from(Department::Finance).department(), Some(Department::Finance));
    /// assert_eq!(Actor::Government.department(), None);
    /// ```
    pub fn department(self) -> Option<Department> {
        match self {
            Actor::Department(department) => Some(department),
            _ => None,
        }
    }
}

impl From<Department> for Actor {
    fn from(department: Department) -> Actor {
        Actor::Department(department)
    }
}

impl fmt::Display for Actor {
    fn fmt(&self, f: &mut fmt::Formatter<'_>) -> fmt::Result {
        f.write_str(self.name())
    }
}

impl Serialize for Actor {
    fn serialize<S: Serializer>(&self, serializer: S) -> Result<S::Ok, S::Error> {
        serializer.serialize_str(self.id())
    }
}
