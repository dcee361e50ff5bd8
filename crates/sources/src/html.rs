//! HTML page → article text, title and date.
//!
//! Tokenized by `html5gum` (a WHATWG tokenizer); the element stack is our
//! own and forgiving: an end tag closes the nearest open element of its
//! name and everything opened inside it, stray end tags are ignored, and
//! `p`/`li`/`td`-like elements are closed implicitly as browsers do.
//!
//! What is kept: text of block elements (`p`, `h1`-`h6`, `li`,
//! `blockquote`, `pre`, `td`, `div`, ...) as paragraphs joined by a blank
//! line, inline text joined with single spaces, entities decoded. What is
//! dropped: non-content elements (`script`, `nav`, `footer`, `form`, ...),
//! elements whose `class`/`id`/`role` names page furniture (`menu`,
//! `cookie`, `share`, `related`, ...), and paragraphs that look like
//! boilerplate: fewer than 4 words without sentence punctuation, or more
//! than half of their words inside links (headings are exempt). When the
//! page marks its content with `[itemprop=articleBody]`, `<article>` or
//! `<main>`, only paragraphs inside the first of those that has any are
//! kept.

use crate::detect::date_of;
use html5gum::{DefaultEmitter, HtmlString, Spanned, StartTag, Token, Tokenizer};
use std::collections::BTreeMap;

/// What a page yields.
#[derive(Debug, Default, PartialEq, Eq)]
pub(crate) struct Page {
    pub(crate) title: Option<String>,
    pub(crate) date: Option<String>,
    pub(crate) site_name: Option<String>,
    pub(crate) text: String,
}

const DROP_TAGS: &[&[u8]] = &[
    b"script",
    b"style",
    b"noscript",
    b"template",
    b"svg",
    b"nav",
    b"header",
    b"footer",
    b"aside",
    b"form",
    b"button",
    b"iframe",
    b"head",
    b"select",
    b"textarea",
    b"video",
    b"audio",
    b"canvas",
    b"object",
    b"dialog",
    b"math",
];

const DROP_WORDS: &[&str] = &[
    "nav",
    "menu",
    "footer",
    "sidebar",
    "cookie",
    "share",
    "social",
    "comment",
    "subscribe",
    "related",
    "promo",
    "banner",
    "breadcrumb",
    "advert",
];

const BLOCK_TAGS: &[&[u8]] = &[
    b"address",
    b"article",
    b"aside",
    b"blockquote",
    b"body",
    b"caption",
    b"center",
    b"dd",
    b"details",
    b"dialog",
    b"div",
    b"dl",
    b"dt",
    b"fieldset",
    b"figcaption",
    b"figure",
    b"footer",
    b"form",
    b"h1",
    b"h2",
    b"h3",
    b"h4",
    b"h5",
    b"h6",
    b"header",
    b"hgroup",
    b"hr",
    b"html",
    b"li",
    b"main",
    b"menu",
    b"nav",
    b"ol",
    b"p",
    b"pre",
    b"section",
    b"summary",
    b"table",
    b"tbody",
    b"td",
    b"tfoot",
    b"th",
    b"thead",
    b"tr",
    b"ul",
];

const VOID_TAGS: &[&[u8]] = &[
    b"area", b"base", b"br", b"col", b"embed", b"hr", b"img", b"input", b"link", b"meta", b"param", b"source",
    b"track", b"wbr",
];

/// Deepest element stack kept; deeper start tags are not tracked (their
/// text counts as part of the innermost tracked element).
const MAX_DEPTH: usize = 512;
/// How many open elements an implied end tag looks through.
const IMPLIED_SCAN: usize = 32;

/// Content roots, most specific first.
const ROOT_BODY: u8 = 1;
const ROOT_ARTICLE: u8 = 2;
const ROOT_MAIN: u8 = 4;

fn is_heading(name: &[u8]) -> bool {
    matches!(name, b"h1" | b"h2" | b"h3" | b"h4" | b"h5" | b"h6")
}

struct Elem {
    name: Vec<u8>,
    dropped: bool,
    roots: u8,
    link: bool,
    heading: bool,
}

#[derive(Default)]
struct Para {
    text: String,
    words: usize,
    link_words: usize,
    heading: bool,
    roots: u8,
    space: bool,
}

