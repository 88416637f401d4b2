"""Plain records that flow through the pipeline: read → extract → resolve → graph.

They are frozen so that extraction stays a pure function that can run in worker processes.
"""

from __future__ import annotations

from dataclasses import dataclass, field


@dataclass(frozen=True)
class Article:
    """One news article as read from a file; knows nothing about RDF."""

    key: str  # stable, readable identifier used in IRIs (input id, or file stem + position)
    title: str
    text: str
    source: str  # file path (relative when possible) or URL
    position: int  # 1-based line (periodical pages, JSON Lines) of the article's start
    identifier: str | None = None  # the input's own id (JSON Lines `id`)
    date: str | None = None  # YYYY-MM-DD, or --MM-DD when the year is unknown
    author: str | None = None
    url: str | None = None
    publisher: str | None = None


@dataclass(frozen=True)
class ReadError:
    """A problem with one file or line; the rest of the corpus still builds."""

    source: str
    line: int | None
    message: str

    def __str__(self) -> str:
        where = f"{self.source}:{self.line}" if self.line else self.source
        return f"{where}: {self.message}"


@dataclass(frozen=True)
class Sentence:
    index: int  # 0 is the headline
    text: str


@dataclass(frozen=True)
class Mention:
    """An entity as one article names it; resolve() merges mentions into entities."""

    kind: str  # Zone | Person | Company | Organization | Project | Region
    name: str  # the name used for matching (simplified)
    sentence: int
    aliases: tuple[str, ...] = ()  # other names in this article (incl. traditional forms)
    attrs: tuple[tuple[str, object], ...] = ()  # kind-specific attributes, e.g. ("official", True)

    def attr(self, key: str, default: object = None) -> object:
        for k, v in self.attrs:
            if k == key:
                return v
        return default


@dataclass(frozen=True)
class Post:
    person: str  # local mention key of the person (name#n)
    title: str
    org_kind: str  # Zone | Company | Organization | Region | literal
    org: str  # name of the organisation (mention name)
    sentence: int


@dataclass(frozen=True)
class Relation:
    subject: str  # mention key
    predicate: str  # leads | invests | locatedIn
    object: str
    sentence: int


@dataclass(frozen=True)
class Quantity:
    project: str  # mention key
    prop: str  # investment | landArea | floorArea | annualOutput | annualTax | jobs | phases | startYear | completionYear
    value: str  # decimal as text
    unit: str
    qualifier: str | None
    sentence: int
    surface: str


@dataclass(frozen=True)
class Extraction:
    """Everything one article yields, keyed by mention keys local to the article."""

    article: Article
    sentences: tuple[Sentence, ...]
    mentions: dict[str, Mention] = field(default_factory=dict)
    posts: tuple[Post, ...] = ()
    relations: tuple[Relation, ...] = ()
    quantities: tuple[Quantity, ...] = ()
    failure: str | None = None  # why extraction failed; the article is kept with its metadata only
