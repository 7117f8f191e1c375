//! Escaping text for XML and HTML, so that whatever a plan holds (`<script>`, `&`,
//! quotes, `]]>`) is written as text.

use std::borrow::Cow;

/// `text` escaped for XML or HTML character data and attribute values: `&`, `<`, `>`,
/// `"` and `'` as entities. Characters XML 1.0 cannot carry at all (NUL, and the C0
/// controls other than tab, line feed and carriage return) are written as U+FFFD.
pub(crate) fn xml(text: &str) -> Cow<'_, str> {
    let special = |c: char| matches!(c, '&' | '<' | '>' | '"' | '\'') || is_forbidden(c);
    if !text.contains(special) {
        return Cow::Borrowed(text);
    }
    let mut out = String::with_capacity(text.len() + 16);
    for c in text.chars() {
        match c {
            '&' => out.push_str("&amp;"),
            '<' => out.push_str("&lt;"),
            '>' => out.push_str("&gt;"),
            '"' => out.push_str("&quot;"),
            '\'' => out.push_str("&#39;"),
            c if is_forbidden(c) => out.push('\u{fffd}'),
            c => out.push(c),
        }
    }
    Cow::Owned(out)
}

/// Whether XML 1.0 may not carry `c`.
fn is_forbidden(c: char) -> bool {
    matches!(c, '\u{0}'..='\u{8}' | '\u{b}' | '\u{c}' | '\u{e}'..='\u{1f}' | '\u{fffe}' | '\u{ffff}')
}

#[cfg(test)]
mod tests {
    use super::*;

    #[test]
    fn markup_and_quotes_are_written_as_text() {
        assert_eq!(xml("市民政局"), "市民政局");
        assert_eq!(
            xml("<script>alert('x')</script> & \"]]>\""),
            "&lt;script&gt;alert(&#39;x&#39;)&lt;/script&gt; &amp; &quot;]]&gt;&quot;"
        );
        assert_eq!(xml("a\u{0}b\u{1b}"), "a\u{fffd}b\u{fffd}");
    }
}
