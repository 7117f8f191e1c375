//! `wuzhong-plan render`: each format the library renders, to stdout, for the embedded
//! plan and for `--plan` files, with `--script`; and the values it refuses.
#![cfg(feature = "cli")]

use assert_cmd::Command;

#[path = "common/temp.rs"]
mod temp;
use temp::TempDir;
use wuzhong_plan::{Format, RenderOptions, Script, parse, plan};

fn cli() -> Command {
    Command::cargo_bin("wuzhong-plan").unwrap()
}

/// Stdout, stderr and the exit code of the command.
fn run(args: &[&str]) -> (Vec<u8>, String, Option<i32>) {
    let output = cli().args(args).output().unwrap();
    let stderr = String::from_utf8(output.stderr).unwrap();
    (output.stdout, stderr, output.status.code())
}

#[test]
fn every_format_is_what_the_library_renders() {
    let options = RenderOptions::default();
    for (name, format) in [
        ("text", Format::Text),
        ("markdown", Format::Markdown),
        ("html", Format::Html),
        ("akn", Format::AkomaNtoso),
        ("stratml", Format::StratMl),
        ("timeline-svg", Format::TimelineSvg),
        ("network-svg", Format::NetworkSvg),
    ] {
        let (stdout, stderr, code) = run(&["render", "--to", name]);
        assert_eq!(code, Some(0), "{name}: {stderr}");
        assert!(stderr.is_empty(), "{name}: {stderr}");
        let expected = plan().render(format, &options);
        assert!(!expected.is_empty(), "{name} renders something");
        assert!(stdout == expected.as_bytes(), "render --to {name}");
    }
}

#[test]
fn the_script_and_a_plan_file_are_taken() {
    let (stdout, _, code) = run(&["render", "--to", "markdown", "--script", "simplified"]);
    assert_eq!(code, Some(0));
    let simplified = plan().to_markdown(&RenderOptions::default().script(Script::Simplified));
    assert!(stdout == simplified.as_bytes());
    assert!(
        String::from_utf8(stdout)
            .unwrap()
            .starts_with("# 吴忠市“十四五”公共服务发展实施方案")
    );

    let dir = TempDir::new("wuzhong-plan-render");
    let text = "一、重点任务\n1.扩大就业。新增岗位。\n牵头单位：市人力资源和社会保障局\n配合单位：市财政局";
    let path = dir.file("other.txt", text);
    let (stdout, stderr, code) = run(&[
        "--plan",
        path.to_str().unwrap(),
        "render",
        "--to",
        "markdown",
    ]);
    assert_eq!(code, Some(0), "{stderr}");
    let expected = parse(text).unwrap().to_markdown(&RenderOptions::default());
    assert!(stdout == expected.as_bytes());
    assert!(
        expected.contains("- Supporting: [市财政局](#finance)"),
        "{expected}"
    );
}

#[test]
fn unknown_values_and_a_format_are_refused() {
    let (stdout, stderr, code) = run(&["render", "--to", "pdf"]);
    assert_eq!(code, Some(2));
    assert!(stdout.is_empty());
    assert!(
        stderr.contains("--to: `pdf` is no format: expected markdown, html, akn"),
        "{stderr}"
    );

    let (_, stderr, code) = run(&["render", "--to", "html", "--script", "latin"]);
    assert_eq!(code, Some(2));
    assert!(
        stderr.contains("--script: `latin` is no script"),
        "{stderr}"
    );

    let (_, stderr, code) = run(&["--format", "json", "render", "--to", "html"]);
    assert_eq!(code, Some(2));
    assert!(
        stderr.contains("`render` takes its format with --to"),
        "{stderr}"
    );
}
