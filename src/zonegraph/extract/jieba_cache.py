"""jieba's dictionary and part-of-speech table, read from a pickle in the user's cache folder.

Every process that extracts starts jieba: its own start reads a marshal file of 500,000 prefixes (0.9 s
here) and its tagger re-reads dict.txt line by line (0.4 s). The same data pickled loads in about a quarter
of that, which is most of the time a one-article update takes (bench/RESULTS.md, issue #13). The pickle
lives in a folder only this user can write (a pickle is code), keyed by jieba's version and its
dictionary's size and date; anything unexpected there and jieba starts the usual way.
"""

from __future__ import annotations

import io
import logging
import os
import pickle
import stat
import sys
import tempfile
from pathlib import Path

_FORMAT = 1  # raised when what the pickle holds changes


def cache_dir() -> Path:
    """$ZONEGRAPH_CACHE_DIR, else $XDG_CACHE_HOME/zonegraph, else ~/.cache/zonegraph."""
    if os.environ.get("ZONEGRAPH_CACHE_DIR"):
        return Path(os.environ["ZONEGRAPH_CACHE_DIR"])
    base = os.environ.get("XDG_CACHE_HOME") or os.path.join(os.path.expanduser("~"), ".cache")
    return Path(base) / "zonegraph"


def _cache_file() -> Path | None:
    import jieba

    dictionary = Path(jieba.__file__).parent / "dict.txt"
    if jieba.dt.dictionary not in (None, jieba.DEFAULT_DICT) or not dictionary.exists():
        return None  # a dictionary of someone else's choosing: not ours to cache
    st = dictionary.stat()
    return cache_dir() / f"jieba-{jieba.__version__}-{st.st_size}-{int(st.st_mtime)}-v{_FORMAT}.pickle"


def _owned_and_private(path: Path) -> bool:
    """The file and its folder belong to this user and nobody else can write them."""
    if not hasattr(os, "getuid"):
        return False
    try:
        for p in (path.parent, path):
            st = p.stat()
            if st.st_uid != os.getuid() or st.st_mode & (stat.S_IWGRP | stat.S_IWOTH):
                return False
    except OSError:
        return False
    return True


def _read(path: Path) -> dict | None:
    if not path.exists() or not _owned_and_private(path):
        return None
    try:
        with path.open("rb") as f:
            data = pickle.load(f)
    except (OSError, pickle.UnpicklingError, EOFError, ValueError, TypeError, AttributeError):
        return None
    ok = isinstance(data, dict) and isinstance(data.get("freq"), dict) and isinstance(data.get("tags"), dict)
    return data if ok and isinstance(data.get("total"), int) else None


def _write(path: Path, data: dict) -> None:
    """Written whole or not at all (a temporary file renamed), readable and writable by this user only."""
    try:
        path.parent.mkdir(mode=0o700, parents=True, exist_ok=True)
        fd, tmp = tempfile.mkstemp(dir=path.parent, prefix=".jieba-", suffix=".partial")
        try:
            with os.fdopen(fd, "wb") as f:
                pickle.dump(data, f, protocol=pickle.HIGHEST_PROTOCOL)
            os.replace(tmp, path)
        except BaseException:
            Path(tmp).unlink(missing_ok=True)
            raise
    except OSError:
        pass  # no cache folder we may write: the next start reads jieba's own files again


def load_jieba() -> None:
    """Start jieba and its part-of-speech tagger, from the cache when it holds them; called before any word
    is added to jieba, so what is cached is jieba's own dictionary."""
    import jieba

    dt = jieba.dt
    if dt.initialized and "jieba.posseg" in sys.modules:
        return
    jieba.setLogLevel(logging.WARNING)
    fresh = not dt.initialized and "jieba.posseg" not in sys.modules  # nothing added to jieba yet
    path = _cache_file()
    data = _read(path) if path and fresh else None
    if data is None:
        jieba.initialize()
        import jieba.posseg as posseg  # noqa: F401 - reads its tag table from dict.txt

        if path and fresh:
            tags = sys.modules["jieba.posseg"].dt.word_tag_tab
            _write(path, {"freq": dt.FREQ, "total": dt.total, "tags": tags})
        return
    with dt.lock:
        dt.FREQ, dt.total = data["freq"], data["total"]
        dt.initialized = True
    dt.get_dict_file = lambda: io.BytesIO(b"")  # the tagger's own read of dict.txt: nothing to read
    try:
        import jieba.posseg as posseg
    finally:
        del dt.get_dict_file
    posseg.dt.word_tag_tab = data["tags"]
