//! `plan report --format html`: one self-contained page with user text escaped, read
//! back by headless Chromium (the DOM's text against the program's own JSON export, no
//! console message, a PDF on A4).
//!
//! The browser checks need `chromium` on the PATH. Without it they are skipped, with a
//! note, unless `PLAN_REQUIRE_BROWSER=1` is set: `.ci/run` sets it and installs Chromium
//! (and poppler-utils, whose `pdftoppm` measures the printed page),
//! so that CI never passes without them.

mod common;

use std::collections::BTreeMap;
use std::fs::File;
use std::path::{Path, PathBuf};
use std::process::{Command as Process, Stdio};
use std::time::{Duration, Instant};

use plan::compute::attainment::Status;
use plan::model::Lang;
use plan::say;

fn root() -> PathBuf {
    PathBuf::from(env!("CARGO_MANIFEST_DIR"))
}

/// Runs `plan` from the repository's root; its standard output, after checking that it
/// succeeded.
fn plan(args: &[&str]) -> String {
    let output = common::plan()
        .current_dir(root())
        .args(args)
        .output()
        .unwrap();
    assert!(
        output.status.success(),
        "plan {args:?}: exit {:?}\n{}",
        output.status.code(),
        String::from_utf8_lossy(&output.stderr)
    );
    String::from_utf8(output.stdout).unwrap()
}

/// `plan report --year 2023 --format html` with `args`.
fn html(args: &[&str]) -> String {
    let mut all = vec!["report", "--year", "2023", "--format", "html"];
    all.extend_from_slice(args);
    plan(&all)
}

/// The HTML report of the shipped plan and example measurements.
fn shipped_report(extra: &[&str]) -> String {
    let mut args = extra.to_vec();
    args.extend(["plans", "examples"]);
    html(&args)
}

/// The fixture plan with a title and a service name that are markup.
fn hostile_plan(dir: &Path) -> PathBuf {
    let fixture = root().join("tests/fixtures/attainment");
    let plan = std::fs::read_to_string(fixture.join("plan.yaml")).unwrap();
    let plan = plan
        .replacen(
            "title: Plan de démonstration",
            r#"title: '<script>alert(1)</script> & "quotes" ''single'''"#,
            1,
        )
        .replacen("service: GDP", "service: <b>GDP</b>", 1);
    assert!(plan.contains("<script>") && plan.contains("<b>GDP</b>"));
    std::fs::write(dir.join("plan.yaml"), plan).unwrap();
    dir.join("plan.yaml")
}

#[test]
fn user_text_is_escaped() {
    let dir = tempfile::tempdir().unwrap();
    let path = hostile_plan(dir.path());
    let html = html(&[path.to_str().unwrap()]);
    assert!(html.contains(
        "&lt;script&gt;alert(1)&lt;/script&gt; &amp; &quot;quotes&quot; &#39;single&#39;"
    ));
    assert!(html.contains("&lt;b&gt;GDP&lt;/b&gt;"));
    assert!(!html.contains("<script") && !html.contains("<b>"), "{html}");
}

#[test]
fn the_page_is_self_contained_and_deterministic() {
    let html = shipped_report(&[]);
    for needle in [
        "<!DOCTYPE html>\n<html lang=\"fr\">",
        "<meta charset=\"utf-8\">",
        "<title>Molenbeek-Saint-Jean — Contrat de sécurité et de société — Plan de projet 2023 — Rapport 2023",
        "@page { size: A4;",
        "<style>",
        "<svg",
    ] {
        assert!(html.contains(needle), "{needle} missing");
    }
    let lower = html.to_lowercase();
    for forbidden in [
        "http://", "https://", "src=", "<link", "<script", "@import", "<iframe", "<object",
        "<embed",
    ] {
        assert!(!lower.contains(forbidden), "{forbidden} in the page");
    }
    // The only references are to the page's own patterns and icons.
    for (reference, internal) in [("url(", "#"), ("href=", "\"#")] {
        for (at, _) in lower.match_indices(reference) {
            let rest = &lower[at + reference.len()..];
            assert!(rest.starts_with(internal), "{reference}{}", &rest[..20]);
        }
    }
    assert_eq!(html, shipped_report(&[]), "the same page every run");
}

