"""What a news load makes of its items, through the real news flow and warehouse: near copies against
distinct articles that LSH pairs with an original, Chinese text, feed items with no link or guid, and
article pages in windows-1252 / ISO-8859-1 declared in the header or a <meta> tag."""
from __future__ import annotations

import json
from pathlib import Path

import duckdb
from pytest_httpserver import HTTPServer

from tests.near_copies import COLLIDING, distinct_pair, near_copy

DAY = "2025-10-29"


def _rows(warehouse: Path, sql: str, params: list | None = None) -> list[tuple]:
    con = duckdb.connect(str(warehouse), read_only=True)
    try:
        return con.execute(sql, params or []).fetchall()
    finally:
        con.close()


def _assert_ledger_reconciles(warehouse: Path) -> None:
    rows = _rows(warehouse, "select batch_id, received, loaded, quarantined, filtered, duplicate from batch_ledger")
    assert rows and all(r[1] == r[2] + r[3] + r[4] + r[5] for r in rows), rows


def _jsonl(path: Path, items: list[dict]) -> str:
    path.write_text("".join(json.dumps(item, ensure_ascii=False) + "\n" for item in items), encoding="utf-8")
    return str(path)


def test_distinct_articles_load_and_only_the_near_copy_is_a_duplicate(prefect_backend: None, tmp_path: Path) -> None:
    from flows.news_flow import news

    pairs = [distinct_pair(n) for n in COLLIDING]
    items = [{"url": f"https://wire.example/{n}", "text": original, "date": DAY, "language": "en"}
             for n, (original, _) in enumerate(pairs)]
    items += [{"url": f"https://daily.example/{n}", "text": other, "date": DAY, "language": "en"}
              for n, (_, other) in enumerate(pairs)]
    items.append({"url": "https://herald.example/0", "text": near_copy(pairs[0][0]), "date": DAY, "language": "en"})
    warehouse = tmp_path / "w.duckdb"
    (result,) = news(str(warehouse), None, inputs=[_jsonl(tmp_path / "overlap.jsonl", items)])
    assert (result["received"], result["loaded"], result["duplicate"]) == (5, 4, 1)
    stored = {r[0] for r in _rows(warehouse, "select url from stg_article")}
    assert stored == {i["url"] for i in items[:4]}
    copies = _rows(warehouse, "select s.url, c.url, c.match_kind from article_copy c "
                              "join stg_article s using (article_key)")
    assert copies == [("https://wire.example/0", "https://herald.example/0", "near")]
    _assert_ledger_reconciles(warehouse)


CHINESE = ("俄罗斯周一向委内瑞拉派出两架战略轰炸机，以示对加拉加斯政府的支持。"
           "官员说，这些飞机在飞越大西洋后降落在主要机场，并将与委内瑞拉空军进行数天的联合演习。")
ENGLISH = "Russia sent two strategic bombers to Venezuela on Monday in a show of support for the government in Caracas."


def test_chinese_text_is_filtered_not_loaded(prefect_backend: None, tmp_path: Path) -> None:
    from flows.news_flow import news

    items = [{"url": "https://zh.example/1", "title": "轰炸机", "text": CHINESE, "date": DAY},
             {"url": "https://en.example/1", "title": "Bombers", "text": ENGLISH, "date": DAY}]
    warehouse = tmp_path / "w.duckdb"
    (result,) = news(str(warehouse), None, inputs=[_jsonl(tmp_path / "mixed.jsonl", items)])
    assert (result["received"], result["loaded"], result["filtered"]) == (2, 1, 1)
    assert _rows(warehouse, "select url, language from stg_article") == [("https://en.example/1", "en")]
    _assert_ledger_reconciles(warehouse)


