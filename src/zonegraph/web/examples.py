"""Example queries that researchers ask, shown on the query page (prefixes are added by the endpoint)."""

from __future__ import annotations

import re

from ..vocab import PREFIXES

EXAMPLES: list[tuple[str, str]] = [
    (
        "主政者时间线（按报道日期）/ Who held each zone's top posts when (by article date)",
        """SELECT ?zone ?date ?person ?title ?article WHERE {
  ?p zg:leads ?z ; zg:holds ?post ; rdfs:label ?person .
  ?post zg:postIn ?z ; zg:title ?title . ?z rdfs:label ?zone .
  GRAPH ?a { ?st rdf:subject ?p ; rdf:predicate zg:holds ; rdf:object ?post }
  ?a dcterms:title ?article . OPTIONAL { ?a dcterms:date ?date }
} ORDER BY ?zone ?date""",
    ),
    (
        "谁主政各开发区 / Who leads each zone",
        """SELECT ?zone ?person ?title WHERE {
  ?p zg:leads ?z ; rdfs:label ?person ; zg:holds ?post .
  ?post zg:postIn ?z ; zg:title ?title .
  ?z rdfs:label ?zone .
} ORDER BY ?zone""",
    ),
    (
        "各开发区项目总投资（构建时汇总）/ Total investment per zone (summed at build time)",
        """SELECT ?zone ?projects ?total WHERE {
  ?z zg:totalInvestment ?total ; zg:investedProjectCount ?projects ; rdfs:label ?zone .
} ORDER BY DESC(?total)""",
    ),
    (
        "各开发区项目总投资（现算）/ Total investment per zone (computed now)",
        """SELECT ?zone (COUNT(?project) AS ?projects) (SUM(?yuan) AS ?total) WHERE {
  { SELECT ?z ?project (MAX(?v) AS ?yuan) WHERE { ?project zg:locatedIn ?z ; zg:investment ?v } GROUP BY ?z ?project }
  ?z rdfs:label ?zone .
} GROUP BY ?zone ORDER BY DESC(?total)""",
    ),
    (
        "各市项目总投资 / Total investment per city",
        """SELECT ?region (SUM(?yuan) AS ?total) WHERE {
  { SELECT ?z ?project (MAX(?v) AS ?yuan) WHERE { ?project zg:locatedIn ?z ; zg:investment ?v } GROUP BY ?z ?project }
  ?z zg:inRegion ?r . ?r rdfs:label ?region .
} GROUP BY ?region ORDER BY DESC(?total)""",
    ),
    (
        "在多个开发区有项目的企业 / Companies with projects in more than one zone",
        """SELECT ?company (COUNT(DISTINCT ?z) AS ?zones) WHERE {
  ?c zg:invests ?p ; rdfs:label ?company . ?p zg:locatedIn ?z .
} GROUP BY ?company HAVING (COUNT(DISTINCT ?z) > 1)""",
    ),
    (
        "某实体的全部事实及出处 / Every fact about an entity, with its sentence and article",
        """SELECT ?predicate ?value ?sentence ?title WHERE {
  VALUES ?entity { <https://w3id.org/zonegraph/id/zone/运城经济技术开发区> }
  GRAPH ?article {
    ?st rdf:subject|rdf:object ?entity ; rdf:predicate ?predicate ; rdf:subject ?s ; rdf:object ?o ;
        prov:wasDerivedFrom/zg:text ?sentence .
  }
  BIND(IF(?s = ?entity, ?o, ?s) AS ?value)
  ?article dcterms:title ?title .
}""",
    ),
    (
        "不同时期担任不同职务的官员 / Officials who appear with different posts",
        """SELECT ?person (GROUP_CONCAT(DISTINCT ?post; separator=" | ") AS ?posts) (COUNT(DISTINCT ?a) AS ?articles) WHERE {
  ?p a zg:Official ; rdfs:label ?person ; zg:holds ?h .
  ?h rdfs:label ?post .
  GRAPH ?a { ?p zg:holds ?h }
} GROUP BY ?person HAVING (COUNT(DISTINCT ?h) > 1) ORDER BY DESC(?articles)""",
    ),
    (
        "项目、投资方与投资额 / Projects, investors and amounts",
        """SELECT ?project ?company ?yuan ?zone WHERE {
  ?p a zg:Project ; rdfs:label ?project .
  OPTIONAL { ?c zg:invests ?p . ?c rdfs:label ?company }
  OPTIONAL { ?p zg:investment ?yuan }
  OPTIONAL { ?p zg:locatedIn/rdfs:label ?zone }
} ORDER BY DESC(?yuan)""",
    ),
    (
        "开发区及其目录代码 / Zones with their catalogue codes and regions",
        """SELECT ?zone ?region ?code ?level WHERE {
  ?z a zg:Zone ; rdfs:label ?zone .
  OPTIONAL { ?z zg:inRegion/rdfs:label ?region }
  OPTIONAL { ?z zg:catalogueCode ?code ; zg:approvalLevel ?level }
}""",
    ),
    (
        "同名不同人 / People who share a name",
        """SELECT ?name (COUNT(?p) AS ?people) WHERE {
  ?p a zg:Person ; rdfs:label ?name .
} GROUP BY ?name HAVING (COUNT(?p) > 1)""",
    ),
    (
        "每篇文章说了什么 / Facts per article",
        """SELECT ?title ?facts WHERE {
  ?a zg:statementCount ?facts ; dcterms:title ?title .
} ORDER BY DESC(?facts) LIMIT 50""",
    ),
    (
        "搜索名称 / Labels containing a word",
        """SELECT ?x ?label ?kind WHERE {
  ?x rdfs:label|skos:altLabel ?label ; a ?kind .
  FILTER(CONTAINS(STR(?label), "新能源"))
}""",
    ),
    (
        "企业高管 / Company executives",
        """SELECT ?person ?title ?company WHERE {
  ?p zg:holds ?h . ?h zg:title ?title ; zg:postIn ?c . ?c a zg:Company ; rdfs:label ?company .
  ?p rdfs:label ?person .
}""",
    ),
    (
        "作为图显示 / A zone's neighbourhood (CONSTRUCT)",
        """CONSTRUCT { ?s ?p ?o } WHERE {
  VALUES ?z { <https://w3id.org/zonegraph/id/zone/运城经济技术开发区> }
  { ?s ?p ?z BIND(?z AS ?o) } UNION { ?z ?p ?o BIND(?z AS ?s) FILTER(isIRI(?o)) }
}""",
    ),
]


def with_prefixes(query: str) -> str:
    """The query with PREFIX lines for the prefixes it uses (the endpoint knows them; the editor does not)."""
    used = [p for p in PREFIXES if re.search(r"(?<![\w<])" + re.escape(p) + r":", query)]
    return "".join(f"PREFIX {p}: <{PREFIXES[p]}>\n" for p in used) + "\n" + query


EXAMPLES = [(title, with_prefixes(q)) for title, q in EXAMPLES]
