//! The shapes of hostile input `tests/linear.rs` reads: a long run of one token the
//! readers look for, inside just enough of the genre to reach the code that reads it.

/// A task part with one group and the start of one task's line, up to its body.
pub const TASK: &str = "一、重點任務\n(一)推進\n1.標題。";

/// A run of one token inside a frame of the genre.
pub struct Shape {
    pub name: &'static str,
    head: &'static str,
    token: &'static str,
    tail: &'static str,
}

impl Shape {
    /// The shape about `size` bytes long: `head`, `token` repeated, `tail`.
    pub fn text(&self, size: usize) -> String {
        let frame = self.head.len() + self.tail.len();
        let repeats = (size.saturating_sub(frame) / self.token.len()).max(1);
        let mut text = String::with_capacity(frame + repeats * self.token.len());
        text.push_str(self.head);
        for _ in 0..repeats {
            text.push_str(self.token);
        }
        text.push_str(self.tail);
        text
    }
}

const fn shape(
    name: &'static str,
    head: &'static str,
    token: &'static str,
    tail: &'static str,
) -> Shape {
    Shape {
        name,
        head,
        token,
        tail,
    }
}

/// Runs of dates and of numbers with units.
pub const DATES_AND_NUMBERS: &[Shape] = &[
    // The date of issue is looked for after every `年` of the notice and the info box.
    shape(
        "年 in the notice",
        "",
        "2022年",
        "\n全文\n一、重點任務\n(一)推進\n1.標題。正文",
    ),
    shape(
        "年 and a month",
        "",
        "2022年4",
        "\n全文\n一、重點任務\n(一)推進\n1.標題。正文",
    ),
    shape(
        "年 and 月",
        "",
        "2022年4月",
        "\n全文\n一、重點任務\n(一)推進\n1.標題。正文",
    ),
    shape(
        "年 in the info box",
        "基本介紹\n- 頒布時間:",
        "2022年",
        "\n全文\n一、重點任務\n(一)推進\n1.標題。正文",
    ),
    // Numbers with units in one clause: each one's unit depends on the clause.
    shape("1所", TASK, "1所", ""),
    shape("一所", TASK, "一所", ""),
    shape("1所 in each county", TASK, "各縣1所", ""),
    shape("1%", TASK, "1%", ""),
    shape("1平方米", TASK, "1平方米", ""),
    shape("人均1平方米", TASK, "人均1平方米", ""),
    shape("1名", TASK, "1名", ""),
    shape("1項", TASK, "1項", ""),
    shape("1項 before 服務", TASK, "1項", "服務"),
    shape("1-2個", TASK, "1-2個", ""),
    shape("1個專業群", TASK, "1個專業群", ""),
    shape("1所、", TASK, "1所、", ""),
    shape("至少1套以上", TASK, "至少1套以上", ""),
    shape("long digits", TASK, "1", "所"),
    shape(
        "a long fraction",
        "一、重點任務\n(一)推進\n1.標題。1.",
        "1",
        "%",
    ),
    shape("1.", TASK, "1.", ""),
];

