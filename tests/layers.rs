//! The guard of the crate's layers: every module of `src/` imports only from its own
//! layer or the layers below it, in the order `docs/architecture.md` writes once.
//!
//! A reference is any `crate::…` path in the code (a `use`, a path in an expression or
//! type, a serde attribute's function path), outside comments and outside the unit tests
//! at the end of a file, which may use the whole crate as `tests/` does. A path through
//! the crate root (`crate::Plan`) is refused too: it would hide which layer it reaches.

use std::collections::{BTreeMap, BTreeSet, VecDeque};
use std::fs;
use std::path::{Path, PathBuf};

/// The layer table of `docs/architecture.md`: module names, lowest first.
fn layers() -> Vec<String> {
    let doc = fs::read_to_string(root().join("docs/architecture.md")).unwrap();
    let header = "| layer | module | holds |\n|---|---|---|\n";
    let start = doc
        .find(header)
        .expect("docs/architecture.md has the layer table")
        + header.len();
    let mut layers = Vec::new();
    for (i, row) in doc[start..]
        .lines()
        .take_while(|line| line.starts_with('|'))
        .enumerate()
    {
        let cells: Vec<&str> = row.split('|').map(str::trim).collect();
        assert_eq!(
            cells.get(1).copied(),
            Some((i + 1).to_string().as_str()),
            "the layers are numbered from 1 in order: {row}"
        );
        let module = cells
            .get(2)
            .and_then(|cell| cell.strip_prefix('`'))
            .and_then(|cell| cell.strip_suffix('`'))
            .unwrap_or_else(|| panic!("a layer row names its module in backticks: {row}"));
        layers.push(module.to_owned());
    }
    assert!(layers.len() >= 5, "the table lists the layers: {layers:?}");
    layers
}

fn root() -> PathBuf {
    PathBuf::from(env!("CARGO_MANIFEST_DIR"))
}

/// Every `.rs` file under `dir`, sorted.
fn rust_files(dir: &Path, out: &mut Vec<PathBuf>) {
    let mut entries: Vec<PathBuf> = fs::read_dir(dir)
        .unwrap()
        .map(|entry| entry.unwrap().path())
        .collect();
    entries.sort();
    for path in entries {
        if path.is_dir() {
            rust_files(&path, out);
        } else if path.extension().is_some_and(|ext| ext == "rs") {
            out.push(path);
        }
    }
}

/// The first-level module a file of `src/` belongs to: `src/read/lines.rs` is in
/// `read`, `src/parse.rs` in `parse`; `None` for the crate root and the binaries.
fn module_of(relative: &Path) -> Option<String> {
    let mut parts = relative
        .components()
        .map(|c| c.as_os_str().to_string_lossy());
    let first = parts.next()?;
    match (first.as_ref(), parts.next()) {
        ("lib.rs", None) | ("bin", _) => None,
        (file, None) => Some(file.strip_suffix(".rs")?.to_owned()),
        (dir, Some(_)) => Some(dir.to_owned()),
    }
}

/// The first segment of every `crate::` path in `code`, with its line: `crate::model::Task`
/// gives `model`, `use crate::{a::X, b::Y}` gives `a` and `b`.
fn references(code: &str) -> Vec<(usize, String)> {
    paths(code, &[], &[])
        .into_iter()
        .filter(|path| path.from_crate)
        .filter_map(|path| Some((path.line, path.segments.first()?.clone())))
        .collect()
}

/// A path in code that names something of this crate: a leaf of a `use` tree, or a path
/// in an expression, a type or an attribute.
#[derive(Debug, Clone, PartialEq, Eq)]
struct CratePath {
    /// The line it stands on (a leaf of a `use` group: the leaf's own line).
    line: usize,
    /// Its segments from the crate root: `crate::model::Task` is `model`, `Task`; a
    /// `super::` or child path is made absolute from the file's module.
    segments: Vec<String>,
    /// Whether it was written from the crate root (`crate::`), which the layer guard
    /// reads; `super::`, `self::` and child paths are relative.
    from_crate: bool,
    /// Whether it is in a `pub use` (or `pub(crate) use`…): a re-export.
    reexport: bool,
}

