//! Brackets in text: the bracketed remark a name or a title ends with, in either width.

/// `text` split before the bracketed text it ends with, and that text's inside:
/// `("市發改委", "牽頭")` for `市發改委(牽頭)` or `市發改委（牽頭）`. `None` when `text`
/// does not end with a closing bracket or has no opening one before it; the inside is
/// what follows the last opening bracket.
pub(crate) fn split_bracketed_end(text: &str) -> Option<(&str, &str)> {
    let inner = text.strip_suffix([')', '）'])?;
    let open = inner.rfind(['(', '（'])?;
    let before = inner.get(..open)?;
    let inside = inner.get(open..)?.strip_prefix(['(', '（'])?;
    Some((before, inside))
}

/// `text` without the bracketed text it ends with, if it ends with one.
pub(crate) fn without_bracketed_end(text: &str) -> &str {
    split_bracketed_end(text).map_or(text, |(before, _)| before)
}

#[cfg(test)]
mod tests {
    use super::*;

    #[test]
    fn a_bracketed_end_is_split_off_in_either_width() {
        assert_eq!(
            split_bracketed_end("市發改委(牽頭)"),
            Some(("市發改委", "牽頭"))
        );
        assert_eq!(
            split_bracketed_end("市發改委（牽頭）"),
            Some(("市發改委", "牽頭"))
        );
        assert_eq!(
            split_bracketed_end("各縣(市、區)"),
            Some(("各縣", "市、區"))
        );
        assert_eq!(split_bracketed_end("市發改委"), None);
        assert_eq!(split_bracketed_end("牽頭)"), None);
        assert_eq!(without_bracketed_end("責任分解(2023年)"), "責任分解");
        assert_eq!(without_bracketed_end("責任分解"), "責任分解");
    }
}
