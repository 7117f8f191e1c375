//! The stable ids of a plan's nodes, which follow from their numbers:
//! `part-2/group-3/task-28`, `part-3/task-48`.

/// The identifier of part `part`: `part-2`.
pub(crate) fn part_id(part: u8) -> String {
    node_id(usize::from(part), None, None)
}
pub(crate) fn group_id(part: u8, group: u8) -> String {
    node_id(usize::from(part), Some(usize::from(group)), None)
}
pub(crate) fn task_id(part: u8, group: Option<u8>, number: u16) -> String {
    node_id(
        usize::from(part),
        group.map(usize::from),
        Some(usize::from(number)),
    )
}

/// The id of the node with these numbers: `part-2`, `part-2/group-3`,
/// `part-2/group-3/task-28`, `part-3/task-48`.
pub(crate) fn node_id(part: usize, group: Option<usize>, task: Option<usize>) -> String {
    let mut id = format!("part-{part}");
    if let Some(group) = group {
        id.push_str(&format!("/group-{group}"));
    }
    if let Some(task) = task {
        id.push_str(&format!("/task-{task}"));
    }
    id
}

/// Strips `prefix` and the canonical decimal number after it (no sign, no leading zero,
/// at least 1), returning the number less one, as an index, and the rest.
pub(crate) fn leading_number<'a>(text: &'a str, prefix: &str) -> Option<(usize, &'a str)> {
    let rest = text.strip_prefix(prefix)?;
    let end = rest
        .bytes()
        .position(|b| !b.is_ascii_digit())
        .unwrap_or(rest.len());
    let (digits, rest) = rest.split_at_checked(end)?;
    if digits.starts_with('0') {
        return None;
    }
    // Any number of digits, as long as the number fits a `usize`: a plan may have more
    // than 99,999 targets in a task.
    let number = digits.bytes().try_fold(0usize, |n, b| {
        n.checked_mul(10)?.checked_add(usize::from(b - b'0'))
    })?;
    Some((number.checked_sub(1)?, rest))
}

/// A node's place as indexes: part, group, task (each the number less one).
pub(crate) type PlaceIndexes = (usize, Option<usize>, Option<usize>);

/// The numbers a canonical id names, each less one, as indexes: `part-2/group-3/task-28`
/// is `(1, Some(2), Some(27))`, `part-3/task-48` is `(2, None, Some(47))`; `None` for a
/// string that is no canonical id.
pub(crate) fn id_indexes(id: &str) -> Option<PlaceIndexes> {
    let (part, rest) = leading_number(id, "part-")?;
    if rest.is_empty() {
        return Some((part, None, None));
    }
    let (group, rest) = match leading_number(rest, "/group-") {
        Some((group, "")) => return Some((part, Some(group), None)),
        Some((group, rest)) => (Some(group), rest),
        None => (None, rest),
    };
    let (task, rest) = leading_number(rest, "/task-")?;
    rest.is_empty().then_some((part, group, Some(task)))
}