/// The code the guards read: up to the unit tests at the end of the file (a
/// `#[cfg(test)]` before an inline `mod … {`; a `#[cfg(test)] mod x;` declaration is
/// only skipped), without comment lines or the comment that ends a line, so that a
/// byte's line is still its line.
fn code_only(code: &str) -> String {
    let lines: Vec<&str> = code.lines().collect();
    let mut out = String::with_capacity(code.len());
    for (i, line) in lines.iter().enumerate() {
        let next = lines.get(i + 1).map_or("", |next| next.trim());
        if line.starts_with("#[cfg(test)]") {
            if next.starts_with("mod ") && next.contains('{') {
                break;
            }
            out.push('\n');
            continue;
        }
        if !line.trim_start().starts_with("//") {
            out.push_str(without_end_comment(line));
        }
        out.push('\n');
    }
    out
}

/// `line` without a `//` comment at its end (one outside a string literal, as far as
/// counting the quotes before it tells).
fn without_end_comment(line: &str) -> &str {
    let mut quotes = 0;
    let mut previous = ' ';
    for (at, c) in line.char_indices() {
        match c {
            '"' if previous != '\\' => quotes += 1,
            '/' if previous == '/' && quotes % 2 == 0 => return &line[..at - 1],
            _ => {}
        }
        previous = c;
    }
    line
}

/// Whether `c` can be part of an identifier.
fn is_ident(c: char) -> bool {
    c.is_alphanumeric() || c == '_'
}

/// Every path in `code` (a file of module `module`, whose child modules are
/// `children`) that names something of the crate: from `crate::`, `super::` or
/// `self::`, or, in a folder's `mod.rs`, from one of its children (`tree::Task`).
fn paths(code: &str, module: &[String], children: &[String]) -> Vec<CratePath> {
    let text = code_only(code);
    let mut found = Vec::new();
    let mut at = 0;
    while at < text.len() {
        let rest = &text[at..];
        let Some(c) = rest.chars().next() else { break };
        let before = text[..at].chars().next_back();
        if !is_ident(c) || before.is_some_and(|b| is_ident(b) || b == ':') {
            at += c.len_utf8();
            continue;
        }
        let word: String = rest.chars().take_while(|c| is_ident(*c)).collect();
        let after = &rest[word.len()..];
        if !after.starts_with("::") {
            at += word.len();
            continue;
        }
        let (mut base, from_crate) = match word.as_str() {
            "crate" => (Vec::new(), true),
            "self" => (module.to_vec(), false),
            "super" => (module[..module.len().saturating_sub(1)].to_vec(), false),
            child if children.iter().any(|c| c == child) => {
                let mut base = module.to_vec();
                base.push(child.to_owned());
                (base, false)
            }
            _ => {
                at += word.len();
                continue;
            }
        };
        let mut start = at + word.len() + 2;
        while word == "super" && text[start..].starts_with("super::") {
            base.pop();
            start += "super::".len();
        }
        let line_start = text[..at].rfind('\n').map_or(0, |i| i + 1);
        let head = text[line_start..at].trim();
        let reexport = head.starts_with("pub") && head.split_whitespace().any(|w| w == "use");
        let mut leaves = Vec::new();
        let end = use_tree(&text, start, base, &mut leaves);
        for (offset, segments) in leaves {
            found.push(CratePath {
                line: text[..offset].matches('\n').count() + 1,
                segments,
                from_crate,
                reexport,
            });
        }
        at = end.max(at + word.len());
    }
    found
}