impl Para {
    fn push(&mut self, s: &str, link: bool, heading: bool, roots: u8) {
        for c in s.chars() {
            if c.is_whitespace() {
                self.space = true;
                continue;
            }
            if self.text.is_empty() {
                self.roots = roots;
            }
            let new_word = self.space || self.text.is_empty();
            if self.space && !self.text.is_empty() {
                self.text.push(' ');
            }
            self.space = false;
            if new_word {
                self.words += 1;
                self.link_words += usize::from(link);
            }
            self.heading |= heading;
            self.text.push(c);
        }
    }

    /// Boilerplate: too short to be a sentence, or mostly links.
    fn is_boilerplate(&self) -> bool {
        if self.heading {
            return false;
        }
        let punct = self.text.contains(['.', '!', '?', ';', ':', '。', '！', '？']);
        (self.words < 4 && !punct) || self.link_words * 2 > self.words
    }
}

type Attrs = BTreeMap<HtmlString, Spanned<HtmlString, ()>>;

fn attr(attrs: &Attrs, name: &str) -> Option<String> {
    attrs.get(name.as_bytes()).map(|v| String::from_utf8_lossy(&v.value).into_owned())
}

struct Extractor {
    stack: Vec<Elem>,
    para: Para,
    paras: Vec<(String, u8)>,
    brs: u8,
    title: Option<String>,
    in_title: bool,
    title_buf: String,
    og_title: Option<String>,
    site_name: Option<String>,
    /// Date candidates by priority: published_time meta, date meta, <time>.
    dates: [Option<String>; 3],
}

impl Extractor {
    fn top(&self) -> Option<&Elem> {
        self.stack.last()
    }

    fn flush(&mut self) {
        let para = std::mem::take(&mut self.para);
        if para.words > 0 && !para.is_boilerplate() {
            self.paras.push((para.text, para.roots));
        }
    }

    /// Closes the nearest open `name` (and what is inside it).
    fn close(&mut self, name: &[u8]) {
        if let Some(i) = self.stack.iter().rposition(|e| e.name == name) {
            let block = self.stack[i..].iter().any(|e| BLOCK_TAGS.contains(&e.name.as_slice()));
            self.stack.truncate(i);
            if block {
                self.flush();
            }
        }
    }

    /// Browsers close an open `p` at a block start, an open `li` at the
    /// next `li`, and so on; `boundary` elements stop the search.
    fn implied_close(&mut self, name: &[u8]) {
        let (targets, boundary): (&[&[u8]], &[&[u8]]) = match name {
            b"li" => (&[b"li"], &[b"ul", b"ol", b"menu"]),
            b"dt" | b"dd" => (&[b"dt", b"dd"], &[b"dl"]),
            b"td" | b"th" => (&[b"td", b"th"], &[b"tr", b"table"]),
            b"tr" => (&[b"tr", b"td", b"th"], &[b"table", b"tbody", b"thead", b"tfoot"]),
            b"option" => (&[b"option"], &[b"select"]),
            _ => (&[], &[]),
        };
        // Only the innermost elements are searched, so that deeply nested
        // pages stay linear.
        let low = self.stack.len().saturating_sub(IMPLIED_SCAN);
        if BLOCK_TAGS.contains(&name) {
            // An open p with only inline elements above it.
            let open_p = self.stack[low..]
                .iter()
                .rposition(|e| e.name == b"p" || BLOCK_TAGS.contains(&e.name.as_slice()))
                .map(|i| low + i)
                .filter(|&i| self.stack[i].name == b"p");
            if let Some(i) = open_p {
                self.stack.truncate(i);
            }
        }
        if targets.is_empty() {
            return;
        }
        for e in (low..self.stack.len()).rev() {
            let n = self.stack[e].name.as_slice();
            if boundary.contains(&n) {
                break;
            }
            if targets.contains(&n) {
                self.stack.truncate(e);
                break;
            }
        }
    }