def test_a_feed_item_with_no_link_or_guid_is_quarantined(prefect_backend: None, tmp_path: Path) -> None:
    from flows.news_flow import news

    bodies = [ENGLISH + " The aircraft will stay for several days of joint exercises with the air force.",
              "China lent Venezuela five billion dollars for oil projects, the finance ministry in Caracas said.",
              "Cuba will send doctors and engineers to Venezuela under a new cooperation agreement signed today."]
    items = [f"<item><title>Linked</title><link>https://a.example/1</link><description>{bodies[0]}</description>"
             "</item>",
             f"<item><title>Guid only</title><guid>https://a.example/2</guid><description>{bodies[1]}</description>"
             "</item>",
             f"<item><title>Nameless</title><description>{bodies[2]}</description></item>"]
    feed = tmp_path / "feed.xml"
    feed.write_text('<?xml version="1.0"?><rss version="2.0"><channel><title>t</title><language>en</language>'
                    + "".join(items) + "</channel></rss>")
    warehouse = tmp_path / "w.duckdb"
    (result,) = news(str(warehouse), None, feeds=[str(feed)])
    assert (result["received"], result["loaded"], result["quarantined"]) == (3, 2, 1)
    ((stage, row, reason, record),) = _rows(warehouse, "select stage, row_number, reason, record from quarantine")
    assert (stage, row) == ("feed", 3) and "neither link nor guid" in reason
    assert json.loads(record)["title"] == "Nameless"
    _assert_ledger_reconciles(warehouse)


PAGE = """<!doctype html><html lang="es"><head>{meta}<title>{title}</title></head><body>
<article><h1>{title}</h1>{paragraphs}</article><footer>Diario de Muestra</footer></body></html>"""


def _page(title: str, paragraphs: list[str], meta: str = "") -> bytes:
    body = "".join(f"<p>{p}</p>" for p in paragraphs)
    return PAGE.format(meta=meta, title=title, paragraphs=body).encode("cp1252")


def test_latin_pages_keep_their_accents(prefect_backend: None, tmp_path: Path, httpserver: HTTPServer) -> None:
    from flows.news_flow import news

    url = httpserver.url_for
    pages = {
        "/header": (_page("Pekín estudia la petición", [
            "Venezuela pidió a China ampliar la cooperación militar entre ambos países, según fuentes en Pekín.",
            "El gobierno venezolano quiere más ejercicios conjuntos y formación para sus pilotos en academias chinas.",
            "China no respondió a la solicitud y reiteró que prefiere mantener buenas relaciones con Washington."]),
            "text/html; charset=windows-1252"),
        "/meta": (_page("Moscú responde a Caracas", [
            "Rusia ofreció más aviones y técnicos a Venezuela, según fuentes diplomáticas consultadas el martes.",
            "Los técnicos rusos llegarán en enero para revisar los sistemas antiaéreos comprados hace una década.",
            "Washington criticó el anuncio y pidió a Moscú que no intervenga en los asuntos de la región."],
            '<meta charset="iso-8859-1">'), "text/html"),
        "/equiv": (_page("Teherán envía ingenieros", [
            "Irán mandará ingenieros para reparar las refinerías venezolanas, anunció el ministro de Petróleo.",
            "La misión iraní trabajará durante seis meses en El Palito y Cardón, dos plantas casi paradas.",
            "A cambio, Caracas pagará con crudo y oro, según un acuerdo firmado en Teherán la semana pasada."],
            '<meta http-equiv="Content-Type" content="text/html; charset=windows-1252">'), "text/html"),
    }
    for path, (body, content_type) in pages.items():
        httpserver.expect_request(path).respond_with_data(body, content_type=content_type)
    httpserver.expect_request("/robots.txt").respond_with_data("", status=404)
    items = "".join(f"<item><link>{url(p)}</link><description>corto</description></item>"
                    for p in pages)
    httpserver.expect_request("/feed.xml").respond_with_data(
        '<?xml version="1.0"?><rss version="2.0"><channel><title>t</title><language>es</language>'
        f"{items}</channel></rss>", content_type="application/rss+xml")
    config = tmp_path / "allywatch.toml"
    config.write_text("politeness_seconds = 0.0\nhttp_retries = 1\nhttp_backoff_seconds = 0.01\n")
    warehouse = tmp_path / "w.duckdb"
    (result,) = news(str(warehouse), str(config), feeds=[url("/feed.xml")])
    assert (result["received"], result["loaded"]) == (3, 3), result
    texts = dict(_rows(warehouse, "select url, text from stg_article"))
    assert "ampliar la cooperación militar" in texts[url("/header")]
    assert "Los técnicos rusos llegarán en enero" in texts[url("/meta")]
    assert "Irán mandará ingenieros" in texts[url("/equiv")]
    assert all("\ufffd" not in text and "Ã" not in text for text in texts.values())
    titles = {r[0] for r in _rows(warehouse, "select title from stg_article")}
    assert titles == {"Pekín estudia la petición", "Moscú responde a Caracas", "Teherán envía ingenieros"}