/// Reads the rest of a path or `use` tree in `text` from `at` (just after `crate::`),
/// adding each leaf's offset and segments, `prefix` first, to `leaves`; gives where it
/// ends. A group (`{a::X, b::{self, Y}}`) gives a leaf for each member, `self` its
/// prefix; `as` renames and `*` are read past.
fn use_tree(
    text: &str,
    at: usize,
    prefix: Vec<String>,
    leaves: &mut Vec<(usize, Vec<String>)>,
) -> usize {
    let skip_space = |mut at: usize| {
        while text[at..].starts_with(char::is_whitespace) {
            at += text[at..].chars().next().map_or(1, char::len_utf8);
        }
        at
    };
    let at = skip_space(at);
    if text[at..].starts_with('{') {
        let mut at = at + 1;
        loop {
            at = skip_space(at);
            if text[at..].starts_with('}') {
                return at + 1;
            }
            let end = use_tree(text, at, prefix.clone(), leaves);
            at = skip_space(end);
            if text[at..].starts_with("as ") {
                at = skip_space(at + 2);
                at += text[at..]
                    .chars()
                    .take_while(|c| is_ident(*c))
                    .map(char::len_utf8)
                    .sum::<usize>();
                at = skip_space(at);
            }
            match text[at..].chars().next() {
                Some(',') => at += 1,
                Some('}') => return at + 1,
                _ => return at.max(end),
            }
        }
    }
    let word: String = text[at..].chars().take_while(|c| is_ident(*c)).collect();
    let end = at + word.len();
    if word.is_empty() || word == "self" {
        if !prefix.is_empty() {
            leaves.push((at, prefix));
        }
        return end.max(at + usize::from(text[at..].starts_with('*')));
    }
    let mut segments = prefix;
    segments.push(word);
    if text[end..].starts_with("::") {
        return use_tree(text, end + 2, segments, leaves);
    }
    leaves.push((at, segments));
    end
}

/// Each reference in `code` (a file of layer `own`) that reaches above `own` or through
/// the crate root, as a message.
fn violations(own: &str, code: &str, layers: &[String], file: &str) -> Vec<String> {
    let rank = |module: &str| layers.iter().position(|layer| layer == module);
    let Some(own_rank) = rank(own) else {
        return vec![format!(
            "{file}: module `{own}` is in no layer of docs/architecture.md"
        )];
    };
    references(code)
        .into_iter()
        .filter_map(|(line, target)| match rank(&target) {
            Some(target_rank) if target_rank <= own_rank => None,
            Some(_) => Some(format!(
                "{file}:{line}: `{own}` (layer {}) imports `{target}` (layer {}), a layer above it",
                own_rank + 1,
                rank(&target).map_or(0, |r| r + 1)
            )),
            None => Some(format!(
                "{file}:{line}: `{own}` reaches `crate::{target}` through the crate root; \
                 name the layer that holds it"
            )),
        })
        .collect()
}

#[test]
fn no_module_imports_from_a_layer_above_its_own() {
    let layers = layers();
    let src = root().join("src");
    let mut files = Vec::new();
    rust_files(&src, &mut files);
    let mut problems = Vec::new();
    let mut seen = Vec::new();
    for path in &files {
        let relative = path.strip_prefix(&src).unwrap();
        let Some(module) = module_of(relative) else {
            continue;
        };
        let code = fs::read_to_string(path).unwrap();
        let file = format!("src/{}", relative.display());
        problems.extend(violations(&module, &code, &layers, &file));
        if !seen.contains(&module) {
            seen.push(module);
        }
    }
    assert!(problems.is_empty(), "{}", problems.join("\n"));
    for layer in &layers {
        assert!(
            seen.contains(layer),
            "docs/architecture.md lists `{layer}`, which src/ does not have"
        );
    }
}

