//! Matching names as users type them: the normalized key a name table is looked up by,
//! the edit distance between two names, and the closest names to one that matches
//! nothing, for the suggestions of an error message.

use std::borrow::Cow;
use std::fmt;

use serde::de::{self, Visitor};

/// The most suggestions an unknown name gets.
pub(crate) const MAX_SUGGESTIONS: usize = 3;

/// The most characters a name may have for suggestions to be looked for: no name of a
/// vocabulary is longer, and comparing a longer input with every name would cost time
/// in proportion to its length.
pub(crate) const MAX_SUGGESTED_CHARS: usize = 100;

/// A name as the table keys it: trimmed, full-width brackets as ASCII, ASCII in lower
/// case, and runs of spaces, `-` and `_` as one `-` between ASCII letters or digits
/// (dropped elsewhere, so `各縣 (市、區)` is `各縣(市、區)`).
pub(crate) fn normalize(name: &str) -> String {
    let mut out = String::with_capacity(name.len());
    let mut pending = false;
    for c in name.trim().chars() {
        if c.is_whitespace() || c == '-' || c == '_' {
            pending = true;
            continue;
        }
        let c = match c {
            '（' => '(',
            '）' => ')',
            c => c.to_ascii_lowercase(),
        };
        let joins = out
            .chars()
            .next_back()
            .is_some_and(|p| p.is_ascii_alphanumeric());
        if pending && joins && c.is_ascii_alphanumeric() {
            out.push('-');
        }
        pending = false;
        out.push(c);
    }
    out
}

/// `name` as [`normalize`] writes it, borrowed where that changes nothing (most names
/// of the vocabulary: no space, dash, underscore, full-width bracket or capital).
fn normalized(name: &str) -> Cow<'_, str> {
    let plain = |c: char| {
        !(c.is_whitespace() || matches!(c, '-' | '_' | '（' | '）') || c.is_ascii_uppercase())
    };
    if name.chars().all(plain) {
        Cow::Borrowed(name)
    } else {
        Cow::Owned(normalize(name))
    }
}

/// The items whose names come closest to `key` (a normalized name), best first and at
/// most [`MAX_SUGGESTIONS`]: those with a name within an edit distance of half the key's
/// length. With `prefixes`, a name that starts with the key counts as a match.
pub(crate) fn closest<'n, T, N>(
    key: &str,
    items: impl Iterator<Item = (T, N)>,
    prefixes: bool,
) -> Vec<T>
where
    T: Copy + Ord,
    N: Iterator<Item = &'n str>,
{
    scored(key, items, prefixes, normalized)
}

/// [`closest`] for names already as [`normalize`] writes them (a table normalized
/// once), which are compared as they are.
pub(crate) fn closest_normalized<'n, T, N>(key: &str, items: impl Iterator<Item = (T, N)>) -> Vec<T>
where
    T: Copy + Ord,
    N: Iterator<Item = &'n str>,
{
    scored(key, items, false, Cow::Borrowed)
}

/// The items closest to `key`, each name made comparable by `normal`.
fn scored<'n, T, N>(
    key: &str,
    items: impl Iterator<Item = (T, N)>,
    prefixes: bool,
    normal: impl Fn(&'n str) -> Cow<'n, str>,
) -> Vec<T>
where
    T: Copy + Ord,
    N: Iterator<Item = &'n str>,
{
    if key.chars().nth(MAX_SUGGESTED_CHARS).is_some() {
        return Vec::new();
    }
    let typed: Vec<char> = key.chars().collect();
    let mut alphabet = typed.clone();
    alphabet.sort_unstable();
    alphabet.dedup();
    let limit = typed.len().div_ceil(2).max(1);
    let mut scored: Vec<(usize, T)> = items
        .filter_map(|(item, names)| {
            let best = names
                .map(|form| {
                    let form = normal(form);
                    if prefixes && !key.is_empty() && form.starts_with(key) {
                        0
                    } else if surely_beyond(&typed, &alphabet, &form, limit) {
                        limit + 1
                    } else {
                        distance(&typed, &form)
                    }
                })
                .min()?;
            (best <= limit).then_some((best, item))
        })
        .collect();
    scored.sort();
    scored
        .into_iter()
        .take(MAX_SUGGESTIONS)
        .map(|(_, item)| item)
        .collect()
}