/// Runs of separators, brackets, deadlines and names, inside one line.
pub const INSIDE_A_LINE: &[Shape] = &[
    // Separators and brackets, which the clause splitter counts.
    shape("、", TASK, "、", ""),
    shape("(", TASK, "(", ""),
    shape("（", TASK, "（", ""),
    shape("“", TASK, "“", ""),
    shape("《", TASK, "《", ""),
    shape(")", TASK, ")", ""),
    shape("，", TASK, "，", ""),
    shape("。", TASK, "。", ""),
    // Deadlines, which date the clauses after them.
    shape("到2025年", TASK, "到2025年", ""),
    shape("到2025年,", TASK, "到2025年,", ""),
    shape(
        "到2025年,1% in the objectives",
        "一、主要目標\n",
        "到2025年,1%",
        "\n二、重點任務\n(一)推進\n1.標題。正文",
    ),
    // A task's deadline: notes and labels that are none, before the one that is.
    shape("score notes", TASK, "(0.5分)", "(6月底完成)"),
    shape(
        "labels that date nothing",
        TASK,
        "完成時限:按進度推進,",
        "完成時限:2023年底",
    ),
    shape("labels without a value", TASK, "完成時限:", ""),
    shape(
        "notes of many clauses",
        TASK,
        "(按進度推進,按進度推進",
        ",6月底完成)",
    ),
    shape("a note left open", TASK, "(", "6月底完成"),
    // Notes of responsibility, each with its own lead, and lead rules (issue 31).
    shape(
        "many notes of one task",
        TASK,
        "甲。（市商务局、市财政局负责）",
        "",
    ),
    shape(
        "many notes of one task, each stating a rule",
        TASK,
        "（市商务局、市财政局负责，排在第一位的部门为牵头部门，下同）",
        "",
    ),
    // A task of one long title (no `。` until the end), its notes read as its body's.
    shape(
        "many notes in one title",
        "一、重點任務\n(一)推進\n1.",
        "推進甲(市民政局牽頭,市財政局配合)",
        "。正文",
    ),
    shape(
        "notes that do not read in one title",
        "一、重點任務\n(一)推進\n1.",
        "(甲牽頭乙)",
        "。正文",
    ),
    shape(
        "rule-like words without a lead",
        TASK,
        "（市商务局负责，第一位，下同）",
        "",
    ),
    shape(
        "第一位 and 下同 in one note",
        TASK,
        "（第一位下同",
        "牵头）",
    ),
    shape(
        "standing rules in one line",
        TASK,
        "以下均需市民政局落实，不再列出。",
        "",
    ),
    shape(
        "以下 before one standing rule",
        TASK,
        "以下",
        "市民政局落实，不再列出",
    ),
    // Bodies named in running text.
    shape("市教育局 in a body", TASK, "市教育局", ""),
    shape("市 in a body", TASK, "市", ""),
    // Responsibility lines.
    shape(
        "責任單位 items",
        "一、重點任務\n(一)推進\n1.標題。正文\n責任單位:市教育局",
        "、民政局",
        "",
    ),
    shape(
        "責任單位 bracketed items",
        "一、重點任務\n(一)推進\n1.標題。正文\n責任單位:市教育局",
        "、各縣(市、區)",
        "",
    ),
    shape(
        "責任單位 brackets in one item",
        "一、重點任務\n(一)推進\n1.標題。正文\n責任單位:市教育局、各縣",
        "(市、區)",
        "",
    ),
    shape(
        "責任單位 open bracket",
        "一、重點任務\n(一)推進\n1.標題。正文\n責任單位:市教育局",
        "(",
        "",
    ),
    // The genre of other cities: notes, labels, verbs and remarks.
    shape("notes of responsibility", TASK, "正文。(市民政局牽頭)", ""),
    shape(
        "a note on each continuation line",
        TASK,
        "正文。(市民政局牽頭)\n",
        "正文",
    ),
    shape("notes that do not read", TASK, "(甲牽頭乙)", ""),
    shape("an open note", TASK, "(市民政局牽頭", ""),
    shape("explanatory remarks", TASK, "(列第一位為牽頭單位,下同)", ""),
    shape("colons in a body", TASK, "甲:", ""),
    shape(
        "a labelled list in a body",
        TASK,
        "。責任單位:市民政局",
        "、財政局",
    ),
    shape(
        "labels in a body",
        "一、重點任務\n1.標題。責任單位:",
        "牽頭單位:",
        "",
    ),
    shape(
        "joint leads",
        "一、重點任務\n1.標題。正文\n責任單位:市教育局",
        "、市民政局分別牽頭",
        "",
    ),
    shape(
        "roles in brackets",
        "一、重點任務\n1.標題。正文\n責任單位:市教育局",
        "、市民政局(牽頭)",
        "",
    ),
    shape(
        "collectives of places",
        "一、重點任務\n1.標題。正文\n責任單位:各區",
        "、縣級市",
        "",
    ),
];

