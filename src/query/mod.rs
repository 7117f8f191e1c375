//! Questions about who does what and by when: tasks by lead or participating
//! department, the departments' loads, the tasks two departments share; targets by
//! task, department and deadline.
//!
//! Every answer comes from lists a [`Plan`] builds once when it is made (`plan/index.rs`):
//! the locations of the tasks of each department and role, in document order, and the
//! targets of each task, part and department and the dated ones by deadline. A query
//! resolves its key ([`who`]: a kind, or one of the plan's organisations, from a name
//! read against the plan's own bodies first), picks a list and walks it; given a kind
//! or an organisation it allocates nothing. The query builder ([`builder`]) combines
//! conditions over the same lists.

mod builder;
mod level;
mod who;

use strum::IntoEnumIterator;

use crate::error::Error;
use crate::model::ids::leading_number;
use crate::model::{Deadline, Organization, Target, Task, TaskLoc};
use crate::plan::{Index, Plan, Tasks};
use crate::vocab::actor::Role;
use crate::vocab::department::Department;
use crate::vocab::domain::Domain;

pub use builder::{Query, QueryTargets, QueryTasks};
pub use who::{BodyName, Who};

impl Plan {
    /// Every task a reference cites, as [`Plan::task_by_reference`] reads the reference
    /// (`17`, `第十七條`, `（十七）`, `①`): the tasks whose number as the text writes it is
    /// the one cited, in document order. One in a plan numbered straight through; several
    /// where the numbering restarts (each annex's tasks from `1.`), which
    /// `task_by_reference` leaves to the caller to choose from; none where no task
    /// writes the number, or the reference cites none.
    ///
    /// ```
    /// let plan = wuzhong_plan::parse("附件1\n甲方案\n一、重點任務\n1.甲。乙。\n附件2\n乙方案\n一、重點任務\n1.丙。丁。\n")?;
    /// let cited: Vec<&str> = plan.tasks_by_reference("第1條").map(|t| t.id.as_str()).collect();
    /// assert_eq!(cited, ["part-1/task-1", "part-2/task-2"]);
    /// assert_eq!(wuzhong_plan::plan().tasks_by_reference("（二十三）").map(|t| t.number).collect::<Vec<_>>(), [23]);
    /// # Ok::<(), wuzhong_plan::ParseError>(())
    /// ```
    pub fn tasks_by_reference<'a>(
        &'a self,
        reference: &str,
    ) -> impl Iterator<Item = &'a Task> + 'a {
        crate::base::numeral::cited_number(reference)
            .into_iter()
            .flat_map(move |value| self.tasks_numbered(value))
    }

    /// The tasks a department leads, in task order: as the text states the roles (a
    /// `牽頭單位` label, a verb such as `牽頭`), or else as it lists the bodies first.
    ///
    /// Takes a kind ([`Department`]: the plan's organisations of that kind), an
    /// [`Organization`](crate::Organization) of the plan, or a name as [`Plan::who`]
    /// reads it: any name the plan writes for a body, or any form of a kind's name.
    ///
    /// ```
    /// use wuzhong_plan::Department;
    /// let plan = wuzhong_plan::plan();
    /// let led: Vec<u16> = plan.tasks_led_by("民政局")?.map(|t| t.number).collect();
    /// assert_eq!(led[..3], [7, 8, 14]);
    /// assert!(plan.tasks_led_by(Department::CivilAffairs)?.eq(plan.tasks_led_by("civil-affairs")?));
    /// # Ok::<(), wuzhong_plan::Error>(())
    /// ```
    ///
    /// # Errors
    ///
    /// As [`Plan::who`]: [`Error::UnknownDepartment`] for a name that matches nothing,
    /// with the closest names as suggestions, [`Error::AmbiguousDepartment`] for one
    /// several kinds share.
    pub fn tasks_led_by<B: BodyName>(&self, body: B) -> Result<Tasks<'_>, Error> {
        let who = body.resolve_in(self)?;
        Ok(self.tasks_at(self.led_list(who)))
    }

    /// The tasks a department supports (takes part in, but does not lead), in task order.
    ///
    /// ```
    /// let plan = wuzhong_plan::plan();
    /// // 責任部門:市教育局、財政局
    /// assert_eq!(plan.tasks_supported_by("財政局")?.next().map(|t| t.number), Some(2));
    /// # Ok::<(), wuzhong_plan::Error>(())
    /// ```
    ///
    /// # Errors
    ///
    /// As [`Plan::tasks_led_by`].
    pub fn tasks_supported_by<B: BodyName>(&self, body: B) -> Result<Tasks<'_>, Error> {
        let who = body.resolve_in(self)?;
        Ok(self.tasks_at(self.supporting_list(who)))
    }

    /// The tasks a department takes part in, as lead or support, in task order.
    ///
    /// ```
    /// let plan = wuzhong_plan::plan();
    /// let tasks: Vec<u16> = plan.tasks_involving("吳忠銀保監分局")?.map(|t| t.number).collect();
    /// assert_eq!(tasks, [29]);
    /// # Ok::<(), wuzhong_plan::Error>(())
    /// ```
    ///
    /// # Errors
    ///
    /// As [`Plan::tasks_led_by`].
    pub fn tasks_involving<B: BodyName>(&self, body: B) -> Result<Tasks<'_>, Error> {
        let who = body.resolve_in(self)?;
        Ok(self.tasks_at(self.involved_list(who)))
    }

    /// The tasks that serve a domain (by their curated [`Task::domains`]), in task
    /// order.
    ///
    /// Takes a [`Domain`] or any name [`Domain::lookup`] accepts.
    ///
    /// ```
    /// use wuzhong_plan::Domain;
    /// let plan = wuzhong_plan::plan();
    /// let veterans: Vec<u16> = plan.tasks_in_domain(Domain::Veterans)?.map(|t| t.number).collect();
    /// assert_eq!(veterans, [15, 48]);
    /// assert!(plan.tasks_in_domain("老有所养")?.eq(plan.tasks_in_domain("elderly-care")?));
    /// # Ok::<(), wuzhong_plan::Error>(())
    /// ```
    ///
    /// # Errors
    ///
    /// [`Error::UnknownDomain`] for a name that is no domain's, with the closest
    /// domains as suggestions.
    pub fn tasks_in_domain<D>(&self, domain: D) -> Result<Tasks<'_>, Error>
    where
        D: TryInto<Domain>,
        Error: From<D::Error>,
    {
        let domain = domain.try_into()?;
        Ok(self.tasks_at(self.domain_list(domain)))
    }

    /// Every domain with its tasks, in [`Domain`] order (item 48's order of the goals,
    /// then [`Domain::System`]).
    ///
    /// ```
    /// use wuzhong_plan::Domain;
    /// let plan = wuzhong_plan::plan();
    /// let (first, tasks) = plan.domains().next().expect("there are domains");
    /// assert_eq!(first, Domain::Childcare);
    /// assert_eq!(tasks.map(|t| t.number).collect::<Vec<_>>(), [17, 18, 48]);
    /// ```
    pub fn domains(&self) -> impl Iterator<Item = (Domain, Tasks<'_>)> + Clone + '_ {
        Domain::iter().map(|domain| (domain, self.tasks_at(self.domain_list(domain))))
    }

    /// The tasks both departments take part in (in any role), in task order.
    ///
    /// ```
    /// let plan = wuzhong_plan::plan();
    /// let shared: Vec<u16> = plan.co_responsible("市民政局", "市財政局")?.map(|t| t.number).collect();
    /// assert!(shared.contains(&23));
    /// # Ok::<(), wuzhong_plan::Error>(())
    /// ```
    ///
    /// # Errors
    ///
    /// As [`Plan::tasks_led_by`], for either name.
    pub fn co_responsible<A: BodyName, B: BodyName>(
        &self,
        a: A,
        b: B,
    ) -> Result<CoResponsible<'_>, Error> {
        let (a, b) = (a.resolve_in(self)?, b.resolve_in(self)?);
        Ok(CoResponsible {
            plan: self,
            a: self.involved_list(a).iter(),
            b: self.involved_list(b).iter(),
        })
    }

    /// Every department that takes part in a task, in [`Department`] order (the order
    /// the plan first names them), with how many tasks it leads and supports.
    ///
    /// ```
    /// use wuzhong_plan::Department;
    /// let plan = wuzhong_plan::plan();
    /// let civil = plan.departments().find(|d| d.department == Department::CivilAffairs);
    /// assert!(civil.is_some_and(|d| d.led >= 10));
    /// // Tasks 1–47 have one lead each.
    /// assert_eq!(plan.departments().map(|d| d.led).sum::<usize>(), 47);
    /// ```
    pub fn departments(&self) -> Departments<'_> {
        Departments {
            index: self.index(),
            departments: Department::iter(),
        }
    }
}

