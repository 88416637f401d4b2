"""From one Article, the entities, posts, relations and figures it states, each tied to its sentence.

`extract_article` is a pure function of the article and the lexicons, so it runs in worker processes. The
stages live beside it: zone_mentions, posts, investments (run in order by article.py) over a shared
ArticleState (state.py); the finders they use are companies, people, projects, zones and amounts.
"""

from __future__ import annotations

from .article import extract_article
from .lexicon import lexicon, segmenter
from .people import titles_re

__all__ = ["extract_article", "warm_up"]


def warm_up() -> None:
    """Load lexicons and jieba once, before the first article (and once per worker process)."""
    from .jieba_cache import load_jieba

    load_jieba()  # jieba and its tag table, once here, not inside the first article
    lexicon()
    segmenter()
    titles_re()