#[test]
fn the_guard_sees_an_upward_import() {
    let layers: Vec<String> = ["base", "model", "plan"].map(String::from).to_vec();
    let upward = "use crate::base::span::Span;\nuse crate::plan::Plan;\n";
    let found = violations("model", upward, &layers, "src/model/x.rs");
    assert_eq!(
        found,
        ["src/model/x.rs:2: `model` (layer 2) imports `plan` (layer 3), a layer above it"]
    );
    // In a group, an expression path, or through the crate root; but not in a comment
    // or in the unit tests.
    let hidden = "use crate::{base::span::Span, plan::Plan};\n\
                  fn f() { crate::plan::Plan::empty(); }\n\
                  fn g() -> crate::Plan { todo!() }\n\
                  /// [`Plan`](crate::plan::Plan)\n\
                  #[cfg(test)]\n\
                  mod tests { use crate::plan::Plan; }\n";
    let found = violations("model", hidden, &layers, "src/model/x.rs");
    assert_eq!(found.len(), 3, "{found:#?}");
    assert!(found[0].starts_with("src/model/x.rs:1:"), "{found:#?}");
    assert!(found[1].starts_with("src/model/x.rs:2:"), "{found:#?}");
    assert!(found[2].contains("through the crate root"), "{found:#?}");
    assert!(violations("plan", upward, &layers, "src/plan/x.rs").is_empty());
    assert_eq!(
        violations("render", "", &layers, "src/render/x.rs"),
        ["src/render/x.rs: module `render` is in no layer of docs/architecture.md"]
    );
}

/// The files of a crate's `src/` by their path below it (`vocab/body.rs`), with their code.
type Files = BTreeMap<String, String>;

/// The import graph: for each file, the files it imports from, each with the line of the
/// first reference.
type Graph = BTreeMap<String, BTreeMap<String, usize>>;

/// Every file of `src/` but the crate root and the binaries, which no module imports.
fn source_files() -> Files {
    let src = root().join("src");
    let mut paths = Vec::new();
    rust_files(&src, &mut paths);
    paths
        .iter()
        .filter_map(|path| {
            let relative = path.strip_prefix(&src).unwrap();
            module_of(relative)?;
            let name = relative.to_string_lossy().replace('\\', "/");
            Some((name, fs::read_to_string(path).unwrap()))
        })
        .collect()
}

/// The module a file holds, from the crate root: `vocab/body.rs` is `vocab::body`,
/// `vocab/mod.rs` is `vocab`, `parse.rs` is `parse`.
fn module_path(file: &str) -> Vec<String> {
    let file = file.strip_suffix(".rs").unwrap_or(file);
    let mut segments: Vec<String> = file.split('/').map(String::from).collect();
    if segments.last().is_some_and(|last| last == "mod") {
        segments.pop();
    }
    segments
}

/// The child modules a file declares (`mod body;`, `pub(crate) mod body;`).
fn declared_children(code: &str) -> Vec<String> {
    code.lines()
        .filter_map(|line| {
            let line = line.trim();
            let rest = line.strip_prefix("pub").map_or(line, |rest| {
                rest.trim_start()
                    .strip_prefix('(')
                    .and_then(|rest| rest.split_once(')'))
                    .map_or(rest, |(_, rest)| rest)
                    .trim_start()
            });
            let name = rest.strip_prefix("mod ")?.strip_suffix(';')?.trim();
            name.chars().all(is_ident).then(|| name.to_owned())
        })
        .collect()
}

/// The file of `files` that holds what `segments` names: the longest leading part of the
/// path that is a module with a file (`crate::vocab::body::Kind` is `vocab/body.rs`,
/// `crate::model::Task` first `model/mod.rs`), and, when that is a folder's `mod.rs`
/// that re-exports the next segment from a file below it (`pub use tree::Task`), that
/// file, so that a path through a re-export reaches the file that holds the item.
fn file_of(
    files: &Files,
    reexports: &BTreeMap<String, BTreeMap<String, Vec<String>>>,
    segments: &[String],
    depth: usize,
) -> Option<String> {
    for length in (1..=segments.len()).rev() {
        let module = segments[..length].join("/");
        for candidate in [format!("{module}.rs"), format!("{module}/mod.rs")] {
            if !files.contains_key(&candidate) {
                continue;
            }
            let reexported = segments
                .get(length)
                .and_then(|item| reexports.get(&candidate)?.get(item));
            if let Some(target) = reexported.filter(|_| depth < 8) {
                let mut full = target.clone();
                full.extend(segments[length + 1..].iter().cloned());
                if let Some(file) = file_of(files, reexports, &full, depth + 1) {
                    return Some(file);
                }
            }
            return Some(candidate);
        }
    }
    None
}