/// The tasks two departments share, in task order: what [`Plan::co_responsible`]
/// returns. It walks the two departments' sorted task lists side by side.
///
/// ```
/// let plan = wuzhong_plan::plan();
/// let shared: Vec<u16> = plan.co_responsible("市委宣傳部", "文化旅遊體育廣電局")?.map(|t| t.number).collect();
/// assert_eq!(shared, [11, 31]);
/// # Ok::<(), wuzhong_plan::Error>(())
/// ```
#[derive(Debug, Clone)]
pub struct CoResponsible<'a> {
    plan: &'a Plan,
    a: std::slice::Iter<'a, TaskLoc>,
    b: std::slice::Iter<'a, TaskLoc>,
}

impl<'a> Iterator for CoResponsible<'a> {
    type Item = &'a Task;

    fn next(&mut self) -> Option<&'a Task> {
        let mut a = *self.a.next()?;
        let mut b = *self.b.next()?;
        loop {
            match a.number.cmp(&b.number) {
                std::cmp::Ordering::Equal => return self.plan.task_at(a),
                std::cmp::Ordering::Less => a = *self.a.next()?,
                std::cmp::Ordering::Greater => b = *self.b.next()?,
            }
        }
    }

    fn size_hint(&self) -> (usize, Option<usize>) {
        (0, Some(self.a.len().min(self.b.len())))
    }
}

