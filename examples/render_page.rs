//! Writes the embedded plan's HTML page and its two pictures into a directory, for
//! `docs/screenshots.sh` to photograph.
//!
//! ```text
//! cargo run --example render_page -- DIR
//! ```

use std::path::PathBuf;
use std::process::ExitCode;

use wuzhong_plan::RenderOptions;

fn main() -> ExitCode {
    let Some(dir) = std::env::args_os().nth(1).map(PathBuf::from) else {
        eprintln!("usage: render_page DIR");
        return ExitCode::from(2);
    };
    let plan = wuzhong_plan::plan();
    let options = RenderOptions::default();
    let files = [
        ("plan.html", plan.to_html(&options)),
        ("timeline.svg", plan.timeline_svg(&options)),
        ("network.svg", plan.network_svg(&options)),
    ];
    for (name, text) in files {
        let path = dir.join(name);
        if let Err(err) = std::fs::write(&path, text) {
            eprintln!("writing {}: {err}", path.display());
            return ExitCode::FAILURE;
        }
    }
    ExitCode::SUCCESS
}
