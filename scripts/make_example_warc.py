#!/usr/bin/env python3
"""Write examples/warc/crawl.warc.gz, a small WARC/1.1 crawl of four news pages.

The output is deterministic: record ids, dates and gzip headers are fixed, so
running this script twice gives byte-identical files. Each record is its own
gzip member, as crawlers write them. The file holds one `warcinfo` record, one
`request` record and four `response` records whose HTTP payloads are HTML news
pages with the usual boilerplate (cookie banner, navigation, share buttons,
related links, footer) around an `<article>` body. The articles are fictional
reports written for dyad's tests.

Usage: python3 scripts/make_example_warc.py [OUT_PATH]
"""

import base64
import gzip
import hashlib
import os
import sys

SITE = "https://www.example.com"
SITE_NAME = "The Example Ledger"
CRAWL_DATES = [
    "2025-12-01T09:00:00Z",
    "2025-12-01T09:00:01Z",
    "2025-12-01T09:00:02Z",
    "2025-12-01T09:00:04Z",
    "2025-12-01T09:00:06Z",
    "2025-12-01T09:00:08Z",
]
WARCINFO_ID = "<urn:uuid:3d9a1c52-7b1e-4c8e-9f3a-000000000001>"
REQUEST_ID = "<urn:uuid:3d9a1c52-7b1e-4c8e-9f3a-000000000002>"
RESPONSE_IDS = [
    "<urn:uuid:3d9a1c52-7b1e-4c8e-9f3a-000000000011>",
    "<urn:uuid:3d9a1c52-7b1e-4c8e-9f3a-000000000012>",
    "<urn:uuid:3d9a1c52-7b1e-4c8e-9f3a-000000000013>",
    "<urn:uuid:3d9a1c52-7b1e-4c8e-9f3a-000000000014>",
]