impl std::iter::FusedIterator for CoResponsible<'_> {}

/// One department's share of the plan, as [`Plan::departments`] gives it.
///
/// ```
/// use wuzhong_plan::Department;
/// let load = wuzhong_plan::plan()
///     .departments()
///     .find(|load| load.department == Department::CountyGovernments)
///     .expect("各縣(市、區) take part");
/// assert_eq!((load.led, load.involved()), (0, 18));
/// ```
#[derive(Debug, Clone, Copy, PartialEq, Eq, Hash)]
#[non_exhaustive]
pub struct DepartmentLoad {
    /// The department.
    pub department: Department,
    /// How many tasks it leads.
    pub led: usize,
    /// How many tasks it supports.
    pub supporting: usize,
}

impl DepartmentLoad {
    /// How many tasks it takes part in: led and supported.
    pub fn involved(&self) -> usize {
        self.led + self.supporting
    }
}

/// The iterator [`Plan::departments`] returns: a [`DepartmentLoad`] for each department
/// that takes part in some task, in [`Department`] order.
///
/// ```
/// let first = wuzhong_plan::plan().departments().next().expect("some department takes part");
/// assert_eq!(first.department.name(), "市教育局");
/// ```
#[derive(Debug, Clone)]
pub struct Departments<'a> {
    index: &'a Index,
    departments: <Department as IntoEnumIterator>::Iterator,
}

impl Iterator for Departments<'_> {
    type Item = DepartmentLoad;

    fn next(&mut self) -> Option<DepartmentLoad> {
        let index = self.index;
        self.departments.by_ref().find_map(|department| {
            let led = index.kind_led(department).len();
            let supporting = index.kind_supporting(department).len();
            (led + supporting > 0).then_some(DepartmentLoad {
                department,
                led,
                supporting,
            })
        })
    }
}

impl std::iter::FusedIterator for Departments<'_> {}

