//! Where an error in a JSON text stands: the id of the node around it and the path of
//! keys and indexes from that node, so that a message about a hand-edited file can say
//! `in part-2/group-2/task-7, field responsibility.parties[0].department` rather than
//! only a line and a column.
//!
//! This reads the text once, up to the error, keeping a stack of the objects and arrays
//! open there. It runs only when reading has already failed.

/// The node and field an error stands in.
#[derive(Debug, Clone, PartialEq, Eq)]
pub(crate) struct Place {
    /// The `id` of the innermost object around the error that has one before it.
    pub(crate) node: Option<String>,
    /// The path from that object (or from the top) to the error.
    pub(crate) field: String,
}

/// An object or array open at the error.
#[derive(Debug)]
enum Frame<'a> {
    Object {
        /// The last key read.
        key: Option<&'a str>,
        /// The value of its `id` key, when read before the error.
        id: Option<&'a str>,
        /// Whether the next string is a key.
        awaiting_key: bool,
    },
    Array {
        /// The index of the current element.
        index: usize,
    },
}

/// Where the error serde_json reports at `line` and `column` (1-based line, column in
/// bytes) stands in `json`; `None` when the position is not in the text.
pub(crate) fn place(json: &str, line: usize, column: usize) -> Option<Place> {
    let offset = offset_of(json, line, column)?;
    let bytes = json.as_bytes();
    let mut stack: Vec<Frame<'_>> = Vec::new();
    let mut i = 0;
    while i < offset {
        let Some(&byte) = bytes.get(i) else { break };
        match byte {
            b'"' => {
                let end = string_end(bytes, i + 1);
                let text = json.get(i + 1..end).unwrap_or_default();
                if let Some(Frame::Object {
                    key,
                    id,
                    awaiting_key,
                }) = stack.last_mut()
                {
                    if *awaiting_key {
                        *key = Some(text);
                        *awaiting_key = false;
                    } else if *key == Some("id") {
                        *id = Some(text);
                    }
                }
                i = end + 1;
                continue;
            }
            b'{' => stack.push(Frame::Object {
                key: None,
                id: None,
                awaiting_key: true,
            }),
            b'[' => stack.push(Frame::Array { index: 0 }),
            b'}' | b']' => {
                stack.pop();
            }
            b',' => match stack.last_mut() {
                Some(Frame::Object { awaiting_key, .. }) => *awaiting_key = true,
                Some(Frame::Array { index }) => *index += 1,
                None => {}
            },
            _ => {}
        }
        i += 1;
    }
    let node_at = stack
        .iter()
        .rposition(|frame| matches!(frame, Frame::Object { id: Some(_), .. }));
    let node = node_at
        .and_then(|at| stack.get(at))
        .and_then(|frame| match frame {
            Frame::Object { id, .. } => id.map(str::to_owned),
            Frame::Array { .. } => None,
        });
    let mut field = String::new();
    for frame in stack.iter().skip(node_at.unwrap_or(0)) {
        match frame {
            Frame::Object { key: Some(key), .. } => {
                if !field.is_empty() {
                    field.push('.');
                }
                field.push_str(key);
            }
            Frame::Object { key: None, .. } => {}
            Frame::Array { index } => field.push_str(&format!("[{index}]")),
        }
    }
    Some(Place { node, field })
}

/// The JSON number serde_json reports an error about at `line` and `column` (the
/// position of its last character), as the text writes it: `99999999999999999999999`
/// where serde_json's message says `1e+23`.
pub(crate) fn number_at(json: &str, line: usize, column: usize) -> Option<&str> {
    let offset = offset_of(json, line, column)?;
    let is_number = |b: &u8| matches!(b, b'0'..=b'9' | b'-' | b'+' | b'.' | b'e' | b'E');
    let bytes = json.as_bytes();
    let head = bytes.get(..offset)?;
    let start = offset - head.iter().rev().take_while(|b| is_number(b)).count();
    let end = offset
        + bytes
            .get(offset..)?
            .iter()
            .take_while(|b| is_number(b))
            .count();
    json.get(start..end).filter(|number| !number.is_empty())
}

/// The byte offset of a 1-based line and a column counted in bytes.
fn offset_of(json: &str, line: usize, column: usize) -> Option<usize> {
    let start = match line.checked_sub(1)? {
        0 => 0,
        before => {
            json.bytes()
                .enumerate()
                .filter(|&(_, b)| b == b'\n')
                .nth(before - 1)?
                .0
                + 1
        }
    };
    Some(start.saturating_add(column).min(json.len()))
}

/// The index of the quote that closes a string whose text starts at `from`, or the end
/// of the text when it is not closed.
fn string_end(bytes: &[u8], from: usize) -> usize {
    let mut i = from;
    while let Some(&byte) = bytes.get(i) {
        match byte {
            b'\\' => i += 2,
            b'"' => return i,
            _ => i += 1,
        }
    }
    bytes.len()
}

#[cfg(test)]
mod tests {
    use super::*;

    #[test]
    fn names_the_node_and_the_path_from_it() {
        let json = "{\"parts\": [{\"id\": \"part-1\", \"tasks\": [{\"id\": \"part-1/task-1\", \"responsibility\": {\"parties\": [{\"department\": \"mars\"}]}}]}]}";
        let at = json.find("mars").map(|i| i + 5).unwrap_or_default();
        let place = place(json, 1, at).unwrap_or_else(|| Place {
            node: None,
            field: String::new(),
        });
        assert_eq!(place.node.as_deref(), Some("part-1/task-1"));
        assert_eq!(place.field, "responsibility.parties[0].department");
    }

    #[test]
    fn counts_lines_and_array_elements() {
        let json =
            "{\n\"metadata\": {\"title\": \"a, {b}\"},\n\"notice\": [\"x\", \"y\\\"\", 3]\n}";
        let place = place(json, 3, 23);
        assert_eq!(
            place,
            Some(Place {
                node: None,
                field: "notice[2]".to_owned()
            })
        );
        assert_eq!(offset_of(json, 9, 1), None);
    }
}
