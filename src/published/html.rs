//! A web page's article as text: one line a paragraph, a table's row one line.
//!
//! A page is read in four steps, each in a module of its own:
//!
//! 1. **Its encoding** ([`encoding`]): a byte-order mark, else the page's `<meta>`
//!    declaration among its first 1,024 bytes, else UTF-8 where the bytes are UTF-8,
//!    else GB18030; the page is decoded whole and without replacement.
//! 2. **Its tree** ([`tree`]): parsed as a browser parses it, by html5ever (the
//!    parser of Servo, through scraper), so that a fragment, tags left open and
//!    misnested tags stand where a browser puts them; with the parser's work held to
//!    a bound for each tag, so that no page makes it slow.
//! 3. **Its article** ([`article`]): the element that holds the most text in
//!    paragraphs, outside links, in one walk of the tree.
//! 4. **Its lines** ([`lines`], [`table`]): the article's text, a line a paragraph,
//!    white space collapsed as a browser collapses it, a table of data a line a row.
//!
//! Each walk of the tree is a loop over its nodes with a stack of the open elements,
//! never a recursion, so that no nesting overflows the stack, and each visits a node
//! once.

mod article;
mod element;
mod encoding;
mod lines;
mod table;
mod tree;

use crate::published::Refusal;

/// A node of a page's tree, as scraper keeps it.
type NodeRef<'a> = ego_tree::NodeRef<'a, scraper::Node>;

/// The text of a web page's article, or of a fragment of a page: one line a
/// paragraph, each line ending with a line feed.
///
/// **What is read.** The article is the element of the page that holds the most text in
/// paragraphs, outside links: gov.cn's `#UCAP-CONTENT`, a content system's `#zoom` or
/// `.TRS_Editor`, an `<article>`, or the page's body where the page is the article's
/// fragment (a `<tbody>` that a content system stored) — found by their text, never by
/// their names. In it:
///
/// - each block (`p`, `div`, `h1`–`h6`, `li`, `dt`, `dd`, `blockquote`, `pre`,
///   `section`, `center`, `address`, `figcaption`, `hr`, …) starts and ends a line, and
///   `<br>` breaks it; a line of nothing but white space (`<p><br></p>`,
///   `<p>&nbsp;</p>`) is no line; inline elements (`span`, `b`, `strong`, `font`, `a`,
///   Word's `o:p`, …) continue the line, so that a bold heading or a note in a span of
///   its own reads as the same text would;
/// - entities are decoded; white space collapses as in a browser: a run of spaces,
///   tabs and line breaks is one space, none at a line's ends, and a line break of the
///   source between two Chinese characters is none (`中\n文` reads `中文`); U+00A0
///   (`&nbsp;`) and U+3000 are text, kept as they are; `<pre>` keeps its white space
///   and its lines;
/// - a table of data is a line a row, its cells joined by ` | `: a cell merged across
///   columns written once, one merged down rows written in each row it covers; a
///   cell's paragraphs joined by a space; a table laid out for the page (one column,
///   or a column that holds the document beside others) is read as blocks.
///
/// **What is dropped.** Everything outside the article (the navigation, the metadata
/// box, the title bar, share buttons, sidebars, the footer), and in it: the head and
/// its title, scripts, styles, comments, `<noscript>`, `<template>`, frames, embedded
/// objects, images (and their `alt`), `<svg>`, audio and video, forms' controls
/// (`button`, `input`, `select`, `textarea`), `<nav>`, `<aside>`, `<footer>`, a
/// `<header>` that is the page's banner rather than an `article`'s or a `section`'s,
/// and any element that is hidden (`hidden`, `display: none`, `visibility: hidden`).
/// The text is never changed otherwise: no script is converted, no punctuation.
///
/// ```
/// use wuzhong_plan::{RefusalKind, html_text};
///
/// let page = "<html><head><meta charset=utf-8><title>通知</title></head><body>\
///     <div class=nav><a href=/>首页</a> | <a href=/zw>政务公开</a></div>\
///     <div id=zoom><p><b>一、重点任务</b></p>\
///     <p>1．扩大就业。新增\n岗位&nbsp;2万个。<br>责任单位：市人力资源和社会保障局</p>\
///     <table><tr><td>序号</td><td>任务</td><td>牵头单位</td></tr>\
///     <tr><td>2</td><td>稳定物价。</td><td rowspan=2>市发展改革委</td></tr>\
///     <tr><td>3</td><td>保障供应。</td></tr></table></div>\
///     <div class=footer>网站标识码：1234</div></body></html>";
/// assert_eq!(
///     html_text(page.as_bytes())?,
///     "一、重点任务\n\
///      1．扩大就业。新增岗位\u{a0}2万个。\n\
///      责任单位：市人力资源和社会保障局\n\
///      序号 | 任务 | 牵头单位\n\
///      2 | 稳定物价。 | 市发展改革委\n\
///      3 | 保障供应。 | 市发展改革委\n"
/// );
///
/// // A page declared in GBK: 一、总体要求和主要任务.
/// let gbk = b"<meta charset=gbk><p>\xd2\xbb\xa1\xa2\xd7\xdc\xcc\xe5\xd2\xaa\xc7\xf3\xba\xcd\xd6\xf7\xd2\xaa\xc8\xce\xce\xf1</p>";
/// assert_eq!(html_text(gbk)?, "一、总体要求和主要任务\n");
///
/// let menu = "<nav><a href=/>首页</a></nav><div><a href=/zc>政策文件</a></div>";
/// assert_eq!(html_text(menu.as_bytes()).unwrap_err().kind, RefusalKind::NoArticle);
/// # Ok::<(), wuzhong_plan::Refusal>(())
/// ```
///
/// # Errors
///
/// A [`Refusal`] (with no line) of kind:
///
/// - [`RefusalKind::BadEncoding`](crate::RefusalKind::BadEncoding): the page declares
///   an encoding no browser knows (`the web page declares the encoding "gbk2312" (in
///   the <meta> tag at byte offset 12), which is no encoding label browsers know: …`)
///   or one browsers refuse to decode; its bytes are not in the encoding its
///   byte-order mark or its `<meta>` gives (`the web page's bytes are not in GBK, the
///   encoding its <meta> tag at byte offset 0 declares ("gbk"): invalid byte sequence
///   0xFF at byte offset 23: …`); or it declares none, and its bytes are neither UTF-8
///   nor GB18030 (the message gives the offset of the first byte that is not, in
///   each);
/// - [`RefusalKind::NoArticle`](crate::RefusalKind::NoArticle): no element holds 10
///   characters or more of text in paragraphs outside links and what is dropped (a
///   page of navigation, of scripts, a frame, an empty body); the message says how many
///   the heaviest holds, and that a frame's page is not read, where the page has
///   frames;
/// - [`RefusalKind::TooLarge`](crate::RefusalKind::TooLarge): the text read is over
///   16 MiB, the limit of a plan as text (cells merged down many rows can make it so),
///   found as it is written.
pub fn html_text(bytes: &[u8]) -> Result<String, Refusal> {
    let text = encoding::decode(bytes)?;
    let html = tree::parse(&text);
    let article = article::find(&html)?;
    lines::text(&article)
}
