#!/usr/bin/env python3
"""Writes the ingest fixtures: good/ (one small file of every input kind) and bad/ (the
bad-input corpus: at least one broken file of every kind). Deterministic; rerun to
regenerate after editing. Large inputs (1 GB, gzip bombs) are made by the tests, never
committed."""
import gzip, os, shutil, zlib

HERE = os.path.dirname(os.path.abspath(__file__))

AR_BODY = ("قالت مصادر طبية إن 12 شخصا قتلوا وأصيب 30 آخرون في غارة جوية استهدفت سوقا شعبيا "
           "في مدينة حلب صباح الثلاثاء. وأضافت المصادر أن بين القتلى أربعة أطفال.")
AR_BODY2 = ("وفي سياق متصل، أعلن الدفاع المدني أن فرقه انتشلت جثث سبعة أشخاص من تحت الأنقاض "
            "بعد قصف مدفعي على بلدة في ريف إدلب.")
EN_BODY = ("At least 15 people were killed and 40 wounded when a car bomb exploded near a "
           "checkpoint in Mogadishu on Saturday, police said.")
EN_BODY2 = ("A police officer said the toll could rise as several of the wounded were in "
            "critical condition at Madina hospital.")
NAV_AR = "<nav><ul><li><a href='/'>الرئيسية</a></li><li><a href='/sport'>رياضة</a></li><li><a href='/econ'>اقتصاد</a></li></ul></nav>"
FOOTER_AR = "<footer><p>جميع الحقوق محفوظة لصحيفة النهار اليومية 2024</p><a href='/privacy'>سياسة الخصوصية</a></footer>"


def w(path, data):
    path = os.path.join(HERE, path)
    os.makedirs(os.path.dirname(path), exist_ok=True)
    with open(path, "wb") as f:
        f.write(data if isinstance(data, bytes) else data.encode("utf-8"))


def arabic_page(charset_tag):
    return f"""<!DOCTYPE html>
<html lang="ar" dir="rtl"><head>{charset_tag}
<title>غارة جوية على سوق في حلب - النهار</title>
<meta property="og:site_name" content="النهار">
<meta property="article:published_time" content="2024-03-12T08:30:00+03:00">
<meta name="author" content="سامر الحلبي">
</head><body>{NAV_AR}
<div class="sidebar"><h3>الأكثر قراءة</h3><ul><li><a href="/a">خبر أول</a></li><li><a href="/b">خبر ثان</a></li></ul></div>
<article><h1>غارة جوية على سوق في حلب</h1>
<p>{AR_BODY}</p>
<p>{AR_BODY2}</p>
<p>وقال شهود عيان إن الطائرات حلقت فوق المدينة لساعات قبل الغارة، وإن سيارات الإسعاف نقلت الجرحى إلى المستشفيات القريبة.</p>
</article>{FOOTER_AR}</body></html>"""


def warc_record(kind, uri, date, content_type, block):
    rid = zlib.crc32(((uri or "") + kind + date).encode())
    head = (f"WARC/1.0\r\nWARC-Type: {kind}\r\nWARC-Record-ID: <urn:uuid:{rid:012d}>\r\n"
            f"WARC-Date: {date}\r\n" + (f"WARC-Target-URI: {uri}\r\n" if uri else "") +
            f"Content-Type: {content_type}\r\nContent-Length: {len(block)}\r\n\r\n").encode()
    return head + block + b"\r\n\r\n"


def http_response(status, content_type, body, chunked=False):
    if chunked:
        mid = len(body) // 2
        body = b"%x\r\n%s\r\n%x\r\n%s\r\n0\r\n\r\n" % (mid, body[:mid], len(body) - mid, body[mid:])
        te = b"Transfer-Encoding: chunked\r\n"
    else:
        te = b"Content-Length: %d\r\n" % len(body)
    return b"HTTP/1.1 %s\r\nContent-Type: %s\r\n%s\r\n%s" % (status.encode(), content_type.encode(), te, body)