impl Plan {
    /// Every target, in the order of the text: part 一's objectives, then each task's.
    ///
    /// ```
    /// use wuzhong_plan::TargetKind;
    /// let plan = wuzhong_plan::plan();
    /// let quantitative = plan.targets().filter(|t| t.kind() == TargetKind::Quantitative).count();
    /// assert_eq!(quantitative, 14);
    /// assert_eq!(plan.targets().next().map(|t| t.id.as_str()), Some("p1.1"));
    /// ```
    pub fn targets(&self) -> Targets<'_> {
        self.targets_from(&self.targets_index().order)
    }

    /// The target with this id (`t19.2`, `p1.1`), if there is one.
    ///
    /// ```
    /// let plan = wuzhong_plan::plan();
    /// let target = plan.target("t26.1").expect("task 26 states a target");
    /// assert_eq!(target.quote, "籌集租賃住房375套");
    /// assert!(plan.target("t26.2").is_none() && plan.target("t99.1").is_none());
    /// ```
    pub fn target(&self, id: &str) -> Option<&Target> {
        let index = self.targets_index();
        let (owner, rest, ranges) = match leading_number(id, "t") {
            Some((task, rest)) => (task, rest, &index.by_task),
            None => {
                let (part, rest) = leading_number(id, "p")?;
                (part, rest, &index.by_part)
            }
        };
        let (sequence, rest) = leading_number(rest, ".")?;
        let (start, end) = *ranges.get(owner)?;
        let at = start.checked_add(sequence)?;
        (rest.is_empty() && at < end)
            .then(|| self.target_list().get(at))
            .flatten()
    }

    /// The targets task `number` states, in the order of its body.
    ///
    /// ```
    /// let plan = wuzhong_plan::plan();
    /// let quotes: Vec<&str> = plan.targets_in_task(23).map(|t| t.quote.as_str()).collect();
    /// assert_eq!(quotes, ["養老機構護理型床位占比達到60%", "每百張養老機構床位配備社工至少1名"]);
    /// assert_eq!(plan.targets_in_task(1).len(), 0);
    /// ```
    pub fn targets_in_task(&self, number: u16) -> Targets<'_> {
        self.targets_from(self.target_indices_in_task(number))
    }

    /// The targets due by `year`: those whose deadline falls in that year or before
    /// (`到2025年` and `到2025年底` both count for 2025), earliest deadline first, then in
    /// the order of the text. Undated targets are due by no year; a year before every
    /// deadline gives none.
    ///
    /// ```
    /// let plan = wuzhong_plan::plan();
    /// let due: Vec<&str> = plan.targets_due_by(2023).map(|t| t.id.as_str()).collect();
    /// assert_eq!(due, ["t7.2"]);
    /// assert_eq!(plan.targets_due_by(2020).len(), 0);
    /// assert_eq!(plan.targets_due_by(2025).len(), plan.targets().filter(|t| t.deadline.is_some()).count());
    /// ```
    pub fn targets_due_by(&self, year: u16) -> Targets<'_> {
        let index = self.targets_index();
        let targets = self.target_list();
        let due = index
            .by_deadline
            .partition_point(|&i| targets.get(i).is_some_and(|target| target.is_due_by(year)));
        self.targets_from(index.by_deadline.get(..due).unwrap_or_default())
    }

    /// The targets of the tasks a department takes part in, as lead or support, in the
    /// order of the text. Targets of the objectives and of tasks without a
    /// responsibility line (48–50) belong to no department.
    ///
    /// ```
    /// let plan = wuzhong_plan::plan();
    /// let ids: Vec<&str> = plan.targets_for("市民政局")?.map(|t| t.id.as_str()).collect();
    /// assert!(ids.contains(&"t7.2") && ids.contains(&"t23.2"));
    /// # Ok::<(), wuzhong_plan::Error>(())
    /// ```
    ///
    /// # Errors
    ///
    /// As [`Plan::tasks_led_by`].
    pub fn targets_for<B: BodyName>(&self, body: B) -> Result<Targets<'_>, Error> {
        let index = self.targets_index();
        let list = match body.resolve_in(self)? {
            Who::Kind(kind) => Some(self.index().kind_targets(kind)),
            Who::Organization(organization) => self
                .organizations_index()
                .position(self.data(), &organization.id)
                .map(|at| index.by_organization.get(at)),
        };
        Ok(self.targets_in_ranges(list.unwrap_or_default()))
    }

    /// The organisations that lead the task `target` stands in (more than one for joint
    /// leads), in the order of its responsibility lines. A target of part 一's
    /// objectives, or of a task whose text names no responsible body (48–50), has none.
    ///
    /// ```
    /// let plan = wuzhong_plan::plan();
    /// let target = plan.target("t26.1").expect("task 26 states a target");
    /// let leads: Vec<&str> = plan.target_leads(target).map(|o| o.name.as_str()).collect();
    /// assert_eq!(leads, ["市住房和城鄉建設局"]); // 責任單位:市住房和城鄉建設局、…
    /// let objective = plan.target("p1.1").expect("part 一 states objectives");
    /// assert_eq!(plan.target_leads(objective).count(), 0);
    /// ```
    pub fn target_leads<'a>(
        &'a self,
        target: &Target,
    ) -> impl Iterator<Item = &'a Organization> + Clone + 'a {
        target
            .task
            .and_then(|number| self.task(number))
            .into_iter()
            .flat_map(Task::responsible)
            .filter(|party| party.role == Role::Lead)
            .filter_map(|party| self.organization(&party.organization))
    }

    /// The dated targets grouped by deadline, earliest first; within a deadline, in the
    /// order of the text.
    ///
    /// ```
    /// use wuzhong_plan::Deadline;
    /// let plan = wuzhong_plan::plan();
    /// let deadlines: Vec<Deadline> = plan.timeline().map(|(deadline, _)| deadline).collect();
    /// assert_eq!(deadlines, [Deadline::end_of(2023), Deadline::by(2025), Deadline::end_of(2025)]);
    /// for (deadline, targets) in plan.timeline() {
    ///     assert!(targets.clone().all(|t| t.deadline == Some(deadline)));
    /// }
    /// ```
    pub fn timeline(&self) -> Timeline<'_> {
        Timeline {
            targets: self.target_list(),
            rest: &self.targets_index().by_deadline,
        }
    }

    fn targets_from<'a>(&'a self, positions: &'a [usize]) -> Targets<'a> {
        Targets::of_positions(self.target_list(), positions)
    }

    /// The targets at these ranges of the targets' order, one range after the other.
    fn targets_in_ranges<'a>(&'a self, ranges: &'a [(usize, usize)]) -> Targets<'a> {
        let order = &self.targets_index().order;
        let len = ranges
            .iter()
            .map(|&(start, end)| order.get(start..end).map_or(0, <[usize]>::len))
            .sum();
        Targets {
            targets: self.target_list(),
            order,
            ranges: ranges.iter(),
            front: [].iter(),
            back: [].iter(),
            len,
        }
    }
}

