"""jieba started from zonegraph's pickle: the same words and tags as jieba's own start, and never a pickle
someone else could have written. Each case runs in a fresh process (jieba's state is per process)."""

from __future__ import annotations

import json
import os
import pickle
import subprocess
import sys
from pathlib import Path

import pytest

PROBE = """
import json, sys
from zonegraph.extract.jieba_cache import load_jieba
load_jieba()
import jieba, jieba.posseg as pseg
text = "山西转型综改示范区管委会主任在太原调研光伏项目"
print(json.dumps({
    "words": jieba.lcut(text),
    "tags": [(w.word, w.flag) for w in pseg.cut(text, HMM=False)],
    "planted": jieba.dt.FREQ.get("植入的词"),
    "total": jieba.dt.total,
}, ensure_ascii=False))
"""


def probe(cache: Path) -> dict:
    env = {**os.environ, "ZONEGRAPH_CACHE_DIR": str(cache)}
    out = subprocess.run([sys.executable, "-c", PROBE], env=env, capture_output=True, text=True, check=True)
    return json.loads(out.stdout)


def cache_path(cache: Path) -> Path:
    import jieba

    st = (Path(jieba.__file__).parent / "dict.txt").stat()
    return cache / f"jieba-{jieba.__version__}-{st.st_size}-{int(st.st_mtime)}-v1.pickle"


pytestmark = pytest.mark.skipif(not hasattr(os, "getuid"), reason="the cache needs POSIX file owners")


def test_the_cache_is_written_once_private_and_gives_jieba_s_own_words_and_tags(tmp_path: Path) -> None:
    cache = tmp_path / "c"
    first = probe(cache)  # jieba's own start, which writes the cache
    path = cache_path(cache)
    assert path.exists()
    assert path.stat().st_mode & 0o777 == 0o600 and cache.stat().st_mode & 0o777 == 0o700
    second = probe(cache)  # from the cache
    assert second == first
    assert second["words"] and second["tags"]
    unwritable = probe(Path("/proc/no-such-folder"))  # no cache at all
    assert unwritable == first


def test_a_cache_others_can_write_is_never_read_and_a_broken_one_is_replaced(tmp_path: Path) -> None:
    cache = tmp_path / "c"
    probe(cache)
    path = cache_path(cache)
    good = pickle.loads(path.read_bytes())
    planted = {**good, "freq": {**good["freq"], "植入的词": 7}}
    path.write_bytes(pickle.dumps(planted))
    os.chmod(path, 0o600)
    assert probe(cache)["planted"] == 7  # the cache is what jieba starts from
    os.chmod(path, 0o666)
    assert probe(cache)["planted"] is None  # writable by others: ignored
    os.chmod(path, 0o600)
    os.chmod(cache, 0o777)
    assert probe(cache)["planted"] is None  # in a folder others can write to: ignored
    os.chmod(cache, 0o700)
    path.write_bytes(b"not a pickle")
    assert probe(cache)["words"]
    assert pickle.loads(path.read_bytes())["total"] == good["total"]  # rewritten from jieba's own start