PAGES = [
    {
        "path": "/world/europe/2018/07/16/trump-putin-helsinki-summit",
        "title": "Trump and Putin hold first summit in Helsinki, agree to keep talking",
        "published": "2018-07-16T18:42:00+00:00",
        "human_date": "July 16, 2018",
        "section": "Europe",
        "author": "J. R. Halvorsen",
        "description": "The U.S. and Russian presidents met for more than two hours in the Finnish capital.",
        "paragraphs": [
            "HELSINKI, July 16 (dyad) - U.S. President Donald Trump and Russian President Vladimir Putin held their first formal summit in the Finnish capital on Monday, meeting alone with only interpreters for more than two hours before being joined by their delegations for a working lunch.",
            "At a joint news conference in the Presidential Palace, Mr. Trump said the talks had been direct, open and deeply productive, and that relations between the two countries, which had never been worse, had changed a few hours earlier. Mr. Putin said the meeting had been a success and that the two sides had agreed to continue consultations on arms control, Syria and Ukraine.",
            "Asked whether he believed his own intelligence agencies, which concluded that Russia interfered in the 2016 U.S. election, or Mr. Putin, who denied it, Mr. Trump said he did not see any reason why Russia would have done so. Mr. Putin again denied any interference and offered to let U.S. investigators question 12 Russian military intelligence officers who were indicted by Special Counsel Robert Mueller last week, in exchange for Russian access to people in the United States.",
            "Mr. Trump&#8217;s remarks drew sharp criticism in Washington, including from members of his own Republican Party. Senator John McCain called the news conference one of the most disgraceful performances by an American president in memory. Director of National Intelligence Dan Coats issued a statement saying the intelligence community&#8217;s assessment was clear.",
            "Finnish President Sauli Niinist\u00f6 received the two leaders at the palace before the talks. Protesters gathered in the city centre holding banners in support of human rights and press freedom.",
            "The summit followed a NATO meeting in Brussels last week at which Mr. Trump accused Germany of being captive to Russia because of its energy imports, and a visit to Britain, where he met Prime Minister Theresa May.",
        ],
        "related": [
            ("/world/europe/2018/07/12/nato-summit-brussels-spending", "NATO leaders clash over defence spending in Brussels"),
            ("/world/europe/2018/07/13/trump-may-chequers", "Trump and May hold talks at Chequers"),
            ("/us/2018/07/13/mueller-indicts-russian-officers", "Twelve Russian intelligence officers indicted"),
        ],
    },
    {
        "path": "/world/asia/2022/08/04/china-drills-taiwan-pelosi",
        "title": "China fires missiles in drills around Taiwan after Pelosi visit",
        "published": "2022-08-04T11:05:00+08:00",
        "human_date": "Aug. 4, 2022",
        "section": "Asia",
        "author": "Mei-ling Okafor",
        "description": "Beijing began its largest ever military exercises near the island.",
        # Noisy page: lost apostrophes, entities, curly quotes, a glued link seam.
        "paragraphs": [
            "BEIJING/TAIPEI, Aug. 4 (dyad) - China fired ballistic missiles into waters around Taiwan on Thursday as it began its largest ever military exercises near the island, a day after U.S. House Speaker Nancy Pelosis visit to Taipei infuriated Beijing.",
            "The Peoples Liberation Armys Eastern Theatre Command said it had carried out precision strikes on designated areas in the Taiwan Strait and that the live-fire drills would continue until Sunday in six zones that encircle the island. Taiwans defence ministry said 11 Dongfeng missiles had been fired, some of them flying over the island, and that it had scrambled aircraft and deployed missile systems to monitor the situation.",
            "Japan said five of the missiles had landed in its exclusive economic zone for the first time and lodged a protest with Beijing. Defence Minister Nobuo Kishi called it a serious issue concerning the security of Japan.",
            "Chinese Foreign Minister Wang Yi called the visit \u201cmanic, irresponsible and highly irrational\u201d and said China would not allow anyone to harm its sovereignty. Beijing summoned the U.S. ambassador, Nicholas Burns, and announced a ban on imports of citrus fruit and fish from Taiwan.",
            "Mrs. Pelosi, who met President Tsai Ing-wen in Taipei on Wednesday, said America would not abandon its commitment to Taiwan. The White House said the drills were an overreaction and that Washington did not seek a crisis. Secretary of State Antony Blinken, attending anASEAN meeting in Phnom&nbsp;Penh, said there was no justification for the exercises.",
            "Foreign ministers of the Group of Seven urged Beijing to resolve tensions peacefully. China cancelled a planned meeting between Mr. Wang and Japanese Foreign Minister Yoshimasa Hayashi on the sidelines of the ASEAN talks in protest.",
            "Tsais office said Taiwan would not provoke conflict but would firmly defend its sovereignty.",
        ],
        "related": [
            ("/world/asia/2022/08/03/pelosi-meets-tsai-taipei", "Pelosi meets Tsai in Taipei"),
            ("/world/asia/2022/08/02/china-warns-us-pelosi", "China warns of \u2018serious consequences\u2019"),
            ("/business/2022/08/03/taiwan-chip-stocks", "Taiwan chip stocks slip as tension rises"),
        ],
    },
    {
        "path": "/world/africa/2023/04/17/sudan-fighting-khartoum-third-day",
        "title": "Fighting rages in Khartoum for third day as AU and UN call for truce",
        "published": "2023-04-17T15:30:00+02:00",
        "human_date": "April 17, 2023",
        "section": "Africa",
        "author": "Amina Ferreira",
        "description": "The death toll from clashes between the army and the RSF rose to at least 185.",
        "paragraphs": [
            "KHARTOUM, April 17 (dyad) - Fighting between Sudan\u2019s army and the paramilitary Rapid Support Forces raged for a third day on Monday, with air strikes and artillery fire pounding residential areas of Khartoum and the death toll rising to at least 185, according to the United Nations.",
            "Army chief Gen. Abdel Fattah al-Burhan and RSF commander Gen. Mohamed Hamdan Dagalo, known as Hemedti, each accused the other of starting the conflict, which erupted on Saturday after weeks of tension over plans to integrate the RSF into the regular army. Neither side showed any sign of accepting calls for a ceasefire.",
            "The RSF said it controlled the presidential palace and the international airport, claims the army rejected. The army said it had regained control of most of the state television building and declared the RSF a rebel force to be dissolved.",
            "U.S. Secretary of State Antony Blinken, speaking at a Group of Seven meeting in Japan, said he had spoken to both generals and urged them to agree to a ceasefire. He said a U.S. diplomatic convoy had been fired on, though no one was hurt. The UN Security Council was due to discuss the crisis on Monday.",
            "African Union Commission Chairperson Moussa Faki Mahamat said he would travel to Sudan to seek an immediate halt to the fighting, and the regional bloc IGAD said it would send the presidents of Kenya, South Sudan and Djibouti to Khartoum to mediate. Egypt and Saudi Arabia also offered to help.",
            "Humanitarian groups said the fighting had cut power and water to parts of the capital and that hospitals were running out of supplies. The World Food Programme suspended its operations in Sudan after three of its staff were killed in North Darfur on Saturday. The European Union\u2019s ambassador to Sudan, Aidan O\u2019Hara, was assaulted in his residence in Khartoum, EU foreign policy chief Josep Borrell said.",
        ],
        "related": [
            ("/world/africa/2023/04/15/sudan-clashes-erupt", "Clashes erupt in Khartoum between army and RSF"),
            ("/world/africa/2023/04/16/sudan-who-are-the-rsf", "Who are Sudan\u2019s Rapid Support Forces?"),
            ("/world/africa/2023/04/10/sudan-transition-talks-delayed", "Signing of Sudan transition deal delayed again"),
        ],
    },
    {
        "path": "/world/americas/2019/01/24/maduro-breaks-ties-us-guaido",
        "title": "Maduro breaks ties with U.S. after Washington recognises Guaid\u00f3 as interim president",
        "published": "2019-01-24T18:15:00-04:00",
        "human_date": "Jan. 24, 2019",
        "section": "Americas",
        "author": "Tom\u00e1s K. Lindqvist",
        "description": "Venezuela gave American diplomats 72 hours to leave the country.",
        "paragraphs": [
            "CARACAS, Jan. 24 (dyad) - Venezuelan President Nicol\u00e1s Maduro broke off diplomatic relations with the United States on Wednesday and gave American diplomats 72 hours to leave the country, after President Donald Trump recognised opposition leader Juan Guaid\u00f3 as the nation\u2019s interim president.",
            "Mr. Guaid\u00f3, the 35-year-old head of the opposition-controlled National Assembly, declared himself acting president before tens of thousands of supporters in Caracas, saying Mr. Maduro\u2019s re-election last year had been illegitimate. Within minutes, the White House issued a statement recognising him and said it would use the full weight of U.S. economic and diplomatic power to press for the restoration of democracy.",
            "Canada, Brazil, Colombia, Argentina, Peru and several other countries in the region followed the United States in recognising Mr. Guaid\u00f3. Mexico, Bolivia and Cuba said they continued to recognise Mr. Maduro, and Russia, a key creditor of Caracas, warned Washington against military intervention, which it said could lead to catastrophic consequences.",
            "Secretary of State Mike Pompeo said the United States did not recognise the Maduro government as legitimate and that it therefore had no authority to break off relations or to expel U.S. diplomats. Washington called on the Venezuelan military to protect the safety of Mr. Guaid\u00f3.",
            "Venezuela\u2019s defence minister, Gen. Vladimir Padrino L\u00f3pez, said on Thursday that the armed forces would not accept a president imposed by foreign interests. Rights groups said at least 13 people had been killed in protests across the country since Tuesday and that dozens had been arrested.",
            "The European Union called for free and credible elections, and EU foreign policy chief Federica Mogherini said the bloc fully supported the National Assembly as the democratically elected institution. UN Secretary-General Ant\u00f3nio Guterres urged dialogue to avoid an escalation that could lead to disaster.",
            "Mr. Maduro accused Washington of orchestrating a coup and ordered the closure of Venezuela\u2019s embassy and consulates in the United States.",
        ],
        "related": [
            ("/world/americas/2019/01/10/maduro-sworn-in-second-term", "Maduro sworn in for second term amid boycott"),
            ("/world/americas/2019/01/23/venezuela-protests-caracas", "Thousands march in Caracas against Maduro"),
            ("/business/2019/01/23/venezuela-oil-exports", "What a rupture would mean for Venezuela\u2019s oil exports"),
        ],
    },
]