/// Whether the edit distance between `typed` (whose characters, sorted and each once,
/// are `alphabet`) and `form` is surely over `limit`, by a bound cheaper than the
/// distance: at least the longer length less the characters of `form` that `typed`
/// has at all, since only those can be kept in place. Not worth working out then.
fn surely_beyond(typed: &[char], alphabet: &[char], form: &str, limit: usize) -> bool {
    let mut length = 0;
    let mut shared = 0;
    for c in form.chars() {
        length += 1;
        shared += usize::from(alphabet.binary_search(&c).is_ok());
    }
    length
        .max(typed.len())
        .saturating_sub(shared.min(typed.len()))
        > limit
}

/// The Levenshtein distance between two strings, counted in characters.
pub(crate) fn distance(a: &[char], b: &str) -> usize {
    let mut row: Vec<usize> = (0..=a.len()).collect();
    for (j, cb) in b.chars().enumerate() {
        let mut diagonal = j;
        let mut left = j + 1;
        for (ca, above) in a.iter().zip(row.iter_mut().skip(1)) {
            let cost = usize::from(*ca != cb);
            let next = (diagonal + cost).min(*above + 1).min(left + 1);
            diagonal = *above;
            *above = next;
            left = next;
        }
        if let Some(first) = row.first_mut() {
            *first = j + 1;
        }
    }
    row.last().copied().unwrap_or(0)
}

/// Reads a string through a lookup, without copying it; the text says what it expects.
pub(crate) struct NameVisitor<F>(pub(crate) F, pub(crate) &'static str);

impl<T, R, F> Visitor<'_> for NameVisitor<F>
where
    R: fmt::Display,
    F: for<'s> Fn(&'s str) -> Result<T, R>,
{
    type Value = T;

    fn expecting(&self, f: &mut fmt::Formatter<'_>) -> fmt::Result {
        f.write_str(self.1)
    }

    fn visit_str<E: de::Error>(self, name: &str) -> Result<T, E> {
        (self.0)(name).map_err(E::custom)
    }
}

/// `; did you mean A (a), B (b) or C (c)?` for the closest names, or `otherwise` when
/// there are none.
pub(crate) fn suggested<'a>(
    named: impl Iterator<Item = (&'a str, &'a str)>,
    otherwise: &str,
) -> String {
    let named: Vec<String> = named.map(|(name, id)| format!("{name} ({id})")).collect();
    match named.split_last() {
        None => otherwise.to_owned(),
        Some((last, [])) => format!("; did you mean {last}?"),
        Some((last, rest)) => format!("; did you mean {} or {last}?", rest.join(", ")),
    }
}

#[cfg(test)]
mod tests {
    use super::{distance, surely_beyond};

    /// Every pair of strings of up to four characters over a small alphabet: whenever
    /// the bound says a form is beyond the limit, its distance is.
    #[test]
    fn the_bound_never_passes_over_a_form_within_the_limit() {
        let letters = ['市', '局', 'a', 'b'];
        let mut words: Vec<String> = vec![String::new()];
        for _ in 0..4 {
            let longer: Vec<String> = words
                .iter()
                .filter(|w| w.chars().count() < 4)
                .flat_map(|w| letters.iter().map(move |c| format!("{w}{c}")))
                .collect();
            words.extend(longer);
            words.sort();
            words.dedup();
        }
        let mut passed_over = 0;
        for typed in &words {
            let chars: Vec<char> = typed.chars().collect();
            let mut alphabet = chars.clone();
            alphabet.sort_unstable();
            alphabet.dedup();
            for form in &words {
                let real = distance(&chars, form);
                for limit in 0..4 {
                    if surely_beyond(&chars, &alphabet, form, limit) {
                        assert!(real > limit, "{typed} / {form}: {real} <= {limit}");
                        passed_over += 1;
                    }
                }
            }
        }
        assert!(
            passed_over > 1000,
            "the bound passes over {passed_over} forms"
        );
    }
}
