"""What the coder is asked to read of an article, and events coded ahead of the load (on Dask workers)."""
from __future__ import annotations

from datetime import date
from typing import NamedTuple

from flows.collect.articles import Article
from flows.normalize.coder import CodedEvent


class CodeRequest(NamedTuple):
    """What the coder reads of an article: its events depend on these three and nothing else."""
    text: str
    published: date | None
    language: str | None


Coded = dict[CodeRequest, list[CodedEvent]]  # events coded ahead of the load (on Dask workers)


def code_request(article: Article) -> CodeRequest:
    return CodeRequest(article.text, article.published, article.language)