NAV = [("World", "/world/"), ("Politics", "/politics/"), ("Business", "/business/"),
       ("Climate", "/climate/"), ("Opinion", "/opinion/"), ("Sport", "/sport/"),
       ("Culture", "/culture/")]


def html_page(p):
    url = SITE + p["path"]
    share_q = url.replace(":", "%3A").replace("/", "%2F")
    nav = "\n".join(f'        <li><a href="{h}">{n}</a></li>' for n, h in NAV)
    related = "\n".join(f'        <li><a href="{h}">{t}</a></li>' for h, t in p["related"])
    paras = [f"        <p>{t}</p>" for t in p["paragraphs"]]
    promo = ('        <aside class="inline-promo"><p>Get the morning briefing: the news you need '
             'to start your day. <a href="/newsletters/">Sign up</a></p></aside>')
    paras.insert(min(3, len(paras)), promo)
    body = "\n".join(paras)
    return f"""<!DOCTYPE html>
<html lang="en">
<head>
<meta charset="utf-8">
<meta name="viewport" content="width=device-width, initial-scale=1">
<title>{p["title"]} | {SITE_NAME}</title>
<meta name="description" content="{p["description"]}">
<meta property="og:type" content="article">
<meta property="og:site_name" content="{SITE_NAME}">
<meta property="og:title" content="{p["title"]}">
<meta property="og:url" content="{url}">
<meta property="og:description" content="{p["description"]}">
<meta property="article:published_time" content="{p["published"]}">
<meta property="article:section" content="{p["section"]}">
<link rel="canonical" href="{url}">
<link rel="stylesheet" href="/static/css/site.css">
<script>window.dataLayer = window.dataLayer || []; window.dataLayer.push({{"section": "{p["section"]}"}});</script>
</head>
<body>
<div id="cookie-banner" class="cookie-banner" role="dialog" aria-label="Cookie consent">
  <p>We use cookies and similar technologies to personalise content and ads and to analyse our traffic. By clicking &ldquo;Accept all&rdquo; you agree to our use of cookies.</p>
  <button type="button" class="accept">Accept all</button> <button type="button" class="manage">Manage preferences</button>
</div>
<header class="site-header">
  <a class="logo" href="/">{SITE_NAME}</a>
  <a class="subscribe" href="/subscribe/">Subscribe</a> <a class="login" href="/login/">Log in</a>
  <nav class="main-nav" aria-label="Sections">
    <ul>
{nav}
    </ul>
  </nav>
</header>
<main id="content">
  <article class="story">
    <header class="story-header">
      <p class="kicker"><a href="/world/">World</a> &rsaquo; {p["section"]}</p>
      <h1>{p["title"]}</h1>
      <p class="byline">By <a href="/authors/">{p["author"]}</a> &middot; <time datetime="{p["published"]}">{p["human_date"]}</time></p>
    </header>
    <div class="share-buttons">
      <a href="https://www.facebook.com/sharer/sharer.php?u={share_q}">Share on Facebook</a>
      <a href="https://twitter.com/intent/tweet?url={share_q}">Share on X</a>
      <a href="mailto:?subject=Article&amp;body={share_q}">Email</a>
      <button type="button" class="copy-link">Copy link</button>
    </div>
    <div class="story-body">
{body}
    </div>
    <p class="corrections">Report an error &middot; Editorial standards</p>
  </article>
  <aside class="related" aria-label="Related stories">
    <h2>Related stories</h2>
    <ul>
{related}
    </ul>
  </aside>
  <aside class="most-read"><h2>Most read</h2><ol><li><a href="/culture/">Ten films to watch this weekend</a></li><li><a href="/sport/">Late goal settles cup final</a></li></ol></aside>
</main>
<footer class="site-footer">
  <ul>
    <li><a href="/about/">About us</a></li>
    <li><a href="/contact/">Contact</a></li>
    <li><a href="/privacy/">Privacy policy</a></li>
    <li><a href="/terms/">Terms of use</a></li>
    <li><a href="/cookies/">Cookie settings</a></li>
  </ul>
  <p>&copy; {SITE_NAME}. All rights reserved. Share this article Facebook Twitter</p>
</footer>
<script src="/static/js/app.js" defer></script>
</body>
</html>
"""


