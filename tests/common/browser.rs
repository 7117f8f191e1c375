//! Headless Chromium, as the tests of the HTML pages open them: with the network off,
//! the DOM it builds and the requests the page made read back.

#![allow(dead_code)] // each test binary uses part of it

use std::path::{Path, PathBuf};
use std::process::{Command, Output};
use std::time::{Duration, Instant};

/// Headless Chromium with the network off: every host name resolves to nothing, and
/// its own background traffic (updates, sync) is turned off as far as flags go.
pub struct Browser {
    pub program: PathBuf,
    pub profile: PathBuf,
}

impl Browser {
    /// Loads `file` with `args` and waits for it to finish, within a minute.
    pub fn run(&self, file: &Path, args: &[String]) -> Output {
        let url = format!("file://{}", file.display());
        let stdout_path = file.with_extension("stdout");
        let stdout = std::fs::File::create(&stdout_path).unwrap();
        let stderr_path = file.with_extension("stderr");
        let stderr = std::fs::File::create(&stderr_path).unwrap();
        let mut child = Command::new(&self.program)
            .args([
                "--headless",
                "--no-sandbox",
                "--disable-gpu",
                "--hide-scrollbars",
                "--no-first-run",
                "--disable-background-networking",
                "--disable-component-update",
                "--disable-sync",
                "--disable-extensions",
                "--disable-default-apps",
                "--host-resolver-rules=MAP * ~NOTFOUND",
            ])
            .arg(format!("--user-data-dir={}", self.profile.display()))
            .args(args)
            .arg(&url)
            .stdout(stdout)
            .stderr(stderr)
            .spawn()
            .unwrap();
        let started = Instant::now();
        while child.try_wait().unwrap().is_none() {
            if started.elapsed() > Duration::from_secs(60) {
                let _ = child.kill();
                panic!("chromium did not finish {url} within a minute");
            }
            std::thread::sleep(Duration::from_millis(50));
        }
        let status = child.wait().unwrap();
        let output = Output {
            status,
            stdout: std::fs::read(&stdout_path).unwrap(),
            stderr: std::fs::read(&stderr_path).unwrap(),
        };
        assert!(
            status.success(),
            "chromium on {url}: {}",
            String::from_utf8_lossy(&output.stderr)
        );
        output
    }

    /// The DOM of `file` once loaded, and the URLs of the requests the page made (not
    /// the browser's own), from its net log.
    pub fn dom_and_requests(&self, file: &Path, log: &Path) -> (String, Vec<String>) {
        let output = self.run(
            file,
            &[
                "--dump-dom".to_owned(),
                format!("--log-net-log={}", log.display()),
            ],
        );
        let dom = String::from_utf8(output.stdout).unwrap();
        (dom, page_requests(log))
    }
}

/// The URLs the page requested, from a Chromium net log: the start of every URL request
/// whose initiator is an origin (a page's; the browser's own have none) or whose network
/// isolation key is a file's.
pub fn page_requests(log: &Path) -> Vec<String> {
    let text = std::fs::read_to_string(log).unwrap();
    let log: serde_json::Value = serde_json::from_str(&text).expect("the net log is JSON");
    let start_job = log["constants"]["logEventTypes"]["URL_REQUEST_START_JOB"]
        .as_u64()
        .expect("the net log names its event types");
    let events = log["events"].as_array().expect("the net log has events");
    events
        .iter()
        .filter(|event| event["type"].as_u64() == Some(start_job))
        .filter(|event| {
            let params = &event["params"];
            params["initiator"].as_str() != Some("not an origin")
                || params["network_isolation_key"]
                    .as_str()
                    .is_some_and(|key| key.starts_with("file://"))
        })
        .filter_map(|event| event["params"]["url"].as_str().map(str::to_owned))
        .collect()
}
