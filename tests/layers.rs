//! The guard of the crate's layers: every module of `src/` imports only from its own
//! layer or the layers below it, in the order `docs/architecture.md` writes once.
//!
//! A reference is any `crate::…` path in the code (a `use`, a path in an expression or
//! type, a serde attribute's function path), outside comments and outside the unit tests
//! at the end of a file, which may use the whole crate as `tests/` does. A path through
//! the crate root (`crate::Plan`) is refused too: it would hide which layer it reaches.

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
    let mut found = Vec::new();
    for (number, line) in code.lines().enumerate() {
        if line.starts_with("#[cfg(test)]") {
            break;
        }
        if line.trim_start().starts_with("//") {
            continue;
        }
        let mut rest = line;
        while let Some(at) = rest.find("crate::") {
            let before = rest[..at].chars().next_back();
            rest = &rest[at + "crate::".len()..];
            if before.is_some_and(|c| c.is_alphanumeric() || c == '_') {
                continue; // `my_crate::`, not this crate
            }
            if let Some(group) = rest.strip_prefix('{') {
                let inside = group.split('}').next().unwrap_or_default();
                for item in inside.split(',') {
                    let segment = item.trim().split("::").next().unwrap_or_default();
                    if !segment.is_empty() {
                        found.push((number + 1, segment.to_owned()));
                    }
                }
                continue;
            }
            let segment: String = rest
                .chars()
                .take_while(|c| c.is_alphanumeric() || *c == '_')
                .collect();
            found.push((number + 1, segment));
        }
    }
    found
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
