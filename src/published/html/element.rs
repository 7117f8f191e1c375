//! What the reader makes of each element of a page, by its name and, for what is
//! hidden, its attributes: never read, a line break, a block, a part of a table, or
//! inline.

/// What an element is to the reader.
#[derive(Debug, Clone, Copy, PartialEq, Eq)]
pub(super) enum Role {
    /// Never read, with all it holds: scripts, styles, forms' controls, frames,
    /// embedded objects, images, navigation, asides, footers, a page's header, the
    /// document's head, and anything hidden.
    Never,
    /// `<br>`: the line breaks.
    Break,
    /// A block whose text is a paragraph: `p`, `h1`–`h6`, `li`, `dt`, `dd`, `address`,
    /// `caption`, `figcaption`, `legend`, `summary`, `hr`.
    Paragraph,
    /// A block whose text keeps its white space and its line breaks: `pre`, `listing`,
    /// `xmp`, `plaintext`.
    Preformatted,
    /// A block that holds others: `div`, `section`, `article`, `main`, `body`,
    /// `blockquote`, `center`, lists, `form`, `fieldset`, `figure`, `details`, ….
    Container,
    /// `<table>`.
    Table,
    /// A group of a table's rows: `thead`, `tbody`, `tfoot`.
    Group,
    /// `<tr>`.
    Row,
    /// `<td>` or `<th>`.
    Cell,
    /// Anything else: its text continues the line it stands in (`span`, `a`, `b`,
    /// `font`, Word's `o:p`, an unknown element).
    Inline,
}

/// The role of the element `name`; `attribute` gives its attributes' values.
/// `in_section` says whether it stands in an `article`, `section` or `main` element,
/// where a `header` is that section's and is read (elsewhere it is the page's banner).
pub(super) fn role<'a>(
    name: &str,
    attribute: impl Fn(&str) -> Option<&'a str>,
    in_section: bool,
) -> Role {
    if hides(&attribute) {
        return Role::Never;
    }
    match name {
        "header" if in_section => Role::Container,
        "dialog" if attribute("open").is_some() => Role::Container,
        _ => role_of(name),
    }
}

/// The role of the element `name`, whatever its attributes.
pub(super) fn role_of(name: &str) -> Role {
    match name {
        "script" | "style" | "noscript" | "template" | "iframe" | "frame" | "frameset"
        | "noframes" | "object" | "embed" | "applet" | "param" | "button" | "input" | "select"
        | "option" | "optgroup" | "datalist" | "textarea" | "output" | "progress" | "meter"
        | "keygen" | "nav" | "aside" | "footer" | "header" | "head" | "title" | "meta" | "link"
        | "base" | "basefont" | "bgsound" | "img" | "image" | "picture" | "source" | "track"
        | "svg" | "canvas" | "audio" | "video" | "map" | "area" | "noembed" | "dialog" | "rp" => {
            Role::Never
        }
        "br" => Role::Break,
        "p" | "h1" | "h2" | "h3" | "h4" | "h5" | "h6" | "li" | "dt" | "dd" | "address"
        | "caption" | "figcaption" | "legend" | "summary" | "hr" => Role::Paragraph,
        "pre" | "listing" | "xmp" | "plaintext" => Role::Preformatted,
        "html" | "body" | "div" | "section" | "article" | "main" | "search" | "hgroup"
        | "blockquote" | "center" | "ul" | "ol" | "dl" | "menu" | "dir" | "form" | "fieldset"
        | "figure" | "details" | "marquee" | "colgroup" | "col" => Role::Container,
        "table" => Role::Table,
        "thead" | "tbody" | "tfoot" => Role::Group,
        "tr" => Role::Row,
        "td" | "th" => Role::Cell,
        _ => Role::Inline,
    }
}

/// Whether an element of `role` starts and ends a line (or, in a table's cell, is set
/// apart by a space).
pub(super) fn is_block(role: Role) -> bool {
    !matches!(role, Role::Inline | Role::Never | Role::Break)
}

/// Whether an element is hidden: it has the `hidden` attribute, or its inline style
/// sets `display: none`, `visibility: hidden` or `visibility: collapse`.
pub(super) fn hides<'a>(attribute: impl Fn(&str) -> Option<&'a str>) -> bool {
    if attribute("hidden").is_some() {
        return true;
    }
    attribute("style").is_some_and(|style| {
        style.split(';').any(|declaration| {
            let squeezed: String = declaration
                .chars()
                .filter(|c| !c.is_ascii_whitespace())
                .map(|c| c.to_ascii_lowercase())
                .collect();
            let value = squeezed.strip_suffix("!important").unwrap_or(&squeezed);
            matches!(
                value,
                "display:none" | "visibility:hidden" | "visibility:collapse"
            )
        })
    })
}

/// Whether the element `name` is one of the sections a `header` belongs to:
/// `article`, `section`, `main`.
pub(super) fn is_section(name: &str) -> bool {
    matches!(name, "article" | "section" | "main")
}

#[cfg(test)]
mod tests {
    use super::*;

    fn none(_: &str) -> Option<&'static str> {
        None
    }

    #[test]
    fn hidden_elements_are_never_read() {
        let styled = |style: &'static str| move |name: &str| (name == "style").then_some(style);
        assert_eq!(
            role("div", styled("color: red; DISPLAY : None"), false),
            Role::Never
        );
        assert_eq!(
            role("span", styled("visibility:hidden !important"), false),
            Role::Never
        );
        assert_eq!(role("p", styled("display: block"), false), Role::Paragraph);
        assert_eq!(
            role("p", |name: &str| (name == "hidden").then_some(""), false),
            Role::Never
        );
    }

    #[test]
    fn a_header_is_read_in_a_section_only() {
        assert_eq!(role("header", none, false), Role::Never);
        assert_eq!(role("header", none, true), Role::Container);
        assert_eq!(role("dialog", none, false), Role::Never);
        assert_eq!(role("o:p", none, false), Role::Inline);
        assert!(is_block(Role::Cell) && !is_block(Role::Break));
    }
}