    fn start(&mut self, tag: StartTag<()>) {
        let name = tag.name.0;
        let attrs = &tag.attributes;
        let dropped = self.top().is_some_and(|e| e.dropped);
        match name.as_slice() {
            b"meta" => self.meta(attrs),
            b"title" if self.title.is_none() && !self.in_title && !self.stack.iter().any(|e| e.name == b"svg") => {
                self.in_title = true;
                self.title_buf.clear();
            }
            b"time" if !dropped && self.dates[2].is_none() => {
                self.dates[2] = attr(attrs, "datetime").as_deref().and_then(date_of);
            }
            b"br" => {
                self.brs += 1;
                if self.brs >= 2 {
                    self.flush();
                } else {
                    self.para.space = true;
                }
                return;
            }
            _ => {}
        }
        self.implied_close(&name);
        let dropped = self.top().is_some_and(|e| e.dropped);
        let block = BLOCK_TAGS.contains(&name.as_slice());
        if block {
            self.flush();
            self.brs = 0;
        }
        if VOID_TAGS.contains(&name.as_slice()) || tag.self_closing || self.stack.len() >= MAX_DEPTH {
            return;
        }
        let parent_roots = self.top().map_or(0, |e| e.roots);
        let itemprop = attr(attrs, "itemprop").unwrap_or_default();
        let role = attr(attrs, "role").unwrap_or_default().to_ascii_lowercase();
        let mut roots = parent_roots;
        if itemprop.split_whitespace().any(|p| p.eq_ignore_ascii_case("articleBody")) {
            roots |= ROOT_BODY;
        }
        match name.as_slice() {
            b"article" => roots |= ROOT_ARTICLE,
            b"main" => roots |= ROOT_MAIN,
            _ if role == "main" => roots |= ROOT_MAIN,
            _ => {}
        }
        let is_root = roots != parent_roots || matches!(name.as_slice(), b"html" | b"body");
        let furniture = !is_root && {
            let names = [attr(attrs, "class"), attr(attrs, "id"), Some(role)];
            names.iter().flatten().any(|v| {
                let v = v.to_ascii_lowercase();
                DROP_WORDS.iter().any(|w| v.contains(w))
            })
        };
        let hidden = attrs.contains_key(b"hidden".as_slice());
        let parent = self.top();
        let elem = Elem {
            dropped: dropped || furniture || hidden || DROP_TAGS.contains(&name.as_slice()),
            roots,
            link: parent.is_some_and(|e| e.link) || name == b"a",
            heading: parent.is_some_and(|e| e.heading) || is_heading(&name),
            name,
        };
        self.stack.push(elem);
    }

    fn meta(&mut self, attrs: &Attrs) {
        let Some(content) = attr(attrs, "content") else {
            return;
        };
        let content = content.trim().to_string();
        if content.is_empty() {
            return;
        }
        let keys = [attr(attrs, "property"), attr(attrs, "name"), attr(attrs, "itemprop")];
        for key in keys.iter().flatten() {
            match key.to_ascii_lowercase().as_str() {
                "og:title" if self.og_title.is_none() => self.og_title = Some(content.clone()),
                "og:site_name" if self.site_name.is_none() => self.site_name = Some(content.clone()),
                "article:published_time" | "datepublished" if self.dates[0].is_none() => {
                    self.dates[0] = date_of(&content);
                }
                "date" | "pubdate" | "publish-date" | "dc.date" | "dc.date.issued" if self.dates[1].is_none() => {
                    self.dates[1] = date_of(&content);
                }
                _ => {}
            }
        }
    }

    fn end(&mut self, name: &[u8]) {
        if name == b"title" && self.in_title {
            self.in_title = false;
            let t = self.title_buf.split_whitespace().collect::<Vec<_>>().join(" ");
            if !t.is_empty() {
                self.title = Some(t);
            }
        }
        if name == b"br" {
            // `</br>` is read as `<br>` by browsers.
            self.brs += 1;
            self.para.space = true;
            return;
        }
        if BLOCK_TAGS.contains(&name) {
            self.flush();
            self.brs = 0;
        }
        self.close(name);
    }

    fn text(&mut self, s: &str) {
        if self.in_title {
            self.title_buf.push_str(s);
            return;
        }
        let (dropped, link, heading, roots) = match self.top() {
            Some(e) => (e.dropped, e.link, e.heading, e.roots),
            None => (false, false, false, 0),
        };
        if dropped {
            return;
        }
        if !s.trim().is_empty() {
            self.brs = 0;
        }
        self.para.push(s, link, heading, roots);
    }
}

