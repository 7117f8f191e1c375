//! Reading one XML part of a Word document as a stream of elements and text, for a
//! [`Handler`] that says, element by element, what it reads and what it passes over.
//!
//! The part is read with `quick-xml`'s streaming reader, once, front to back: no tree is
//! built, and nothing is kept of an element once its end is read but what the handler
//! keeps. The walk holds one small entry per open element (on the heap, never on the
//! call stack), so that deep nesting costs memory in proportion to the part and cannot
//! overflow the stack; an element the handler skips costs a counter, its subtree read
//! and dropped. Names are resolved by namespace, not by prefix: a map from each prefix
//! to the namespaces it is bound to, innermost last, so that each name costs one look-up
//! whatever the nesting (`quick-xml`'s own resolver looks a prefix up through every
//! binding in scope, which a part that binds many prefixes would make quadratic). Each
//! element's attributes are checked once, as its namespace declarations are read, for a
//! name given twice.
//!
//! A part that is not well-formed XML (a tag left open, an end tag that does not match,
//! an attribute given twice, an entity that is not one of XML's five, bytes that are not
//! UTF-8) is refused, with the part's name and the byte offset.

use std::borrow::Cow;
use std::collections::HashMap;

use quick_xml::events::{BytesStart, Event};
use quick_xml::reader::Reader;

use crate::published::{Refusal, RefusalKind};

/// The WordprocessingML namespace, as Word writes it (ECMA-376 transitional).
const WORD: &[u8] = b"http://schemas.openxmlformats.org/wordprocessingml/2006/main";
/// The WordprocessingML namespace of ECMA-376's strict conformance.
const WORD_STRICT: &[u8] = b"http://purl.oclc.org/ooxml/wordprocessingml/main";
/// The markup compatibility namespace (`mc:AlternateContent`).
const COMPATIBILITY: &[u8] = b"http://schemas.openxmlformats.org/markup-compatibility/2006";

/// The namespaces the reader tells apart.
#[derive(Debug, Clone, Copy, PartialEq, Eq)]
pub(super) enum Ns {
    /// WordprocessingML (`w:`), transitional or strict.
    Word,
    /// Markup compatibility (`mc:`).
    Compatibility,
    /// Any other namespace, or none.
    Other,
}

impl Ns {
    /// The namespace a URI names.
    fn of(uri: &[u8]) -> Ns {
        if uri == WORD || uri == WORD_STRICT {
            Ns::Word
        } else if uri == COMPATIBILITY {
            Ns::Compatibility
        } else {
            Ns::Other
        }
    }
}

/// Why a walk stopped before the end of its part.
#[derive(Debug)]
pub(super) enum Stop {
    /// The part is not well-formed XML: what is wrong.
    Malformed(String),
    /// The handler refused the document.
    Refused(Refusal),
}

impl From<Refusal> for Stop {
    fn from(refusal: Refusal) -> Stop {
        Stop::Refused(refusal)
    }
}

/// An element as the handler sees it: its namespace, its local name and its attributes.
pub(super) struct Element<'e> {
    /// The namespace its name is in.
    pub(super) ns: Ns,
    /// Its name without the prefix.
    pub(super) local: &'e [u8],
    /// The start tag, for its attributes.
    start: &'e BytesStart<'e>,
}

