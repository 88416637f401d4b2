"""What the endpoint agrees to run, decided on the parsed query, never on its text.

Two walls keep a query from fetching anything on the server's behalf:

1. `check_safe` parses the query with rdflib's SPARQL 1.1 parser and refuses any SERVICE clause (or LOAD in
   an update) found in the parse tree, wherever it is nested and however it is spelled (escapes, prefixed
   names, comments, unicode escapes are the parser's business). What rdflib cannot parse is refused.
2. `deny_network` (in the query worker processes) makes the kernel refuse to open internet sockets, so a
   query the parsers disagree on still cannot reach another host.

FROM / FROM NAMED never fetch: Oxigraph reads them as names of graphs in the store.
"""

from __future__ import annotations

import errno
import hashlib
import logging
import socket
import sys
from collections import OrderedDict

from pyparsing import ParseBaseException
from rdflib.plugins.sparql.parser import parseQuery, parseUpdate
from rdflib.plugins.sparql.parserutils import CompValue

from .vocab import PREFIXES

log = logging.getLogger(__name__)


class QueryError(ValueError):
    """A query that cannot run: malformed, or asking for something the endpoint refuses."""


class QueryRefused(QueryError):
    """A query that asks to fetch remote data (SERVICE, LOAD)."""


# Brackets deeper than this are refused before parsing: rdflib's recursive-descent parser needs ~30 Python
# frames a level, and Oxigraph's parser has crashed the process on thousands of levels.
MAX_DEPTH = 24
# Parse-tree nodes that make the store fetch a URL.
_FETCHING = {"ServiceGraphPattern": "SERVICE", "Load": "LOAD"}
_CACHE_SIZE = 512
_verdicts: OrderedDict[bytes, tuple[str | None, str]] = OrderedDict()  # a cache of pure results, not state


def nesting_depth(text: str) -> int:
    """Deepest bracket nesting ({, (, [) in the text; brackets inside strings count too (a bound, not a parse)."""
    depth = deepest = 0
    for ch in text:
        if ch in "{([":
            depth += 1
            if depth > deepest:
                deepest = depth
        elif ch in "})]":
            depth = max(0, depth - 1)
    return deepest


def _walk(tree: object) -> tuple[set[str], set[str], set[str]]:
    """(names of the parse-tree nodes, prefixes used, prefixes declared)."""
    names: set[str] = set()
    used: set[str] = set()
    declared: set[str] = set()
    stack = [tree]
    while stack:
        node = stack.pop()
        if isinstance(node, CompValue):
            names.add(node.name)
            if node.name == "pname":
                used.add(str(node.get("prefix") or ""))
            elif node.name == "PrefixDecl":
                declared.add(str(node.get("prefix") or ""))
            stack.extend(node.values())
        elif isinstance(node, dict):
            stack.extend(node.values())
        elif isinstance(node, (list, tuple)) or hasattr(node, "as_list"):
            stack.extend(list(node))
    return names, used, declared


def _verdict(text: str, update: bool) -> tuple[str | None, str]:
    """(None when the text may run, else the reason to refuse it, prefixed 'refused:' or 'malformed:'; and
    its shape: 'select-open' for a SELECT a LIMIT may be appended to, else 'other')."""
    depth = nesting_depth(text)
    if depth > MAX_DEPTH:
        return f"malformed: brackets nested {depth} deep; at most {MAX_DEPTH} are accepted", "other"
    try:
        tree = parseUpdate(text) if update else parseQuery(text)
    except ParseBaseException as exc:
        return f"malformed: {exc}", "other"
    except RecursionError:
        return f"malformed: the {'update' if update else 'query'} is nested too deeply to parse", "other"
    found, used, declared = _walk(tree)
    for name, keyword in _FETCHING.items():
        if name in found and (update or keyword == "SERVICE"):
            return f"refused: {keyword} is not allowed: this endpoint never fetches remote data", "other"
    unknown = sorted(used - declared - set(PREFIXES))
    if unknown:
        given = ", ".join(f"{p}:" for p in sorted(PREFIXES))
        return (
            f"malformed: unknown prefix {', '.join(p + ':' for p in unknown)} "
            f"(declare it with PREFIX; these are added for you: {given})"
        ), "other"
    top = tree[-1] if not update and len(tree) else None
    open_select = (
        isinstance(top, CompValue)
        and top.name == "SelectQuery"
        and "limitoffset" not in top
        and "valuesClause" not in top
    )
    return None, "select-open" if open_select else "other"


def _cached(text: str, update: bool) -> tuple[str | None, str]:
    key = hashlib.blake2b(
        text.encode("utf-8", "surrogatepass"), digest_size=16, person=b"u" if update else b"q"
    ).digest()
    if key in _verdicts:
        _verdicts.move_to_end(key)
        return _verdicts[key]
    found = _verdicts[key] = _verdict(text, update)
    if len(_verdicts) > _CACHE_SIZE:
        _verdicts.popitem(last=False)
    return found


def limit_appendable(text: str) -> bool:
    """A SELECT with neither LIMIT, OFFSET nor trailing VALUES: `LIMIT n` may be appended to its text."""
    return _cached(text, False)[1] == "select-open"


def check_safe(text: str, *, update: bool = False) -> None:
    """Raise QueryRefused for a query that would fetch remote data, QueryError for one that cannot be parsed."""
    verdict = _cached(text, update)[0]
    if verdict is None:
        return
    kind, _, message = verdict.partition(": ")
    if kind == "refused":
        raise QueryRefused(message)
    raise QueryError(message)


def deny_network() -> bool:
    """Make this process unable to open IPv4/IPv6 sockets (seccomp); True when the kernel enforces it.

    Called once in each query worker that serves a local store. Sockets already open (the pipe to the
    server) keep working; Unix sockets stay allowed.
    """
    if not sys.platform.startswith("linux"):
        log.warning("no network sandbox for query workers on %s: relying on the parser check", sys.platform)
        return False
    try:
        import pyseccomp as seccomp

        filt = seccomp.SyscallFilter(defaction=seccomp.ALLOW)
        for family in (socket.AF_INET, socket.AF_INET6, socket.AF_PACKET):
            filt.add_rule(seccomp.ERRNO(errno.EACCES), "socket", seccomp.Arg(0, seccomp.EQ, family))
        filt.load()
    except (ImportError, OSError, RuntimeError, ValueError) as exc:
        log.warning("no network sandbox for query workers (%s): relying on the parser check", exc)
        return False
    return True
