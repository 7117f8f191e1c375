//! [`Query`]: conditions on tasks and targets that combine with AND.

use crate::base::variants::Needle;
use crate::error::Error;
use crate::model::{Party, Target, Task, TaskLoc};
use crate::plan::Plan;
use crate::query::who::{BodyName, Who};
use crate::vocab::actor::Role;
use crate::vocab::domain::Domain;
use crate::vocab::level::Level;

/// Tasks or targets that meet every condition given, from [`Plan::query`].
///
/// Each method adds a condition; all of them must hold. [`Query::tasks`] and
/// [`Query::targets`] return lazy iterators in document order. A query starts from the
/// shortest list an index holds for its conditions (a department's or a domain's tasks)
/// and checks the rest on each candidate; the text of the tasks is folded to one script
/// once, on the first query with [`Query::text`].
///
/// ```
/// use wuzhong_plan::{Department, Domain};
/// let plan = wuzhong_plan::plan();
/// // Elderly-care tasks led by 市民政局 with a target due by 2025.
/// let tasks: Vec<u16> = plan
///     .query()
///     .led_by(Department::CivilAffairs)
///     .domain(Domain::ElderlyCare)
///     .due_by(2025)
///     .tasks()
///     .map(|t| t.number)
///     .collect();
/// assert_eq!(tasks, [7, 23, 24, 25]);
///
/// // Names as users type them, and text in either script.
/// let lead: Department = "民政局".parse()?;
/// let found: Vec<u16> = plan.query().led_by(lead).text("居家养老").tasks().map(|t| t.number).collect();
/// assert_eq!(found, [23, 25]); // 推進政府購買居家養老服務; 社區居家養老服務模式
/// # Ok::<(), wuzhong_plan::Error>(())
/// ```
#[derive(Debug, Clone)]
#[must_use = "a query does nothing until `tasks()` or `targets()` runs it"]
pub struct Query<'p> {
    plan: &'p Plan,
    leads: Vec<Who<'p>>,
    involving: Vec<Who<'p>>,
    domains: Vec<Domain>,
    groups: Vec<u8>,
    parts: Vec<u8>,
    due_by: Option<u16>,
    texts: Vec<Needle>,
    quotes: Vec<Needle>,
    levels: Vec<Level>,
}

impl Plan {
    /// A query over this plan's tasks and targets, with no conditions yet: every task
    /// and every target.
    ///
    /// ```
    /// let plan = wuzhong_plan::plan();
    /// assert_eq!(plan.query().tasks().count(), 50);
    /// assert_eq!(plan.query().targets().count(), plan.targets().len());
    /// ```
    pub fn query(&self) -> Query<'_> {
        Query {
            plan: self,
            leads: Vec::new(),
            involving: Vec::new(),
            domains: Vec::new(),
            groups: Vec::new(),
            parts: Vec::new(),
            due_by: None,
            texts: Vec::new(),
            quotes: Vec::new(),
            levels: Vec::new(),
        }
    }
}