impl Element<'_> {
    /// Whether it is the WordprocessingML element `local`.
    pub(super) fn is_word(&self, local: &str) -> bool {
        self.ns == Ns::Word && self.local == local.as_bytes()
    }

    /// The value of its first attribute whose local name is `local` (whatever its
    /// prefix: `w:val` and `val` alike), with XML's entities replaced. (The walk has
    /// checked the attributes for names given twice already.)
    pub(super) fn attribute(&self, local: &str) -> Result<Option<Cow<'_, str>>, Stop> {
        let mut attributes = self.start.attributes();
        attributes.with_checks(false);
        for attribute in attributes {
            let attribute = attribute.map_err(|err| Stop::Malformed(err.to_string()))?;
            let key = attribute.key.as_ref();
            if key.starts_with(b"xmlns") {
                continue;
            }
            let name = key.rsplit(|&b| b == b':').next().unwrap_or(key);
            if name == local.as_bytes() {
                let value = attribute
                    .normalized_value(quick_xml::XmlVersion::Implicit1_0)
                    .map_err(|err| Stop::Malformed(err.to_string()))?;
                return Ok(Some(value));
            }
        }
        Ok(None)
    }

    /// Its attribute `local` as a whole number, `None` where it is absent or not one.
    pub(super) fn number(&self, local: &str) -> Result<Option<i64>, Stop> {
        Ok(self
            .attribute(local)?
            .and_then(|value| value.trim().parse().ok()))
    }

    /// Whether an on/off property (`w:vanish`, `w:isLgl`) is on: present, and its
    /// `val` not `0`, `false` or `off`.
    pub(super) fn is_on(&self) -> Result<bool, Stop> {
        Ok(!matches!(
            self.attribute("val")?.as_deref().map(str::trim),
            Some("0" | "false" | "off")
        ))
    }
}

/// What the walk does with an element the handler was shown.
pub(super) enum Open<K> {
    /// Pass over it and everything in it.
    Skip,
    /// Read what is in it as if it were in its parent (`w:hyperlink`, `w:ins`).
    Pass,
    /// Read what is in it as a `K`; the handler is told when it ends.
    Enter(K),
}

/// What a part's reader does with its elements and its text.
pub(super) trait Handler {
    /// The kinds of element the handler enters.
    type Kind: Copy;

    /// What to do with `element`, within the innermost element entered (`None` for the
    /// root).
    fn open(
        &mut self,
        within: Option<Self::Kind>,
        element: &Element<'_>,
    ) -> Result<Open<Self::Kind>, Stop>;

    /// The end of an element entered as `kind`.
    fn close(&mut self, kind: Self::Kind) -> Result<(), Stop>;

    /// Text within the innermost element entered, `within`.
    fn text(&mut self, within: Self::Kind, text: &str) -> Result<(), Stop>;
}

/// One open element of the walk.
struct Entry<K> {
    /// The innermost element entered, for what is in it: this one, if it was entered.
    within: Option<K>,
    /// Whether this element was entered (its end is told to the handler).
    entered: bool,
    /// How many namespace declarations it made.
    declared: usize,
}

/// The namespaces in scope: each prefix's bindings, innermost last, and the prefixes
/// declared, in order, so that an element's end undoes its own.
#[derive(Default)]
struct Scopes {
    bindings: HashMap<Vec<u8>, Vec<Ns>>,
    declared: Vec<Vec<u8>>,
}

impl Scopes {
    /// Takes in the declarations of `start`, and says how many there were; refuses an
    /// attribute given twice.
    fn push(&mut self, start: &BytesStart<'_>) -> Result<usize, Stop> {
        let mut count = 0;
        for attribute in start.attributes() {
            let attribute = attribute.map_err(|err| Stop::Malformed(err.to_string()))?;
            let key = attribute.key.as_ref();
            let prefix = match key.strip_prefix(b"xmlns") {
                Some([]) => &[][..],
                Some([b':', prefix @ ..]) => prefix,
                _ => continue,
            };
            let uri = attribute
                .normalized_value(quick_xml::XmlVersion::Implicit1_0)
                .map_err(|err| Stop::Malformed(err.to_string()))?;
            self.bindings
                .entry(prefix.to_vec())
                .or_default()
                .push(Ns::of(uri.as_bytes()));
            self.declared.push(prefix.to_vec());
            count += 1;
        }
        Ok(count)
    }

    /// Undoes the last `count` declarations.
    fn pop(&mut self, count: usize) {
        for _ in 0..count {
            if let Some(prefix) = self.declared.pop()
                && let Some(bound) = self.bindings.get_mut(&prefix)
            {
                bound.pop();
            }
        }
    }