/// An iterator over targets: every target, from [`Plan::targets`], or those a query
/// finds. It knows its length, and walks backwards as well.
#[derive(Debug, Clone)]
pub struct Targets<'a> {
    targets: &'a [Target],
    /// What `ranges` are ranges of: the positions of every target, in document order.
    order: &'a [usize],
    /// Ranges of `order` still to walk, between `front` and `back`.
    ranges: std::slice::Iter<'a, (usize, usize)>,
    /// Positions walked from the front: a whole list, or the range begun from the front.
    front: std::slice::Iter<'a, usize>,
    /// Positions of the range begun from the back.
    back: std::slice::Iter<'a, usize>,
    /// How many positions are left in all.
    len: usize,
}

impl<'a> Targets<'a> {
    /// The targets at these positions, in their order.
    fn of_positions(targets: &'a [Target], positions: &'a [usize]) -> Targets<'a> {
        Targets {
            targets,
            order: &[],
            ranges: [].iter(),
            front: positions.iter(),
            back: [].iter(),
            len: positions.len(),
        }
    }

    /// The positions of a range of `order`.
    fn slice(&self, &(start, end): &(usize, usize)) -> std::slice::Iter<'a, usize> {
        self.order.get(start..end).unwrap_or_default().iter()
    }
}

impl<'a> Iterator for Targets<'a> {
    type Item = &'a Target;

    fn next(&mut self) -> Option<&'a Target> {
        loop {
            let position = match self.front.next() {
                Some(&position) => position,
                None => match self.ranges.next() {
                    Some(range) => {
                        self.front = self.slice(range);
                        continue;
                    }
                    None => *self.back.next()?,
                },
            };
            self.len = self.len.saturating_sub(1);
            if let Some(target) = self.targets.get(position) {
                return Some(target);
            }
        }
    }

    fn size_hint(&self) -> (usize, Option<usize>) {
        (self.len, Some(self.len))
    }
}

impl DoubleEndedIterator for Targets<'_> {
    fn next_back(&mut self) -> Option<Self::Item> {
        loop {
            let position = match self.back.next_back() {
                Some(&position) => position,
                None => match self.ranges.next_back() {
                    Some(range) => {
                        self.back = self.slice(range);
                        continue;
                    }
                    None => *self.front.next_back()?,
                },
            };
            self.len = self.len.saturating_sub(1);
            if let Some(target) = self.targets.get(position) {
                return Some(target);
            }
        }
    }
}

impl ExactSizeIterator for Targets<'_> {}

impl std::iter::FusedIterator for Targets<'_> {}

/// The iterator [`Plan::timeline`] returns: each deadline, earliest first, with the
/// targets due then.
#[derive(Debug, Clone)]
pub struct Timeline<'a> {
    targets: &'a [Target],
    rest: &'a [usize],
}

impl<'a> Iterator for Timeline<'a> {
    type Item = (Deadline, Targets<'a>);

    fn next(&mut self) -> Option<(Deadline, Targets<'a>)> {
        let targets = self.targets;
        let deadline_at = |i: &usize| targets.get(*i).and_then(|t| t.deadline);
        let deadline = deadline_at(self.rest.first()?)?;
        let len = self
            .rest
            .iter()
            .take_while(|i| deadline_at(i) == Some(deadline))
            .count();
        let (group, rest) = self.rest.split_at_checked(len)?;
        self.rest = rest;
        Some((deadline, Targets::of_positions(targets, group)))
    }
}

impl std::iter::FusedIterator for Timeline<'_> {}