#[test]
fn labels_follow_the_language_and_filters_apply() {
    let nl = shipped_report(&["--lang", "nl", "--service", "SCAPI"]);
    assert!(nl.contains("<html lang=\"nl\">"));
    for word in ["Overzicht per dienst", "gedeeltelijk behaald", "Verdeling"] {
        assert!(nl.contains(word), "{word} missing");
    }
    assert!(nl.contains(">SCAPI-4-a<") && !nl.contains(">GDP-1-a<"));
    let indicator = shipped_report(&["--lang", "en", "--indicator", "gdp-2-a"]);
    assert_eq!(indicator.matches("<tr class=\"indicator ").count(), 1);
    assert!(indicator.contains("Summary by sector") && indicator.contains(">GDP-2-a<"));
}

#[test]
fn plans_of_one_year_share_one_page_each_in_its_language() {
    let html = html(&["plans", "examples", "tests/fixtures/attainment"]);
    assert_eq!(html.matches("<html").count(), 1);
    assert_eq!(html.matches("<style>").count(), 1);
    assert_eq!(html.matches("<pattern id=\"p-met\"").count(), 1);
    assert!(html.contains("<article class=\"plan\" lang=\"fr\">"));
    assert!(html.contains("<article class=\"plan\" lang=\"en\">"));
    assert!(html.contains("Plan de démonstration"));
}

// ---------------------------------------------------------------------------------------
// In the browser.

const CHROMIUM_FLAGS: &[&str] = &[
    "--headless",
    "--no-sandbox",
    "--disable-gpu",
    "--disable-quic",
    "--no-first-run",
    "--disable-background-networking",
    "--disable-component-update",
    "--disable-sync",
];

/// What one run of Chromium left: its standard output and error.
struct Browser {
    stdout: String,
    stderr: String,
}

/// Runs headless Chromium on `page` with `args`, a fresh profile in `work`; fails the
/// test when Chromium is missing, fails or hangs.
fn chromium(work: &Path, page: &Path, args: &[&str]) -> Browser {
    let profile = tempfile::tempdir_in(work).unwrap();
    let out = work.join("chromium.out");
    let err = work.join("chromium.err");
    let spawned = Process::new("chromium")
        .args(CHROMIUM_FLAGS)
        .arg(format!("--user-data-dir={}", profile.path().display()))
        .args(args)
        .arg(format!("file://{}", page.display()))
        .stdin(Stdio::null())
        .stdout(File::create(&out).unwrap())
        .stderr(File::create(&err).unwrap())
        .spawn();
    let mut child = match spawned {
        Ok(child) => child,
        Err(e) => panic!(
            "cannot run `chromium` ({e}): install it (`apt-get install chromium`, as .ci/run \
             does); PLAN_REQUIRE_BROWSER=1 asks for the browser checks"
        ),
    };
    let started = Instant::now();
    let status = loop {
        if let Some(status) = child.try_wait().unwrap() {
            break status;
        }
        if started.elapsed() > Duration::from_secs(120) {
            let _ = child.kill();
            let _ = child.wait();
            panic!("chromium {args:?} took over 2 minutes");
        }
        std::thread::sleep(Duration::from_millis(50));
    };
    let browser = Browser {
        stdout: std::fs::read_to_string(&out).unwrap(),
        stderr: std::fs::read_to_string(&err).unwrap(),
    };
    assert!(
        status.success(),
        "chromium {args:?}: {status}\n{}",
        browser.stderr
    );
    browser
}

/// The page's DOM as Chromium built it, and the console messages it logged.
fn load(work: &Path, page: &Path) -> (String, Vec<String>) {
    let browser = chromium(
        work,
        page,
        &["--enable-logging=stderr", "--v=0", "--dump-dom"],
    );
    let console = browser
        .stderr
        .lines()
        .filter(|l| l.contains(":CONSOLE"))
        .map(str::to_string)
        .collect();
    (browser.stdout, console)
}

/// The text of an HTML fragment: tags dropped, entities decoded, spaces collapsed.
fn text(html: &str) -> String {
    let mut out = String::new();
    let mut in_tag = false;
    for c in html.chars() {
        match c {
            '<' => in_tag = true,
            '>' if in_tag => {
                in_tag = false;
                out.push(' ');
            }
            c if !in_tag => out.push(c),
            _ => {}
        }
    }
    let out = out
        .replace("&lt;", "<")
        .replace("&gt;", ">")
        .replace("&quot;", "\"")
        .replace("&#39;", "'")
        .replace("&nbsp;", " ")
        .replace("&amp;", "&");
    out.split_whitespace().collect::<Vec<_>>().join(" ")
}

/// The text of each row (`<tr …>…</tr>`) of a fragment whose opening tag contains `tag`.
fn rows<'a>(html: &'a str, tag: &'a str) -> impl Iterator<Item = String> + 'a {
    html.split("<tr").skip(1).filter_map(move |row| {
        let (open, rest) = row.split_once('>')?;
        open.contains(tag)
            .then(|| text(rest.split("</tr>").next().unwrap_or_default()))
    })
}

