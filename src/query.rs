//! Questions about who does what: tasks by lead or participating department, the
//! departments' loads, the tasks two departments share.
//!
//! Every answer comes from [`DepartmentIndex`], built once when a [`Plan`] loads: the
//! locations of the tasks of each department and role, in document order. A query resolves the
//! department, picks a list and walks it; it allocates nothing.

use strum::{EnumCount, IntoEnumIterator};

use crate::department::Department;
use crate::error::Error;
use crate::model::Task;
use crate::plan::{Plan, TaskLoc, Tasks};

/// For each department, where the tasks it leads, supports and takes part in are, in
/// document order.
#[derive(Debug, Clone)]
pub(crate) struct DepartmentIndex {
    led: Vec<Vec<TaskLoc>>,
    supporting: Vec<Vec<TaskLoc>>,
    involved: Vec<Vec<TaskLoc>>,
}

impl Default for DepartmentIndex {
    fn default() -> DepartmentIndex {
        let lists = || vec![Vec::new(); Department::COUNT];
        DepartmentIndex {
            led: lists(),
            supporting: lists(),
            involved: lists(),
        }
    }
}

impl DepartmentIndex {
    /// Adds a task's parties; tasks must come in document order.
    pub(crate) fn add(&mut self, task: &Task, loc: TaskLoc) {
        for (position, department) in task.parties().enumerate() {
            let at = department as usize;
            let Some(involved) = self.involved.get_mut(at) else {
                continue;
            };
            // A body listed twice in one line takes part once, in its first role.
            if involved.last() == Some(&loc) {
                continue;
            }
            involved.push(loc);
            let role = if position == 0 {
                &mut self.led
            } else {
                &mut self.supporting
            };
            if let Some(list) = role.get_mut(at) {
                list.push(loc);
            }
        }
    }

    fn list(lists: &[Vec<TaskLoc>], department: Department) -> &[TaskLoc] {
        lists
            .get(department as usize)
            .map_or(&[], |list| list.as_slice())
    }
}

impl Plan {
    /// The tasks a department leads (is listed first for), in task order.
    ///
    /// Takes a [`Department`] or any name [`Department::lookup`] accepts.
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
    /// [`Error::UnknownDepartment`] for a name that is no department's, with the
    /// closest names as suggestions.
    pub fn tasks_led_by<D>(&self, department: D) -> Result<Tasks<'_>, Error>
    where
        D: TryInto<Department>,
        Error: From<D::Error>,
    {
        let department = department.try_into()?;
        Ok(self.list(&self.departments_index().led, department))
    }

    /// The tasks a department supports (is listed for, but not first), in task order.
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
    pub fn tasks_supported_by<D>(&self, department: D) -> Result<Tasks<'_>, Error>
    where
        D: TryInto<Department>,
        Error: From<D::Error>,
    {
        let department = department.try_into()?;
        Ok(self.list(&self.departments_index().supporting, department))
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
    pub fn tasks_involving<D>(&self, department: D) -> Result<Tasks<'_>, Error>
    where
        D: TryInto<Department>,
        Error: From<D::Error>,
    {
        let department = department.try_into()?;
        Ok(self.list(&self.departments_index().involved, department))
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
    pub fn co_responsible<A, B>(&self, a: A, b: B) -> Result<CoResponsible<'_>, Error>
    where
        A: TryInto<Department>,
        B: TryInto<Department>,
        Error: From<A::Error> + From<B::Error>,
    {
        let (a, b) = (a.try_into()?, b.try_into()?);
        let involved = &self.departments_index().involved;
        Ok(CoResponsible {
            plan: self,
            a: DepartmentIndex::list(involved, a).iter(),
            b: DepartmentIndex::list(involved, b).iter(),
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
            index: self.departments_index(),
            departments: Department::iter(),
        }
    }

    fn list<'a>(&'a self, lists: &'a [Vec<TaskLoc>], department: Department) -> Tasks<'a> {
        self.tasks_at(DepartmentIndex::list(lists, department))
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
    index: &'a DepartmentIndex,
    departments: <Department as IntoEnumIterator>::Iterator,
}

impl Iterator for Departments<'_> {
    type Item = DepartmentLoad;

    fn next(&mut self) -> Option<DepartmentLoad> {
        let index = self.index;
        self.departments.by_ref().find_map(|department| {
            let led = DepartmentIndex::list(&index.led, department).len();
            let supporting = DepartmentIndex::list(&index.supporting, department).len();
            (led + supporting > 0).then_some(DepartmentLoad {
                department,
                led,
                supporting,
            })
        })
    }
}

impl std::iter::FusedIterator for Departments<'_> {}
