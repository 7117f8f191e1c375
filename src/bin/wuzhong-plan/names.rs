//! How messages write what came from outside: a file's name, a value typed on the
//! command line. Nothing in them may move the terminal's cursor, recolour it, reorder
//! the line or hide text, and none may make the line as long as it is.
//!
//! They are written as the library's messages write input ([`wuzhong_plan::quote`]):
//! control, bidirectional and invisible characters as escapes (`\0`, `\u{1b}`,
//! `\u{202e}`), a backslash as `\\`, and no more than 80 characters, then `…` and the
//! total length: `aaaa… (300 characters)`. A byte of a file name that is not UTF-8 is
//! shown as U+FFFD `�`, as `Path::display` shows it.
//!
//! What stands at a name is said in words: `a directory`, `a FIFO (named pipe)`, `a
//! symbolic link to /etc/passwd`, `a dangling symbolic link to missing.txt`.

use std::path::Path;

use wuzhong_plan::quote::{escaped, shown};

/// A file name as messages write it: escaped and capped.
pub fn file(path: &Path) -> String {
    shown(&path.to_string_lossy()).to_string()
}

/// The symbolic link at `path` as messages describe it: `a symbolic link to TARGET`,
/// its target written as [`file()`] writes a name, or `a dangling symbolic link to
/// TARGET` when nothing is there. A link whose target cannot be read is `a symbolic
/// link`.
pub fn link(path: &Path) -> String {
    let Ok(target) = std::fs::read_link(path) else {
        return "a symbolic link".to_owned();
    };
    let dangling = matches!(
        std::fs::metadata(path),
        Err(err) if err.kind() == std::io::ErrorKind::NotFound
    );
    let adjective = if dangling { "dangling " } else { "" };
    format!("a {adjective}symbolic link to {}", file(&target))
}

/// A value typed on the command line as messages quote it: escaped and capped.
pub fn value(text: &str) -> String {
    shown(text).to_string()
}

/// A whole message with every character that must not reach the terminal as is
/// escaped, and nothing cut: text already written with [`file()`] or [`value`], or
/// without such characters, comes back as it was.
pub fn visible(message: &str) -> String {
    escaped(message).to_string()
}

#[cfg(test)]
mod tests {
    use super::*;

    #[test]
    fn hidden_characters_are_written_as_escapes() {
        assert_eq!(value("plan.txt"), "plan.txt");
        assert_eq!(value("市教育局"), "市教育局");
        assert_eq!(value("a\0b"), "a\\0b");
        assert_eq!(value("\u{1b}[31mred"), "\\u{1b}[31mred");
        assert_eq!(value("evil\u{202e}txt.exe"), "evil\\u{202e}txt.exe");
        assert_eq!(value("tab\there\u{7f}\u{85}"), "tab\\there\\u{7f}\\u{85}");
        assert_eq!(
            value("zero\u{200b}width\u{feff}"),
            "zero\\u{200b}width\\u{feff}"
        );
    }

    #[test]
    fn long_names_are_cut_with_their_length() {
        let exact = "a".repeat(80);
        assert_eq!(value(&exact), exact);
        let long = "名".repeat(300);
        assert_eq!(
            value(&long),
            format!("{}… (300 characters)", "名".repeat(80))
        );
        // An escape counts as the characters it is written with.
        let escapes = "\u{1b}".repeat(100);
        assert_eq!(
            value(&escapes),
            format!("{}… (100 characters)", "\\u{1b}".repeat(13))
        );
    }

    #[cfg(unix)]
    #[test]
    fn links_are_described_with_their_targets() -> std::io::Result<()> {
        let dir = std::env::temp_dir().join(format!("names-links-{}", std::process::id()));
        std::fs::create_dir_all(&dir)?;
        let there = dir.join("there");
        std::fs::write(&there, "x")?;
        let to_there = dir.join("to-there");
        let nowhere = dir.join("nowhere");
        std::os::unix::fs::symlink(&there, &to_there)?;
        std::os::unix::fs::symlink("missing\u{1b}.txt", &nowhere)?;
        assert_eq!(
            link(&to_there),
            format!("a symbolic link to {}", file(&there))
        );
        assert_eq!(
            link(&nowhere),
            "a dangling symbolic link to missing\\u{1b}.txt"
        );
        assert_eq!(link(&there), "a symbolic link", "no link: no target");
        let kinds = [
            (&to_there, "a symbolic link"),
            (&there, "a regular file"),
            (&dir, "a directory"),
        ];
        for (path, said) in kinds {
            assert_eq!(
                wuzhong_plan::quote::file_kind(std::fs::symlink_metadata(path)?.file_type()),
                said
            );
        }
        std::fs::remove_dir_all(&dir)
    }

    #[test]
    fn a_visible_message_is_left_as_it_is() {
        let message = "a.txt:3: unknown department `市教育局\\0`";
        assert_eq!(visible(message), message);
        assert_eq!(visible("x\u{202e}y"), "x\\u{202e}y");
        assert_eq!(visible(&value("\u{1b}")), "\\u{1b}");
    }
}
