"""How a page's bytes become text: byte order mark, then the header's charset, then <meta>, then UTF-8,
then windows-1252."""
from __future__ import annotations

import pytest

from flows.collect.pages import decode_page

TEXT = "Pekín pidió más cooperación — «señal» de €5"


@pytest.mark.parametrize(("payload", "content_type"), [
    (TEXT.encode("cp1252"), "text/html; charset=windows-1252"),
    (TEXT.encode("cp1252"), 'text/html; charset="ISO-8859-1"'),  # read as windows-1252, as browsers do
    (b"\xff\xfe" + TEXT.encode("utf-16-le"), "text/html; charset=windows-1252"),  # the BOM wins
    (b"\xef\xbb\xbf" + TEXT.encode("utf-8"), None),
    (TEXT.encode("utf-8"), "text/html"),
    (TEXT.encode("cp1252"), "text/html"),  # neither declared nor UTF-8: windows-1252
    (TEXT.encode("cp1252"), "text/html; charset=no-such-charset"),
])
def test_declared_and_undeclared_encodings(payload: bytes, content_type: str | None) -> None:
    assert decode_page(payload, content_type) == TEXT


@pytest.mark.parametrize("meta", ['<meta charset="iso-8859-1">', "<META CHARSET=windows-1252>",
                                  '<meta http-equiv="Content-Type" content="text/html; charset=latin1">'])
def test_meta_charset(meta: str) -> None:
    page = f"<html><head>{meta}<title>t</title></head><body>{TEXT}</body></html>"
    assert TEXT in decode_page(page.encode("cp1252"), "text/html")


def test_header_charset_wins_over_meta() -> None:
    page = f'<meta charset="utf-8"><p>{TEXT}</p>'.encode("cp1252")
    assert TEXT in decode_page(page, "text/html; charset=windows-1252")


def test_a_meta_utf16_without_bom_means_utf8() -> None:
    page = f'<meta charset="utf-16"><p>{TEXT}</p>'
    assert TEXT in decode_page(page.encode("utf-8"), None)