/// The import graph of `files`: an edge from A to B when A's code names B's module in a
/// path (see [`paths`]), except where A is a folder's `mod.rs` re-exporting from a file
/// of its own folder.
fn import_graph(files: &Files) -> Graph {
    let scanned: BTreeMap<&String, Vec<CratePath>> = files
        .iter()
        .map(|(file, code)| {
            let children = if file.ends_with("mod.rs") {
                declared_children(code)
            } else {
                Vec::new()
            };
            (file, paths(code, &module_path(file), &children))
        })
        .collect();
    let mut reexports: BTreeMap<String, BTreeMap<String, Vec<String>>> = BTreeMap::new();
    for (file, found) in &scanned {
        if !file.ends_with("mod.rs") {
            continue;
        }
        for path in found.iter().filter(|path| path.reexport) {
            if let Some(item) = path.segments.last() {
                reexports
                    .entry((*file).clone())
                    .or_default()
                    .insert(item.clone(), path.segments.clone());
            }
        }
    }
    let mut graph = Graph::new();
    for (file, found) in &scanned {
        let folder = file.strip_suffix("mod.rs");
        let edges = graph.entry((*file).clone()).or_default();
        for path in found {
            let Some(target) = file_of(files, &reexports, &path.segments, 0) else {
                continue;
            };
            let declares = path.reexport && folder.is_some_and(|folder| target.starts_with(folder));
            if target != **file && !declares {
                edges.entry(target).or_insert(path.line);
            }
        }
    }
    graph
}

/// The circles of `graph`: for each set of files that import one another (a strongly
/// connected component of more than one file), the shortest circle through its first
/// file, as that file, the files it passes and that file again.
fn circles(graph: &Graph) -> Vec<Vec<String>> {
    let nodes: Vec<&String> = graph.keys().collect();
    let reaches = |from: &String| -> BTreeSet<String> {
        let mut seen = BTreeSet::new();
        let mut queue = VecDeque::from([from.clone()]);
        while let Some(node) = queue.pop_front() {
            for next in graph.get(&node).into_iter().flat_map(BTreeMap::keys) {
                if seen.insert(next.clone()) {
                    queue.push_back(next.clone());
                }
            }
        }
        seen
    };
    let reach: BTreeMap<&String, BTreeSet<String>> =
        nodes.iter().map(|node| (*node, reaches(node))).collect();
    let mut done = BTreeSet::new();
    let mut found = Vec::new();
    for node in &nodes {
        if done.contains(*node) || !reach[node].contains(*node) {
            continue;
        }
        let component: BTreeSet<String> = reach[node]
            .iter()
            .filter(|other| reach.get(other).is_some_and(|back| back.contains(*node)))
            .cloned()
            .collect();
        done.extend(component.iter().cloned());
        // The shortest way back to `node`, breadth first within the component.
        let mut previous: BTreeMap<String, String> = BTreeMap::new();
        let mut queue = VecDeque::from([(*node).clone()]);
        'search: while let Some(at) = queue.pop_front() {
            for next in graph.get(&at).into_iter().flat_map(BTreeMap::keys) {
                if !component.contains(next) || previous.contains_key(next) {
                    continue;
                }
                previous.insert(next.clone(), at.clone());
                if next == *node {
                    break 'search;
                }
                queue.push_back(next.clone());
            }
        }
        // Back from `node` along the search's steps to `node`, then turned around.
        let mut back = vec![(*node).clone()];
        let mut at = previous.get(*node);
        while let Some(step) = at.filter(|step| *step != *node) {
            back.push(step.clone());
            at = previous.get(step);
        }
        back.push((*node).clone());
        back.reverse();
        let circle = back;
        found.push(circle);
    }
    found
}

/// A circle as a message: each file with the line where it names the next.
fn show_circle(graph: &Graph, circle: &[String]) -> String {
    let steps: Vec<String> = circle
        .windows(2)
        .map(|pair| {
            let line = graph.get(&pair[0]).and_then(|edges| edges.get(&pair[1]));
            format!("src/{}:{}", pair[0], line.map_or(0, |line| *line))
        })
        .collect();
    format!(
        "{} → src/{}",
        steps.join(" → "),
        circle.last().map_or("", String::as_str)
    )
}