def sha1_b32(data):
    return "sha1:" + base64.b32encode(hashlib.sha1(data).digest()).decode("ascii")


def record(headers, block):
    """One WARC record (header + block + CRLF CRLF), gzip-compressed on its own."""
    lines = ["WARC/1.1"]
    lines += [f"{k}: {v}" for k, v in headers]
    lines.append(f"WARC-Block-Digest: {sha1_b32(block)}")
    lines.append(f"Content-Length: {len(block)}")
    head = ("\r\n".join(lines) + "\r\n\r\n").encode("utf-8")
    raw = head + block + b"\r\n\r\n"
    return gzip.compress(raw, compresslevel=9, mtime=0)


def build():
    out = []
    info = (
        "software: dyad scripts/make_example_warc.py\r\n"
        "format: WARC File Format 1.1\r\n"
        "conformsTo: https://iipc.github.io/warc-specifications/specifications/warc-format/warc-1.1/\r\n"
        "isPartOf: dyad-examples\r\n"
        "description: four fictional news pages written for dyad's tests\r\n"
        "robots: obey\r\n"
    ).encode("utf-8")
    out.append(record([
        ("WARC-Type", "warcinfo"),
        ("WARC-Record-ID", WARCINFO_ID),
        ("WARC-Date", CRAWL_DATES[0]),
        ("WARC-Filename", "crawl.warc.gz"),
        ("Content-Type", "application/warc-fields"),
    ], info))

    first = PAGES[0]
    req = (
        f"GET {first['path']} HTTP/1.1\r\n"
        "Host: www.example.com\r\n"
        "User-Agent: dyad-example-crawler/1.0 (+https://www.example.org/crawler)\r\n"
        "Accept: text/html,application/xhtml+xml\r\n"
        "Accept-Language: en\r\n"
        "Connection: close\r\n"
        "\r\n"
    ).encode("utf-8")
    out.append(record([
        ("WARC-Type", "request"),
        ("WARC-Record-ID", REQUEST_ID),
        ("WARC-Date", CRAWL_DATES[1]),
        ("WARC-Target-URI", SITE + first["path"]),
        ("WARC-Warcinfo-ID", WARCINFO_ID),
        ("WARC-Concurrent-To", RESPONSE_IDS[0]),
        ("Content-Type", "application/http; msgtype=request"),
    ], req))

    for i, p in enumerate(PAGES):
        body = html_page(p).encode("utf-8")
        http_head = (
            "HTTP/1.1 200 OK\r\n"
            "Content-Type: text/html; charset=utf-8\r\n"
            f"Content-Length: {len(body)}\r\n"
            "Date: Mon, 01 Dec 2025 09:00:00 GMT\r\n"
            "Server: example\r\n"
            "Cache-Control: max-age=300\r\n"
            "\r\n"
        ).encode("ascii")
        out.append(record([
            ("WARC-Type", "response"),
            ("WARC-Record-ID", RESPONSE_IDS[i]),
            ("WARC-Date", CRAWL_DATES[2 + i]),
            ("WARC-Target-URI", SITE + p["path"]),
            ("WARC-Warcinfo-ID", WARCINFO_ID),
            ("WARC-IP-Address", "192.0.2.10"),
            ("WARC-Payload-Digest", sha1_b32(body)),
            ("Content-Type", "application/http; msgtype=response"),
        ], http_head + body))
    return b"".join(out)


def main():
    here = os.path.dirname(os.path.abspath(__file__))
    default = os.path.join(here, "..", "examples", "warc", "crawl.warc.gz")
    path = sys.argv[1] if len(sys.argv) > 1 else default
    os.makedirs(os.path.dirname(os.path.abspath(path)), exist_ok=True)
    data = build()
    with open(path, "wb") as f:
        f.write(data)
    print(f"wrote {path}: {len(data)} bytes, 6 records")


if __name__ == "__main__":
    main()