impl<'p> Query<'p> {
    /// Tasks that `who` leads (one of their leads, as the text states the roles): a kind
    /// ([`Department`](crate::Department), the plan's organisations of that kind), or one organisation
    /// (from [`Plan::who`], which reads a name as a user types it).
    ///
    /// ```
    /// let plan = wuzhong_plan::plan();
    /// let lead = plan.who("人社局")?;
    /// let tasks: Vec<u16> = plan.query().led_by(lead).tasks().map(|t| t.number).collect();
    /// assert_eq!(tasks, plan.tasks_led_by("市人力資源和社會保障局")?.map(|t| t.number).collect::<Vec<_>>());
    /// # Ok::<(), wuzhong_plan::Error>(())
    /// ```
    pub fn led_by(mut self, who: impl Into<Who<'p>>) -> Query<'p> {
        self.leads.push(who.into());
        self
    }

    /// Tasks `who` takes part in, as lead or support (a kind or an organisation, as for
    /// [`Query::led_by`]). Given more than once, the tasks all of them take part in.
    ///
    /// ```
    /// use wuzhong_plan::Department;
    /// let plan = wuzhong_plan::plan();
    /// let shared = plan.query().involving(Department::CivilAffairs).involving(Department::Finance);
    /// let numbers: Vec<u16> = shared.tasks().map(|t| t.number).collect();
    /// assert_eq!(numbers, [8, 23, 42]);
    /// ```
    pub fn involving(mut self, who: impl Into<Who<'p>>) -> Query<'p> {
        self.involving.push(who.into());
        self
    }

    /// [`Query::led_by`] for a name as users type it (`民政局`, `市民政局`, `civil-affairs`,
    /// `Civil Affairs Bureau`), a [`Department`](crate::Department) or an organisation:
    /// whatever [`Plan::tasks_led_by`] takes.
    ///
    /// ```
    /// let plan = wuzhong_plan::plan();
    /// let tasks: Vec<u16> = plan.query().try_led_by("民政局")?.due_by(2023).tasks().map(|t| t.number).collect();
    /// assert_eq!(tasks, [7]);
    /// let err = plan.query().try_led_by("市民証局").map(|_| ()).unwrap_err();
    /// assert!(err.to_string().contains("did you mean 市民政局"));
    /// # Ok::<(), wuzhong_plan::Error>(())
    /// ```
    ///
    /// # Errors
    ///
    /// As [`Plan::who`]: a name of no body the plan names, with the closest names.
    pub fn try_led_by<B: BodyName>(self, body: B) -> Result<Query<'p>, Error> {
        let who = body.resolve_in(self.plan)?;
        Ok(self.led_by(who))
    }

    /// [`Query::involving`] for a name as users type it, as [`Query::try_led_by`] takes.
    ///
    /// ```
    /// let plan = wuzhong_plan::plan();
    /// let shared = plan.query().try_involving("民政局")?.try_involving("财政局")?;
    /// assert_eq!(shared.tasks().map(|t| t.number).collect::<Vec<_>>(), [8, 23, 42]);
    /// # Ok::<(), wuzhong_plan::Error>(())
    /// ```
    ///
    /// # Errors
    ///
    /// As [`Query::try_led_by`].
    pub fn try_involving<B: BodyName>(self, body: B) -> Result<Query<'p>, Error> {
        let who = body.resolve_in(self.plan)?;
        Ok(self.involving(who))
    }