EN_PAGE = f"""<!DOCTYPE html><html lang="en"><head><meta charset="utf-8">
<title>Car bomb kills 15 in Mogadishu | Horn Daily</title>
<script type="application/ld+json">{{"@context":"https://schema.org","@type":"NewsArticle",
"headline":"Car bomb kills at least 15 in Mogadishu","datePublished":"2024-05-04T16:00:00Z",
"author":[{{"@type":"Person","name":"Amina Hassan"}}],"publisher":{{"@type":"Organization","name":"Horn Daily"}}}}</script>
</head><body><header><a href="/">Horn Daily</a> <a href="/world">World</a> <a href="/subscribe">Subscribe now</a></header>
<main><article><h1>Car bomb kills at least 15 in Mogadishu</h1>
<p>{EN_BODY}</p><p>{EN_BODY2}</p>
<p>No group immediately claimed responsibility, but the militant group has carried out similar attacks in the capital.</p>
</article></main><footer>Copyright Horn Daily. All rights reserved. Cookie settings.</footer></body></html>"""


def good():
    shutil.rmtree(os.path.join(HERE, "good"), ignore_errors=True)
    w("good/aleppo-1256.html", arabic_page(
        '<meta http-equiv="Content-Type" content="text/html; charset=windows-1256">').encode("cp1256"))
    w("good/aleppo-detected.htm", arabic_page("").encode("cp1256"))
    w("good/aleppo-iso.html", arabic_page('<meta charset="iso-8859-6">').replace("،", ",").encode("iso-8859-6"))
    w("good/mogadishu.html", EN_PAGE)
    w("good/mogadishu-copy.html.gz", gzip.compress(EN_PAGE.replace("Mogadishu on Saturday", "Mogadishu on Saturday afternoon").encode(), mtime=0))
    w("good/utf16.txt", b"\xff\xfe" + AR_BODY.encode("utf-16-le"))
    rss = f"""<?xml version="1.0" encoding="UTF-8"?>
<rss version="2.0"><channel><title>النهار</title><link>https://annahar.example/</link><description>أخبار</description>
<item><title>غارة على حلب</title><link>https://annahar.example/news/2024/03/12/aleppo-strike</link>
<pubDate>Tue, 12 Mar 2024 08:30:00 +0300</pubDate><author>news@annahar.example (سامر الحلبي)</author>
<description>&lt;p&gt;{AR_BODY}&lt;/p&gt;</description></item>
<item><title>قصف على إدلب</title><link>https://annahar.example/news/2024/03/12/idlib-shelling</link>
<pubDate>Tue, 12 Mar 2024 10:00:00 +0300</pubDate><description><![CDATA[<p>{AR_BODY2}</p>]]></description></item>
</channel></rss>"""
    w("good/annahar.rss", rss)
    atom = f"""<?xml version="1.0" encoding="utf-8"?>
<feed xmlns="http://www.w3.org/2005/Atom"><title>Horn Daily</title><id>urn:horn</id><updated>2024-05-04T16:00:00Z</updated>
<entry><title>Car bomb in Mogadishu</title><id>urn:horn:1</id><link rel="alternate" href="https://horn.example/2024/05/04/car-bomb"/>
<published>2024-05-04T16:00:00Z</published><updated>2024-05-04T17:00:00Z</updated><author><name>Amina Hassan</name></author>
<content type="html">&lt;p&gt;{EN_BODY}&lt;/p&gt;</content></entry></feed>"""
    w("good/horn.atom", atom)
    page = arabic_page('<meta charset="utf-8">').encode()
    records = [
        warc_record("warcinfo", None, "2024-03-13T00:00:00Z", "application/warc-fields", b"software: test\r\nformat: WARC File Format 1.0\r\n"),
        warc_record("request", "https://annahar.example/news/aleppo", "2024-03-13T01:00:00Z", "application/http; msgtype=request", b"GET /news/aleppo HTTP/1.1\r\nHost: annahar.example\r\n\r\n"),
        warc_record("response", "https://annahar.example/news/aleppo", "2024-03-13T01:00:01Z", "application/http; msgtype=response", http_response("200 OK", "text/html; charset=utf-8", page)),
        warc_record("response", "https://annahar.example/logo.png", "2024-03-13T01:00:02Z", "application/http; msgtype=response", http_response("200 OK", "image/png", b"\x89PNG\r\n\x1a\n\0\0")),
        warc_record("response", "https://annahar.example/gone", "2024-03-13T01:00:03Z", "application/http; msgtype=response", http_response("404 Not Found", "text/html", b"<html><body>Not found</body></html>")),
        warc_record("response", "https://horn.example/2024/05/04/car-bomb", "2024-05-05T09:00:00Z", "application/http; msgtype=response",
                    http_response("200 OK", "text/html", EN_PAGE.replace('"datePublished":"2024-05-04T16:00:00Z",', "").encode(), chunked=True)),
    ]
    w("good/crawl.warc.gz", b"".join(gzip.compress(r, mtime=0) for r in records))
    w("good/plain.warc", records[0] + records[2])