/// Extracts the article text, title and date of an HTML page.
pub(crate) fn extract(html: &str) -> Page {
    let mut emitter = DefaultEmitter::default();
    emitter.naively_switch_states(true);
    let mut x = Extractor {
        stack: Vec::new(),
        para: Para::default(),
        paras: Vec::new(),
        brs: 0,
        title: None,
        in_title: false,
        title_buf: String::new(),
        og_title: None,
        site_name: None,
        dates: [None, None, None],
    };
    for token in Tokenizer::new_with_emitter(html, emitter) {
        let Ok(token) = token;
        match token {
            Token::StartTag(tag) => x.start(tag),
            Token::EndTag(tag) => x.end(&tag.name),
            Token::String(s) => x.text(&String::from_utf8_lossy(&s.value)),
            Token::Comment(_) | Token::Doctype(_) | Token::Error(_) => {}
        }
    }
    x.flush();
    let root =
        [ROOT_BODY, ROOT_ARTICLE, ROOT_MAIN].into_iter().find(|&r| x.paras.iter().any(|(_, roots)| roots & r != 0));
    let text = x
        .paras
        .iter()
        .filter(|(_, roots)| root.is_none_or(|r| roots & r != 0))
        .map(|(t, _)| t.as_str())
        .collect::<Vec<_>>()
        .join("\n\n");
    let [published, dated, time] = x.dates;
    Page { title: x.og_title.or(x.title), date: published.or(dated).or(time), site_name: x.site_name, text }
}

#[cfg(test)]
mod tests {
    use super::*;

    /// A news site: skip link, nav menu, cookie banner, an `<article>` with
    /// a byline and a share bar, a related-links list and a footer.
    const NEWS_PAGE: &str = r##"<!DOCTYPE html>
<html lang="en"><head>
<meta charset="utf-8">
<title>Xi and Putin sign pact | World News</title>
<meta property="og:title" content="Xi and Putin sign defence pact">
<meta property="og:site_name" content="World News">
<meta property="article:published_time" content="2025-05-05T10:00:00+03:00">
<script>var x = "<p>not text</p>"; if (a < b) { track(); }</script>
<style>p { color: red }</style>
</head>
<body class="home navbar-fixed">
<a href="#main" class="skip">Skip to content</a>
<header><div class="logo">World News</div>
<nav><ul><li><a href="/">Home</a></li><li><a href="/world">World</a></li><li><a href="/politics">Politics</a></li></ul></nav>
</header>
<div id="cookie-consent" class="banner"><p>We use cookies to improve your experience. By continuing you agree to our policy.</p><button>Accept</button></div>
<main>
<article class="story has-comments">
<h1>Xi and Putin sign defence pact</h1>
<div class="byline">By Jane Doe</div>
<div class="share-bar"><a href="#">Share on X</a> <a href="#">Facebook</a></div>
<p>MOSCOW &mdash; Chinese President Xi Jinping and Russian President Vladimir Putin signed a mutual defence pact on Monday, the Kremlin said.</p>
<p>The agreement, announced at a ceremony in the Kremlin, commits both countries to &quot;consultations&quot; if either is attacked.
Analysts said it <a href="/analysis">deepens a partnership</a> that has grown since 2022.</p>
<p>Officials did not release the full text.
<p>Ukraine condemned the deal.
<ul class="related-links"><li><a href="/a">Putin visits Pyongyang</a></li><li><a href="/b">China's trade with Russia hits record</a></li></ul>
</article>
<aside><h2>Most read</h2><ol><li><a href="/c">Some other story entirely about something</a></li></ol></aside>
</main>
<footer><p>&copy; 2025 World News. All rights reserved.</p><a href="/privacy">Privacy</a></footer>
</body></html>"##;

    #[test]
    fn news_page() {
        let page = extract(NEWS_PAGE);
        assert_eq!(page.title.as_deref(), Some("Xi and Putin sign defence pact"));
        assert_eq!(page.date.as_deref(), Some("2025-05-05"));
        assert_eq!(page.site_name.as_deref(), Some("World News"));
        let paras: Vec<&str> = page.text.split("\n\n").collect();
        assert_eq!(
            paras,
            [
                "Xi and Putin sign defence pact",
                "MOSCOW — Chinese President Xi Jinping and Russian President Vladimir Putin signed a mutual defence pact on Monday, the Kremlin said.",
                "The agreement, announced at a ceremony in the Kremlin, commits both countries to \"consultations\" if either is attacked. Analysts said it deepens a partnership that has grown since 2022.",
                "Officials did not release the full text.",
                "Ukraine condemned the deal.",
            ]
        );
    }