    /// Parties at `level` of government (their organisation's
    /// [`level`](crate::Organization::level)): with [`Query::led_by`] or
    /// [`Query::involving`], the body must be at that level (`--lead finance` with
    /// `--level city` finds 市財政局 and not 財政部 or 省財政廳); alone, the tasks with at
    /// least one party at that level. Given more than once, a party at any of the
    /// levels.
    ///
    /// ```
    /// use wuzhong_plan::{Department, Level};
    /// let text = "一、重點任務\n1.甲。乙。\n責任單位:省財政廳、市民政局\n\
    ///             2.丙。丁。\n責任單位:市財政局\n3.戊。己。\n責任單位:縣教育局";
    /// let plan = wuzhong_plan::parse(text)?;
    /// let numbers = |query: wuzhong_plan::Query<'_>| query.tasks().map(|t| t.number).collect::<Vec<_>>();
    /// // Every finance body, at every level, then only the province's.
    /// assert_eq!(numbers(plan.query().involving(Department::Finance)), [1, 2]);
    /// assert_eq!(numbers(plan.query().involving(Department::Finance).level(Level::Province)), [1]);
    /// // 省財政廳 leads task 1; no city body leads it.
    /// assert_eq!(numbers(plan.query().led_by(Department::Finance).level(Level::City)), [2]);
    /// // Alone: the tasks with a party at the level.
    /// assert_eq!(numbers(plan.query().level(Level::County)), [3]);
    /// assert_eq!(numbers(plan.query().level(Level::City)), [1, 2]);
    /// assert!(numbers(plan.query().level(Level::National)).is_empty());
    /// # Ok::<(), wuzhong_plan::ParseError>(())
    /// ```
    pub fn level(mut self, level: Level) -> Query<'p> {
        if !self.levels.contains(&level) {
            self.levels.push(level);
        }
        self
    }

    /// [`Query::level`] for a level as users type it, as [`Level::lookup`] reads it:
    /// its id in any case (`city`, `Province`), `provincial` or `central`, or its word
    /// in either script (`市`, `縣`, `省級`, `国家`).
    ///
    /// ```
    /// use wuzhong_plan::Department;
    /// let plan = wuzhong_plan::plan();
    /// // Every body of the Wuzhong plan is the city's.
    /// let all = plan.query().involving(Department::Finance).tasks().count();
    /// assert_eq!(plan.query().involving(Department::Finance).try_level("市级")?.tasks().count(), all);
    /// assert_eq!(plan.query().involving(Department::Finance).try_level("provincial")?.tasks().count(), 0);
    /// assert!(plan.query().try_level("federal").is_err());
    /// # Ok::<(), wuzhong_plan::Error>(())
    /// ```
    ///
    /// # Errors
    ///
    /// As [`Level::lookup`]: [`Error::UnknownLevel`] for a name that is no level's.
    pub fn try_level(self, level: &str) -> Result<Query<'p>, Error> {
        Ok(self.level(Level::lookup(level)?))
    }

    /// Tasks that serve `domain` (their curated [`Task::domains`]).
    pub fn domain(mut self, domain: Domain) -> Query<'p> {
        self.domains.push(domain);
        self
    }

    /// Tasks in task group `number` (the `(三)` heading is group 3). Groups are numbered
    /// within their part; this plan has them in part 二 only.
    ///
    /// ```
    /// let plan = wuzhong_plan::plan();
    /// // (三)發展多層次多樣化生活服務: tasks 28–33.
    /// assert_eq!(plan.query().in_group(3).tasks().map(|t| t.number).collect::<Vec<_>>(), [28, 29, 30, 31, 32, 33]);
    /// ```
    pub fn in_group(mut self, number: u8) -> Query<'p> {
        self.groups.push(number);
        self
    }

    /// Tasks in part `number` (`三、組織實施` is part 3), and the targets that stand in it.
    pub fn in_part(mut self, number: u8) -> Query<'p> {
        self.parts.push(number);
        self
    }

    /// Targets due by the end of `year` at the latest; tasks with at least one such
    /// target, or whose own [`deadline`](Task::deadline) is due by then (`2022年底前`,
    /// `6月底完成` in a document of 2022; an ongoing task's `持续推进` never is).
    /// Given more than once, the earliest year holds.
    ///
    /// ```
    /// let plan = wuzhong_plan::plan();
    /// let tasks: Vec<u16> = plan.query().due_by(2024).tasks().map(|t| t.number).collect();
    /// assert_eq!(tasks, [7]); // 到2023年底 … 配建率達到100%
    ///
    /// // A task dated by a note of its own, in a document of 2022.
    /// let text = "基本介紹\n- 頒布時間:2022年4月26日\n全文\n一、重點任務\n\
    ///             1.甲。乙。（10月底完成）\n責任單位:市民政局\n\
    ///             2.丙。丁。（持續推進）\n責任單位:市民政局\n\
    ///             3.戊。己。\n責任單位:市民政局\n完成時限:2023年底";
    /// let other = wuzhong_plan::parse(text)?;
    /// let due = |year| other.query().due_by(year).tasks().map(|t| t.number).collect::<Vec<_>>();
    /// assert_eq!((due(2022), due(2023)), (vec![1], vec![1, 3]));
    /// # Ok::<(), wuzhong_plan::ParseError>(())
    /// ```
    pub fn due_by(mut self, year: u16) -> Query<'p> {
        self.due_by = Some(self.due_by.map_or(year, |y| y.min(year)));
        self
    }

    /// Tasks whose title or body contains `text` in any of its variants: in either
    /// script, and in Taiwan's, the mainland's or a wiki mirror's wording.
    ///
    /// - The same characters in either script match, as do full-width forms and their
    ///   ASCII ones, and ASCII letters in any case: `养老` finds `養老`, `卫生` finds
    ///   `衛生`, `5g` finds `5G`. Any literal part of a task's text, in either script,
    ///   finds it.
    /// - A phrase finds its other wording where the Taiwan phrase tables of the OpenCC
    ///   project map the two: `优化` finds `最佳化`, `网络` finds `網路`, `数字化` finds
    ///   `數位化`, `智能` finds `智慧`, and the other way round. A Taiwan phrase is
    ///   recognised written in Traditional characters (`網路`) or in characters the two
    ///   scripts share (`最佳化`).
    /// - A phrase finds the wording a wiki mirror's conversion to Traditional script
    ///   gave it where OpenCC's tables do not read that wording back, from a table the
    ///   crate keeps of the pairs the documents show: `应用` finds `套用`, `中小学` finds
    ///   `中國小`, `人民群众` finds `人民民眾`, `网格化` finds `格線化`, `初中生` finds
    ///   `國中生`, `幼儿园` finds `幼稚園`, `智能` finds `智慧型`, `响应` finds `回響` and
    ///   `程序` finds `程式`, and the other way round, the mirror's wording in either script. Where the
    ///   mirror's wording is part of a longer word that means something else, the table
    ///   lists that word and the wording stands for nothing there: `应用` finds neither
    ///   `配套用房` nor `一套用於`, and `中小学` does not find `中國小說`.
    ///
    /// The text and the query are both converted to the mainland's wording, and a match
    /// in that form counts only where a span of the text converts, on its own, to the
    /// converted query: a task is found only if it holds the query, or words the tables
    /// give as the query's other form, whole (`小学` does not find `中國小`, nor `优`
    /// `最佳化`).
    ///
    /// Given more than once, tasks that contain every text. An empty text matches every
    /// task.
    ///
    /// ```
    /// let plan = wuzhong_plan::plan();
    /// let numbers = |text: &str| plan.query().text(text).tasks().map(|t| t.number).collect::<Vec<u16>>();
    /// assert_eq!(numbers("衛生"), numbers("卫生"));
    /// assert!(numbers("卫生").contains(&4)); // 強化衛生設施建設
    ///
    /// // The plan writes Taiwan's 最佳化 where the mainland writes 优化.
    /// assert!(numbers("优化").contains(&1)); // 最佳化城鄉義務教育資源
    /// assert_eq!(numbers("优化"), numbers("最佳化"));
    ///
    /// // And the mirror's 套用 where the mainland writes 应用.
    /// assert_eq!(numbers("应用"), [22, 28, 30, 32, 43]); // 電子健康碼套用, 集成套用 …
    /// assert_eq!(numbers("中小学"), [1, 19, 21, 37]); // 統籌市本級中國小教職工 …
    /// ```
    pub fn text(mut self, text: &str) -> Query<'p> {
        self.texts.push(Needle::new(text));
        self
    }

    /// Targets whose own quote contains `text` in any of its variants, as
    /// [`Query::text`] matches them; tasks with at least one such target. Where
    /// [`Query::text`] looks in a target's task, this looks only in the words of the
    /// target itself. Given more than once, quotes that contain every text.
    ///
    /// ```
    /// let plan = wuzhong_plan::plan();
    /// let ids: Vec<&str> = plan.query().quote("配建率").targets().map(|t| t.id.as_str()).collect();
    /// assert_eq!(ids, ["t7.2"]); // 到2023年底 … 配建率達到100%
    /// // The task holds more than that one target.
    /// assert!(plan.query().text("配建率").targets().count() > 1);
    /// ```
    pub fn quote(mut self, text: &str) -> Query<'p> {
        self.quotes.push(Needle::new(text));
        self
    }

    /// The tasks that meet every condition, in task order.
    pub fn tasks(self) -> QueryTasks<'p> {
        let locs = self.candidates();
        QueryTasks { query: self, locs }
    }

    /// The targets that meet every condition, in the order of the text: those due by
    /// the year of [`Query::due_by`], standing in a task that meets the other
    /// conditions. With no condition on tasks (only `due_by`, or none), the objectives
    /// of part 一, which stand in no task, count too.
    ///
    /// ```
    /// use wuzhong_plan::Department;
    /// let plan = wuzhong_plan::plan();
    /// let ids: Vec<&str> = plan.query().led_by(Department::HousingUrbanRural).due_by(2025).targets().map(|t| t.id.as_str()).collect();
    /// assert_eq!(ids, ["t26.1"]); // 到2025年,籌集租賃住房375套
    /// ```
    pub fn targets(self) -> QueryTargets<'p> {
        let targets = self.plan.target_list().iter().enumerate();
        let on_tasks = self.on_tasks();
        QueryTargets {
            query: self,
            targets,
            on_tasks,
        }
    }

    /// The shortest list of task locations an index holds for the conditions, which
    /// every match is on: a lead's, a participant's or a domain's tasks, or all.
    fn candidates(&self) -> std::slice::Iter<'p, TaskLoc> {
        let plan = self.plan;
        let lists = self
            .leads
            .iter()
            .map(|&who| plan.led_list(who))
            .chain(self.involving.iter().map(|&who| plan.involved_list(who)))
            .chain(self.domains.iter().map(|&d| plan.domain_list(d)));
        lists
            .min_by_key(|list| list.len())
            .unwrap_or_else(|| plan.task_locs())
            .iter()
    }

    /// Whether a task meets the conditions on tasks (all but `due_by`).
    fn task_matches(&self, task: &Task) -> bool {
        let at_level = |party: &Party| {
            self.levels.is_empty()
                || self
                    .plan
                    .organization(&party.organization)
                    .and_then(|organization| organization.level)
                    .is_some_and(|level| self.levels.contains(&level))
        };
        let names = |who: Who<'_>, party: &Party| {
            (match who {
                Who::Kind(kind) => party.department == kind,
                Who::Organization(organization) => party.organization == organization.id,
            }) && at_level(party)
        };
        let alone = self.leads.is_empty() && self.involving.is_empty();
        self.leads.iter().all(|&who| {
            task.responsible()
                .any(|p| p.role == Role::Lead && names(who, p))
        }) && self
            .involving
            .iter()
            .all(|&who| task.responsible().any(|p| names(who, p)))
            && (!alone || self.levels.is_empty() || task.responsible().any(at_level))
            && self.domains.iter().all(|&d| task.serves(d))
            && self.groups.iter().all(|&g| task.group == Some(g))
            && self.parts.iter().all(|&p| task.part == p)
            && (self.texts.is_empty()
                || self
                    .plan
                    .task_text(task.number)
                    .is_some_and(|haystack| self.texts.iter().all(|text| haystack.contains(text))))
    }

    /// Whether the target at `index` of the plan's list meets the conditions on
    /// targets (`due_by` and `quote`).
    fn target_matches(&self, index: usize, target: &Target) -> bool {
        self.due_by.is_none_or(|year| target.is_due_by(year))
            && (self.quotes.is_empty()
                || self.plan.target_quote(index).is_some_and(|haystack| {
                    self.quotes.iter().all(|quote| haystack.contains(quote))
                }))
    }

    /// Whether the task's own deadline meets `due_by`, with no condition on quotes,
    /// which only targets have.
    fn own_deadline_matches(&self, task: &Task) -> bool {
        self.quotes.is_empty()
            && self.due_by.is_some_and(|year| {
                task.deadline
                    .as_ref()
                    .is_some_and(|deadline| deadline.is_due_by(year))
            })
    }

    /// Whether any condition is on tasks, so that a target must stand in a task.
    fn on_tasks(&self) -> bool {
        !(self.leads.is_empty()
            && self.involving.is_empty()
            && self.levels.is_empty()
            && self.domains.is_empty()
            && self.groups.is_empty()
            && self.texts.is_empty())
    }
}

