//! The Akoma Ntoso eIds of a plan's nodes, which the XML and the HTML share, so that a
//! link into one works in the other: `part_2`, `part_2__group_1` for group (一) of part
//! 二, `part_2__group_1__task_3` for task 3 in it, `part_3__task_48` for task 48 straight
//! under part 三. As the Akoma Ntoso naming convention has it, an `hcontainer`'s eId is
//! made of its `name` (`group`, `task`) and its number, so a part's task and group of the
//! same number have eIds of their own. A task's number is its number in the plan (its
//! ordinal, which is unique), and a part's its place among the plan's parts, counted
//! across the annexes: the numbers as written, which may restart, are in `num`. An
//! annex is `annex_1`; the second box (`专栏`) after task 3 of group (一) of part 二 is
//! `part_2__group_1__task_3__tblock_2`.

use crate::model::{Annex, Part, Task, TaskGroup};

/// The eId of a part: `part_2`.
pub(crate) fn part(part: &Part) -> String {
    format!("part_{}", part.number)
}

/// The eId of a group: `part_2__group_1`.
pub(crate) fn group(group: &TaskGroup) -> String {
    format!("part_{}__group_{}", group.part, group.number)
}

/// The eId of a task: `part_2__group_1__task_3`, or `part_3__task_48` for a task outside
/// any group.
pub(crate) fn task(task: &Task) -> String {
    match task.group {
        Some(group) => format!("part_{}__group_{group}__task_{}", task.part, task.number),
        None => format!("part_{}__task_{}", task.part, task.number),
    }
}

/// The eId of an annex: `annex_1`.
pub(crate) fn annex(annex: &Annex) -> String {
    format!("annex_{}", annex.number)
}

/// The eId of the box at `index` (from 0) after a task: `part_2__group_1__task_3__tblock_1`.
pub(crate) fn sidebar(task: &Task, index: usize) -> String {
    format!("{}__tblock_{}", self::task(task), index + 1)
}