    /// A blog-style page without `<article>`: content in a div, a sidebar,
    /// a comment section, `<br><br>` paragraphs, `<time>` for the date and
    /// broken markup (unclosed tags, stray end tags).
    const DIV_PAGE: &str = r##"<html><head><title>  Summit
ends   without deal </title><meta name="date" content="not a date"></head>
<body>
<div id="menu"><a href="/">Home</a> | <a href="/about">About</a></div>
<div class="content">
<span class="date"><time datetime="2024-11-20">20 Nov</time></span>
<div class="text">Leaders of the G20 ended their summit in Rio without a joint statement on Ukraine.<br><br>
Brazil's president Lula said talks would continue in <b>Johannes</b>burg next year.</div></span>
<p>Read more: <a href="/x">Summit live blog</a> <a href="/y">All G20 stories</a>
<div class="sidebar"><h3>Newsletter</h3><p>Subscribe to get the latest news every morning.</p></div>
</div>
<section id="comments"><p>Great article, thanks for writing it!</p></section>
</body></html>"##;

    #[test]
    fn div_page() {
        let page = extract(DIV_PAGE);
        assert_eq!(page.title.as_deref(), Some("Summit ends without deal"));
        assert_eq!(page.date.as_deref(), Some("2024-11-20"));
        assert_eq!(
            page.text,
            "Leaders of the G20 ended their summit in Rio without a joint statement on Ukraine.\n\n\
             Brazil's president Lula said talks would continue in Johannesburg next year."
        );
    }

    /// A page marking its body with `itemprop=articleBody`, with a table,
    /// a blockquote, a list, a promo box inside the body and entities.
    const ITEMPROP_PAGE: &str = r##"<!doctype html><html><body>
<div class="page">
<div class="teaser"><p>Another story that is teased here, not the article.</p></div>
<div itemprop="articleBody" class="article-body">
<h2>Talks in Geneva</h2>
<p>Iran&#39;s foreign minister met European envoys in Geneva on Friday.</p>
<div class="promo-box"><p>Download our app for the latest updates on this story and more.</p></div>
<blockquote>&ldquo;We are ready to talk,&rdquo; he said.</blockquote>
<ul><li>Sanctions relief was discussed.</li><li>No date was set for a new round</li></ul>
<table><tr><td>The talks lasted four hours, officials said.</td><td>n/a</td></tr></table>
<pre>  Statement   issued at 18:00 local time.  </pre>
<div class="advertisement">Buy now, limited offer!</div>
</div>
<footer class="article-footer"><p>Reporting by Reuters staff in Geneva; editing by someone.</p></footer>
</div></body></html>"##;

    #[test]
    fn itemprop_page() {
        let page = extract(ITEMPROP_PAGE);
        assert_eq!(page.title, None);
        assert_eq!(page.date, None);
        let paras: Vec<&str> = page.text.split("\n\n").collect();
        assert_eq!(
            paras,
            [
                "Talks in Geneva",
                "Iran's foreign minister met European envoys in Geneva on Friday.",
                "“We are ready to talk,” he said.",
                "Sanctions relief was discussed.",
                "No date was set for a new round",
                "The talks lasted four hours, officials said.",
                "Statement issued at 18:00 local time.",
            ]
        );
    }

    #[test]
    fn degenerate_inputs() {
        assert_eq!(extract("").text, "");
        assert_eq!(extract("<<<>>></p></div><p").text, "");
        assert_eq!(
            extract("Just some plain text without any tags at all.").text,
            "Just some plain text without any tags at all."
        );
        // Unclosed dropped element swallows only until its parent closes.
        let page = extract("<div><nav>Home About<p>x</p></div><p>After the menu there is a real sentence.</p>");
        assert_eq!(page.text, "After the menu there is a real sentence.");
        // A self-closed svg does not swallow the rest.
        let page = extract("<p><svg/>The icon is followed by a sentence here.</p>");
        assert_eq!(page.text, "The icon is followed by a sentence here.");
        // Deep nesting does not overflow anything.
        let deep = "<div>".repeat(100_000) + "Deeply nested text is still found here.";
        assert_eq!(extract(&deep).text, "Deeply nested text is still found here.");
    }
}