def bad():
    shutil.rmtree(os.path.join(HERE, "bad"), ignore_errors=True)
    page = EN_PAGE.encode()
    one = warc_record("response", "https://horn.example/a", "2024-05-05T09:00:00Z", "application/http; msgtype=response", http_response("200 OK", "text/html", page))
    gz_one = gzip.compress(one, mtime=0)
    files = {
        "empty.txt": b"",
        "empty.html": b"",
        "empty.warc": b"",
        "empty.rss": b"",
        "empty.txt.gz": b"",
        "bom-only.txt": b"\xef\xbb\xbf",
        "binary.txt": b"\x89PNG\r\n\x1a\n\0\0\0\rIHDR" + bytes(range(256)),
        "binary.html": bytes(range(256)) * 4,
        "binary.xml": b"\x00\x01\x02" + bytes(range(200, 256)) * 8,
        "junk-controls.txt": bytes([1, 2, 3, 4, 5, 6, 7, 8, 11, 12, 14, 15, 16, 17]) * 40,
        "utf16-nul.txt": b"\xff\xfe" + b"\x00\x00" * 20,
        "truncated.warc.gz": gz_one[: len(gz_one) // 2],
        "truncated.warc": one[: len(one) - 200],
        "truncated-headers.warc": b"WARC/1.0\r\nWARC-Type: response\r\nContent-Len",
        "truncated.html.gz": gzip.compress(page, mtime=0)[:300],
        "corrupt.txt.gz": b"\x1f\x8b\x08\x00\x00\x00\x00\x00\x00\x03" + b"this is not deflate data at all" * 3,
        "not-gzip.html.gz": page,
        "junk.warc": b"GIF89a" + bytes(range(256)) * 3 + b"\r\n\r\n",
        "bad-length.warc": b"WARC/1.0\r\nWARC-Type: response\r\nContent-Length: lots\r\n\r\nxyz\r\n\r\n",
        "no-length.warc": b"WARC/1.0\r\nWARC-Type: response\r\nWARC-Date: 2024-01-01T00:00:00Z\r\n\r\n",
        "huge-length.warc": b"WARC/1.0\r\nWARC-Type: response\r\nContent-Length: 18446744073709551615\r\n\r\nabc",
        "no-html.warc": warc_record("warcinfo", None, "2024-01-01T00:00:00Z", "application/warc-fields", b"software: x\r\n"),
        "empty-page.warc": warc_record("response", "https://x.example/blank", "2024-01-01T00:00:00Z", "application/http; msgtype=response",
                                       http_response("200 OK", "text/html", b"<html><head><title></title></head><body><script>var x=1;</script></body></html>")),
        "broken-tags-only.html": b"<html><body><div><span></div></p></table><td><<<>>></",
        "scripts-only.htm": b"<html><head><style>p{color:red}</style></head><body><script>document.write('x')</script><noscript></noscript></body></html>",
        "whitespace.html": b"   \n\t\n   ",
        "feed-no-items.rss": b'<?xml version="1.0"?><rss version="2.0"><channel><title>Empty</title><link>https://e.example/</link><description>none</description></channel></rss>',
        "feed-no-items.atom": b'<?xml version="1.0"?><feed xmlns="http://www.w3.org/2005/Atom"><title>Empty</title><id>urn:e</id><updated>2024-01-01T00:00:00Z</updated></feed>',
        "truncated-feed.xml": b'<?xml version="1.0"?><rss version="2.0"><channel><title>Cut</title><item><title>A strike',
        "not-a-feed.xml": b'<?xml version="1.0"?><svg xmlns="http://www.w3.org/2000/svg"><circle r="4"/></svg>',
        "item-without-text.rss": b'<?xml version="1.0"?><rss version="2.0"><channel><title>T</title><link>https://t.example/</link><description>d</description><item><title>Only a title</title></item></channel></rss>',
        "broken.json": b'[{"text": "unterminated',
        "object.json": b'{"text": "an object, not an array"}',
        "broken-line.jsonl": b'{"id": "a", "text"\n',
        "fake.zip": b"PK\x03\x04 this is no zip archive",
        "gzip-of-binary.txt.gz": gzip.compress(bytes(range(256)) * 16, mtime=0),
    }
    for name, data in files.items():
        w("bad/" + name, data)
    print(len(files), "bad files")


if __name__ == "__main__":
    good()
    bad()