/// The tasks a [`Query`] finds, in task order.
#[derive(Debug, Clone)]
pub struct QueryTasks<'p> {
    query: Query<'p>,
    locs: std::slice::Iter<'p, TaskLoc>,
}

impl<'p> Iterator for QueryTasks<'p> {
    type Item = &'p Task;

    fn next(&mut self) -> Option<&'p Task> {
        let query = &self.query;
        let plan = query.plan;
        self.locs.by_ref().find_map(|loc| {
            let task = plan.task_at(*loc)?;
            let targets = query.due_by.is_none() && query.quotes.is_empty()
                || query.own_deadline_matches(task)
                || plan.target_indices_in_task(task.number).iter().any(|&i| {
                    plan.target_list()
                        .get(i)
                        .is_some_and(|target| query.target_matches(i, target))
                });
            (targets && query.task_matches(task)).then_some(task)
        })
    }

    fn size_hint(&self) -> (usize, Option<usize>) {
        (0, self.locs.size_hint().1)
    }
}

impl std::iter::FusedIterator for QueryTasks<'_> {}

/// The targets a [`Query`] finds, in the order of the text.
#[derive(Debug, Clone)]
pub struct QueryTargets<'p> {
    query: Query<'p>,
    targets: std::iter::Enumerate<std::slice::Iter<'p, Target>>,
    /// Whether a target must stand in a task ([`Query::on_tasks`]).
    on_tasks: bool,
}

impl<'p> Iterator for QueryTargets<'p> {
    type Item = &'p Target;

    fn next(&mut self) -> Option<&'p Target> {
        let query = &self.query;
        let plan = query.plan;
        let on_tasks = self.on_tasks;
        self.targets.by_ref().find_map(|(index, target)| {
            let found = query.target_matches(index, target)
                && query.parts.iter().all(|&p| target.part == p)
                && match target.task {
                    Some(number) => plan.task(number).is_some_and(|t| query.task_matches(t)),
                    None => !on_tasks,
                };
            found.then_some(target)
        })
    }

    fn size_hint(&self) -> (usize, Option<usize>) {
        (0, self.targets.size_hint().1)
    }
}

impl std::iter::FusedIterator for QueryTargets<'_> {}