    /// The namespace and local name of a qualified name.
    fn resolve<'n>(&self, name: &'n [u8]) -> (Ns, &'n [u8]) {
        let (prefix, local) = match name.iter().position(|&b| b == b':') {
            Some(colon) => (
                name.get(..colon).unwrap_or_default(),
                name.get(colon + 1..).unwrap_or_default(),
            ),
            None => (&[][..], name),
        };
        let ns = self
            .bindings
            .get(prefix)
            .and_then(|bound| bound.last())
            .copied()
            .unwrap_or(Ns::Other);
        (ns, local)
    }
}

/// The text of a part's bytes: UTF-8 (its byte-order mark taken off) or UTF-16 with a
/// byte-order mark, as XML allows; with the number of bytes taken off its start, for
/// offsets.
fn decode<'b>(part: &str, bytes: &'b [u8]) -> Result<(Cow<'b, str>, usize), Refusal> {
    let utf16 = match bytes {
        [0xFF, 0xFE, ..] => Some(encoding_rs::UTF_16LE),
        [0xFE, 0xFF, ..] => Some(encoding_rs::UTF_16BE),
        _ => None,
    };
    if let Some(encoding) = utf16 {
        let body = bytes.get(2..).unwrap_or_default();
        return encoding
            .decode_without_bom_handling_and_without_replacement(body)
            .map(|text| (text, 2))
            .ok_or_else(|| {
                malformed(
                    part,
                    0,
                    &format!(
                        "it starts with {}'s byte-order mark, but is not UTF-16",
                        encoding.name()
                    ),
                )
            });
    }
    let (body, skipped) = match bytes.strip_prefix(b"\xEF\xBB\xBF") {
        Some(body) => (body, 3),
        None => (bytes, 0),
    };
    match std::str::from_utf8(body) {
        Ok(text) => Ok((Cow::Borrowed(text), skipped)),
        Err(err) => Err(malformed(
            part,
            err.valid_up_to() + skipped,
            "not UTF-8 (nor UTF-16 with a byte-order mark)",
        )),
    }
}

/// A part that is not well-formed XML.
fn malformed(part: &str, offset: usize, what: &str) -> Refusal {
    Refusal::new(
        RefusalKind::NotWord,
        None,
        format!(
            "the part {part} is not well-formed XML: {what} at byte offset {offset}: expected a Word document (.docx), whose parts are XML"
        ),
    )
}

/// Reads the part `part` (its bytes `bytes`) from start to end, telling `handler` its
/// elements and text.
pub(super) fn walk<H: Handler>(part: &str, bytes: &[u8], handler: &mut H) -> Result<(), Refusal> {
    let (text, skipped) = decode(part, bytes)?;
    let mut walk: Walk<'_, H::Kind> = Walk {
        reader: Reader::from_str(&text),
        scopes: Scopes::default(),
        open: Vec::new(),
        skipping: 0,
        at: 0,
    };
    walk.run(handler).map_err(|stop| match stop {
        Stop::Refused(refusal) => refusal,
        Stop::Malformed(what) => {
            let offset = usize::try_from(walk.at).unwrap_or(usize::MAX);
            malformed(part, offset.saturating_add(skipped), &what)
        }
    })
}

/// The state of a walk.
struct Walk<'t, K> {
    reader: Reader<&'t [u8]>,
    scopes: Scopes,
    open: Vec<Entry<K>>,
    /// How deep into a skipped element the walk is (0 where it reads).
    skipping: usize,
    /// The byte offset of the event read last, or of the error.
    at: u64,
}