/// Runs of heading markers, lines and front matter.
pub const LINES: &[Shape] = &[
    // Lead rules (issue 31): in each task, in each responsibility line, and standing
    // rules in paragraphs, each over the tasks after it.
    shape(
        "many tasks each stating a rule, under a standing rule",
        "一、重點任務\n以下均需市民政局落实，不再列出。\n",
        "1.甲。（市商务局、市财政局负责，排在第一位的部门为牵头部门，下同）\n",
        "",
    ),
    shape(
        "a rule closing each responsibility line",
        "一、重點任務\n",
        "1.甲。\n責任單位:市发改委、市财政局(列第一位为牵头单位,下同)\n",
        "",
    ),
    shape(
        "standing rules in many paragraphs",
        "一、重點任務\n",
        "以下均需市民政局落实，不再列出。\n",
        "1.甲。",
    ),
    // Heading markers.
    shape("一、 on one line", "", "一、", ""),
    shape("(一) on one line", "一、重點任務\n", "(一)", ""),
    shape("1. on one line", "一、重點任務\n(一)推進\n", "1.", ""),
    // Lines.
    shape(
        "a long line",
        "",
        "字",
        "\n一、重點任務\n(一)推進\n1.標題。正文",
    ),
    shape(
        "many lines",
        "",
        "字\n",
        "一、重點任務\n(一)推進\n1.標題。正文",
    ),
    shape(
        "empty lines",
        "",
        "\n",
        "一、重點任務\n(一)推進\n1.標題。正文",
    ),
    shape(
        "indented lines",
        "",
        "　　字\n",
        "一、重點任務\n(一)推進\n1.標題。正文",
    ),
    shape(
        "lines of white space",
        "",
        "　　\n",
        "一、重點任務\n(一)推進\n1.標題。正文",
    ),
    shape(
        "indentation that changes on every line",
        "",
        "字\n　字\n",
        "一、重點任務\n(一)推進\n1.標題。正文",
    ),
    shape(
        "annex items",
        "附件:",
        "1.甲方案\n",
        "全文\n一、重點任務\n(一)推進\n1.標題。正文",
    ),
    shape(
        "lines after the responsibility",
        "一、重點任務\n1.標題。正文\n責任單位:市教育局\n",
        "完成時限:2023年底\n",
        "2.標題。正文",
    ),
    // A task's deadline is looked for in every line of its text, to the first found.
    shape(
        "lines after the responsibility that date nothing",
        "一、重點任務\n1.標題。正文\n責任單位:市教育局\n",
        "完成時限:按進度推進\n",
        "2.標題。正文",
    ),
    shape(
        "continuation lines with notes that date nothing",
        TASK,
        "正文(0.5分)(按進度推進)\n",
        "正文(6月底完成)",
    ),
    shape(
        "empty lines ended by \\r\\n",
        "",
        "\r\n",
        "一、重點任務\r\n(一)推進\r\n1.標題。正文",
    ),
    shape(
        "empty lines ended by \\r",
        "",
        "\r",
        "一、重點任務\r(一)推進\r1.標題。正文",
    ),
    // `\r\n` lines in a text whose first line ends with `\n`: refused at the first.
    shape("\\r\\n lines in \\n text", "一、重點任務\n", "字\r\n", ""),
    shape("continuation lines", TASK, "正文\n", "正文"),
    // The front matter.
    shape(
        "《 in the notice",
        "",
        "《",
        "\n全文\n一、重點任務\n(一)推進\n1.標題。正文",
    ),
    shape(
        "“ in the title",
        "《",
        "“十四",
        "》\n全文\n一、重點任務\n(一)推進\n1.標題。正文",
    ),
    shape(
        "info box entries",
        "基本介紹\n",
        "- 鍵:值\n",
        "全文\n一、重點任務\n(一)推進\n1.標題。正文",
    ),
    shape(
        "a long info key",
        "基本介紹\n- ",
        "鍵",
        ":值\n全文\n一、重點任務\n(一)推進\n1.標題。正文",
    ), // The structures each document numbers its own way (issue 30).
    shape(
        "annexes",
        "通知。\n",
        "附件\n標題\n一、重點任務\n1.甲。乙。（牵头单位：市民政局）\n",
        "",
    ),
    shape(
        "table rows",
        "序号 | 工作任务 | 牵头单位 | 完成时限\n",
        "1 | 甲 | 市民政局 | 6月底前\n",
        "",
    ),
    shape(
        "boxes after a task",
        "一、重點任務\n1.甲。乙。（牵头单位：市民政局）\n",
        "专栏1 工程\n1.甲。\n",
        "2.丙。丁。（牵头单位：市民政局）",
    ),
    shape(
        "unnumbered tasks",
        "一、工作措施\n",
        "加强管控。严禁火种。（牵头单位：市林业局）\n",
        "",
    ),
    shape(
        "headings between parts and groups",
        "一、重點任務\n",
        "（一）推進\n1.小標題\n（1）甲。乙。（牵头单位：市民政局）\n",
        "",
    ),
    shape(
        "parts numbered one each",
        "",
        "一、重點任務\n1.甲。乙。（牵头单位：市民政局）\n",
        "",
    ),
    shape(
        "closing remarks",
        "一、重點任務\n1.甲。乙。（牵头单位：市民政局）\n国务院\n2019年1月12日\n",
        "（此件公开发布）\n",
        "",
    ),
    shape(
        "deadline notes",
        "一、重點任務\n",
        "1.甲。乙。（6月底完成，牵头单位：市民政局）\n",
        "",
    ),
];