/// The word of a status in `lang`.
fn status_label(lang: Lang, status: Status) -> String {
    match status {
        Status::Met => say!(lang, "status-met"),
        Status::Partial => say!(lang, "status-partial"),
        Status::NotMet => say!(lang, "status-not-met"),
        Status::NoData => say!(lang, "status-no-data"),
    }
}

/// The status of a row that ends with its status word, in French.
fn status_word(row: &str) -> Option<Status> {
    Status::ALL
        .into_iter()
        .filter(|s| row.ends_with(&status_label(Lang::Fr, *s)))
        .max_by_key(|s| status_label(Lang::Fr, *s).len())
}

fn status_of(code: &serde_json::Value) -> Status {
    Status::ALL
        .into_iter()
        .find(|s| code == s.code())
        .unwrap_or_else(|| panic!("status {code}"))
}

/// `name a b c d total`, as a summary row reads.
fn counts_text(name: &str, counts: &[usize; 4]) -> String {
    let numbers: Vec<String> = counts.iter().map(usize::to_string).collect();
    let total: usize = counts.iter().sum();
    format!("{name} {} {total}", numbers.join(" "))
}

#[test]
fn the_page_in_headless_chromium() {
    if !browser_checks() {
        return;
    }
    let work = tempfile::tempdir().unwrap();
    let work = work.path();

    // The console is read from Chromium's log: a page with an error shows it there.
    let broken = work.join("broken.html");
    std::fs::write(
        &broken,
        "<!DOCTYPE html><html lang=\"en\"><head><meta charset=\"utf-8\"><title>x</title></head>\
         <body><script>missing_function();</script></body></html>",
    )
    .unwrap();
    let (_, console) = load(work, &broken);
    assert!(
        console
            .iter()
            .any(|l| l.contains("Uncaught ReferenceError")),
        "Chromium's log no longer shows console errors: {console:?}"
    );

    let page = work.join("r.html");
    let stdout = html(&["-o", page.to_str().unwrap(), "plans", "examples"]);
    assert!(stdout.is_empty());
    let (dom, console) = load(work, &page);
    assert!(console.is_empty(), "console messages: {console:?}");
    assert!(!dom.contains("<script") && !dom.contains("<link"));

    // The expected figures: the program's own export.
    let json = plan(&[
        "export", "--year", "2023", "--format", "json", "plans", "examples",
    ]);
    let exported: Vec<serde_json::Value> = serde_json::from_str(&json).unwrap();
    let mut total = [0; 4];
    let mut by_sector: BTreeMap<String, [usize; 4]> = BTreeMap::new();
    let mut by_service: BTreeMap<String, [usize; 4]> = BTreeMap::new();
    for row in &exported {
        let index = status_of(&row["status"]) as usize;
        total[index] += 1;
        let sector = format!(
            "{} {}",
            row["sector_id"].as_str().unwrap(),
            row["sector"].as_str().unwrap()
        );
        by_sector.entry(sector).or_default()[index] += 1;
        let service = row["service"].as_str().unwrap().to_string();
        by_service.entry(service).or_default()[index] += 1;
    }
    // The example data as the README tells it.
    assert_eq!(total, [18, 7, 5, 1]);

    // Every indicator once, with its status in words.
    let shown: Vec<String> = rows(&dom, "class=\"indicator ").collect();
    assert_eq!(shown.len(), exported.len());
    for row in &exported {
        let id = row["indicator_id"].as_str().unwrap();
        let line = shown
            .iter()
            .find(|l| l.starts_with(&format!("{id} ")))
            .unwrap_or_else(|| panic!("no row for {id}"));
        assert_eq!(status_word(line), Some(status_of(&row["status"])), "{line}");
    }

    // The summary at the top: the legend, then the rows by sector and by service.
    let body = text(&dom);
    let legend: Vec<String> = Status::ALL
        .iter()
        .map(|s| format!("{} {}", status_label(Lang::Fr, *s), total[*s as usize]))
        .collect();
    let legend = legend.join(" ");
    let summary = body
        .find(&legend)
        .expect("the legend with the plan's counts");
    assert!(summary < body.find("GDP-1-a").unwrap(), "summary first");
    let summary_rows: Vec<String> = rows(&dom, "").collect();
    for (name, counts) in by_sector.iter().chain(&by_service) {
        let expected = counts_text(name, counts);
        assert!(
            summary_rows.iter().any(|r| r == &expected),
            "no summary row `{expected}`"
        );
    }
    let total_row = counts_text(&say!(Lang::Fr, "report-total"), &total);
    assert_eq!(
        summary_rows.iter().filter(|r| **r == total_row).count(),
        2,
        "`{total_row}` ends both summaries"
    );

    // Printed: A4 pages, several of them.
    let pdf = work.join("r.pdf");
    chromium(
        work,
        &page,
        &[
            "--no-pdf-header-footer",
            &format!("--print-to-pdf={}", pdf.display()),
        ],
    );
    let pdf = std::fs::read(&pdf).unwrap();
    assert!(
        pdf.starts_with(b"%PDF-") && pdf.len() > 50_000,
        "{} bytes",
        pdf.len()
    );
    let pdf = String::from_utf8_lossy(&pdf);
    let boxes: Vec<&str> = pdf
        .match_indices("/MediaBox [")
        .filter_map(|(i, _)| pdf[i..].split_once(']').map(|(b, _)| b))
        .collect();
    assert!(boxes.len() >= 3, "{} pages", boxes.len());
    for media_box in boxes {
        let numbers: Vec<f64> = media_box
            .trim_start_matches("/MediaBox [")
            .split_whitespace()
            .map(|n| n.parse().unwrap())
            .collect();
        // A4 is 210 × 297 mm: 595.3 × 841.9 points.
        assert!(
            (numbers[2] - 595.3).abs() < 1.5 && (numbers[3] - 841.9).abs() < 1.5,
            "{media_box}"
        );
    }

    // Escaped markup stays text in the browser.
    let hostile = hostile_plan(work);
    let page = work.join("hostile.html");
    html(&["-o", page.to_str().unwrap(), hostile.to_str().unwrap()]);
    let (dom, console) = load(work, &page);
    assert!(console.is_empty(), "{console:?}");
    assert!(!dom.contains("<script") && !dom.contains("<b>"));
    assert!(text(&dom).contains(r#"<script>alert(1)</script> & "quotes" 'single'"#));
}

/// Whether the browser checks run: Chromium on the PATH, or `PLAN_REQUIRE_BROWSER=1`
/// (then a missing Chromium fails them).
fn browser_checks() -> bool {
    let required = std::env::var_os("PLAN_REQUIRE_BROWSER").is_some_and(|v| v == "1");
    let found = Process::new("chromium")
        .arg("--version")
        .stdout(Stdio::null())
        .stderr(Stdio::null())
        .status()
        .is_ok();
    if !found && !required {
        eprintln!(
            "note: no `chromium` on the PATH: the browser checks are skipped \
             (`.ci/run` installs it and sets PLAN_REQUIRE_BROWSER=1)"
        );
    }
    found || required
}

/// A page that shows `report.html` in a frame `width` pixels wide (headless Chromium
/// keeps its window at least 500 pixels wide) and, once it is laid out, writes into
/// itself the frame's viewport width, how wide the report scrolls, and the elements that
/// reach beyond the viewport (issue 15). The report has no script of its own: only the
/// test's page carries this one.
fn measuring_page(width: u32) -> String {
    format!(
        r#"<!DOCTYPE html><html><head><meta charset="utf-8"></head><body style="margin:0">
<iframe id="report" src="report.html" style="border:0;width:{width}px;height:2000px"></iframe>
<script>
document.getElementById("report").addEventListener("load", function () {{
  var page = this.contentDocument;
  var width = page.documentElement.clientWidth;
  var wide = [];
  page.querySelectorAll("body *").forEach(function (e) {{
    var r = e.getBoundingClientRect();
    if (r.width > 0 && (r.right > width + 0.5 || r.left < -0.5)) {{
      wide.push(e.tagName + "." + (e.getAttribute("class") || "") + " " +
        Math.round(r.left) + ".." + Math.round(r.right));
    }}
  }});
  var out = document.createElement("pre");
  out.id = "measured";
  out.textContent = "viewport " + width + " scroll " + page.documentElement.scrollWidth +
    "\n" + wide.join("\n");
  document.body.appendChild(out);
}});
</script></body></html>
"#
    )
}

#[test]
fn no_element_is_wider_than_the_viewport_at_390_and_1280_pixels() {
    if !browser_checks() {
        return;
    }
    let work = tempfile::tempdir().unwrap();
    let work = work.path();
    for extra in [&["--as-of", "2023-06-30"][..], &["--lang", "nl"][..]] {
        let page = shipped_report(extra);
        assert!(!page.contains("<script"));
        std::fs::write(work.join("report.html"), &page).unwrap();
        for width in [390, 1280] {
            let measuring = work.join("measuring.html");
            std::fs::write(&measuring, measuring_page(width)).unwrap();
            let window = format!("--window-size={},2100", width.max(500) + 40);
            let browser = chromium(
                work,
                &measuring,
                &[&window, "--allow-file-access-from-files", "--dump-dom"],
            );
            let dom = browser.stdout;
            let report = dom
                .split("<pre id=\"measured\">")
                .nth(1)
                .and_then(|rest| rest.split("</pre>").next())
                .unwrap_or_else(|| panic!("the script's report in the DOM:\n{}", browser.stderr));
            let mut lines = report.lines();
            let head: Vec<u32> = lines
                .next()
                .unwrap()
                .split_whitespace()
                .filter_map(|w| w.parse().ok())
                .collect();
            assert!(
                head[0] <= width && head[0] + 20 >= width,
                "the viewport: {report}"
            );
            assert!(
                head[1] <= head[0],
                "{width} px: the page scrolls sideways: {report}"
            );
            let wide: Vec<&str> = lines.filter(|l| !l.is_empty()).collect();
            assert!(
                wide.is_empty(),
                "{width} px {extra:?}: wider than the viewport: {wide:#?}"
            );
        }
        // At 390 px the tables are cards: each cell after the label names its column.
        let target = say!(Lang::Fr, "report-column-target");
        if extra[0] == "--as-of" {
            assert!(page.contains(&format!("data-label=\"{target}\"")));
        }
    }
}

#[test]
fn printed_on_a4_the_right_border_stays_on_the_page() {
    if !browser_checks() {
        return;
    }
    let found = Process::new("pdftoppm")
        .arg("-v")
        .stdout(Stdio::null())
        .stderr(Stdio::null())
        .status()
        .is_ok();
    if !found {
        assert!(
            std::env::var_os("PLAN_REQUIRE_BROWSER").is_none_or(|v| v != "1"),
            "PLAN_REQUIRE_BROWSER=1 but `pdftoppm` (poppler-utils) is missing"
        );
        eprintln!("note: no `pdftoppm` (poppler-utils): the printed page is not measured");
        return;
    }
    let work = tempfile::tempdir().unwrap();
    let work = work.path();
    let page = work.join("r.html");
    std::fs::write(&page, shipped_report(&[])).unwrap();
    let pdf = work.join("r.pdf");
    chromium(
        work,
        &page,
        &[
            "--no-pdf-header-footer",
            &format!("--print-to-pdf={}", pdf.display()),
        ],
    );
    // Page 3 holds indicator tables; at 72 dpi a pixel is a point (A4: 595 × 842).
    let status = Process::new("pdftoppm")
        .args(["-gray", "-r", "72", "-f", "3", "-l", "3"])
        .arg(&pdf)
        .arg(work.join("page"))
        .status()
        .unwrap();
    assert!(status.success());
    let image = std::fs::read_dir(work)
        .unwrap()
        .map(|e| e.unwrap().path())
        .find(|p| p.extension().is_some_and(|e| e == "ppm" || e == "pgm"))
        .expect("a page image");
    let bytes = std::fs::read(image).unwrap();
    // A binary PGM: `P5 width height 255` then one byte a pixel.
    let mut fields = Vec::new();
    let mut at = 0;
    while fields.len() < 4 {
        while bytes[at].is_ascii_whitespace() {
            at += 1;
        }
        let start = at;
        while !bytes[at].is_ascii_whitespace() {
            at += 1;
        }
        fields.push(String::from_utf8_lossy(&bytes[start..at]).to_string());
    }
    let pixels = &bytes[at + 1..];
    let (w, h): (usize, usize) = (fields[1].parse().unwrap(), fields[2].parse().unwrap());
    assert_eq!(fields[0], "P5");
    // The table's borders are light grey: ink is anything not white.
    let ink_in = |x: usize| (0..h).filter(|y| pixels[y * w + x] < 235).count();
    let right = (0..w).rev().find(|x| ink_in(*x) > 0).unwrap();
    // 12 mm of margin is 34 points: nothing is drawn in it.
    assert!(right < w - 30, "ink at {right} of {w}: in the margin");
    // The tables' right border: the rightmost column inked over much of the page, at the
    // right edge of what is drawn (cut off, the rightmost would be a column between cells).
    let border = (0..w).rev().find(|x| ink_in(*x) > h / 4).unwrap();
    assert!(
        right - border <= 3,
        "the tables end at {border}, the page's ink at {right}: their right border is cut"
    );
}