/// No file of `src/` imports, through other files, from a file that imports from it:
/// within a layer as between layers, imports run one way.
///
/// The graph has a file for each module of `src/` (not the crate root, which only
/// declares the layers and re-exports, nor the binaries, which no module imports) and an
/// edge from file A to file B when A's code names B's module in a path: a `crate::`
/// path, as the layer guard reads them (a `use`, each leaf of a `use` group, a path in an
/// expression, a type or an attribute), or a relative one (`super::`, `self::`, and in a
/// folder's `mod.rs` a path from one of its children, `index::Index`). Comments and the
/// unit tests at the end of a file are not read, as above.
///
/// A path names the file of the longest leading part of it that is a module with a file:
/// `crate::vocab::body::Kind` names `src/vocab/body.rs` (or `src/vocab/body/mod.rs`).
/// When that is a folder's `mod.rs` that re-exports the next segment from a file of its
/// folder (`pub use tree::Task` in `model/mod.rs`), the path names that file:
/// `crate::model::Task` is an import from `model/tree.rs`, not from `model/mod.rs`.
///
/// A folder's `mod.rs` declares its children (`mod tree;`) and re-exports their items
/// (`pub use tree::Task`, `pub(crate) use …`): those are declarations, not imports, and
/// give no edge; otherwise a child importing from its parent and the parent re-exporting
/// the child would always be a circle. Any other path from a `mod.rs` to a file of its
/// folder, a private `use` or a path in its own code, is an import like any other: a
/// parent that holds code of its own (a type, a function) and uses a child's items, while
/// the child uses the parent's, is a circle. A re-export that the `mod.rs` also uses
/// itself is still read as a declaration.
#[test]
fn no_file_of_src_imports_in_a_circle() {
    let graph = import_graph(&source_files());
    let found: Vec<String> = circles(&graph)
        .iter()
        .map(|circle| show_circle(&graph, circle))
        .collect();
    assert!(
        found.is_empty(),
        "files of src/ that import from one another, each circle with the line where a file names the next:\n{}",
        found.join("\n")
    );
}

#[test]
fn the_circle_guard_sees_a_circle() {
    let files: Files = [
        (
            "a/mod.rs",
            "pub(crate) mod x;\nmod y;\npub use x::Thing;\nuse crate::b::Other;\n",
        ),
        ("a/x.rs", "use crate::a::y::Helper;\npub struct Thing;\n"),
        (
            "a/y.rs",
            "use crate::{\n    base::Span,\n    a::Thing, // re-exported from x\n};\n\
             #[cfg(test)]\nmod tests { use crate::b::Other; }\n",
        ),
        (
            "b.rs",
            "// crate::a::x::Thing\npub struct Other;\nfn f() { super::a::x::Thing; }\n",
        ),
        ("base.rs", "pub struct Span;\n"),
    ]
    .into_iter()
    .map(|(file, code)| (file.to_owned(), code.to_owned()))
    .collect();
    let graph = import_graph(&files);
    let edges = |file: &str| -> Vec<(&str, usize)> {
        graph[file]
            .iter()
            .map(|(to, line)| (to.as_str(), *line))
            .collect()
    };
    // The mod.rs re-exports `x` (no edge) and imports `b`; `y` reaches `Thing` through
    // the re-export, on the line of the leaf; the unit tests and comments are not read.
    assert_eq!(edges("a/mod.rs"), [("b.rs", 4)]);
    assert_eq!(edges("a/x.rs"), [("a/y.rs", 1)]);
    assert_eq!(edges("a/y.rs"), [("a/x.rs", 3), ("base.rs", 2)]);
    assert_eq!(edges("b.rs"), [("a/x.rs", 3)]);
    let found = circles(&graph);
    assert_eq!(found, [["a/x.rs", "a/y.rs", "a/x.rs"]]);
    assert_eq!(
        show_circle(&graph, &found[0]),
        "src/a/x.rs:1 → src/a/y.rs:3 → src/a/x.rs"
    );
}