impl<K: Copy> Walk<'_, K> {
    /// The innermost element entered.
    fn within(&self) -> Option<K> {
        self.open.last().and_then(|entry| entry.within)
    }

    /// Reads every event.
    fn run<H: Handler<Kind = K>>(&mut self, handler: &mut H) -> Result<(), Stop> {
        loop {
            self.at = self.reader.buffer_position();
            let event = match self.reader.read_event() {
                Ok(event) => event,
                Err(err) => {
                    self.at = self.reader.error_position();
                    return Err(Stop::Malformed(err.to_string()));
                }
            };
            match event {
                Event::Start(start) => self.start(handler, &start, false)?,
                Event::Empty(start) => self.start(handler, &start, true)?,
                Event::End(_) => self.end(handler)?,
                Event::Text(text) => {
                    let text = text
                        .xml10_content()
                        .map_err(|err| Stop::Malformed(err.to_string()))?;
                    self.text(handler, &text)?;
                }
                Event::CData(data) => {
                    let text = data
                        .xml10_content()
                        .map_err(|err| Stop::Malformed(err.to_string()))?;
                    self.text(handler, &text)?;
                }
                Event::GeneralRef(reference) => {
                    let c = entity(&reference)?;
                    self.text(handler, c.encode_utf8(&mut [0; 4]))?;
                }
                Event::Eof => {
                    if self.open.is_empty() && self.skipping == 0 {
                        return Ok(());
                    }
                    return Err(Stop::Malformed(
                        "the part ends inside an element".to_owned(),
                    ));
                }
                Event::Comment(_) | Event::Decl(_) | Event::PI(_) | Event::DocType(_) => {}
            }
        }
    }

    /// A start tag, or an empty element (`empty`).
    fn start<H: Handler<Kind = K>>(
        &mut self,
        handler: &mut H,
        start: &BytesStart<'_>,
        empty: bool,
    ) -> Result<(), Stop> {
        if self.skipping > 0 {
            if !empty {
                self.skipping += 1;
            }
            return Ok(());
        }
        let declared = self.scopes.push(start)?;
        let name = start.name();
        let (ns, local) = self.scopes.resolve(name.as_ref());
        let element = Element { ns, local, start };
        let within = self.within();
        let open = handler.open(within, &element)?;
        match open {
            Open::Skip => {
                self.scopes.pop(declared);
                if !empty {
                    self.skipping = 1;
                }
            }
            Open::Pass if empty => self.scopes.pop(declared),
            Open::Pass => self.open.push(Entry {
                within,
                entered: false,
                declared,
            }),
            Open::Enter(kind) if empty => {
                self.scopes.pop(declared);
                handler.close(kind)?;
            }
            Open::Enter(kind) => self.open.push(Entry {
                within: Some(kind),
                entered: true,
                declared,
            }),
        }
        Ok(())
    }

    /// An end tag.
    fn end<H: Handler<Kind = K>>(&mut self, handler: &mut H) -> Result<(), Stop> {
        if self.skipping > 0 {
            self.skipping -= 1;
            return Ok(());
        }
        let Some(closed) = self.open.pop() else {
            return Err(Stop::Malformed("an end tag with no start".to_owned()));
        };
        self.scopes.pop(closed.declared);
        if closed.entered
            && let Some(kind) = closed.within
        {
            handler.close(kind)?;
        }
        Ok(())
    }

    /// Text, told to the handler where the walk reads, within an element entered.
    fn text<H: Handler<Kind = K>>(&mut self, handler: &mut H, text: &str) -> Result<(), Stop> {
        if self.skipping > 0 {
            return Ok(());
        }
        if let Some(kind) = self.within() {
            handler.text(kind, text)?;
        }
        Ok(())
    }
}

/// The character an entity reference stands for: one of XML's five named entities, or
/// a character reference.
fn entity(reference: &quick_xml::events::BytesRef<'_>) -> Result<char, Stop> {
    if reference.is_char_ref() {
        return match reference.resolve_char_ref() {
            Ok(Some(c)) => Ok(c),
            Ok(None) | Err(_) => Err(Stop::Malformed(format!(
                "the character reference &{}; is no character",
                String::from_utf8_lossy(reference)
            ))),
        };
    }
    match &**reference {
        b"amp" => Ok('&'),
        b"lt" => Ok('<'),
        b"gt" => Ok('>'),
        b"apos" => Ok('\''),
        b"quot" => Ok('"'),
        other => Err(Stop::Malformed(format!(
            "the entity &{}; is not one of XML's five (amp, lt, gt, apos, quot)",
            String::from_utf8_lossy(other)
        ))),
    }
}
